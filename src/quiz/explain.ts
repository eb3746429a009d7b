/** Small builders for the Chinese explanations (解析) of generated questions. */
import type { Lesson } from '../shared/types.ts';

/** Where a lesson sits, for citing it: `《讲话标题》“二、突出机关党建工作的重点”`. */
export function citation(lesson: Lesson): string {
  const source = lesson.path[0] ?? lesson.title;
  const inner = lesson.path.length > 1 ? lesson.path[lesson.path.length - 1]! : lesson.title;
  return inner && inner !== source ? `《${source}》“${inner}”` : `《${source}》`;
}

/** The passage itself if short, else its beginning followed by `……` (the full quote is in `source.quote`). */
export function excerpt(text: string, max = 120): string {
  const flat = text.replace(/\s+/gu, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max)}……`;
}

/** `“甲”、“乙”、“丙”` */
export function quotedList(items: readonly string[]): string {
  return items.map((item) => `“${item}”`).join('、');
}

/**
 * A passage cited inside Chinese quotation marks: inner “” become ‘’ (the nesting convention),
 * and a closing 。 is added only when the passage does not already end a sentence.
 */
export function cited(text: string): string {
  const inner = text.replace(/“/gu, '‘').replace(/”/gu, '’');
  return /[。！？!?…]$/u.test(inner) ? `“${inner}”` : `“${inner}”。`;
}
