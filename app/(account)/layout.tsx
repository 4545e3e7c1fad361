import type { ReactNode } from "react";
import { ShopChrome } from "@/app/_components/shop-chrome";

export default function AccountLayout({ children }: { children: ReactNode }) {
  return <ShopChrome mainClassName="container account-page">{children}</ShopChrome>;
}
