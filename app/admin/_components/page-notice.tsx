/** A confirmation after a redirect (?notice=…): only the page's own fixed texts, never text from the URL. */
export function PageNotice({ notice, messages }: { notice: string | undefined; messages: Record<string, string> }) {
  const text = notice && Object.hasOwn(messages, notice) ? messages[notice] : undefined;
  if (!text) return null;
  return (
    <p role="status" className="notice notice-ok">
      {text}
    </p>
  );
}
