"use client";

import { usePathname } from "next/navigation";
import { LocaleLink, useLocalizedPath } from "@/app/_components/locale-link";

/** Section links; the current one is marked for screen readers and by style. */
export function AdminNav({ label, sections }: { label: string; sections: readonly { href: string; label: string }[] }) {
  const pathname = usePathname();
  const localize = useLocalizedPath();
  // The path may carry the language prefix (/cs/admin/orders) or not (the page it is served from): accept both.
  const isCurrent = (href: string) =>
    [href, localize(href)].some((candidate) =>
      href === "/admin" ? pathname === candidate : pathname.startsWith(candidate),
    );
  return (
    <nav aria-label={label} className="admin-nav">
      <ul>
        {sections.map((section) => (
          <li key={section.href}>
            <LocaleLink href={section.href} aria-current={isCurrent(section.href) ? "page" : undefined}>
              {section.label}
            </LocaleLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
