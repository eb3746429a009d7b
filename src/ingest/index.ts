/** The ingest stage: raw copies (txt in UTF-8, GB18030, UTF-16) → Markdown sources with a report. */
export { importText, type ImportOptions, type ImportResult } from './import-text.ts';
export { ImportError } from './errors.ts';
export { formatReport, type ChangeKind, type FlagKind, type ImportChange, type ImportFlag, type ImportReport } from './report.ts';
export type { Encoding } from './decode.ts';
export type { ParagraphMarks } from './line-joins.ts';
export type { ImportMeta, MetaOrigin } from './metadata.ts';
export { SUBSTITUTIONS, type SubstitutionRule } from './substitutions.ts';
export { slugForFile } from './slug.ts';
export { parseManifest, type ImportManifest, type ManifestEntry } from './manifest.ts';
