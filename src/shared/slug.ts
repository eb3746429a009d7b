import { pinyin } from 'pinyin-pro';

/**
 * An ASCII slug for a Chinese name, from its toneless pinyin (`四风` → `si-feng`,
 * `三会一课` → `san-hui-yi-ke`). Latin letters and digits are kept; everything else separates.
 */
export function slugify(text: string): string {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  return syllables
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/-{2,}/g, '-');
}

/** Toneless pinyin with tone numbers, for sorting Chinese names in dictionary order. */
export function pinyinSortKey(text: string): string {
  return pinyin(text, { toneType: 'num', type: 'array', nonZh: 'consecutive' }).join(' ');
}
