import type { PageFact } from './web-furniture.ts';

/** A fact a removed page line stated, at its 1-based input line. */
export type MetaFact = Omit<PageFact, 'offset'> & { line: number };

/** A block of the imported text as metadata detection reads it. */
export interface MetaBlock {
  type: 'title' | 'heading' | 'paragraph';
  text: string;
  /** 1-based line in the input where the block starts. */
  line: number;
}

/** What the text offers for metadata: its blocks and what the removed page lines stated. */
export interface MetaEvidence {
  blocks: MetaBlock[];
  facts: MetaFact[];
  articleMode: boolean;
}

/** A value found in the text, with where it came from in the editor's words (`第 3 行`). */
export interface Found<T = string> {
  value: T;
  /** 1-based input line, when the value stands on one. */
  line?: number;
  /** Why this line (`签署日期`, `网页发布时间`). */
  why: string;
}

/** The blocks that open the document after its title: where bylines, notes and date lines stand. */
export function headBlocks(evidence: MetaEvidence, count = 6): MetaBlock[] {
  const start = evidence.blocks[0]?.type === 'title' ? 1 : 0;
  return evidence.blocks.slice(start, start + count);
}

/** The closing blocks, where signatures and dates stand. */
export function tailBlocks(evidence: MetaEvidence, count = 4): MetaBlock[] {
  return evidence.blocks.slice(Math.max(evidence.blocks[0]?.type === 'title' ? 1 : 0, evidence.blocks.length - count));
}

/** Names of bodies: a line that ends like one is an organisation, never a person. */
export const ORGANIZATION_END = /(?:人大常委会|常务委员会|人民政府|国务院|委员会|办公厅|办公室|宣传部|组织部|党委|党组|党总支|党支部|纪委|监委|政府|部|局|厅|处|署|院|会|委|校|所|社|报|网|刊|台|中心|集团|公司|大学|学院)$/u;
