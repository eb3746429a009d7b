/** The performance benchmark behind `npm run bench`. */
export { generateCorpus, chineseNumber, type CorpusFile, type CorpusOptions } from './corpus.ts';
export { collectPools, headingLabel, markdownBlocks, splitSentences, type Pools, type Sample, type Unit } from './sample-pools.ts';
export { loadSamples } from './load-samples.ts';
export { roughMarkdown } from './rough-markdown.ts';
export { createRandom, hashString, type Random } from './prng.ts';
export { median, percentile } from './stats.ts';
export { displayWidth, formatTable, formatMs, formatBytes, formatRatio } from './table.ts';
export { formatReport, verdicts, STAGES, TARGETS, type BenchResult } from './report.ts';
export { drawQueries } from './queries.ts';
export { runMeasured, parseGnuTimeMaxRss, parseGnuTimeCpu, type MeasuredRun } from './run-measured.ts';
export { watchProcessTree, parseStatus, parseStatCpuMs, descendants, type ProcessPeak, type TreePeaks } from './process-tree.ts';
export { dirSize, type DirSize } from './dir-size.ts';
export { pageWeight, largestLessonPage, type PageWeight } from './page-weight.ts';
export { measureSiteSearch, type SearchResult } from './search.ts';
export { measureSearch, timeQueryInPage, transferredInPage, type SearchFigures, type TimedQuery } from './measure-search.ts';
export { benchStarlight, ensureStarlightProject, toStarlightDoc, STARLIGHT_PACKAGE } from './starlight.ts';
export { runBench, writeCorpus, type BenchOptions } from './run-bench.ts';
