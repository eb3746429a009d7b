import type { Point, Section } from '../shared/types.ts';
import { matchHeadingNumber } from '../shared/numbering.ts';
import { childSections, type DocIndex } from './doc-index.ts';

/** The lead clause of a heading: its label up to the first 。；：, like a point's title. */
function gist(label: string): string {
  const cut = label.search(/[。；：;:]/u);
  return (cut > 0 ? label.slice(0, cut) : label).trim();
}

/** The paragraph a heading leads into, for a link target on the lesson page. */
function firstParagraphId(index: DocIndex, section: Section): string {
  const stack = [section];
  while (stack.length > 0) {
    const s = stack.shift()!;
    const own = index.bodyParagraphs.get(s.id);
    if (own && own.length > 0) return own[0]!.id;
    stack.unshift(...childSections(index, s));
  }
  return '';
}

/**
 * The 要点 of a lesson: every section's inline enumerations, and for a sub-heading with no
 * enumeration of its own its label (run-in sub-headings such as `1、加强思想建设，教育党员。`
 * are the points of their parent). The lesson's own title heading is never a point.
 */
export function lessonPoints(index: DocIndex, sections: Section[], titleSectionId: string | undefined): Point[] {
  const points: Point[] = [];
  const siblingOrdinal = new Map<string, number>();
  for (const section of sections) {
    if (section.points.length > 0) {
      points.push(...section.points);
      continue;
    }
    if (section.id === titleSectionId) continue;
    const parentKey = section.parentId ?? '';
    const ordinal = (siblingOrdinal.get(parentKey) ?? 0) + 1;
    siblingOrdinal.set(parentKey, ordinal);
    points.push({
      ordinal: matchHeadingNumber(section.title)?.value ?? ordinal,
      marker: section.number.trim(),
      title: gist(section.label || section.title),
      text: section.title,
      paragraphId: firstParagraphId(index, section),
    });
  }
  return points;
}
