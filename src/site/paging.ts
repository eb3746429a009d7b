/** Items per page of the long listings (/lessons/, /sources/): bounded pages at any corpus size. */
export const PAGE_SIZE = { lessons: 20, sources: 50 } as const;

/** Page `n` (from 1) of `items`, with the number of pages (at least 1). */
export function pageOf<T>(items: readonly T[], size: number, n: number): { items: T[]; last: number } {
  return { items: items.slice((n - 1) * size, n * size), last: Math.max(1, Math.ceil(items.length / size)) };
}

/** `getStaticPaths` entries for pages 2… of a listing (page 1 is the listing's own index page). */
export function laterPages(count: number, size: number): { params: { page: string }; props: { page: number } }[] {
  const last = Math.max(1, Math.ceil(count / size));
  return Array.from({ length: last - 1 }, (_, i) => ({ params: { page: String(i + 2) }, props: { page: i + 2 } }));
}
