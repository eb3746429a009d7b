/** The part of Pagefind's browser API (`pagefind/pagefind.js`) the site uses. */

/** A fragment as `result.data()` returns it. */
export interface PagefindData {
  url: string;
  raw_url?: string;
  content: string;
  /** The content with Pagefind's zero-width spaces, `<` and `>` escaped. */
  raw_content?: string;
  excerpt?: string;
  meta?: Record<string, string>;
  filters?: Record<string, string[]>;
  anchors?: { element?: string; id?: string; text?: string; location?: number }[];
  /** Word locations of the matches. */
  locations?: number[];
  /** The matches under each heading (a grouped document's lessons start at headings). */
  sub_results?: { excerpt?: string; locations?: number[] }[];
}

/** One search hit; `id` is its fragment's hash. */
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}

export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  mergeIndex: (indexPath: string, options?: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options?: { filters?: Record<string, unknown> }) => Promise<{ results: PagefindResult[] } | null>;
}

let loading: Promise<PagefindApi> | undefined;

/**
 * Import Pagefind from the built site (not bundled: it is written after the Astro build), point
 * its result URLs at the deployment base and merge the shards of a large site's index (`merged`:
 * their folders under `pagefind/`, see `mergedBundles`). It runs on the main thread: one fewer
 * download (its worker script) and no dependence on workers in in-app browsers.
 */
export function loadPagefind(base: string, merged: () => Promise<readonly string[]>): Promise<PagefindApi> {
  if (!loading) loading = (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const [api, folders] = await Promise.all([import(/* @vite-ignore */ url) as Promise<PagefindApi>, merged()]);
    await api.options({ baseUrl: base, excerptLength: 40, noWorker: true });
    for (const folder of folders) await api.mergeIndex(`${base}pagefind/${folder}`, { baseUrl: base, excerptLength: 40 });
    return api;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}
