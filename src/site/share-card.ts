/**
 * Share cards: the image and words a chat app or search engine shows for a page. Each source
 * gets a 1200×630 SVG card drawn at build time from its title (system fonts only, nothing
 * downloaded); page descriptions come from a lesson's first sentences. Pure: no DOM, no Node.
 */

/** Where a source's card is written, relative to the site. */
export const cardPath = (sourceId: string): string => `/cards/${sourceId}.svg`;

/** The site icon, the share image of pages without a card (PNG: every crawler reads it). */
export const ICON_IMAGE = { path: '/icons/icon-512.png', width: 512, height: 512, type: 'image/png' };

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Display width of a character in ems: CJK and full-width one, the rest about half. */
const width = (ch: string): number => (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 1 : 0.55);

/** `text` in lines of at most `max` ems, at most `lines` of them, the last ending in … when cut. */
export function wrapTitle(text: string, max: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  let used = 0;
  for (const ch of [...text.replace(/\s+/g, ' ').trim()]) {
    const w = width(ch);
    if (used + w > max) {
      out.push(line);
      line = '';
      used = 0;
    }
    if (line === '' && ch === ' ') continue;
    line += ch;
    used += w;
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${[...kept[lines - 1]!].slice(0, -1).join('')}…`;
  return kept;
}

/** What a card shows. */
export interface CardText {
  title: string;
  /** 讲话, 文件…, and the date: the line under the title. */
  kind: string;
  date: string;
  organization?: string;
}

const FONT = '-apple-system, PingFang SC, Hiragino Sans GB, Microsoft YaHei, Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, sans-serif';

/** A source's share card as SVG text. */
export function shareCardSvg(card: CardText): string {
  const lines = wrapTitle(card.title, 15, 3);
  const size = lines.length === 1 ? 72 : 64;
  const top = 300 - ((lines.length - 1) * size * 1.3) / 2;
  const title = lines.map((l, i) => `<text x="96" y="${Math.round(top + i * size * 1.3)}" font-size="${size}" font-weight="700" fill="#1f1f1f">${escapeXml(l)}</text>`).join('');
  const sub = [card.kind, card.date, card.organization].filter(Boolean).join(' · ');
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">',
    `<title>${escapeXml(card.title)}</title>`,
    '<rect width="1200" height="630" fill="#f7f4f0"/>',
    '<rect width="1200" height="120" fill="#a61b1b"/>',
    `<text x="96" y="80" font-family="${FONT}" font-size="44" font-weight="700" fill="#fff" letter-spacing="4">学习园地</text>`,
    '<rect x="96" y="170" width="12" height="300" fill="#f5c542"/>',
    `<g font-family="${FONT}" transform="translate(40 0)">${title}</g>`,
    `<text x="136" y="560" font-family="${FONT}" font-size="34" fill="#595959">${escapeXml(sub)}</text>`,
    '</svg>',
    '',
  ].join('');
}

/**
 * The first sentences of `text`, about `max` characters at most (a sentence longer than that is
 * cut, with …): what a chat app shows under the title.
 */
export function firstSentences(text: string, max = 110): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentences = flat.match(/[^。！？!?]+[。！？!?”’」』）)]*/g) ?? [];
  let out = '';
  for (const s of sentences) {
    if (out.length + s.length > max) break;
    out += s;
  }
  if (out === '') out = [...flat].length > max ? `${[...flat].slice(0, max - 1).join('')}…` : flat;
  return out.trim();
}
