/**
 * The corpus shapes `npm run bench -- --shape NAME` can generate. Each shape stresses a
 * different cost: many documents of a few lessons (the default), many lessons per document,
 * long documents, and one huge source without a single line break.
 */

/** The names `--shape` accepts, the default first. */
export const SHAPES = ['default', 'lessons', 'long', 'nobreak'] as const;

/** A corpus shape. */
export type Shape = (typeof SHAPES)[number];

/** How the generator lays out one document of a shape. */
export interface ShapeSpec {
  /** Kinds drawn from (repeated entries weigh more). */
  kinds: readonly string[];
  /** Number of top-level sections, both bounds included. */
  sections: readonly [number, number];
  /** Target size of a document in UTF-8 bytes. */
  bytes: number;
  /** A sample sub-section is cut after the paragraph that takes it past this many bytes. */
  unitBytes: number;
}

const DEFAULT_SPEC: ShapeSpec = { kinds: ['讲话', '讲话', '讲话', '讲话', '文件', '通知', '报告'], sections: [3, 5], bytes: 12_288, unitBytes: 3500 };

/**
 * The layout of each shape's documents. `nobreak` documents after the first are laid out as
 * the default (its first document is a single line, see nobreak.ts).
 */
export const SHAPE_SPECS: Readonly<Record<Shape, ShapeSpec>> = {
  default: DEFAULT_SPEC,
  // Speeches with many top-level sections, each of which becomes a lesson: small sub-sections
  // so that the text spreads over all of them.
  lessons: { kinds: ['讲话'], sections: [8, 10], bytes: 12_288, unitBytes: 1500 },
  long: { kinds: ['报告'], sections: [5, 8], bytes: 61_440, unitBytes: 3500 },
  nobreak: DEFAULT_SPEC,
};

/** Size of the single-line source of the `nobreak` shape, in UTF-8 bytes. */
export const NOBREAK_BYTES = 1024 * 1024;

/** What each shape is, as the report prints it. */
export const SHAPE_LABELS: Readonly<Record<Shape, string>> = {
  default: 'default（讲话、文件、通知、报告，每篇 3–5 个一级标题，约 12 KB）',
  lessons: 'lessons（讲话，每篇 8–10 个一级标题，约 12 KB）',
  long: 'long（报告，每篇约 60 KB）',
  nobreak: 'nobreak（第 1 篇是 1 MB 的单段原文，无换行、无标点；其余同 default）',
};

/** Read a `--shape` value; undefined when it names no shape. */
export function parseShape(value: string): Shape | undefined {
  return (SHAPES as readonly string[]).includes(value) ? (value as Shape) : undefined;
}
