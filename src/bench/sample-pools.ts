import { matchHeadingNumber } from '../shared/numbering.ts';

/** A sample Markdown source the corpus generator recombines. */
export interface Sample {
  name: string;
  markdown: string;
}

/** A sub-section kept whole, because a formulation and the enumeration naming its members must stay together. */
export interface Unit {
  label: string;
  paragraphs: string[];
  /** Holds a numbered formulation (`三个结合`, `四谈心`) or a configured theme's members. */
  formulation: boolean;
  /** Holds an inline enumeration (`一是…二是…`). */
  enumeration: boolean;
}

/** The building blocks of generated documents, taken from the samples. */
export interface Pools {
  /** Labels of top-level headings, without their numbers. */
  topLabels: string[];
  units: Unit[];
  /** Plain sentences (no enumeration marker, no heading number) for filler paragraphs. */
  sentences: string[];
  /** Opening remarks (`同志们：…`) found before the first heading. */
  openings: string[];
}

const FORMULATION = /[一二两三四五六七八九十]个[“”\p{Script=Han}]{1,5}|三会一课|“[一二两三四五六七八九十][\p{Script=Han}]{1,3}”?|[刹树倡治][玩正廉会]风/u;
const ENUMERATION = /[一二三四五六七八九十](?:是|要)|首先/u;
const SENTENCE = /[^。！？!?]+[。！？!?]+[”’」』]?/gu;

/** Strip a heading number (`一、`, `（二）`, `3.`, `第一章`) from a heading. */
export function headingLabel(text: string): string {
  const number = matchHeadingNumber(text.trim());
  return (number ? number.rest : text).trim().replace(/[。；;，,：:]+$/u, '');
}

interface Block {
  depth: number;
  text: string;
}

/** Markdown → headings (depth ≥ 1) and paragraphs (depth 0); frontmatter dropped. */
export function markdownBlocks(markdown: string): Block[] {
  const body = markdown.replace(/\r\n?/g, '\n').replace(/^\uFEFF?---\n[\s\S]*?\n---\n/, '');
  const blocks: Block[] = [];
  let lines: string[] = [];
  const flush = () => {
    const text = lines.join('').trim();
    if (text) blocks.push({ depth: 0, text: unescapeMarkdown(text) });
    lines = [];
  };
  for (const line of body.split('\n')) {
    const heading = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ depth: heading[1]!.length, text: unescapeMarkdown(heading[2]!) });
    } else if (line.trim() === '') {
      flush();
    } else {
      lines.push(line.replace(/^\s*(?:>\s*|[-*+]\s+)/, '').trim());
    }
  }
  flush();
  return blocks;
}

function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/\*\*|__/g, '');
}

/** Split text into sentences, each with its closing punctuation. */
export function splitSentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => s.length > 0);
}

function isPlainSentence(sentence: string): boolean {
  return (
    sentence.length >= 8 &&
    sentence.length <= 160 &&
    !ENUMERATION.test(sentence) &&
    matchHeadingNumber(sentence) === null &&
    !/^[，、；：,;:”’]/u.test(sentence) &&
    // Articles of a regulation (`第三十八条`) belong to their chapter, not to a speech's filler.
    !/^第[一二三四五六七八九十百零〇\d]+条/u.test(sentence) &&
    // Drop sentences with unbalanced quotes so that recombination does not open a quote it never closes.
    (sentence.match(/“/g)?.length ?? 0) === (sentence.match(/”/g)?.length ?? 0)
  );
}

function makeUnit(label: string, paragraphs: string[]): Unit {
  const all = [label, ...paragraphs].join('');
  return { label, paragraphs, formulation: FORMULATION.test(all), enumeration: ENUMERATION.test(paragraphs.join('')) };
}

/** Collect the building blocks of every sample. */
export function collectPools(samples: readonly Sample[]): Pools {
  const pools: Pools = { topLabels: [], units: [], sentences: [], openings: [] };
  const seenSentences = new Set<string>();
  for (const sample of samples) {
    const blocks = markdownBlocks(sample.markdown);
    const depths = blocks.filter((b) => b.depth > 0).map((b) => b.depth);
    // A single `#` heading is the document title, not a section.
    const titleDepth = depths.filter((d) => d === 1).length === 1 ? 1 : 0;
    const top = Math.min(...depths.filter((d) => d > titleDepth), Infinity);
    let current: { label: string; depth: number; paragraphs: string[] } | null = null;
    let sawHeading = false;
    const close = () => {
      if (current && current.paragraphs.length > 0) pools.units.push(makeUnit(current.label, current.paragraphs));
      current = null;
    };
    for (const block of blocks) {
      if (block.depth > 0 && block.depth <= titleDepth) continue;
      if (block.depth > 0) {
        close();
        sawHeading = true;
        const label = headingLabel(block.text);
        if (block.depth === top) pools.topLabels.push(label);
        current = { label, depth: block.depth, paragraphs: [] };
        continue;
      }
      // An opening that is only the salutation (`同志们：` on its own line) is not worth reusing.
      if (!sawHeading && /^同志们/u.test(block.text) && block.text.length >= 30) pools.openings.push(block.text);
      if (current) current.paragraphs.push(block.text);
      if (!ENUMERATION.test(block.text) || !sawHeading) {
        for (const sentence of splitSentences(block.text)) {
          if (isPlainSentence(sentence) && !seenSentences.has(sentence)) {
            seenSentences.add(sentence);
            pools.sentences.push(sentence);
          }
        }
      }
    }
    close();
  }
  pools.topLabels = [...new Set(pools.topLabels.filter((l) => l.length >= 2 && l.length <= 30))];
  return pools;
}
