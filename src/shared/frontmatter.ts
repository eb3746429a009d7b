import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { ContentIssue } from './types.ts';
import { yamlErrorOffset } from './yaml-errors.ts';

/** A Markdown file split into its YAML frontmatter and its body. */
export interface Frontmatter {
  /** The frontmatter mapping as plain data; `{}` when there is none or it is broken. */
  data: Record<string, unknown>;
  /** Whether the file opens with a `---` frontmatter block. */
  present: boolean;
  /** Everything after the closing `---` (the whole text when there is no frontmatter). */
  body: string;
  /** 1-based line of the file on which `body` starts. */
  bodyLine: number;
  /** Broken YAML, an unclosed block, or a frontmatter that is not a mapping. */
  issues: ContentIssue[];
  /**
   * Line in the file of the key at `path` (`['date']`, `['books', 0, 'title']`); for a key that
   * is missing, the line of its nearest existing parent, else the first line of the file.
   */
  lineOf: (path: readonly PropertyKey[]) => number;
}

const FENCE_OPEN = /^---[ \t]*$/;
const FENCE_CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Split `---` YAML frontmatter from a Markdown file and parse it with line numbers.
 * Never throws: problems come back as issues in `file:line` form.
 */
export function parseFrontmatter(file: string, text: string): Frontmatter {
  // A BOM is not content; dropping it shifts no line.
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstEnd = lineEnd(source, 0);
  if (!FENCE_OPEN.test(stripCr(source.slice(0, firstEnd)))) {
    return { data: {}, present: false, body: source, bodyLine: 1, issues: [], lineOf: () => 1 };
  }

  // Find the closing fence, line by line, without splitting the whole file.
  let start = nextLine(source, firstEnd);
  let line = 2;
  let close = -1;
  let closeLine = 0;
  while (start < source.length) {
    const end = lineEnd(source, start);
    if (FENCE_CLOSE.test(stripCr(source.slice(start, end)))) {
      close = start;
      closeLine = line;
      break;
    }
    start = nextLine(source, end);
    line += 1;
  }
  const yamlStart = nextLine(source, firstEnd);
  if (close < 0) {
    return {
      data: {},
      present: true,
      body: source.slice(yamlStart),
      bodyLine: 2,
      issues: [{ file, line: 1, message: 'frontmatter 没有结束：缺少单独一行的 ---' }],
      lineOf: () => 1,
    };
  }

  const yamlText = source.slice(yamlStart, close);
  const bodyStart = nextLine(source, lineEnd(source, close));
  const result: Frontmatter = {
    data: {},
    present: true,
    body: source.slice(bodyStart),
    bodyLine: closeLine + 1,
    issues: [],
    lineOf: () => 1,
  };

  const lineCounter = new LineCounter();
  // The YAML starts on line 2 of the file.
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const offset = yamlErrorOffset(yamlText, error.message, error.pos[0]);
      result.issues.push({ file, line: fileLine(offset), message: `frontmatter 的 YAML 有误：${error.message}` });
    }
    return result;
  }
  result.lineOf = (path) => lineOfPath(doc, path, fileLine);
  if (doc.contents === null) return result;
  if (!isMap(doc.contents)) {
    result.issues.push({ file, line: 2, message: 'frontmatter 必须是“键: 值”形式的 YAML 映射' });
    return result;
  }
  try {
    result.data = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  } catch (error) {
    result.issues.push({ file, line: 2, message: `frontmatter 的 YAML 有误：${(error as Error).message}` });
  }
  return result;
}

/** Walk `path` through the YAML nodes, remembering the line of the deepest key found. */
function lineOfPath(doc: Document, path: readonly PropertyKey[], fileLine: (offset: number) => number): number {
  let node: unknown = doc.contents;
  let line = 1;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) return line;
      const keyNode = pair.key;
      if (isScalar(keyNode) && keyNode.range) line = fileLine(keyNode.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key];
      if (!item) return line;
      const range = (item as { range?: [number, number, number] }).range;
      if (range) line = fileLine(range[0]);
      node = item;
    } else {
      return line;
    }
  }
  return line;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

function nextLine(text: string, end: number): number {
  return end < text.length ? end + 1 : end;
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
