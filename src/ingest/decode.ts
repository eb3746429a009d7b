import { ImportError } from './errors.ts';

/** The encodings the importer reads. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'utf-16le-nobom' | 'utf-16be-nobom';

/** Decoded text (BOM removed) and the encoding it was read as. */
export interface Decoded {
  text: string;
  encoding: Encoding;
}

// Formats people paste by mistake: name them, so the message says what to do.
const MAGIC: { bytes: number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'PDF 文件' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: '压缩包或 Word/WPS 文档（.docx 等）' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: '旧版 Word/WPS 文档（.doc 等）' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'RTF 文档' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'PNG 图片' },
  { bytes: [0xff, 0xd8, 0xff], what: 'JPEG 图片' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'GIF 图片' },
  { bytes: [0x1f, 0x8b], what: 'gzip 压缩文件' },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

function decodeWith(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Code units that a Chinese or Western text is made of: printable ASCII, line breaks, CJK and their punctuation. */
function plausible(code: number): boolean {
  return (
    (code >= 0x20 && code < 0x7f) ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff01 && code <= 0xff5e) ||
    (code >= 0x2010 && code <= 0x2027) ||
    code === 0x00b7 ||
    code === 0x00d7
  );
}

/** The share of code units in `bytes` read as UTF-16 (little- or big-endian) that are plausible text. */
function plausibleShare(bytes: Uint8Array, littleEndian: boolean): number {
  const units = bytes.length >> 1;
  let good = 0;
  for (let i = 0; i < units; i++) {
    const lo = bytes[2 * i + (littleEndian ? 0 : 1)] as number;
    const hi = bytes[2 * i + (littleEndian ? 1 : 0)] as number;
    if (plausible((hi << 8) | lo)) good++;
  }
  return units === 0 ? 0 : good / units;
}

/**
 * UTF-16 without a byte-order mark, when the bytes leave no doubt: an even length, and read one
 * way nearly every code unit is ordinary text (ASCII, CJK, their punctuation) while read the other
 * way clearly fewer are. ASCII-heavy text (every other byte zero) and Chinese text both qualify;
 * binary data reads as neither.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 8 || bytes.length % 2 !== 0) return undefined;
  const le = plausibleShare(bytes, true);
  const be = plausibleShare(bytes, false);
  if (le >= 0.97 && le - be >= 0.1) return 'utf-16le';
  if (be >= 0.97 && be - le >= 0.1) return 'utf-16be';
  return undefined;
}

/** ASCII text in UTF-16 has a zero in every other byte, all on the same side. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  let even = 0;
  let odd = 0;
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 === 0 ? even++ : odd++);
  return n >= 8 && Math.max(even, odd) >= n / 4 && Math.min(even, odd) <= Math.max(even, odd) / 20;
}

/** C0 controls other than tab, line feed, form feed and carriage return, and DEL. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/gu;

/**
 * Decode a raw copy: UTF-8 with or without BOM, UTF-16 LE/BE with BOM (or without, when the bytes
 * leave no doubt), else GB18030 (which includes GBK and GB2312). Binary data and undecodable bytes
 * throw an `ImportError`.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new ImportError('文件是空的');
  let decoded: Decoded | undefined;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeWith('utf-8', bytes);
    if (text === undefined) throw new ImportError('文件以 UTF-8 标记开头，但内容不是有效的 UTF-8 文本');
    decoded = { text, encoding: 'utf-8-bom' };
  } else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = bytes.length % 2 === 0 ? decodeWith(encoding, bytes) : undefined;
    if (text === undefined) throw new ImportError('文件以 UTF-16 标记开头，但内容不是有效的 UTF-16 文本');
    decoded = { text, encoding };
  } else {
    const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
    if (magic) throw new ImportError(`这是${magic.what}，不是纯文本；请先另存为 .txt 文本`);
    // UTF-8 and GB18030 text never holds a zero byte; UTF-16 text nearly always does (a line break).
    const sniffed = bytes.includes(0) ? sniffUtf16(bytes) : undefined;
    const text = sniffed ? decodeWith(sniffed, bytes) : undefined;
    if (sniffed && text !== undefined) decoded = { text, encoding: sniffed === 'utf-16le' ? 'utf-16le-nobom' : 'utf-16be-nobom' };
    else if (bytes.includes(0)) {
      throw new ImportError(looksLikeUtf16(bytes) ? '像是不带 BOM 的 UTF-16 文本，但无法可靠识别；请另存为 UTF-8（或带 BOM 的 UTF-16）' : '不是文本文件（含二进制数据）');
    }
    if (!decoded) {
      const utf8 = decodeWith('utf-8', bytes);
      const gb = utf8 === undefined ? decodeWith('gb18030', bytes) : undefined;
      if (utf8 !== undefined) decoded = { text: utf8, encoding: 'utf-8' };
      else if (gb !== undefined) decoded = { text: gb, encoding: 'gb18030' };
      else throw new ImportError('无法识别文本编码（支持 UTF-8、GB18030/GBK 和 UTF-16）');
    }
  }
  const text = decoded.text;
  // A few stray controls (a DOS end-of-file mark) are furniture; many mean binary data.
  const controls = text.match(CONTROL)?.length ?? 0;
  if (text.includes('\u0000') || controls > Math.max(2, text.length / 200)) {
    throw new ImportError('不是文本文件（含二进制数据）');
  }
  if (text.trim() === '') throw new ImportError('文件是空的（只有空白）');
  return decoded;
}
