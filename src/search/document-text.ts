/**
 * What Pagefind records for a search document, computed from the document's HTML without
 * Pagefind: the page URL, its indexed text, its title and its filters. The exact-match helper
 * index is built from this while Pagefind still runs, so it must agree with Pagefind's fragments
 * (tests/unit/search/document-text-pagefind.test.ts checks every page of the sample and fixture
 * sites against them).
 *
 * It follows Pagefind 1.6's parser (pagefind/src/fossick/parser.rs and mod.rs): text is
 * collected per element and folded into the parent at its end tag; `data-pagefind-body`
 * elements replace everything around them; `data-pagefind-ignore`, `<nav>`, `<form>`, `<head>`…
 * are dropped; block elements get a space (and a full stop after a word) around them; elements
 * with an `id` leave an anchor marker, which splits words; character references are decoded
 * once the text is joined, the way Pagefind's decoder (the `html-escape` crate) does: only
 * `&name;`, `&#digits;` and `&#xhex;` with their semicolon. Filter values are decoded twice, as
 * Pagefind does. The markup must close its elements (as ours does: templates and sanitised
 * HTML); an end tag that closes others implicitly is an error rather than a guess.
 */
import { characterEntities } from 'character-entities';
import { PAGEFIND_SPACE } from './page-groups.ts';

/** A document as Pagefind records it in its fragment (text with zero-width spaces removed). */
export interface DocumentText {
  /** `/lessons/a/` for `lessons/a/index.html`. */
  url: string;
  /** The indexed words, separated by single spaces. */
  content: string;
  /** `meta.title` (the `data-pagefind-meta="title"` element, else the first `<h1>`, else `<title>`); '' if none. */
  title: string;
  filters: Record<string, string[]>;
  /** Whether a `data-pagefind-body` element holds the text (then pages without one are left out). */
  hasBody: boolean;
  /** With `{ anchors: true }`: each element with an id, in page order, and where in `content` its text starts. */
  anchors?: { id: string; offset: number }[];
}

/** The URL Pagefind gives a document at `path` (relative, `/` separators): `a/index.html` → `/a/`. */
export function pageUrl(path: string): string {
  if (path === '' || path.startsWith('/') || path.includes('\\') || path.split('/').some((s) => s === '' || s === '.' || s === '..')) {
    throw new Error(`搜索文档路径无效：${JSON.stringify(path)}`);
  }
  if (path === 'index.html') return '/';
  return `/${path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path}`;
}

// Pagefind's `\s` and `split_whitespace`.
const WS = PAGEFIND_SPACE;
const TRIM = new RegExp(`^[${WS}]+|[${WS}]+$`, 'g');
const NEWLINES = /(?:\n|\r\n)+/g;
const SPACES = new RegExp(`[${WS}]{2,}`, 'g');
const WORDS = new RegExp(`[^${WS}]+`, 'g');
const ALL_SPACES = new RegExp(`[${WS}]`, 'g');
const PRIVATE = new RegExp(`___PAGEFIND_[^${WS}]+[${WS}]?`, 'g');
// Rust regex `[\w'"\)\$\*]`: a character after which a block gets a full stop.
const SENTENCE_CHAR = /[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}'")$*]/u;
const ATTRIBUTE_MATCH = new RegExp(`^[${WS}]*([^:\\[\\]]+)\\[([^\\n]+)\\][${WS}]*$`);

const SENTENCE = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'div', 'ul', 'li', 'article', 'section']);
const REMOVE = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);
const AUTO_WEIGHT: Record<string, string> = { h1: '7', h2: '6', h3: '5', h4: '4', h5: '3', h6: '2' };
const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Elements whose content is text up to their end tag (RAWTEXT and RCDATA), outside SVG and MathML.
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title', 'plaintext']);
const SENTINELS = ['___PAGEFIND_ANCHOR___', '___PAGEFIND_WEIGHT___', '___PAGEFIND_AUTO_WEIGHT___', '___END_PAGEFIND_WEIGHT___'];

const trimWs = (s: string) => s.replace(TRIM, '');

/** Pagefind's `normalize_content`: decode references, trim, newlines to spaces, collapse runs of spaces. */
export function normalizeContent(text: string): string {
  return decodeReferences(text).replace(TRIM, '').replace(NEWLINES, ' ').replace(SPACES, ' ');
}

/**
 * Decode character references as Pagefind 1.6 does (`html_escape::decode_html_entities` of
 * html-escape 0.3, checked against Pagefind by tests/unit/search/document-text-pagefind.test.ts):
 * only complete references with their `;` — `&name;` (HTML's named references, exact case),
 * `&#digits;`, `&#xhex;` / `&#Xhex;` — naming a Unicode scalar value other than NUL and the C0
 * controls (tab, line feed, form feed and carriage return excepted). Anything else stays as
 * written: `&amp`, `&Amp;`, `&#0;`, `&#xD800;`, `&#65 x`.
 */
export function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (match: string, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return Object.hasOwn(ENTITIES, name) ? ENTITIES[name]! : match;
    const digits = (dec ?? hex!).replace(/^0+(?=.)/, '');
    // Longer numbers are out of range anyway (and would lose precision).
    if (digits.length > 8) return match;
    const value = Number.parseInt(digits, dec !== undefined ? 10 : 16);
    const valid = value <= 0x10ffff && !(value >= 0xd800 && value <= 0xdfff) && (value >= 0x20 || value === 0x09 || value === 0x0a || value === 0x0c || value === 0x0d);
    return valid ? String.fromCodePoint(value) : match;
  });
}

const REFERENCE = /&(?:#([0-9]+)|#[xX]([0-9a-fA-F]+)|([A-Za-z0-9]+));/g;
const ENTITIES = characterEntities as Record<string, string>;

type Status = 'indexing' | 'ignored' | 'excluded' | 'body' | 'parentOfBody';

interface Node {
  tag: string;
  value: string;
  parent: Node | undefined;
  status: Status;
  filter: string[] | undefined;
  meta: string[] | undefined;
  defaultMeta: string[] | undefined;
  weight: string | undefined;
}

/** Attributes of a start tag, raw (undecoded, as Pagefind reads them); the first of a name wins. */
type Attrs = Map<string, string>;

/** Pagefind's reading of `data-pagefind-filter` / `-meta` values: `name:value`, `name`, `name[attr]`, comma lists. */
function parseAttrString(input: string, attrs: Attrs): string[] {
  const colon = input.indexOf(':');
  if (colon >= 0) {
    const list = parseAttrString(input.slice(0, colon), attrs);
    if (list.length > 0) list[list.length - 1] += `:${input.slice(colon + 1)}`;
    return list;
  }
  return input.split(',').map((chunk) => {
    const trimmed = trimWs(chunk);
    const m = ATTRIBUTE_MATCH.exec(trimmed);
    return m ? `${m[1]}:${attrs.get(m[2]!.toLowerCase()) ?? ''}` : trimmed;
  });
}

/** A meta value as Pagefind records it, from the attribute's raw (escaped) text after `name:`. */
export function metaValue(raw: string): string {
  return normalizeContent(raw);
}

/** A filter value as Pagefind records it, from the attribute's raw text after `name:` (normalised twice, as Pagefind does). */
export function filterValue(raw: string): string {
  return normalizeContent(normalizeContent(raw));
}

function attributePair(node: Node, input: string): [string, string] | undefined {
  const colon = input.indexOf(':');
  if (colon >= 0) return [input.slice(0, colon), normalizeContent(input.slice(colon + 1))];
  return node.value === '' ? undefined : [input, normalizeContent(node.value)];
}

/** Collects text, filters and meta as Pagefind's `DomParser` does, fed start tags, end tags and text. */
class Collector {
  private current: Node = newNode('', undefined, 'indexing');
  private readonly root = this.current;
  private anchors = 0;
  readonly filters = new Map<string, string[]>();
  readonly meta = new Map<string, string>();
  readonly defaultMeta = new Map<string, string>();

  start(tag: string, attrs: Attrs, isRoot: boolean, canHaveContent: boolean): Node {
    const ignore = attrs.get('data-pagefind-ignore');
    const ignoreStatus: Status | undefined = ignore === undefined ? undefined : ['', 'index', 'true'].includes(ignore.toLowerCase()) ? 'ignored' : 'excluded';
    const status: Status = attrs.has('data-pagefind-body') ? 'body' : (ignoreStatus ?? 'indexing');
    const parent = this.current;
    const id = attrs.get('id');
    if (status !== 'excluded' && status !== 'ignored' && id !== undefined) {
      if (!(parent.status === 'parentOfBody' && status !== 'body')) {
        parent.value += ` ___PAGEFIND_ANCHOR___${tag}:${this.anchors++}:${id.replace(ALL_SPACES, '')} `;
      }
    }
    if (status !== 'excluded') {
      const indexAttrs = attrs.get('data-pagefind-index-attrs');
      if (indexAttrs !== undefined) {
        for (const name of indexAttrs.split(',')) {
          let value = attrs.get(trimWs(name).toLowerCase()) ?? '';
          if (SENTENCE_CHAR.test(lastChar(value))) value += '.';
          parent.value += ` ${value} `;
        }
      }
      if (tag === 'br') parent.value += ' ';
    }
    const node = newNode(tag, parent, parent.status === 'excluded' ? 'excluded' : status);
    const filter = attrs.get('data-pagefind-filter');
    const meta = attrs.get('data-pagefind-meta');
    const defaultMeta = attrs.get('data-pagefind-default-meta');
    if (filter !== undefined) node.filter = parseAttrString(filter, attrs);
    if (meta !== undefined) node.meta = parseAttrString(meta, attrs);
    if (defaultMeta !== undefined) node.defaultMeta = parseAttrString(defaultMeta, attrs);
    node.weight = attrs.get('data-pagefind-weight');
    this.current = node;
    // Pagefind's removal selectors are `html head`, `html nav`…: descendants of the root only.
    if (!isRoot && REMOVE.has(tag)) node.status = 'ignored';
    if (!canHaveContent) {
      this.current = parent;
      if (node.status !== 'excluded') this.fields(node);
    }
    return node;
  }

  text(raw: string): void {
    this.current.value += raw;
  }

  end(node: Node): void {
    const parent = node.parent!;
    this.current = parent;
    if (node.status === 'excluded') return;
    this.fields(node);
    if (node.tag === 'h1' && !this.meta.has('auto_title') && trimWs(node.value) !== '') this.meta.set('auto_title', normalizeContent(node.value));
    if (node.tag === 'title' && !this.meta.has('auto_page_title')) this.meta.set('auto_page_title', normalizeContent(node.value));
    if (node.status === 'ignored') return;
    let value = node.value;
    if (SENTENCE.has(node.tag)) {
      value = ` ${value}${SENTENCE_CHAR.test(lastChar(value)) ? '.' : ''} `;
    }
    if (node.weight !== undefined) value = ` ___PAGEFIND_WEIGHT___${node.weight} ${value} ___END_PAGEFIND_WEIGHT___ `;
    else if (AUTO_WEIGHT[node.tag]) value = ` ___PAGEFIND_AUTO_WEIGHT___${AUTO_WEIGHT[node.tag]} ${value} ___END_PAGEFIND_WEIGHT___ `;
    if (parent.status === 'parentOfBody' && node.status !== 'body' && node.status !== 'parentOfBody') return;
    fold(parent, node.status, value);
  }

  /** Collapse what is left open into the root (Pagefind's `wrap`) and read the result. */
  finish(url: string, withAnchors: boolean): DocumentText {
    for (let node = this.current; node.parent; node = node.parent) {
      if (node.parent.status !== 'parentOfBody') fold(node.parent, node.status, node.value);
    }
    // The page's own title, else its first `<h1>`, else its `<title>`; defaults come last.
    const title = (this.meta.get('title') ?? this.meta.get('auto_title') ?? this.meta.get('auto_page_title') ?? this.defaultMeta.get('title') ?? '').replace(PRIVATE, '');
    // Pagefind splits its normalised text at whitespace (normalising the whitespace first changes
    // nothing there) and drops its markers and zero-width spaces.
    const words: string[] = [];
    const anchors: { id: string; offset: number }[] = [];
    // Where the next word starts in the joined text.
    let offset = 0;
    for (const word of decodeReferences(this.root.value).match(WORDS) ?? []) {
      if (word.charCodeAt(0) === 0x5f /* _ */ && SENTINELS.some((s) => word.startsWith(s))) {
        // `___PAGEFIND_ANCHOR___<tag>:<n>:<id>`
        if (withAnchors && word.startsWith(SENTINELS[0]!)) anchors.push({ id: word.split(':').slice(2).join(':'), offset });
        continue;
      }
      const base = word.includes('\u200B') ? word.replace(/\u200B/g, '') : word;
      if (base !== '') {
        words.push(base);
        offset += base.length + 1;
      }
    }
    const filters: Record<string, string[]> = {};
    // Pagefind keeps filters in a BTreeMap: names in byte order.
    for (const name of [...this.filters.keys()].sort(byBytes)) filters[name] = this.filters.get(name)!.map((v) => v.replace(PRIVATE, ''));
    const text: DocumentText = { url, content: words.join(' '), title, filters, hasBody: this.root.status === 'parentOfBody' };
    if (withAnchors) text.anchors = anchors;
    return text;
  }

  private fields(node: Node): void {
    for (const f of node.filter ?? []) {
      const pair = attributePair(node, f);
      if (!pair) continue;
      const list = this.filters.get(pair[0]);
      // Pagefind normalises a filter value twice (so references in it are decoded twice).
      if (list) list.push(normalizeContent(pair[1]));
      else this.filters.set(pair[0], [normalizeContent(pair[1])]);
    }
    for (const m of node.meta ?? []) {
      const pair = attributePair(node, m);
      if (pair) this.meta.set(pair[0], pair[1]);
    }
    for (const m of node.defaultMeta ?? []) {
      const pair = attributePair(node, m);
      if (pair) this.defaultMeta.set(pair[0], pair[1]);
    }
  }
}

function newNode(tag: string, parent: Node | undefined, status: Status): Node {
  return { tag, value: '', parent, status, filter: undefined, meta: undefined, defaultMeta: undefined, weight: undefined };
}

function fold(parent: Node, status: Status, value: string): void {
  if (status === 'indexing') parent.value += value;
  else if (status === 'body' || status === 'parentOfBody') {
    // A later body beside an earlier one adds to it.
    if (parent.status !== 'parentOfBody') parent.value = '';
    parent.value += value;
    parent.status = 'parentOfBody';
  }
}

function lastChar(s: string): string {
  if (s.length === 0) return '';
  const code = s.charCodeAt(s.length - 1);
  return code >= 0xdc00 && code <= 0xdfff && s.length > 1 ? s.slice(-2) : s[s.length - 1]!;
}

const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** One open element while reading the markup. */
interface Open {
  tag: string;
  /** The collector's node, when the element lies inside `<html>`. */
  node: Node | undefined;
  foreign: boolean;
}

// HTML's ASCII whitespace (tab, line feed, form feed, carriage return, space).
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
const isTagNameEnd = (c: number) => isSpace(c) || c === 0x2f /* / */ || c === 0x3e; /* > */
const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Read a document's HTML as Pagefind does and return what its fragment will say. `path` is the
 * document's path in the site (gives the URL; also names the document in errors).
 */
export function documentText(path: string, html: string, options: { anchors?: boolean } = {}): DocumentText {
  const url = pageUrl(path);
  const collector = new Collector();
  const stack: Open[] = [];
  let inHtml = 0;
  const fail = (at: number, message: string): never => {
    throw new Error(`${path}: 第 ${html.slice(0, at).split('\n').length} 行：${message}（搜索文本无法按 Pagefind 的方式读取）`);
  };
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i && inHtml > 0) collector.text(html.slice(i, textEnd));
    if (lt < 0) break;
    i = lt;
    const next = html.charCodeAt(i + 1);
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      const close = html.indexOf('>', i + 2);
      i = close < 0 ? n : close + 1;
      continue;
    }
    const isEnd = next === 0x2f; /* / */
    const nameStart = isEnd ? i + 2 : i + 1;
    if (!isAsciiLetter(html.charCodeAt(nameStart))) {
      // Not a tag: a literal `<` in the text.
      if (inHtml > 0) collector.text('<');
      i++;
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < n && !isTagNameEnd(html.charCodeAt(nameEnd))) nameEnd++;
    const tag = html.slice(nameStart, nameEnd).toLowerCase();
    const { attrs, end, selfClosing } = readAttributes(html, nameEnd);
    if (end < 0) fail(i, `标签 <${tag}> 没有结束的 >`);
    i = end;
    if (isEnd) {
      let k = stack.length - 1;
      while (k >= 0 && stack[k]!.tag !== tag) k--;
      // A stray end tag closes nothing.
      if (k < 0) continue;
      if (k !== stack.length - 1) fail(i, `</${tag}> 之前有未闭合的 <${stack[stack.length - 1]!.tag}>`);
      const open = stack.pop()!;
      if (open.node) collector.end(open.node);
      if (open.tag === 'html') inHtml--;
      continue;
    }
    const foreign = tag === 'svg' || tag === 'math' || (stack.length > 0 && stack[stack.length - 1]!.foreign);
    const canHaveContent = !VOID.has(tag) && !(foreign && selfClosing);
    const isRoot = tag === 'html';
    if (isRoot) inHtml++;
    const node = inHtml > 0 ? collector.start(tag, attrs, isRoot, canHaveContent) : undefined;
    if (!canHaveContent) {
      if (isRoot) inHtml--;
      continue;
    }
    stack.push({ tag, node, foreign: foreign && tag !== 'foreignobject' });
    if (!foreign && RAW_TEXT.has(tag)) {
      // Text up to the matching end tag, whatever it contains.
      const close = findEndTag(html, i, tag);
      if (close > i && inHtml > 0) collector.text(html.slice(i, close));
      i = close;
    }
  }
  return collector.finish(url, options.anchors === true);
}

/** Index of `</tag` (any case, followed by a tag-name end) at or after `from`, or the end of `html`. */
function findEndTag(html: string, from: number, tag: string): number {
  if (tag === 'plaintext') return html.length;
  const re = new RegExp(`</${tag}(?=[\\t\\n\\f\\r />]|$)`, 'gi');
  re.lastIndex = from;
  return re.exec(html)?.index ?? html.length;
}

/** Read attributes from just after a tag name up to and including its `>` (`end` -1: no `>`). */
function readAttributes(html: string, from: number): { attrs: Attrs; end: number; selfClosing: boolean } {
  const attrs: Attrs = new Map();
  let i = from;
  const n = html.length;
  let selfClosing = false;
  for (;;) {
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    if (i >= n) return { attrs, end: -1, selfClosing };
    const c = html.charCodeAt(i);
    if (c === 0x3e /* > */) return { attrs, end: i + 1, selfClosing };
    if (c === 0x2f /* / */) {
      i++;
      selfClosing = html.charCodeAt(i) === 0x3e;
      continue;
    }
    selfClosing = false;
    const nameStart = i;
    // The first character may be `=` (it is then part of the name).
    i++;
    for (let d = html.charCodeAt(i); i < n && !isTagNameEnd(d) && d !== 0x3d /* = */; d = html.charCodeAt(++i));
    const name = html.slice(nameStart, i).toLowerCase();
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    let value = '';
    if (html.charCodeAt(i) === 0x3d) {
      i++;
      while (i < n && isSpace(html.charCodeAt(i))) i++;
      const q = html.charCodeAt(i);
      if (q === 0x22 || q === 0x27) {
        const close = html.indexOf(q === 0x22 ? '"' : "'", i + 1);
        if (close < 0) return { attrs, end: -1, selfClosing };
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        const start = i;
        for (let d = q; i < n && !isSpace(d) && d !== 0x3e; d = html.charCodeAt(++i));
        value = html.slice(start, i);
      }
    }
    if (!attrs.has(name)) attrs.set(name, value);
  }
}
