/**
 * A small gzip decoder (RFC 1952 around RFC 1951 DEFLATE), for Pagefind's fragment files.
 * Browsers without `DecompressionStream` (older iOS, so older WeChat) need one, and one code
 * path everywhere is easier to trust than two. Decodes canonical Huffman codes as zlib's
 * `puff.c` does, with one table lookup for the codes of up to 9 bits (nearly all of them) and
 * puff's bit-by-bit walk for the rest: a search decodes ten fragments while the member waits.
 */

const LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CLEN_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** Codes of up to this many bits are decoded with one lookup. */
const FAST_BITS = 9;
const FAST_MASK = (1 << FAST_BITS) - 1;

interface Huffman {
  counts: Uint16Array;
  symbols: Uint16Array;
  /**
   * Indexed by the next FAST_BITS input bits (first bit lowest): `symbol << 4 | length` of the
   * code they start with, 0 when that code is longer (or the bits start no code).
   */
  fast: Uint16Array;
}

function huffman(lengths: ArrayLike<number>, n: number): Huffman {
  const counts = new Uint16Array(16);
  for (let i = 0; i < n; i++) counts[lengths[i]!]!++;
  counts[0] = 0;
  const offs = new Uint16Array(16);
  for (let len = 1; len < 16; len++) offs[len] = offs[len - 1]! + counts[len - 1]!;
  const symbols = new Uint16Array(n);
  for (let i = 0; i < n; i++) if (lengths[i]) symbols[offs[lengths[i]!]!++] = i;
  const fast = new Uint16Array(1 << FAST_BITS);
  // Canonical codes: each length's codes are consecutive, in symbol order, starting where the
  // previous length's ended (doubled). The stream sends a code's bits highest first.
  let code = 0;
  let index = 0;
  for (let len = 1; len <= FAST_BITS; len++) {
    const count = counts[len]!;
    for (let k = 0; k < count && code + k < 1 << len; k++) {
      let reversed = 0;
      for (let b = 0, c = code + k; b < len; b++, c >>= 1) reversed = (reversed << 1) | (c & 1);
      const entry = (symbols[index + k]! << 4) | len;
      for (let r = reversed; r <= FAST_MASK; r += 1 << len) fast[r] = entry;
    }
    index += count;
    code = (code + count) << 1;
  }
  return { counts, symbols, fast };
}

class Inflater {
  private readonly src: Uint8Array;
  private pos: number;
  private bitBuf = 0;
  private bitCount = 0;
  private out: Uint8Array;
  private outLen = 0;

  constructor(src: Uint8Array, start: number, sizeHint: number) {
    this.src = src;
    this.pos = start;
    this.out = new Uint8Array(Math.max(1024, sizeHint));
  }

  private bits(need: number): number {
    let val = this.bitBuf;
    while (this.bitCount < need) {
      const b = this.src[this.pos++];
      if (b === undefined) throw new Error('inflate: 数据不完整');
      val |= b << this.bitCount;
      this.bitCount += 8;
    }
    this.bitBuf = val >>> need;
    this.bitCount -= need;
    return val & ((1 << need) - 1);
  }

  private put(byte: number): void {
    if (this.outLen === this.out.length) {
      const bigger = new Uint8Array(this.out.length * 2);
      bigger.set(this.out);
      this.out = bigger;
    }
    this.out[this.outLen++] = byte;
  }

  /** Pull whole bytes into the bit buffer (up to 32 bits), as far as the input goes. */
  private fill(): void {
    while (this.bitCount <= 24 && this.pos < this.src.length) {
      this.bitBuf |= this.src[this.pos++]! << this.bitCount;
      this.bitCount += 8;
    }
  }

  /** Append `len` bytes copied from `d` bytes back (the copy may overlap what it writes). */
  private copy(d: number, len: number): void {
    while (this.outLen + len > this.out.length) {
      const bigger = new Uint8Array(this.out.length * 2);
      bigger.set(this.out);
      this.out = bigger;
    }
    const out = this.out;
    let at = this.outLen;
    for (const end = at + len; at < end; at++) out[at] = out[at - d]!;
    this.outLen = at;
  }

  private decode(h: Huffman): number {
    if (this.bitCount < FAST_BITS) this.fill();
    const entry = h.fast[this.bitBuf & FAST_MASK]!;
    const len = entry & 15;
    if (entry !== 0 && len <= this.bitCount) {
      this.bitBuf >>>= len;
      this.bitCount -= len;
      return entry >> 4;
    }
    return this.decodeSlow(h);
  }

  /** puff's walk, one bit at a time: codes longer than FAST_BITS, and the end of the input. */
  private decodeSlow(h: Huffman): number {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len < 16; len++) {
      code |= this.bits(1);
      const count = h.counts[len]!;
      if (code - count < first) return h.symbols[index + (code - first)]!;
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    throw new Error('inflate: 无效的霍夫曼编码');
  }

  private stored(): void {
    // A stored block starts on a byte boundary: whole bytes already in the bit buffer are read again.
    this.pos -= this.bitCount >> 3;
    this.bitBuf = 0;
    this.bitCount = 0;
    const s = this.src;
    const len = s[this.pos]! | (s[this.pos + 1]! << 8);
    const nlen = s[this.pos + 2]! | (s[this.pos + 3]! << 8);
    if (len !== (~nlen & 0xffff) || this.pos + 4 + len > s.length) throw new Error('inflate: 存储块损坏');
    this.pos += 4;
    for (let i = 0; i < len; i++) this.put(s[this.pos++]!);
  }

  private codes(lit: Huffman, dist: Huffman): void {
    for (;;) {
      let sym = this.decode(lit);
      if (sym < 256) this.put(sym);
      else if (sym === 256) return;
      else {
        sym -= 257;
        if (sym >= 29) throw new Error('inflate: 无效的长度码');
        const len = LEN_BASE[sym]! + this.bits(LEN_EXTRA[sym]!);
        const dsym = this.decode(dist);
        if (dsym >= 30) throw new Error('inflate: 无效的距离码');
        const d = DIST_BASE[dsym]! + this.bits(DIST_EXTRA[dsym]!);
        if (d > this.outLen) throw new Error('inflate: 距离超出范围');
        this.copy(d, len);
      }
    }
  }

  private fixed(): void {
    const lengths = new Uint8Array(288);
    lengths.fill(8, 0, 144);
    lengths.fill(9, 144, 256);
    lengths.fill(7, 256, 280);
    lengths.fill(8, 280, 288);
    this.codes(huffman(lengths, 288), huffman(new Uint8Array(30).fill(5), 30));
  }

  private dynamic(): void {
    const nlen = this.bits(5) + 257;
    const ndist = this.bits(5) + 1;
    const ncode = this.bits(4) + 4;
    const lengths = new Uint8Array(320);
    for (let i = 0; i < ncode; i++) lengths[CLEN_ORDER[i]!] = this.bits(3);
    const lencode = huffman(lengths, 19);
    lengths.fill(0);
    let index = 0;
    while (index < nlen + ndist) {
      const sym = this.decode(lencode);
      if (sym < 16) {
        lengths[index++] = sym;
        continue;
      }
      let len = 0;
      let repeat: number;
      if (sym === 16) {
        if (index === 0) throw new Error('inflate: 无可重复的码长');
        len = lengths[index - 1]!;
        repeat = 3 + this.bits(2);
      } else if (sym === 17) repeat = 3 + this.bits(3);
      else repeat = 11 + this.bits(7);
      if (index + repeat > nlen + ndist) throw new Error('inflate: 码长过多');
      while (repeat--) lengths[index++] = len;
    }
    this.codes(huffman(lengths, nlen), huffman(lengths.subarray(nlen), ndist));
  }

  run(): Uint8Array {
    let last = 0;
    while (!last) {
      last = this.bits(1);
      const type = this.bits(2);
      if (type === 0) this.stored();
      else if (type === 1) this.fixed();
      else if (type === 2) this.dynamic();
      else throw new Error('inflate: 无效的块类型');
    }
    return this.out.subarray(0, this.outLen);
  }
}

/** Decompress a gzip member. */
export function gunzip(data: Uint8Array): Uint8Array {
  if (data[0] !== 0x1f || data[1] !== 0x8b || data[2] !== 8) throw new Error('gunzip: 不是 gzip 数据');
  const flags = data[3]!;
  let pos = 10;
  if (flags & 4) pos += 2 + (data[pos]! | (data[pos + 1]! << 8));
  if (flags & 8) while (data[pos++]);
  if (flags & 16) while (data[pos++]);
  if (flags & 2) pos += 2;
  const n = data.length;
  const size = (data[n - 4]! | (data[n - 3]! << 8) | (data[n - 2]! << 16) | (data[n - 1]! << 24)) >>> 0;
  return new Inflater(data, pos, Math.min(size, 64 << 20)).run();
}
