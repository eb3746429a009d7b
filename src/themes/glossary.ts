import { parseChineseNumeral } from '../shared/numbering.ts';
import { pinyinSortKey } from '../shared/slug.ts';
import { NUMERAL_CHARS } from './formulation-words.ts';

const LEADING_NUMERAL = new RegExp(`^[${NUMERAL_CHARS}]+`, 'u');

/** Value of the numeral a name starts with (`三个结合` → 3, `十四个坚持` → 14); `Infinity` when none. */
export function leadingNumeral(name: string): number {
  const m = LEADING_NUMERAL.exec(name);
  return (m && parseChineseNumeral(m[0])) || Infinity;
}

/** Compare theme names in glossary order: by numeral value, then by pinyin, then by code point. */
export function compareGlossaryNames(a: string, b: string): number {
  const byValue = leadingNumeral(a) - leadingNumeral(b);
  if (byValue !== 0 && !Number.isNaN(byValue)) return byValue;
  const ka = pinyinSortKey(a);
  const kb = pinyinSortKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Themes in glossary order (两… before 三… before 四…, then by pinyin); a new array. */
export function sortThemesForGlossary<T extends { name: string }>(themes: readonly T[]): T[] {
  const keyed = themes.map((t) => ({ t, value: leadingNumeral(t.name), key: pinyinSortKey(t.name) }));
  keyed.sort((a, b) => {
    if (a.value !== b.value) return a.value < b.value ? -1 : 1;
    if (a.key !== b.key) return a.key < b.key ? -1 : 1;
    return a.t.name < b.t.name ? -1 : a.t.name > b.t.name ? 1 : 0;
  });
  return keyed.map((k) => k.t);
}
