import { legalMetadata, legalPage } from "@/app/_components/legal-document-page";

export const dynamic = "force-dynamic";
export const generateMetadata = legalMetadata("TERMS");
export default legalPage("TERMS");
