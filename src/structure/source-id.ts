import { SLUG_PATTERN } from '../schemas/source.ts';
import { slugify } from '../shared/slug.ts';

/**
 * The stable ASCII id of a source: its frontmatter `slug`, else its file name when that is
 * already a slug, else the pinyin of its file name (or of its title, or `source`).
 */
export function sourceId(file: string, title: string, slug?: string): string {
  if (slug) return slug;
  const name = file.split(/[\\/]/).pop() ?? '';
  const stem = name.replace(/\.[^.]*$/, '');
  if (SLUG_PATTERN.test(stem)) return stem;
  return slugify(stem) || slugify(title) || 'source';
}
