import { ImportError } from './errors.ts';
import type { Found, MetaEvidence } from './metadata-blocks.ts';
import { detectDate } from './metadata-date.ts';
import { detectKind } from './metadata-kind.ts';
import { detectPeople } from './metadata-people.ts';
import { detectTitle } from './metadata-title.ts';

export type { MetaEvidence } from './metadata-blocks.ts';
export { findDates, isIsoDate } from './find-dates.ts';
import { isIsoDate } from './find-dates.ts';

/** Where a metadata value came from: the text, an option (or the manifest), or a fallback to review. */
export type MetaOrigin = 'text' | 'option' | 'fallback';

/** The frontmatter of an imported source. */
export interface ImportMeta {
  title: string;
  date: string;
  kind: string;
  speaker?: string;
  organization?: string;
  origin: string;
}

/** The frontmatter fields metadata detection fills. */
export type MetaField = 'title' | 'date' | 'kind' | 'speaker' | 'organization' | 'origin';

/** Overrides and fallbacks. */
export interface MetaOptions {
  fileName: string;
  title?: string;
  date?: string;
  kind?: string;
  /** Date used when neither an option nor the text gives one (YYYY-MM-DD). */
  fallbackDate: string;
}

/** A metadata value that needs review, with the reason in Chinese. */
export interface MetaNote {
  field: 'title' | 'date' | 'kind';
  message: string;
}

/** The date written when nothing gives one: a fixed placeholder, flagged 需核对, so output depends on the input alone. */
export const PLACEHOLDER_DATE = '1970-01-01';

/** The date of a SOURCE_DATE_EPOCH value (seconds), else the fixed placeholder — never the clock. */
export function fallbackDate(epoch: string | undefined): string {
  if (epoch !== undefined && epoch.trim() !== '') {
    const seconds = Number(epoch);
    if (!Number.isFinite(seconds)) throw new ImportError('SOURCE_DATE_EPOCH 必须是秒数');
    return new Date(seconds * 1000).toISOString().slice(0, 10);
  }
  return PLACEHOLDER_DATE;
}

const stem = (fileName: string) => {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]*$/u, '') || base;
};

/** Where a value was found, in the editor's words: `第 10 行：标题行`. */
const where = (found: Found) => (found.line !== undefined ? `第 ${found.line} 行：${found.why}` : found.why);

/**
 * Resolve the frontmatter. Options win; then what the text says; else a fallback, noted for review.
 * Metadata is copied from the text, never moved: the title line stays in the body.
 */
export function resolveMeta(
  evidence: MetaEvidence,
  options: MetaOptions,
): { meta: ImportMeta; from: Record<'title' | 'date' | 'kind', MetaOrigin>; evidence: Partial<Record<MetaField, string>>; notes: MetaNote[] } {
  const notes: MetaNote[] = [];
  const found: Partial<Record<MetaField, string>> = {};
  if (options.date !== undefined && !isIsoDate(options.date)) throw new ImportError(`日期「${options.date}」必须是 YYYY-MM-DD 格式的真实日期`);
  if (options.title !== undefined && options.title.trim() === '') throw new ImportError('标题不能为空');
  if (options.kind !== undefined && options.kind.trim() === '') throw new ImportError('类别不能为空');

  const titleFound = detectTitle(evidence);
  let title: string;
  let titleFrom: MetaOrigin;
  if (options.title !== undefined) {
    title = options.title.trim();
    titleFrom = 'option';
    if (titleFound && titleFound.value !== title) notes.push({ field: 'title', message: `正文标题「${titleFound.value}」与指定的标题「${title}」不同` });
  } else if (titleFound) {
    title = titleFound.value;
    titleFrom = 'text';
    found.title = where(titleFound);
    if (titleFound.note) notes.push({ field: 'title', message: `标题取自${found.title}；${titleFound.note}，请核对` });
  } else {
    title = stem(options.fileName);
    titleFrom = 'fallback';
    notes.push({ field: 'title', message: `正文中没有标题行，暂用文件名「${title}」` });
  }

  let date: string;
  let dateFrom: MetaOrigin;
  const dateFound = detectDate(evidence);
  if (options.date !== undefined) {
    date = options.date;
    dateFrom = 'option';
  } else if (dateFound) {
    date = dateFound.value;
    dateFrom = 'text';
    found.date = where(dateFound);
  } else {
    date = options.fallbackDate;
    dateFrom = 'fallback';
    notes.push({ field: 'date', message: `正文中没有找到日期，暂用 ${date}` });
  }

  const people = detectPeople(evidence, evidence.blocks[0]?.type === 'title' ? evidence.blocks[0].text : undefined, titleFound?.value);
  let kind: string;
  let kindFrom: MetaOrigin;
  const kindFound = detectKind(evidence, titleFrom === 'fallback' ? undefined : title, people.speaker?.why === '作者署名' || people.speaker?.why === '标题前的作者');
  if (options.kind !== undefined) {
    kind = options.kind.trim();
    kindFrom = 'option';
  } else if (kindFound) {
    kind = kindFound.value;
    kindFrom = 'text';
    found.kind = where(kindFound);
  } else {
    kind = '文件';
    kindFrom = 'fallback';
    notes.push({ field: 'kind', message: '无法判断文档类别，暂用「文件」' });
  }

  const meta: ImportMeta = { title, date, kind, origin: options.fileName.split(/[\\/]/).pop() ?? options.fileName };
  for (const field of ['speaker', 'organization', 'origin'] as const) {
    const value = people[field];
    if (!value) continue;
    meta[field] = value.value;
    found[field] = where(value);
  }
  return { meta, from: { title: titleFrom, date: dateFrom, kind: kindFrom }, evidence: found, notes };
}
