/**
 * On a page opened from a search result (`…/?hl=三会一课#p12`): mark the first occurrence of the
 * query in the linked passage (else anywhere in the main content) and scroll it into view.
 * Does nothing on other visits.
 */
import { normalizeWithMap } from '../../search/normalize.ts';
import { parseQuery } from '../../search/query.ts';

/** Wrap the first occurrence of any normalised term inside `root` in `<mark>`; the first mark. */
export function markFirst(root: Element, terms: readonly string[]): HTMLElement | null {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('script, style, [hidden], [data-pagefind-ignore]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += (n as Text).data;
  }
  const mapped = normalizeWithMap(text);
  let at = -1;
  let len = 0;
  for (const t of terms) {
    const i = mapped.norm.indexOf(t);
    if (i >= 0 && (at < 0 || i < at)) [at, len] = [i, t.length];
  }
  if (at < 0) return null;
  const start = mapped.start[at]!;
  const end = mapped.end[at + len - 1]!;
  let first: HTMLElement | null = null;
  nodes.forEach((node, i) => {
    const s = starts[i]!;
    const e = s + node.data.length;
    if (e <= start || s >= end) return;
    const range = document.createRange();
    range.setStart(node, Math.max(start, s) - s);
    range.setEnd(node, Math.min(end, e) - s);
    const mark = document.createElement('mark');
    mark.className = 'search-hit';
    range.surroundContents(mark);
    if (!first) first = mark;
  });
  return first;
}

function run(): void {
  const hl = new URLSearchParams(location.search).get('hl');
  if (!hl) return;
  const { terms } = parseQuery(hl);
  const main = document.querySelector('main');
  if (terms.length === 0 || !main) return;
  let target: Element | null = null;
  try {
    target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  } catch {
    target = null;
  }
  const mark = (target && main.contains(target) ? markFirst(target, terms) : null) ?? markFirst(main, terms);
  if (!mark) return;
  (mark.closest('p, li, h1, h2, h3, h4, blockquote') ?? mark).classList.add('passage-target');
  mark.scrollIntoView({ block: 'center' });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
else run();
