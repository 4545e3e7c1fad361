import { legalVersionMetadata, legalVersionPage } from "@/app/_components/legal-document-page";

export const dynamic = "force-dynamic";
export const generateMetadata = legalVersionMetadata("SHIPPING_PAYMENT");
export default legalVersionPage("SHIPPING_PAYMENT");
