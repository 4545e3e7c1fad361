import { legalMetadata, legalPage } from "@/app/_components/legal-document-page";

export const dynamic = "force-dynamic";
export const generateMetadata = legalMetadata("PRIVACY");
export default legalPage("PRIVACY");
