/**
 * ISBN checks. The project stores ISBN-13 only: every book printed in China since 2007 carries
 * one, and a single form keeps duplicate detection and links simple. A valid ISBN-10 is
 * rejected with a message that names its ISBN-13 equivalent, so the fix is one copy-paste.
 */

/** The outcome of checking one ISBN as written. */
export type IsbnCheck =
  | { ok: true; digits: string }
  | { ok: false; message: string };

/** Remove the hyphens and spaces people write inside ISBNs (`978-7-01-…`, `978 7 01 …`). */
export function compactIsbn(value: string): string {
  return value.replace(/[\s\-‐‑–]/g, '');
}

/** The ISBN-13 check digit for the first 12 digits (weights 1, 3, 1, 3…). */
export function isbn13CheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

/** Whether a compact 10-character ISBN-10 has a valid check character (weights 10…1, X = 10). */
function isValidIsbn10(compact: string): boolean {
  if (!/^\d{9}[\dX]$/.test(compact)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const ch = compact[i] as string;
    sum += (ch === 'X' ? 10 : Number(ch)) * (10 - i);
  }
  return sum % 11 === 0;
}

/** The ISBN-13 (978 prefix) that corresponds to a valid compact ISBN-10. */
export function isbn10To13(compact10: string): string {
  const first12 = `978${compact10.slice(0, 9)}`;
  return `${first12}${isbn13CheckDigit(first12)}`;
}

/** Check an ISBN as written; on success return its 13 digits without separators. */
export function checkIsbn(value: string): IsbnCheck {
  const compact = compactIsbn(value).toUpperCase();
  if (/^\d{13}$/.test(compact)) {
    if (!compact.startsWith('978') && !compact.startsWith('979')) {
      return { ok: false, message: `ISBN ${value} 无效：ISBN-13 必须以 978 或 979 开头` };
    }
    const expected = isbn13CheckDigit(compact.slice(0, 12));
    if (Number(compact[12]) !== expected) {
      return { ok: false, message: `ISBN ${value} 校验位错误：最后一位应为 ${expected}` };
    }
    return { ok: true, digits: compact };
  }
  if (/^\d{9}[\dX]$/.test(compact)) {
    if (!isValidIsbn10(compact)) {
      return { ok: false, message: `ISBN ${value} 是校验位错误的 ISBN-10；请填写 ISBN-13` };
    }
    return {
      ok: false,
      message: `ISBN ${value} 是 ISBN-10，本站只收 ISBN-13：请改为 ${isbn10To13(compact)}`,
    };
  }
  return { ok: false, message: `ISBN ${value} 无效：应为 13 位数字（可含连字符或空格）` };
}
