import type { LineCounter } from 'yaml';

/**
 * The offset to show for a YAML syntax error. An unclosed `[`, `{` or quote is reported where
 * the parser gave up (often the next key or the end of the file); point at the opening mark
 * instead, which is where the writer has to look.
 */
export function yamlErrorOffset(yamlText: string, message: string, offset: number): number {
  const opener = /Flow sequence/.test(message) ? '[' : /Flow map/.test(message) ? '{' : /closing "quote/.test(message) ? '"' : /closing 'quote/.test(message) ? "'" : '';
  if (!opener) return offset;
  const at = yamlText.lastIndexOf(opener, Math.max(0, offset - 1));
  return at >= 0 ? at : offset;
}

/** The 1-based line (within `yamlText`) to show for a YAML syntax error (see `yamlErrorOffset`). */
export function yamlErrorLine(yamlText: string, error: { message: string; pos: [number, number] }, counter: LineCounter): number {
  return counter.linePos(yamlErrorOffset(yamlText, error.message, error.pos[0])).line;
}
