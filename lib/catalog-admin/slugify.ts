/** "Café Crème – 500 g" → "cafe-creme-500-g": the slug the forms and the import suggest for a name. */
export function slugify(text: string, maxLength = 120): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, "");
}
