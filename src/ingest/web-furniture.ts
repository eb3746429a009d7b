import { trimmedLine, type Line } from './lines.ts';
import type { Span } from './mapped-text.ts';

/** What a piece of web-page furniture is. */
export type WebFurnitureKind = 'web-menu' | 'web-meta' | 'breadcrumb' | 'column-label' | 'credit' | 'related-links' | 'repeated-line' | 'web-marker';

export interface WebFurniture extends Span {
  kind: WebFurnitureKind;
  /** 0-based index of the line it is on. */
  line: number;
}

/** A metadata value the page states in a line that is removed as furniture. */
export interface PageFact {
  field: 'page-date' | 'date' | 'origin' | 'author' | 'organization';
  value: string;
  /** Offset of the start of its line. */
  offset: number;
  /** The label it was written under (`发布时间`), if any. */
  label?: string;
}

export interface WebFurnitureResult {
  items: WebFurniture[];
  facts: PageFact[];
  lines: Set<number>;
}

/** Labels of page metadata, longest first so `发布时间` wins over `时间`. */
const LABELS = [
  '信息来源', '文章来源', '稿件来源', '发布时间', '发布日期', '更新时间', '浏览次数', '阅读次数', '点击次数', '责任编辑', '颁布日期', '实施日期', '颁布单位', '下载地址',
  '发布者', '发布人', '浏览量', '阅读量', '点击量', '点击数', '访问量', '来源', '作者', '时间', '日期', '浏览', '阅读', '点击', '编辑', '字号', '分类',
] as const;
const LABEL = new RegExp(`(${LABELS.join('|')})[ \\t\\u3000]*[:：]`, 'gu');
const STAMP = /^([12][0-9]{3})[-./]([01]?[0-9])[-./]([0-3]?[0-9])(?:[ \t\u3000]+[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?)?/u;
const NAME = /^[\p{Script=Han}·]{2,4}$/u;
const MENU_WORDS = [
  'APP下载', '客户端下载', '手机版', '网站地图', '打印本页', '打印此页', '关闭窗口', '关闭本页', '返回顶部', '收藏本页', '微信扫一扫', '扫一扫', '长按识别', '进入读者交流群', '点击此处下载', '分享到', '分享',
  '下载', '打印', '全屏', '收藏', '字号', '加大', '还原', '减小', '放大', '缩小', '默认', '关闭', '返回', '大', '中', '小',
];
const MENU_STRIP = new RegExp(`${MENU_WORDS.join('|')}|[\\s\\u3000/／|｜【】\\[\\]：:、,，·]`, 'gu');
const BREADCRUMB = /^(?:您的位置|您现在的位置|当前位置|所在位置|位置)[ \t\u3000]*[:：]|^(?:首页|网站首页)[ \t\u3000]*(?:[»>＞›→][^»>＞›→]*){1,}$|^[»>＞›→][ \t\u3000]*\S/u;
const COLUMN = /^(?:[\p{Script=Han}]{0,4}(?:新闻|动态|要闻|资讯|快讯|头条)|通知公告|他山之石|理论学习|专题专栏)$/u;
const CREDIT = /^[（(]?[ \t\u3000]*(?:(?:文字|图片|摄影|文|图|摄|审核|审稿|编辑|责编|责任编辑|校对|供稿|撰稿|初审|复审|终审|通讯员)[ \t\u3000:：/／]*[\p{Script=Han}·]{2,4}(?:[ \t\u3000、，,][\p{Script=Han}·]{2,4})*[ \t\u3000;；，,|｜]*)+[）)]?$/u;
const PHOTO_CREDIT = /^(?:新华社|中新社|本报|本台|本网)?(?:特约|实习)?记者[ \t\u3000]*[\p{Script=Han}·、 \t\u3000]{2,20}?[ \t\u3000]*[/／]?[ \t\u3000]*摄$/u;
const RELATED = /^[【\[]?(?:相关报道|相关阅读|相关新闻|相关链接|延伸阅读|推荐阅读)[】\]]?[:：]?$/u;
const MARKER = /^【(?:题注|章名|节名|条名|正文|法规名称|发布部门|发文字号|效力级别)】[ \t\u3000]*/u;
/** Lines before the body starts, where a page puts its title block and metadata. */
const HEAD_LINES = 16;
const LONG_LINE = 60;

const trimmed = trimmedLine;

/** `label: value` segments of a page's metadata line, or undefined when the line is text. */
export function parseMetaLine(text: string): { stamp?: string; rest?: string; pairs: { label: string; value: string }[] } | undefined {
  if (text.length > 120) return undefined;
  const stamp = STAMP.exec(text);
  const body = stamp ? text.slice(stamp[0].length) : text;
  const labels = [...body.matchAll(LABEL)];
  if (labels.length === 0) {
    if (!stamp) return undefined;
    const rest = body.trim();
    // A stamp alone, or a stamp with the author's name glued on (`2016-05-27邸乘光`).
    return rest === '' || NAME.test(rest) ? { stamp: stamp[0], ...(rest ? { rest } : {}), pairs: [] } : undefined;
  }
  if (body.slice(0, labels[0]!.index).trim() !== '') return undefined;
  const pairs = labels.map((m, k) => ({ label: m[1]!, value: body.slice(m.index + m[0].length, labels[k + 1]?.index ?? body.length).trim() }));
  if (pairs.some((p) => p.value.length > 40 || /[。！？；]/u.test(p.value))) return undefined;
  return { ...(stamp ? { stamp: stamp[0] } : {}), pairs };
}

const isoOf = (m: RegExpExecArray) => `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;

/** The facts a metadata line states. */
function factsOf(meta: NonNullable<ReturnType<typeof parseMetaLine>>, offset: number): PageFact[] {
  const facts: PageFact[] = [];
  if (meta.stamp) facts.push({ field: 'page-date', value: isoOf(STAMP.exec(meta.stamp)!), offset });
  if (meta.rest) facts.push({ field: 'author', value: meta.rest, offset });
  for (const { label, value } of meta.pairs) {
    const stamp = /([12][0-9]{3})[-./年]([01]?[0-9])[-./月]([0-3]?[0-9])/u.exec(value);
    if (/来源$/u.test(label)) {
      const origin = value.replace(/[ \t\u3000]*[12][0-9]{3}[-./][\s\S]*$/u, '').trim();
      if (origin) facts.push({ field: 'origin', value: origin, offset, label });
      if (stamp) facts.push({ field: 'page-date', value: isoOf(stamp), offset, label });
    } else if (/^(?:发布时间|发布日期|更新时间|时间|日期)$/u.test(label) && stamp) facts.push({ field: 'page-date', value: isoOf(stamp), offset, label });
    else if (label === '颁布日期' && stamp) facts.push({ field: 'date', value: isoOf(stamp), offset, label });
    else if (label === '作者' && NAME.test(value)) facts.push({ field: 'author', value, offset, label });
    else if (label === '颁布单位' && value) facts.push({ field: 'organization', value, offset, label });
  }
  return facts;
}

/**
 * Find what a web page wraps around a text: menus and font-size controls, breadcrumbs, column
 * labels, metadata lines (`作者：… 时间：… 浏览：…`), credits, related-link tails, the
 * `【章名】` markers of law databases, and the title block a page repeats. Metadata lines
 * are removed, but what they state is kept as facts for the frontmatter.
 */
export function findWebFurniture(source: string, lines: readonly Line[], skip: ReadonlySet<number>): WebFurnitureResult {
  const items: WebFurniture[] = [];
  const facts: PageFact[] = [];
  const taken = new Set<number>();
  const content = lines.map((_, i) => i).filter((i) => !skip.has(i) && !/^[\s\u3000\f]*$/u.test(source.slice(lines[i]!.start, lines[i]!.end)));
  const textOf = (i: number) => {
    const t = trimmed(source, lines[i]!);
    return { ...t, text: source.slice(t.start, t.end) };
  };
  const take = (i: number, kind: WebFurnitureKind, span?: Span) => {
    const t = span ?? textOf(i);
    items.push({ start: t.start, end: t.end, kind, line: i });
    if (!span) taken.add(i);
  };

  // The head: the lines before the first long one, where pages put title, byline and metadata.
  let headEnd = Math.min(content.length, HEAD_LINES);
  const firstLong = content.findIndex((i) => textOf(i).text.length > LONG_LINE);
  if (firstLong >= 0) headEnd = Math.min(headEnd, firstLong);
  const head = content.slice(0, headEnd);
  const tail = content.slice(Math.max(headEnd, content.length - 6));

  const repeats = new Set<string>();
  let previousMeta = false;
  for (const [k, i] of head.entries()) {
    const { text } = textOf(i);
    const meta = parseMetaLine(text);
    const key = text.replace(/[\s\u3000]+/gu, '');
    if (BREADCRUMB.test(text) || (text === '首页' && BREADCRUMB.test(textOf(head[k + 1] ?? i).text))) take(i, 'breadcrumb');
    else if (k === 0 && COLUMN.test(text)) take(i, 'column-label');
    else if (isMenu(text)) take(i, 'web-menu');
    else if (meta) {
      take(i, 'web-meta');
      facts.push(...factsOf(meta, lines[i]!.start));
    } else if (previousMeta && /^[0-9]{1,7}$/u.test(text)) take(i, 'web-meta');
    else if (repeats.has(key)) take(i, 'repeated-line');
    previousMeta = taken.has(i) && items.at(-1)?.kind === 'web-meta';
    // Pages repeat the title and the byline; a printed copy's repeats are running headers instead.
    if (!taken.has(i) && skip.size === 0 && key.length <= 40 && ((repeats.size === 0 && (key.match(/\p{Script=Han}/gu) ?? []).length >= 4) || NAME.test(key)) && !/[。！？；]$/u.test(key)) repeats.add(key);
  }

  // Anywhere: credits and law-database markers; near the end: menus, metadata and related links.
  const tailSet = new Set(tail);
  let related = -1;
  for (const i of content) {
    if (taken.has(i)) continue;
    const { text, start } = textOf(i);
    if (CREDIT.test(text) && /[（(]|审核|编辑|摄/u.test(text)) take(i, 'credit');
    else if (PHOTO_CREDIT.test(text)) take(i, 'credit');
    else if (MARKER.test(text)) take(i, 'web-marker', { start, end: start + MARKER.exec(text)![0].replace(/[ \t\u3000]+$/u, '').length });
    else if (tailSet.has(i) && isMenu(text)) take(i, 'web-menu');
    else if (tailSet.has(i) && /^[【\[(（]?责任编辑[:：]/u.test(text) && text.length <= 20) take(i, 'web-meta');
    else if (related < 0 && RELATED.test(text) && content.indexOf(i) >= content.length * 0.6) related = i;
  }
  if (related >= 0) for (const i of content.filter((c) => c >= related && !taken.has(c))) take(i, 'related-links');

  return { items, facts, lines: taken };
}

/** A line made of menu words and separators only (`下载 / 打印 / 全屏 / 收藏 / 【字号： 加大 还原 减小 】`). */
function isMenu(text: string): boolean {
  if (text.length > 80 || !MENU_WORDS.some((w) => w.length >= 2 && text.includes(w))) return false;
  return text.replace(MENU_STRIP, '') === '';
}
