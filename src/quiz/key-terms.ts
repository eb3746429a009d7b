/**
 * Whether a quoted term is worth a blank: a key concept of its source or of Party study, not a
 * defined abbreviation, a place, a holiday, an everyday word or a one-off epithet. Decided from
 * the term, its sentence and its own source only, so a question never depends on other sources.
 */
import type { Doc } from '../shared/types.ts';
import { tagWords, wordFrequency } from '../shared/segmenter.ts';

/** Above this frequency in jieba's corpus a single word is everyday language (`形式`, `公布`). */
const EVERYDAY = 3000;
/** `（以下简称“省级卫生行政机关”）`: a name given for brevity, not a term to learn. */
const NAMING = /(?:简称|简称为|以下称|下称|称为|称之为|统称|合称|并称)[为是]?$/u;
/** Numerals only: a holiday or a plan period (`五一`, `七一`, `十四五`), a date, not a concept. */
const NUMERALS_ONLY = /^[〇零一二三四五六七八九十百千两0-9·.]+$/u;
const LEADING_NUMERAL = /^[一二两三四五六七八九十]/u;
const PUNCTUATION = /^[\p{P}\p{S}\s]+$/u;

const texts = new WeakMap<Doc, string>();

function sourceText(doc: Doc | string): string {
  if (typeof doc === 'string') return doc;
  let text = texts.get(doc);
  if (text === undefined) texts.set(doc, (text = doc.paragraphs.map((p) => p.text).join('\n')));
  return text;
}

/** Whether `term` occurs at least twice in `text` (stops at the second). */
function usedAgain(text: string, term: string): boolean {
  const first = text.indexOf(term);
  return first >= 0 && text.indexOf(term, first + term.length) >= 0;
}

/** Why the quoted `term` at `start` of `sentence` is not worth a blank, or undefined when it is. */
/** `source` is the term's own source (its Doc), or the lesson's text when the Doc is not at hand. */
export function termDoubt(term: string, sentence: string, start: number, source: Doc | string): string | undefined {
  if (NAMING.test(sentence.slice(Math.max(0, start - 8), Math.max(0, start - 1)))) return '引号内是文中给出的简称，不是要学的术语';
  const words = tagWords(term).filter((w) => !PUNCTUATION.test(w.word));
  if (words.some((w) => w.tag === 'ns')) return '引号内含地名，是地方名称';
  if (NUMERALS_ONLY.test(term)) return '引号内是数字或时间（节日、规划期）';
  // A numbered formulation is found as one before quoted terms are: a numeral left here is a count (`两级`, `两节`, `两大类`).
  if (LEADING_NUMERAL.test(term) && [...term].length <= 3) return '引号内以数字开头却不是提法，是数量或简称';
  if (words.length === 1) {
    const frequency = wordFrequency(term);
    if (frequency !== undefined && frequency > EVERYDAY) return '引号内是常用词，不是术语';
    if (frequency !== undefined) return undefined;
  }
  return usedAgain(sourceText(source), term) ? undefined : '引号内的说法全文只出现一次，不是全文的关键概念';
}
