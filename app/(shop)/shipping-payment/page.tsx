import { legalMetadata, legalPage } from "@/app/_components/legal-document-page";

export const dynamic = "force-dynamic";
export const generateMetadata = legalMetadata("SHIPPING_PAYMENT");
export default legalPage("SHIPPING_PAYMENT");
