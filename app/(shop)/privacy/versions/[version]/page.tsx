import { legalVersionMetadata, legalVersionPage } from "@/app/_components/legal-document-page";

export const dynamic = "force-dynamic";
export const generateMetadata = legalVersionMetadata("PRIVACY");
export default legalVersionPage("PRIVACY");
