"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** Section links; the current one is marked for screen readers and by style. */
export function AdminNav({ sections }: { sections: readonly { href: string; label: string }[] }) {
  const pathname = usePathname();
  const isCurrent = (href: string) => (href === "/admin" ? pathname === href : pathname.startsWith(href));
  return (
    <nav aria-label="Admin sections" className="admin-nav">
      <ul>
        {sections.map((section) => (
          <li key={section.href}>
            <Link href={section.href} aria-current={isCurrent(section.href) ? "page" : undefined}>
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
