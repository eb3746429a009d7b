import { matchHeadingNumber } from '../shared/numbering.ts';

/**
 * A crude raw-copy → Markdown conversion, only so the benchmark has samples before the
 * importer has written `content/sources/*.md`. It is not the importer: it drops page
 * markers and guesses headings, and its output only feeds the corpus generator.
 */
export function roughMarkdown(name: string, raw: string): string {
  let text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/第\s*\d+\s*页\s*共\s*\d+\s*页/g, '');
  const lines = text.split('\n');
  const pageMarked = lines.filter((l, k) => l.startsWith(`${k + 1}、`)).length >= 3;
  // Copies that prefix each page with `N、` cut sentences at page breaks: drop the marker and rejoin.
  text = pageMarked ? lines.map((l, k) => l.replace(`${k + 1}、`, '')).join('') : lines.join('\n');
  // Q&A copies run everything together on one line: break before `二、…？` questions.
  text = text.replace(/(?<=[。？！?])(?=[一二三四五六七八九十]{1,2}、[^。？?]{2,40}[？?])/gu, '\n');
  const pieces = text.split(/[\s\u3000]+/u).filter((p) => p.length > 0);
  let title = name;
  if (pieces[0] && pieces[0].length <= 40 && !/[。，]/u.test(pieces[0])) title = pieces.shift()!;
  const out: string[] = ['---', `title: ${JSON.stringify(title)}`, 'date: 2020-01-01', 'kind: 讲话', '---', ''];
  for (const piece of pieces) {
    const number = matchHeadingNumber(piece);
    const lead = /^[^。？?：:]+[。？?：:]?/u.exec(number?.rest ?? '')?.[0] ?? '';
    if (number && (number.style === 'chapter' || number.style === 'section') && piece.length <= 40) {
      out.push(`## ${piece}`, '');
    } else if (number && (number.style === 'cn' || number.style === 'arabic') && lead.length >= 2 && lead.length <= 40) {
      const depth = number.style === 'cn' ? 2 : 3;
      out.push(`${'#'.repeat(depth)} ${number.raw.trim()}${lead.replace(/[。：:]$/u, '')}`, '');
      const rest = number.rest.slice(lead.length).trim();
      if (rest) out.push(rest, '');
    } else {
      out.push(piece, '');
    }
  }
  return out.join('\n');
}
