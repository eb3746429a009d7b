import { matchHeadingNumber } from '../shared/numbering.ts';
import { trimmedLine, type Line } from './lines.ts';
import type { Span } from './mapped-text.ts';

/** What a piece of web-page furniture is. */
export type WebFurnitureKind = 'web-menu' | 'web-meta' | 'breadcrumb' | 'column-label' | 'credit' | 'related-links' | 'repeated-line' | 'web-marker' | 'site-header' | 'site-notice' | 'page-summary' | 'watermark';

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
  '信息来源', '文章来源', '稿件来源', '发布时间', '发布日期', '发表时间', '发表日期', '更新时间', '浏览次数', '阅读次数', '点击次数', '责任编辑', '颁布日期', '实施日期', '颁布单位', '下载地址',
  '发布者', '发布人', '浏览量', '阅读量', '点击量', '点击数', '访问量', '来源', '作者', '时间', '日期', '浏览', '阅读', '点击', '评论', '编辑', '字号', '分类',
] as const;
const LABEL = new RegExp(`(${LABELS.join('|')})[ \\t\\u3000]*[:：]`, 'gu');
const STAMP = /^([12][0-9]{3})[-./]([01]?[0-9])[-./]([0-3]?[0-9])(?:[ \t\u3000]+[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?)?/u;
/** `心得体会范文2018-10-26王新老师`, `清心 2024-06-13 20:27:56 大众知识`: a column or a name, then a stamp. */
const LED_STAMP = /^([\p{Script=Han}]{2,8}?)[ \t\u3000]*(?=[12][0-9]{3}[-./][01]?[0-9][-./][0-3]?[0-9])/u;
const NAME = /^[\p{Script=Han}·]{2,4}$/u;
const MENU_WORDS = [
  'APP下载', '客户端下载', '手机版', '网站地图', '打印本页', '打印此页', '关闭窗口', '关闭本页', '返回顶部', '收藏本页', '微信扫一扫', '扫一扫', '长按识别', '进入读者交流群', '点击此处下载', '分享到', '分享',
  '设为首页', '设为主页', '加入收藏', '收藏本站', '阅读全文', '字体大小', '字体', '首页', 'TOP',
  '下载', '打印', '全屏', '收藏', '字号', '加大', '还原', '减小', '放大', '缩小', '默认', '关闭', '返回', '大', '中', '小',
];
/** Words only a site's navigation bar has: a row of short items with one of them is the site's menu. */
const NAV_WORDS = /^(?:设为首页|设为主页|加入收藏|收藏本站|网站地图|联系我们|在线投稿|返回首页|首页|网站首页)$/u;
/** `快捷搜索:论文 合同 演讲 心得`: a site's search shortcuts. */
const SEARCH_LINKS = /^(?:快捷搜索|热门搜索|热门标签|热门关键词|热搜)[:：]/u;
/** `今天是:`: a site's date widget. */
const TODAY = /^今天是[:：][ \t\u3000]*(?:[12][0-9]{3}年[0-9]{1,2}月[0-9]{1,2}日[ \t\u3000]*(?:星期[一二三四五六日天])?)?$/u;
/** What a site says about itself and its copies: `不代表本站观点`, `下面是小编为大家整理的…`. */
const SITE_NOTICE = /不代表本站观点|来源于网友上传|(?:下面|以下)是小编|小编(?:为大家|给大家)(?:整理|精心|收集|带来|分享|推荐)/u;
/** `共计1799个字,预计阅读时长6分钟`: a page's reading-time line. */
const READING_TIME = /预计阅读时长|阅读时长[:：]?[ \t\u3000]*[0-9]|共计[ \t\u3000]*[0-9]+[ \t\u3000]*个?字/u;
/** `COPYRIGHT © 黄山学院`, `版权所有：…`: a site's footer. */
const COPYRIGHT = /^(?:copyright|版权所有|©)/iu;
const MENU_STRIP = new RegExp(`${MENU_WORDS.join('|')}|[\\s\\u3000/／|｜【】\\[\\]：:、,，·]`, 'gu');
const BREADCRUMB = /^(?:您的位置|您现在的位置|您当前的位置|您当前位置|当前位置|当前所在位置|所在位置|位置)[ \t\u3000]*[:：]|^(?:首页|网站首页)[ \t\u3000]*(?:[»>＞›→][^»>＞›→]*){1,}$|^[»>＞›→][ \t\u3000]*\S/u;
const COLUMN = /^(?:[\p{Script=Han}]{0,4}(?:新闻|动态|要闻|资讯|快讯|头条)|通知公告|他山之石|理论学习|专题专栏)$/u;
const CREDIT = /^[（(]?[ \t\u3000]*(?:(?:文字|图片|摄影|文|图|摄|审核|审稿|编辑|责编|责任编辑|校对|供稿|撰稿|初审|复审|终审|通讯员)[ \t\u3000:：/／]*[\p{Script=Han}·]{2,4}(?:[ \t\u3000、，,][\p{Script=Han}·]{2,4})*[ \t\u3000;；，,|｜]*)+[）)]?$/u;
const PHOTO_CREDIT = /^(?:新华社|中新社|本报|本台|本网)?(?:特约|实习)?记者[ \t\u3000]*[\p{Script=Han}·、 \t\u3000]{2,20}?[ \t\u3000]*[/／]?[ \t\u3000]*摄$/u;
const RELATED = /^[【\[]?(?:相关报道|相关阅读|相关新闻|相关链接|延伸阅读|推荐阅读)[】\]]?[:：]?$/u;
const MARKER = /^【(?:题注|章名|节名|条名|正文|法规名称|发布部门|发文字号|效力级别)】[ \t\u3000]*/u;
/** `稿子汇 www.gaozihui.com`: a site's name and address stamped into the text it copied. */
const WATERMARK = /(?:^|[ \t\u3000]+)(([\p{Script=Han}A-Za-z]{2,10})[ \t\u3000]*[,，]?[ \t\u3000]*(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|cc|top)(?:\/[!-~]*)?)$/iu;

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
    if (!stamp) return ledStamp(text);
    const rest = body.trim();
    // A stamp alone, or a stamp with the author's name glued on (`2016-05-27邸乘光`).
    return rest === '' || NAME.test(rest) ? { stamp: stamp[0], ...(rest ? { rest } : {}), pairs: [] } : undefined;
  }
  if (body.slice(0, labels[0]!.index).trim() !== '') return undefined;
  // `作者:王向阳 【 】 浏览:0次`: the empty brackets are a widget, not part of the value.
  const pairs = labels.map((m, k) => ({ label: m[1]!, value: body.slice(m.index + m[0].length, labels[k + 1]?.index ?? body.length).replace(/[【\[][ \t\u3000]*[】\]]/gu, '').trim() }));
  if (pairs.some((p) => p.value.length > 40 || /[。！？；]/u.test(p.value))) return undefined;
  return { ...(stamp ? { stamp: stamp[0] } : {}), pairs };
}

/**
 * A stamp led by a column or a name and followed by the other (`心得体会范文2018-10-26王新老师`,
 * `清心 2024-06-13 20:27:56 大众知识`): page metadata, but which word is the author no line says,
 * so only the stamp is kept. A lead that names what the date is (`会议时间2024-05-06`) is text.
 */
function ledStamp(text: string): { stamp: string; pairs: [] } | undefined {
  const lead = LED_STAMP.exec(text);
  if (!lead || /(?:时间|日期|截止|至|于|到)$/u.test(lead[1]!)) return undefined;
  const after = text.slice(lead[0].length);
  const stamp = STAMP.exec(after);
  if (!stamp) return undefined;
  const rest = after.slice(stamp[0].length).trim();
  return rest === '' || /^[\p{Script=Han}]{2,8}$/u.test(rest) ? { stamp: stamp[0], pairs: [] } : undefined;
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
      // `来源:未知` says there is no known source.
      if (origin && !/^(?:未知|不详|无|暂无|其他|其它)$/u.test(origin)) facts.push({ field: 'origin', value: origin, offset, label });
      if (stamp) facts.push({ field: 'page-date', value: isoOf(stamp), offset, label });
    } else if (/^(?:发布时间|发布日期|发表时间|发表日期|更新时间|时间|日期)$/u.test(label) && stamp) facts.push({ field: 'page-date', value: isoOf(stamp), offset, label });
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

  // A page's summary that repeats the text's opening comes first, and may be long.
  if (skip.size === 0 && isPageSummary(content.map((i) => textOf(i).text))) take(content[0]!, 'page-summary');
  // The head: the lines before the first long one, where pages put title, byline and metadata (a
  // breadcrumb or a site's notice may be long too).
  let headEnd = Math.min(content.length, HEAD_LINES);
  const firstLong = content.findIndex((i) => {
    const { text } = textOf(i);
    return !taken.has(i) && text.length > LONG_LINE && !BREADCRUMB.test(text) && !SITE_NOTICE.test(text);
  });
  if (firstLong >= 0) headEnd = Math.min(headEnd, firstLong);
  const head = content.slice(0, headEnd);
  const tail = content.slice(Math.max(headEnd, content.length - 6));
  const headKeys = new Set(head.map((i) => textOf(i).text.replace(/[\s\u3000]+/gu, '')));

  const repeats = new Set<string>();
  // The first two lines that could be the title, by key: a page that repeats the second has put its
  // site's name or slogan above the title.
  const candidates = new Map<string, number>();
  const repeated = new Set<number>();
  let previousMeta = false;
  for (const [k, i] of head.entries()) {
    if (taken.has(i)) continue;
    const { text } = textOf(i);
    const meta = parseMetaLine(text);
    const key = text.replace(/[\s\u3000]+/gu, '');
    if (BREADCRUMB.test(text) || (text === '首页' && BREADCRUMB.test(textOf(head[k + 1] ?? i).text))) take(i, 'breadcrumb');
    else if (k === 0 && COLUMN.test(text)) take(i, 'column-label');
    else if (isMenu(text) || isNavBar(text) || (SEARCH_LINKS.test(text) && text.length <= 60)) take(i, 'web-menu');
    else if (TODAY.test(text) || (READING_TIME.test(text) && text.length <= 80)) take(i, 'web-meta');
    else if (SITE_NOTICE.test(text) && text.length <= 160) take(i, 'site-notice');
    else if (meta) {
      take(i, 'web-meta');
      facts.push(...factsOf(meta, lines[i]!.start));
    } else if (previousMeta && /^[0-9]{1,7}$/u.test(text)) take(i, 'web-meta');
    else if (repeats.has(key)) {
      take(i, 'repeated-line');
      const first = candidates.get(key);
      if (first !== undefined) repeated.add(first);
      // The lines above the title's first showing that nothing repeats are the site's header.
      const order = [...candidates.values()];
      if (first !== undefined && order.indexOf(first) === 1 && !repeated.has(order[0]!) && !taken.has(order[0]!)) take(order[0]!, 'site-header');
    } else {
      // `2024-07-09 06:44刘文波奚婷霞高嘉`: a stamp with the byline below glued on.
      const stamp = STAMP.exec(text);
      const rest = stamp ? text.slice(stamp[0].length).trim() : '';
      if (stamp && /^[\p{Script=Han}·]{4,16}$/u.test(rest) && headKeys.has(rest)) {
        take(i, 'web-meta');
        facts.push(...factsOf({ stamp: stamp[0], pairs: [] }, lines[i]!.start));
      }
    }
    previousMeta = taken.has(i) && items.at(-1)?.kind === 'web-meta';
    // Pages repeat the title and the byline; a printed copy's repeats are running headers instead.
    const titleLike = candidates.size < 2 && (key.match(/\p{Script=Han}/gu) ?? []).length >= 4 && !matchHeadingNumber(key);
    if (!taken.has(i) && skip.size === 0 && key.length <= 40 && (titleLike || NAME.test(key)) && !/[。！？；]$/u.test(key)) {
      if (titleLike && (repeats.size === 0 || candidates.size > 0)) candidates.set(key, i);
      if (candidates.has(key) || NAME.test(key) || repeats.size === 0) repeats.add(key);
    }
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
    else if (tailSet.has(i) && (isMenu(text) || isNavBar(text))) take(i, 'web-menu');
    else if (tailSet.has(i) && COPYRIGHT.test(text) && text.length <= 100) take(i, 'web-meta');
    else if (tailSet.has(i) && /^[【\[(（]?责任编辑[:：]/u.test(text) && text.length <= 20) take(i, 'web-meta');
    else if (related < 0 && RELATED.test(text) && content.indexOf(i) >= content.length * 0.6) related = i;
  }
  if (related >= 0) for (const i of content.filter((c) => c >= related && !taken.has(c))) take(i, 'related-links');
  findWatermarks(content.filter((i) => !taken.has(i)).map((i) => ({ i, ...textOf(i) })), take);

  return { items, facts, lines: taken };
}

/**
 * A site's watermark, a line of its own or at the end of one: its name and address, stamped at least
 * twice (a text that names a site once, `详见中国政府网 www.gov.cn`, keeps it); then any short line or
 * line end that starts with the same name (`稿子汇,范文学习文库`).
 */
function findWatermarks(lines: { i: number; text: string; start: number; end: number }[], take: (i: number, kind: WebFurnitureKind, span?: Span) => void): void {
  const stamped = new Map<string, { line: (typeof lines)[number]; m: RegExpExecArray }[]>();
  for (const line of lines) {
    const m = WATERMARK.exec(line.text);
    if (!m) continue;
    stamped.set(m[2]!, [...(stamped.get(m[2]!) ?? []), { line, m }]);
  }
  const names = [...stamped].filter(([, hits]) => hits.length >= 2).map(([name]) => name);
  const done = new Set<number>();
  for (const name of names) {
    for (const { line, m } of stamped.get(name)!) {
      done.add(line.i);
      if (m.index === 0 && m[0] === m[1]) take(line.i, 'watermark');
      else take(line.i, 'watermark', { start: line.start + m.index, end: line.end });
    }
  }
  const rest = lines.filter((l) => !done.has(l.i));
  for (const name of names) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    const signed = new RegExp(`(?:^|[ \\t\\u3000]+)${escaped}[ \\t\\u3000,，、|｜][^。！？!?]{0,16}$`, 'u');
    for (const line of rest) {
      const m = signed.exec(line.text);
      if (!m) continue;
      if (m.index === 0) take(line.i, 'watermark');
      else take(line.i, 'watermark', { start: line.start + m.index, end: line.end });
    }
  }
}

/** `中心智库 数据检索 在线投稿 设为首页 加入收藏`: a row of three or more short items, one of them a site's own. */
function isNavBar(text: string): boolean {
  if (text.length > 80) return false;
  const items = text.split(/[ \t\u3000|｜/／]+/u).filter((t) => t !== '');
  return items.length >= 3 && items.every((t) => /^[\p{Script=Han}A-Za-z]{1,6}$/u.test(t)) && items.some((t) => NAV_WORDS.test(t));
}

/**
 * A page's summary line: the text's opening run together (`…的讲话用心用爱…(2019年3月31日) 同志们:
 * 县不图强…`), repeating the lines below it letter for letter but for spaces, quotation marks and
 * its cut end.
 */
function isPageSummary(texts: readonly string[]): boolean {
  const norm = (t: string) => t.replace(/[\s\u3000"“”'‘’]+/gu, '');
  const first = norm(texts[0] ?? '');
  if (first.length < 30 || first.length > 400 || texts.length < 3) return false;
  let rest = '';
  for (const t of texts.slice(1, 16)) {
    rest += norm(t);
    if (rest.length >= first.length) break;
  }
  let same = 0;
  while (same < first.length && first[same] === rest[same]) same++;
  return same >= 30 && same >= first.length - 4;
}

/** A line made of menu words and separators only (`下载 / 打印 / 全屏 / 收藏 / 【字号： 加大 还原 减小 】`). */
function isMenu(text: string): boolean {
  if (text.length > 80 || !MENU_WORDS.some((w) => w.length >= 2 && text.includes(w))) return false;
  return text.replace(MENU_STRIP, '') === '';
}
