import type { Paragraph } from '../shared/types.ts';

/** How the closing remarks of a speech open: `同志们，…`, `同志们：…`, `各位领导，…`. */
export const CLOSING_ADDRESS = /^\s*(?:同志们|各位同志|各位领导|各位代表|各位来宾|朋友们)[，,：:！!、]/u;

/**
 * Index of the first paragraph of the closing remarks, or `paragraphs.length` when there are
 * none: the first paragraph after the last heading that opens with an address to the audience,
 * once the last section has had text of its own (else the address is that section's text).
 * Without headings, any paragraph but the first may open the closing remarks.
 *
 * @param lastHeadingLine line of the document's last heading, `null` without headings
 */
export function findClosing(paragraphs: readonly Paragraph[], lastHeadingLine: number | null): number {
  let seen = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (lastHeadingLine !== null && p.line <= lastHeadingLine) continue;
    if (seen > 0 && CLOSING_ADDRESS.test(p.text)) return i;
    seen += 1;
  }
  return paragraphs.length;
}
