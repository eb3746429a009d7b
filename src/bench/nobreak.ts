import type { Random } from './prng.ts';
import type { Pools } from './sample-pools.ts';

const encoder = new TextEncoder();

// Everything but Chinese characters goes: a dump that lost its line breaks and its punctuation
// is the hardest case for word segmentation (no boundary to rest on).
const NOT_HAN = /[^\p{Script=Han}]/gu;

/**
 * The body of the `nobreak` shape's source: one line of at least `bytes` UTF-8 bytes, without
 * a line break, a space or a punctuation mark — the shape of a scraped single-line dump. Runs of
 * `学习` alternate with the samples' sentences stripped to their Chinese characters.
 */
export function nobreakLine(random: Random, pools: Pools, bytes: number): string {
  const sentences = pools.sentences.map((s) => s.replace(NOT_HAN, '')).filter((s) => s.length >= 4);
  if (sentences.length === 0) throw new Error('样本中没有可用的句子，无法生成无换行原文');
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const part = `${'学习'.repeat(random.int(1, 40))}${random.pick(sentences)}`;
    parts.push(part);
    size += encoder.encode(part).length;
  }
  return parts.join('');
}

/** A whole source (frontmatter and the single line) for the `nobreak` shape. */
export function nobreakDocument(i: number, random: Random, pools: Pools, bytes: number): string {
  const title = `${random.pick(pools.topLabels)}（第${i}号文件，单行全文）`;
  return ['---', `title: ${JSON.stringify(title)}`, 'date: 2015-01-01', 'kind: 文件', '---', '', nobreakLine(random, pools, bytes), ''].join('\n');
}
