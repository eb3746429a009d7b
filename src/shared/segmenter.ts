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

/** Segment and tag a text. */
export function tagWords(text: string): Word[] {
  jieba ??= Jieba.withDict(dict);
  return jieba.tag(text, true);
}

/** How common a dictionary word is in jieba's corpus, or undefined for a word it does not list. */
export function wordFrequency(word: string): number | undefined {
  if (!frequency) {
    frequency = new Map();
    // dict.txt lines: `word frequency tag`
    for (const line of Buffer.from(dict).toString('utf8').split('\n')) {
      const [w, f] = line.split(' ');
      if (w && f) frequency.set(w, Number(f));
    }
  }
  return frequency.get(word);
}
