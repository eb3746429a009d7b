import { nobreakDocument } from './nobreak.ts';
import { createRandom, hashString, type Random } from './prng.ts';
import { collectPools, type Pools, type Sample, type Unit } from './sample-pools.ts';
import { NOBREAK_BYTES, SHAPE_SPECS, type Shape, type ShapeSpec } from './shapes.ts';

/** A generated Markdown source: its path under `sources/` and its text. */
export interface CorpusFile {
  file: string;
  text: string;
}

/** Options of the corpus generator. */
export interface CorpusOptions {
  /** What the documents look like (see shapes.ts). @default 'default' */
  shape?: Shape;
  /** Target size of each document in UTF-8 bytes. @default the shape's (12 KB; 60 KB for `long`) */
  bytes?: number;
  /** Mixed into every document's seed: another seed, another corpus of the same shape. @default 0 */
  seed?: number;
}

const encoder = new TextEncoder();
const byteLength = (text: string) => encoder.encode(text).length;

/**
 * Generate `n` documents of a shape (by default speeches of ~12 KB) by recombining the
 * samples' headings, sub-sections (kept whole so formulations keep their enumerations) and
 * sentences. Deterministic: each document is seeded from its index, the samples, the shape and
 * the seed, so the first 100 documents of a 1,000-document corpus are the 100-document corpus.
 * The `nobreak` shape's first document is a single line of 1 MB; the others are the default's.
 */
export function generateCorpus(n: number, samples: readonly Sample[], options: CorpusOptions = {}): CorpusFile[] {
  const pools = collectPools(samples);
  if (pools.units.length === 0 || pools.sentences.length < 10) {
    throw new Error('样本太少：需要带小标题的原文（content/sources/*.md）才能生成测试语料；也可用 --samples 指定原始稿件（*.txt）目录');
  }
  if (pools.topLabels.length === 0) pools.topLabels = pools.units.map((u) => u.label);
  const shape = options.shape ?? 'default';
  const spec = SHAPE_SPECS[shape];
  // The default shape keeps the seeds it always had, so its corpus does not change.
  const names = samples.map((s) => s.name).join('\n');
  const base = hashString(shape === 'default' || shape === 'nobreak' ? names : `${names}\n${shape}`) ^ (options.seed ?? 0);
  const width = Math.max(4, String(n).length);
  const files: CorpusFile[] = [];
  for (let i = 1; i <= n; i++) {
    const random = createRandom(base ^ Math.imul(i, 0x9e3779b1));
    const name = `bench-${String(i).padStart(width, '0')}`;
    const text =
      shape === 'nobreak' && i === 1
        ? nobreakDocument(i, random, pools, options.bytes ?? NOBREAK_BYTES)
        : generateDocument(i, random, pools, { ...spec, bytes: options.bytes ?? spec.bytes });
    files.push({ file: `${name}.md`, text });
  }
  return files;
}

/** 1 → 一, 12 → 十二, 40 → 四十 (below 100, enough for heading numbers). */
export function chineseNumber(n: number): string {
  const digits = '〇一二三四五六七八九';
  if (n < 10) return digits[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : digits[tens]}十${ones === 0 ? '' : digits[ones]}`;
}

function isoDate(i: number, random: Random): string {
  // Spread documents over the years, day by day, so dates are valid and mostly distinct.
  const day = new Date(Date.UTC(2015, 0, 1) + ((i * 3 + random.int(0, 2)) % 4000) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

function paragraph(random: Random, pools: Pools, min: number, max: number): string {
  const count = random.int(min, max);
  let text = '';
  for (let k = 0; k < count; k++) text += random.pick(pools.sentences);
  return text;
}

function sentencesUpTo(random: Random, pools: Pools, bytes: number): string {
  let text = random.pick(pools.sentences);
  while (byteLength(text) < bytes) text += random.pick(pools.sentences);
  return text;
}

function capUnit(unit: Unit, maxBytes: number): string[] {
  const kept: string[] = [];
  let size = 0;
  for (const p of unit.paragraphs) {
    if (kept.length > 0 && size + byteLength(p) > maxBytes) break;
    kept.push(p);
    size += byteLength(p);
  }
  return kept;
}

function yamlString(text: string): string {
  return JSON.stringify(text);
}

function generateDocument(i: number, random: Random, pools: Pools, spec: ShapeSpec): string {
  const target = spec.bytes;
  const kind = random.pick(spec.kinds);
  const sections = random.int(spec.sections[0], spec.sections[1]);
  const topLabels: string[] = [];
  for (let k = 0; k < sections; k++) topLabels.push(random.pick(pools.topLabels));
  const title = `${topLabels[0]}（第${i}号${kind === '讲话' ? '讲话' : kind}）`;
  const date = isoDate(i, random);
  const formulations = pools.units.filter((u) => u.formulation);
  const enumerations = pools.units.filter((u) => u.enumeration && !u.formulation);

  const head = ['---', `title: ${yamlString(title)}`, `date: ${date}`, `kind: ${kind}`, '---', ''].join('\n');
  const opening =
    kind === '讲话'
      ? pools.openings.length > 0 && random.next() < 0.3
        ? random.pick(pools.openings)
        : `同志们：${paragraph(random, pools, 2, 3)}下面，我讲${chineseNumber(sections)}点意见。`
      : paragraph(random, pools, 2, 4);
  const closing = kind === '讲话' ? `同志们，${paragraph(random, pools, 2, 3)}` : paragraph(random, pools, 1, 2);

  // Every section gets an intro paragraph and at least one sub-section; more sub-sections are
  // added round-robin until the document reaches its target size. Each document holds at
  // least one formulation and one enumeration so that themes and points are found at scale.
  const subs: { label: string; paragraphs: string[] }[][] = topLabels.map(() => []);
  const intros = topLabels.map(() => paragraph(random, pools, 2, 4));
  let size = byteLength(head + opening + closing + intros.join('') + topLabels.join('')) + 40 * sections;
  const add = (k: number, unit: Unit) => {
    const paragraphs = capUnit(unit, spec.unitBytes);
    subs[k]!.push({ label: unit.label, paragraphs });
    size += byteLength(unit.label + paragraphs.join('')) + 12 + 2 * paragraphs.length;
  };
  if (formulations.length > 0) add(random.int(0, sections - 1), random.pick(formulations));
  if (enumerations.length > 0) add(random.int(0, sections - 1), random.pick(enumerations));
  // Stop half a sub-section early: the last one overshoots, so documents average the target.
  for (let k = 0; size < target - 700; k = (k + 1) % sections) {
    const unit = random.pick(pools.units);
    const unitBytes = byteLength(unit.label + capUnit(unit, spec.unitBytes).join(''));
    if (subs[k]!.length > 0 && (random.next() < 0.3 || unitBytes > target - size + 1500)) {
      // A sub-section of recombined sentences, sized to what is left, keeps documents near the target.
      const filler = sentencesUpTo(random, pools, Math.max(300, Math.min(2000, target - size)));
      subs[k]!.push({ label: unit.label, paragraphs: [filler] });
      size += byteLength(unit.label + filler) + 14;
    } else {
      add(k, unit);
    }
  }

  const out: string[] = [head, opening, ''];
  topLabels.forEach((label, k) => {
    out.push(`## ${chineseNumber(k + 1)}、${label}`, '', intros[k]!, '');
    subs[k]!.forEach((sub, m) => {
      out.push(`### ${m + 1}、${sub.label}`, '');
      for (const p of sub.paragraphs) out.push(p, '');
    });
  });
  out.push(closing, '');
  return out.join('\n');
}
