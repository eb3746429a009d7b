/** ASCII characters with a meaning anywhere in Markdown (CommonMark and the GFM extensions). */
const INLINE = new Set(['\\', '`', '*', '_', '[', ']', '<', '>', '&', '~', '|', '#']);
/** Characters that open a block at the start of a line (bullet list, thematic break). */
const LINE_START = new Set(['-', '+']);

/**
 * Escape `text` so that Markdown reads it back as the same plain text: backslash before every
 * Markdown-significant ASCII character, and before the `.`/`)` of a line that would read as an
 * ordered list item (`1. ` that is not a heading) when `paragraph` is set. Returns the text and the
 * offsets that were escaped.
 */
export function escapeMarkdown(text: string, paragraph = true): { text: string; escaped: number[] } {
  const escaped: number[] = [];
  let out = '';
  let from = 0;
  const add = (at: number) => {
    out += text.slice(from, at) + '\\';
    from = at;
    escaped.push(at);
  };
  const list = paragraph ? /^[0-9]{1,9}[.)](?=[ \t]|$)/.exec(text) : null;
  const bullet = paragraph && /^[-+](?:[ \t]|$)|^(?:-[ \t]*){3,}$/.test(text);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (INLINE.has(ch) || (bullet && i === 0 && LINE_START.has(ch)) || (list && i === list[0].length - 1)) add(i);
  }
  return { text: out + text.slice(from), escaped };
}
