/** ASCII, lower case, words joined by "-": safe in every file system and URL. */
export function slugify(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['‘’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const packageId = (n: number, slug: string) => `${String(n).padStart(2, '0')}-${slug}`;
