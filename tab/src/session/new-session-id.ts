/**
 * The id of a new session from its date and council: "2026-03-12-zastupitelstvo-mesta-brna".
 * Only letters, digits and dashes, diacritics dropped, so it reads well in addresses and files.
 */
export function newSessionId(date: string, council: string): string {
  const slug = `${date.trim()}-${council}`
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, 100).replace(/-+$/, "") || "session";
}
