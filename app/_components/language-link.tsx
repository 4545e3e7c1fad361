"use client";

import type { ComponentProps, SyntheticEvent } from "react";
import { localizedPath, splitLanguagePrefix } from "@/lib/i18n/locale-path";

/**
 * A link to the page being shown, in another language. The header is part of the layout, which client-side
 * navigation does not render again, so the server's href names the page the visitor arrived on; before the link is
 * used (hovered, focused, clicked) it is pointed at the address now in the browser.
 */
export function LanguageLink({
  language,
  defaultLanguage,
  languages,
  ...props
}: ComponentProps<"a"> & { href: string; language: string; defaultLanguage: string; languages: readonly string[] }) {
  const retarget = (event: SyntheticEvent<HTMLAnchorElement>) => {
    const { path } = splitLanguagePrefix(window.location.pathname, languages);
    event.currentTarget.href = `${localizedPath(path, language, defaultLanguage)}${window.location.search}`;
  };
  return <a {...props} onMouseEnter={retarget} onFocus={retarget} onClick={retarget} />;
}
