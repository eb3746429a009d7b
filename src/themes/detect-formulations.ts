import { parseChineseNumeral } from '../shared/numbering.ts';
import { tagWords } from '../shared/segmenter.ts';
import {
  CLOSE_QUOTES, CONCEPT_MEASURES, NUMERAL_CHARS, OPEN_QUOTES, ORDINAL_PREFIXES, QUOTE_SUFFIXES,
  STOP_AFTER_NUMERAL, STOP_IN_COMPOUND, STOP_NOUNS,
} from './formulation-words.ts';

/** A numbered formulation (数字概括语) found in a text. */
export interface FormulationMention {
  /** The formulation without quotation marks: `三个结合`, `三清`, `三会一课`. */
  name: string;
  /** Value of the leading numeral: `三个结合` → 3. */
  value: number;
  /** Offsets of the name in the text (quotation marks excluded). */
  start: number;
  end: number;
  /** Whether it is quoted (with or without its closing mark). */
  quoted: boolean;
}

const NUMERAL_RUN = new RegExp(`[${NUMERAL_CHARS}]+`, 'gu');
const IS_NUMERAL = new RegExp(`^[${NUMERAL_CHARS}]$`, 'u');
const IS_HAN = /^\p{Script=Han}$/u;
/** The longest quoted body taken as a formulation: `“四个全面”`, `“五个一工程”`. */
const MAX_QUOTED_BODY = 5;
/** Third characters that make a three-character concept: `积极性`, `现代化`, `世界观`. */
const NOUN_SUFFIXES = new Set([...'性化观者论']);

/** The run of Han characters (not numerals of a new number) at `from`, at most `max` long. */
function hanRun(text: string, from: number, max: number): string {
  let end = from;
  while (end < text.length && end - from < max && IS_HAN.test(text[end]!)) end++;
  return text.slice(from, end);
}

function startsWithAny(text: string, words: readonly string[]): boolean {
  return words.some((w) => text.startsWith(w));
}

/** Whether `body` (what follows the numeral) names a concept rather than a quantity. */
function isConceptBody(body: string, quoted: boolean): boolean {
  if (body.length === 0 || STOP_AFTER_NUMERAL.has(body[0]!)) return false;
  if (CONCEPT_MEASURES.has(body[0]!)) {
    const noun = body.slice(1);
    if (noun.length < (quoted ? 1 : 2) || startsWithAny(noun, STOP_NOUNS)) return false;
  }
  return [...body].every((ch) => IS_HAN.test(ch));
}

/** `三会一课`, `两学一做`, `五位一体`: numeral, character, numeral, character. */
function compoundBody(text: string, from: number): string | undefined {
  const body = text.slice(from, from + 3);
  if (body.length < 3) return undefined;
  const [a, n, b] = [...body] as [string, string, string];
  if (!IS_HAN.test(a) || IS_NUMERAL.test(a) || STOP_IN_COMPOUND.has(a)) return undefined;
  if (!IS_NUMERAL.test(n) || !IS_HAN.test(b) || IS_NUMERAL.test(b) || STOP_IN_COMPOUND.has(b)) return undefined;
  return body;
}

/**
 * Find the numbered formulations in a text: a Chinese numeral plus a measure word and a concept
 * (`注重三个结合`, `理顺两大关系`, `八项规定`), or a quoted numeral term (`“三清”`, `“四谈心”`,
 * `“三会一课”`, also when the copy lost the closing mark: `“三清活动`). Durations, counts, ages,
 * ordinals and dates are not formulations (`三个月`, `两年`, `五个工作日`, `第三次`, `十八岁`,
 * `一批`, `三点意见`, `“十佳…`).
 */
export function findFormulations(text: string): FormulationMention[] {
  const out: FormulationMention[] = [];
  for (const m of text.matchAll(NUMERAL_RUN)) {
    const start = m.index;
    const numeral = m[0];
    const from = start + numeral.length;
    const before = start > 0 ? text[start - 1]! : '';
    const quoted = OPEN_QUOTES.has(before);
    // Cheap test first: numerals are everywhere (`统一`, `一些`), formulations are not.
    if (!quoted && !CONCEPT_MEASURES.has(text[from] ?? '')) continue;
    // `第一百三十二条`: the run starts after 百, inside a longer number.
    if (ORDINAL_PREFIXES.has(before) || /[0-9０-９.．百千万零〇]/u.test(before)) continue;
    const value = parseChineseNumeral(numeral);
    if (value === undefined || value < 1 || value > 99) continue;
    // `十八大以来`, `二十大精神`: a congress's ordinal, not a formulation (`十大关系` is one).
    if (value > 10 && text[from] === '大') continue;
    const body = bodyAfter(text, from, value, quoted);
    if (body === undefined) continue;
    out.push({ name: numeral + body, value, start, end: from + body.length, quoted });
  }
  return out;
}

/** The longest noun phrase a formulation name takes after its measure word. */
const MAX_PHRASE = 5;
/** Parts of speech that modify a head noun rather than end a phrase: 现代 (t), 重大 (a), 基本 (b). */
const MODIFIERS = new Set(['t', 'a', 'b', 'f']);
const NOUN = /^(?:n|nz|ng|vn|l|i)$/u;
/** Nouns that follow a formulation without being part of its name. */
const FRAME_NOUNS = new Set(['精神', '格局', '布局', '战略', '要求', '原则', '方针', '思想', '理念', '目标', '任务', '工作', '活动', '问题', '方面', '部分', '领域', '建设', '体系', '制度', '内容', '作用', '意义', '成果', '经验', '措施', '举措', '政策', '重点', '水平', '能力', '时期', '阶段']);

/**
 * The noun phrase at the start of `run` when the segmenter reads a longer one than two
 * characters: a word of three or four characters (`基础设施`), a noun and a one-character head
 * (`攻坚` + `战`), or a modifier and its head noun (`现代` + `产业带`). Otherwise `undefined`: the two-character rule stands.
 */
function nounPhrase(run: string): string | undefined {
  if (run.length < 3) return undefined;
  const [first, second] = tagWords(run);
  if (!first || first.word.length < 2) return undefined;
  if (first.word.length > 2 && first.word.length <= 4 && NOUN.test(first.tag)) return first.word;
  // `攻坚` + `战`, `产业` + `带`: a one-character head noun the dictionary lists on its own.
  if (first.word.length === 2 && NOUN.test(first.tag) && second?.word.length === 1 && /^n/u.test(second.tag)) return first.word + second.word;
  // `典型` + `路径`: a noun and its head noun, unless the head only frames the formulation
  // (`八项规定` + `精神`, `四大产业` + `格局`).
  if (first.word.length === 2 && /^n$/u.test(first.tag) && second?.word.length === 2 && /^n$/u.test(second.tag) && !FRAME_NOUNS.has(second.word)) return first.word + second.word;
  if (first.word.length === 2 && MODIFIERS.has(first.tag) && second && NOUN.test(second.tag) && second.word.length >= 2 && first.word.length + second.word.length <= MAX_PHRASE) {
    return first.word + second.word;
  }
  return undefined;
}

/** What follows the numeral when it forms a formulation, else `undefined`. */
function bodyAfter(text: string, from: number, value: number, quoted: boolean): string | undefined {
  if (quoted) {
    const compound = compoundBody(text, from);
    // `“三会一课”`, `“三会一课制度`; not the start of a quoted saying (`“两眼一睁,忙到熄灯”`).
    if (compound !== undefined) {
      const after = text.slice(from + compound.length);
      return CLOSE_QUOTES.has(after[0] ?? '') || startsWithAny(after, QUOTE_SUFFIXES) ? compound : undefined;
    }
    if (value < 2) return undefined; // `“一把手`: 一 starts words, not formulations.
    const run = hanRun(text, from, MAX_QUOTED_BODY + 1);
    // Closed quote: the whole quoted term.
    if (run.length <= MAX_QUOTED_BODY && CLOSE_QUOTES.has(text[from + run.length] ?? '')) {
      return isConceptBody(run, true) ? run : undefined;
    }
    // Lost closing mark: the shortest body followed by a word such as 活动 or 工作.
    for (let k = 1; k <= Math.min(run.length, MAX_QUOTED_BODY - 1); k++) {
      const body = run.slice(0, k);
      if (startsWithAny(text.slice(from + k), QUOTE_SUFFIXES) && isConceptBody(body, true)) return body;
    }
  }
  if (value < 2 || !CONCEPT_MEASURES.has(text[from] ?? '')) return undefined;
  const run = hanRun(text, from + 1, 3);
  // Check the stop nouns on the whole run: `五个工作日` is a count although `工作` is a concept.
  if (run.length < 2 || startsWithAny(run, STOP_NOUNS)) return undefined;
  // Concepts are two characters (`三个结合`, `八项规定精神` → `八项规定`), or three with a
  // nominal suffix (`两个积极性`, `四个现代化`), or the whole noun phrase the segmenter reads
  // there (`三大攻坚战`, `三大现代产业带`), never cut inside a word.
  const noun = nounPhrase(hanRun(text, from + 1, MAX_PHRASE + 2)) ?? (run.length === 3 && NOUN_SUFFIXES.has(run[2]!) ? run : run.slice(0, 2));
  const body = text[from]! + noun;
  return isConceptBody(body, false) ? body : undefined;
}
