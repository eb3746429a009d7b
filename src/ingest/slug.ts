import { slugify } from '../shared/slug.ts';

/** The output slug of an input file: its stem if that is ASCII (lower-cased, URL-safe), else its pinyin. */
export function slugForFile(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/\.[^.]*$/u, '') || base;
  const ascii = /^[\x20-\x7e]+$/u.test(stem)
    ? stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
    : slugify(stem);
  return ascii || 'source';
}
