import { filter, meta, page, type IndexDocument, type LessonPart } from './index-documents.ts';
import { GROUP_META, encodeSlots } from './page-groups.ts';

/**
 * Characters of lesson HTML a grouped document holds at most. A group's fragment is what the
 * browser fetches to show any one of its lessons, so groups stay small: about half a lesson-heavy
 * speech (four or five short lessons), 3–4 KB compressed. At 1,000 such speeches, groups of 4,000
 * took Pagefind's CPU time down about as far as groups of 8,000 (the per-page cost left is a
 * fraction of a millisecond per document), with a query's download 83 KB instead of 110 KB.
 */
export const GROUP_CHARS = 4_000;

/**
 * The documents Pagefind indexes: consecutive lessons of one source (documents with a `part`
 * and the same `group`) joined into one document of at most `maxChars` characters of lesson
 * HTML, each lesson a section (see page-groups.ts); a lesson alone, or too long to share, stays
 * the document it was. The grouped document takes the first lesson's path (its URL names no
 * page: the search reads each lesson's URL from the `pages` meta). Order is kept, so bundles and
 * page numbers do not depend on the grouping. `docs` may be a generator (`searchDocuments`): a
 * grouped lesson's own HTML is then dropped as soon as its group is made. Pure.
 */
export function groupDocuments(docs: Iterable<IndexDocument>, maxChars = GROUP_CHARS): IndexDocument[] {
  const out: IndexDocument[] = [];
  let run: IndexDocument[] = [];
  let chars = 0;
  const flush = () => {
    // A lesson alone keeps its page's HTML; its part (the same text again) is not needed.
    if (run.length === 1) out.push(withoutPart(run[0]!));
    else if (run.length > 1) out.push(groupOf(run));
    run = [];
    chars = 0;
  };
  for (const doc of docs) {
    const size = doc.part?.section.length ?? 0;
    if (!doc.part || run.length === 0 || run[0]!.group !== doc.group || chars + size > maxChars || doc.shardStart) flush();
    if (!doc.part) {
      out.push(doc);
      continue;
    }
    run.push(doc);
    chars += size;
  }
  flush();
  return out;
}

function withoutPart(doc: IndexDocument): IndexDocument {
  const { part: _part, ...rest } = doc;
  return rest;
}

function groupOf(run: readonly IndexDocument[]): IndexDocument {
  const parts = run.map((d) => d.part!) as LessonPart[];
  // The group's filters are its lessons' together (each value once): Pagefind narrows a loose
  // search to the group, and the browser then keeps the lessons whose own filters match.
  const seen = new Set<string>();
  let head = meta(`title:${parts[0]!.slot.f['来源']?.[0] ?? parts[0]!.slot.t}`) + meta(`date:${parts[0]!.date}`);
  for (const [name, value] of parts.flatMap((p) => p.filters)) {
    const key = `${name}:${value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    head += filter(key);
  }
  head += meta(`${GROUP_META}:${encodeSlots(parts.map((p) => p.slot))}`);
  const html = page(`<article>${head}${parts.map((p) => p.section).join('')}</article>`);
  return { path: run[0]!.path, html, group: run[0]!.group, slots: parts.map((p) => p.slot) };
}
