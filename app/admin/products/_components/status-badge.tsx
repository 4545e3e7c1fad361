const styles = {
  ACTIVE: { className: "badge badge-ok", label: "Active" },
  DRAFT: { className: "badge badge-warn", label: "Draft" },
  ARCHIVED: { className: "badge", label: "Archived" },
} as const;

export function StatusBadge({ status }: { status: keyof typeof styles }) {
  const style = styles[status];
  return <span className={style.className}>{style.label}</span>;
}
