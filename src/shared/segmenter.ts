/** The Chinese segmenter (jieba, with its shipped dictionary), loaded once on first use. */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;
let frequency: Map<string, number> | undefined;

/** A word and its part of speech (jieba's tag set: n noun, v verb, m numeral, ns place, x unknown …). */
export interface Word {
  word: string;
  tag: string;
}

const tagged = new Map<string, Word[]>();
/** Short texts tagged are cached: the same terms and names recur across a corpus. */
const CACHE_LIMIT = 50_000;

/** Segment and tag a text. */
export function tagWords(text: string): Word[] {
  let words = tagged.get(text);
  if (!words) {
    jieba ??= Jieba.withDict(dict);
    words = jieba.tag(text, true);
    if (tagged.size >= CACHE_LIMIT) tagged.clear();
    if (text.length <= 16) tagged.set(text, words);
  }
  return words;
}

/** How common a dictionary word is in jieba's corpus, or undefined for a word it does not list. */
export function wordFrequency(word: string): number | undefined {
  if (!frequency) {
    frequency = new Map();
    // dict.txt lines: `word frequency tag`; a scan without split() keeps this one-off read fast.
    const text = Buffer.from(dict).toString('utf8');
    let at = 0;
    while (at < text.length) {
      const space = text.indexOf(' ', at);
      const end = text.indexOf('\n', at);
      const lineEnd = end < 0 ? text.length : end;
      if (space > at && space < lineEnd) {
        const next = text.indexOf(' ', space + 1);
        frequency.set(text.slice(at, space), Number(text.slice(space + 1, next > 0 && next < lineEnd ? next : lineEnd)));
      }
      at = lineEnd + 1;
    }
  }
  return frequency.get(word);
}
