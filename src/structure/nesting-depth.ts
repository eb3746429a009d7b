/** Deepest list/quote nesting a source may use. @default 100 */
export const MAX_NESTING = 100;

// One container opener at the start of a line: a quote mark or a list marker and its space.
const CONTAINER = /^(?:>|[-+*][ \t]|\d{1,9}[.)][ \t])[ \t]*/;

/**
 * The first line whose list/quote nesting (estimated from its markers and indentation) goes
 * beyond `limit`, or `null`. micromark handles such nesting without recursion but in time that
 * grows with the square of the depth, so a source nested hundreds deep is refused up front.
 */
export function findDeepNesting(text: string, limit = MAX_NESTING): number | null {
  let pos = 0;
  let line = 1;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    if (end - pos > limit) {
      let depth = 0;
      let i = pos;
      let indent = 0;
      for (;;) {
        while (i < end && (text[i] === ' ' || text[i] === '\t')) {
          indent += text[i] === '\t' ? 4 : 1;
          i++;
        }
        const m = CONTAINER.exec(text.slice(i, Math.min(end, i + 16)));
        if (!m) break;
        depth += 1;
        i += m[0].length;
      }
      // Nested list items are indented by at least two columns per level.
      if (i < end && depth + Math.floor(indent / 2) > limit) return line;
    }
    pos = end + 1;
    line += 1;
  }
  return null;
}
