/** A run of whole lines of a Markdown text that parses the same on its own. */
export interface Chunk {
  text: string;
  /** 1-based line of the chunk's first line in the whole text. */
  line: number;
}

/** Chunks smaller than this are not worth a parser run of their own. @default 32768 */
export const DEFAULT_CHUNK_CHARS = 32_768;

// A link reference definition may be used anywhere in the document: then it cannot be cut.
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;
const LIST_ITEM = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
// CommonMark HTML blocks 1–5 run across blank lines until their end marker.
const HTML_BLOCKS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/**
 * Cut a Markdown text into chunks that can be parsed one by one, because micromark slows down
 * more than linearly on very large inputs. A cut falls only before a line that starts in
 * column 0 after a blank line, outside fenced code and multi-paragraph HTML blocks: such a line
 * always opens a new top-level block (unless it is the next item of a loose list, where no cut
 * is made either), so the blocks are the same as in one parse.
 */
export function splitChunks(text: string, minChars = DEFAULT_CHUNK_CHARS): Chunk[] {
  if (text.length <= minChars || DEFINITION.test(text)) return [{ text, line: 1 }];
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let chunkLine = 1;
  let fence: { char: string; length: number } | null = null;
  let htmlEnd: RegExp | null = null;
  let previousBlank = false;
  let pos = 0;
  let line = 1;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const content = text.slice(pos, end);
    const first = content.charCodeAt(0);
    // Not before a list item either: a loose list stays one list, whatever the chunk size.
    const startsInColumnZero = content.length > 0 && first !== 32 && first !== 9 && first !== 13 && !LIST_ITEM.test(content);
    if (!fence && !htmlEnd && previousBlank && startsInColumnZero && pos - chunkStart >= minChars) {
      chunks.push({ text: text.slice(chunkStart, pos), line: chunkLine });
      chunkStart = pos;
      chunkLine = line;
    }
    if (fence) {
      const m = FENCE.exec(content);
      if (m && m[1]![0] === fence.char && m[1]!.length >= fence.length && m[2]!.trim() === '') fence = null;
    } else if (htmlEnd) {
      if (htmlEnd.test(content)) htmlEnd = null;
    } else {
      const m = FENCE.exec(content);
      if (m && !(m[1]![0] === '`' && m[2]!.includes('`'))) {
        fence = { char: m[1]![0]!, length: m[1]!.length };
      } else {
        for (const [open, close] of HTML_BLOCKS) {
          const o = open.exec(content);
          if (o) {
            if (!close.test(content.slice(o[0].length))) htmlEnd = close;
            break;
          }
        }
      }
    }
    previousBlank = content.trim() === '';
    pos = end + 1;
    line += 1;
  }
  chunks.push({ text: text.slice(chunkStart), line: chunkLine });
  return chunks;
}
