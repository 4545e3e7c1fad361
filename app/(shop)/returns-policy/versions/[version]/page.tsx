import { legalVersionMetadata, legalVersionPage } from "@/app/_components/legal-document-page";

export const dynamic = "force-dynamic";
export const generateMetadata = legalVersionMetadata("RETURNS");
export default legalVersionPage("RETURNS");
