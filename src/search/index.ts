/**
 * The search stage: Pagefind over the built pages plus the exact-match helper index, and the
 * pure text, query, ranking and excerpt helpers the browser shares. Browser code imports the
 * pure modules directly (this file also pulls in the Node-only index builder).
 */
export { buildSearchIndex, type SearchIndexReport } from './build-index.ts';
export { buildNgramIndex, type IndexedPage, type NgramIndex, type NgramOptions } from './ngram-index.ts';
export {
  NGRAM_FORMAT,
  PAGES_PER_TABLE,
  bucketOf,
  decodeBucket,
  encodeBucket,
  filterKey,
  fingerprintOf,
  keysForTerm,
  lookupKey,
  readPostings,
  type NgramFacets,
  type NgramMeta,
  type PageTable,
  type Postings,
} from './ngram-format.ts';
export { containsAll, findMatches, normalizeChar, normalizeText, normalizeWithMap, normalizedChars, type MappedText } from './normalize.ts';
export { parseQuery, type ParsedQuery } from './query.ts';
export { intersectPostings, rankExact, rankPartial, type CorpusStats } from './exact-match.ts';
export { makeExcerpt, parsePagefindExcerpt, type ExcerptOptions, type ExcerptPart } from './excerpt.ts';
export { decodeFragmentFile, type PagefindFragment } from './fragments.ts';
