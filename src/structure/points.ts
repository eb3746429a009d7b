import { parseChineseNumeral } from '../shared/numbering.ts';
import type { Point } from '../shared/types.ts';

/** A paragraph to search for inline enumerations. */
export interface PointParagraph {
  id: string;
  text: string;
}

/** A lead clause before a `，` needs this many characters (not counting punctuation). @default 3 */
export const MIN_CLAUSE = 3;

type Family = 'shi' | 'yao' | 'order' | 'di';

interface Marker {
  family: Family;
  /** As written: `一是`, `一是要`, `二要`, `首先`, `第一`. */
  marker: string;
  /** 1-based, or 0 for 最后/再次 whose place depends on what came before. */
  value: number;
  paragraph: number;
  start: number;
}

// A marker opens a clause: the start of the text, or after punctuation, a quote or a space.
// This keeps out words such as 统一是, 唯一要, 进一步要.
const CLAUSE_START = '(?<=^|[。；：，、！？;:,!?\\s“”"‘’\'「」『』])';
const NUMERAL = '[一二三四五六七八九十]{1,3}';
const MARKER = new RegExp(
  `${CLAUSE_START}(?:(${NUMERAL})(是要|是|要)|(首先|其次|再次|最后)|第(${NUMERAL})(?=[，、：,:]))`,
  'gu',
);
const ORDER_WORDS: Record<string, number> = { 首先: 1, 其次: 2, 再次: 0, 最后: 0 };
const PUNCTUATION = /[\s\p{P}\p{S}]/gu;

/**
 * Find the inline enumerations (`一是…二是…`, `一要…二要…`, `首先…其次…最后…`, `第一，…第二，…`)
 * in a section's own paragraphs. Only real sequences count: they start at one, count up without
 * gaps, have at least two members, and every member says something (so `一是一，二是二` does not).
 */
export function findPoints(paragraphs: readonly PointParagraph[]): Point[] {
  const markers: Marker[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (const m of p.text.matchAll(MARKER)) {
      const start = m.index;
      if (m[1] !== undefined) {
        markers.push({ family: m[2] === '要' ? 'yao' : 'shi', marker: m[1] + m[2], value: parseChineseNumeral(m[1]) ?? -1, paragraph, start });
      } else if (m[3] !== undefined) {
        markers.push({ family: 'order', marker: m[3], value: ORDER_WORDS[m[3]]!, paragraph, start });
      } else {
        markers.push({ family: 'di', marker: `第${m[4]}`, value: parseChineseNumeral(m[4]!) ?? -1, paragraph, start });
      }
    }
  });

  const sequences: Marker[][] = [];
  const open = new Map<Family, Marker[]>();
  const close = (family: Family) => {
    const seq = open.get(family);
    if (seq && seq.length >= 2) sequences.push(seq);
    open.delete(family);
  };
  for (const m of markers) {
    if (m.value === 1) {
      close(m.family);
      open.set(m.family, [m]);
      continue;
    }
    const seq = open.get(m.family);
    if (!seq) continue;
    const last = seq[seq.length - 1]!;
    if (m.family === 'order') {
      // 再次 follows 其次; 最后 ends the sequence.
      if (m.marker === '其次' && last.value !== 1) continue;
      if (m.marker === '再次' && last.value < 2) continue;
      seq.push({ ...m, value: last.value + 1 });
      if (m.marker === '最后') close('order');
    } else if (m.value === last.value + 1) {
      seq.push(m);
    }
  }
  for (const family of [...open.keys()]) close(family);

  // Each point runs to the next member of its sequence (so a list nested in it stays in it);
  // the last one to the next marker of any other sequence in its paragraph, else to the end.
  const starts = new Map<number, number[]>();
  for (const seq of sequences) {
    for (const m of seq) {
      const list = starts.get(m.paragraph) ?? [];
      list.push(m.start);
      starts.set(m.paragraph, list);
    }
  }
  for (const list of starts.values()) list.sort((a, b) => a - b);
  const points: { point: Point; paragraph: number; start: number }[] = [];
  for (const seq of sequences) {
    const candidate = seq.map((m, k) => {
      const text = paragraphs[m.paragraph]!.text;
      const next = seq[k + 1];
      let end = text.length;
      if (next && next.paragraph === m.paragraph) end = next.start;
      else if (!next) end = firstAfter(starts.get(m.paragraph) ?? [], m.start) ?? end;
      const whole = text.slice(m.start, end).trim();
      const body = whole.slice(m.marker.length);
      return { point: { ordinal: k + 1, marker: m.marker, title: leadClause(body), text: whole, paragraphId: paragraphs[m.paragraph]!.id }, paragraph: m.paragraph, start: m.start, said: body.replace(PUNCTUATION, '').length };
    });
    if (candidate.some((c) => c.said < 2)) continue;
    points.push(...candidate);
  }
  // Sequences are found in order of their end; points are listed in reading order.
  points.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return points.map((p) => p.point);
}

/**
 * The gist of a point: its first clause, up to the first 。；：！？ or ，. A clause too short to
 * say anything (`同时，`) runs on to the next stop. Quotation marks around the whole gist, or
 * left unclosed by the copy, are left off.
 */
export function leadClause(body: string): string {
  const text = body.replace(/^[\s，、：,:]+/u, '');
  const stops = /[。；：！？;:!?，,]/gu;
  let end = text.length;
  for (const m of text.matchAll(stops)) {
    end = m.index;
    const isComma = m[0] === '，' || m[0] === ',';
    if (!isComma || [...text.slice(0, end).replace(PUNCTUATION, '')].length >= MIN_CLAUSE) break;
    end = text.length;
  }
  return balanceQuotes(text.slice(0, end).trim());
}

/** The first value above `after` in an ascending list (binary search: a paragraph may hold many). */
function firstAfter(sorted: readonly number[], after: number): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= after) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo];
}

function balanceQuotes(title: string): string {
  // A title that is one quotation (`“刹玩风”`) is its words, as in a copy that lost the marks.
  const quoted = /^“([^“”]+)”$/u.exec(title);
  if (quoted) return quoted[1]!;
  const opens = (title.match(/“/g) ?? []).length;
  const closes = (title.match(/”/g) ?? []).length;
  if (opens > closes && title.startsWith('“')) return title.slice(1);
  if (closes > opens && title.endsWith('”')) return title.slice(0, -1);
  return title;
}
