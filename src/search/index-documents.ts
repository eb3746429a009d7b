import type { Lesson, SiteData } from '../shared/types.ts';
import { docBlocks } from '../site/doc-blocks.ts';
import { booksByTheme, formatMonth } from '../reading/index.ts';
import { filterValue, metaValue } from './document-text.ts';
import type { GroupSlot } from './page-groups.ts';

/** One searchable page as Pagefind sees it: its file path in the site and its indexable HTML. */
export interface IndexDocument {
  /** `lessons/a/index.html` (the file Astro writes, which gives Pagefind the page URL). */
  path: string;
  html: string;
  /** The source whose lessons these are: a source's lessons share a Pagefind bundle (see shards.ts). */
  group?: string;
  /** Starts a new Pagefind bundle: the first of the theme and reading pages. */
  shardStart?: boolean;
  /** A lesson's part in its source's grouped search document (see group-documents.ts). */
  part?: LessonPart;
  /** A grouped document's lessons, in order (see page-groups.ts). */
  slots?: GroupSlot[];
}

/** What a grouped document needs of one of its lessons. */
export interface LessonPart {
  /** `<section>`: the lesson's heading (its id is `slot.h`) and its blocks. */
  section: string;
  slot: GroupSlot;
  /** The source's `date` meta, the same for all its lessons. */
  date: string;
  /** Its filters as written (`name`, value). */
  filters: [string, string][];
}

// Astro escapes text and attribute values the same way.
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const attr = (name: string, value: string) => ` ${name}="${esc(value)}"`;
/** A searchable page around `body` (inside `data-pagefind-body`). */
export const page = (body: string) => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><main data-pagefind-body="">${body}</main></body></html>`;
/** A hidden `data-pagefind-meta` span (`name:value`). */
export const meta = (value: string) => `<span hidden${attr('data-pagefind-meta', value)}></span>`;
/** A hidden `data-pagefind-filter` span (`name:value`). */
export const filter = (value: string) => `<span hidden${attr('data-pagefind-filter', value)}></span>`;

/**
 * The indexable part of every searchable page (lessons, themes, reading lists), in the order the
 * build indexes them, rendered from SiteData so that Pagefind need not wait for the site
 * generator. It mirrors the non-ignored markup of src/pages/{lessons,themes,reading}: elements
 * marked `data-pagefind-ignore` there are left out here (Pagefind drops them anyway), links keep
 * their text only (Pagefind indexes no `href`).
 */
export function indexDocuments(data: SiteData): IndexDocument[] {
  return [...searchDocuments(data)];
}

/**
 * `indexDocuments`, one document at a time: the build groups the lessons as they come
 * (`groupDocuments`), so that a grouped lesson's own page HTML is never held for long (at 10,000
 * speeches, all of it at once was a quarter of a gigabyte more in the build's process).
 */
export function* searchDocuments(data: SiteData): Generator<IndexDocument> {
  const docById = new Map(data.docs.map((d) => [d.meta.id, d]));
  const themeById = new Map(data.themes.map((t) => [t.id, t]));
  for (const lesson of data.lessons) yield { path: fileOfUrl(lesson.url), ...lessonHtml(lesson), group: lesson.sourceId };
  const out: IndexDocument[] = [];
  const siteStart = 0;
  const books = booksByTheme(data.reading);
  for (const theme of data.themes) {
    let body = `<article><h1 data-pagefind-meta="title">${esc(theme.name)}</h1>${filter(`专题:${theme.name}`)}${meta('path:专题')}`;
    if (theme.summary) body += `<p>${esc(theme.summary)}</p>`;
    if (theme.members.length > 0) {
      body += `<section aria-labelledby="members-heading"><h2 id="members-heading">包括 ${theme.members.length} 项</h2><ol class="members">`;
      theme.members.forEach((m, i) => {
        body += `<li><h3 id="m${i + 1}">${esc(m.name)}</h3>${m.passages.length > 0 ? '' : '<p class="meta">原文中暂未找到单独论述这一项的段落。</p>'}</li>`;
      });
      body += '</ol></section>';
    }
    const themeBooks = books.get(theme.id) ?? [];
    if (themeBooks.length > 0) {
      body += `<section aria-labelledby="books-heading"><h2 id="books-heading">相关书目</h2><ul>`;
      for (const { month, book } of themeBooks) body += `<li>《${esc(book.title)}》 ${esc(book.author)} · <a>${esc(formatMonth(month))}书单</a></li>`;
      body += '</ul></section>';
    }
    out.push({ path: `themes/${theme.id}/index.html`, html: page(`${body}</article>`) });
  }
  for (const month of data.reading) {
    const label = `${formatMonth(month.month)}书单`;
    const monthThemes = [...new Set(month.books.flatMap((b) => b.themes))].map((id) => themeById.get(id)).filter((t) => t !== undefined);
    let body = `<article><h1 data-pagefind-meta="title">${esc(label)}</h1>${filter('类型:书单')}${meta('path:书单')}${filter(`年份:${month.month.slice(0, 4)}`)}`;
    for (const t of monthThemes) body += filter(`专题:${t.name}`);
    if (month.intro) body += `<div class="intro">${month.intro}</div>`;
    body += '<ol class="card-list books">';
    month.books.forEach((b, i) => {
      const themes = b.themes.map((id) => themeById.get(id)).filter((t) => t !== undefined);
      body += `<li class="card" id="book-${i + 1}"><h2>《${esc(b.title)}》</h2><p class="meta">${esc(b.author)}${b.publisher ? esc(` · ${b.publisher}`) : ''}${b.year ? esc(` · ${b.year} 年`) : ''}${b.isbn ? esc(` · ISBN ${b.isbn}`) : ''}</p><p><strong>推荐理由：</strong>${esc(b.reason)}</p>`;
      if (themes.length > 0) body += `<ul class="tag-list" aria-label="相关专题">${themes.map((t) => `<li><a class="tag">${esc(t.name)}</a></li>`).join('')}</ul>`;
      body += '</li>';
    });
    out.push({ path: `reading/${month.month}/index.html`, html: page(`${body}</ol></article>`) });
  }
  if (out[siteStart]) out[siteStart] = { ...out[siteStart], shardStart: true };
  yield* out;

  function lessonHtml(lesson: Lesson): { html: string; part: LessonPart } {
    const doc = docById.get(lesson.sourceId)!;
    const sectionIds = new Set(lesson.sectionIds);
    const paragraphIds = new Set(lesson.paragraphIds);
    const blocks = docBlocks(doc, doc.sections.filter((s) => sectionIds.has(s.id)), doc.paragraphs.filter((p) => paragraphIds.has(p.id)));
    const first = blocks[0]?.kind === 'heading' && blocks[0].section.title === lesson.title ? blocks.shift() : undefined;
    const themes = lesson.themes.map((id) => themeById.get(id)).filter((t) => t !== undefined);
    const path = lesson.path.join(' › ');
    const filters: [string, string][] = [['来源', doc.meta.title], ['类型', doc.meta.kind], ['年份', doc.meta.date.slice(0, 4)], ...themes.map((t): [string, string] => ['专题', t.name])];
    const headId = first?.kind === 'heading' ? first.section.anchor : undefined;
    let body = '';
    for (const b of blocks) {
      body += b.kind === 'heading' ? `<${b.tag}${attr('id', b.section.anchor)}>${esc(b.section.title)}</${b.tag}>` : `<p${attr('id', b.paragraph.id)}>${b.paragraph.html}</p>`;
    }
    const html = page(
      `<article${attr('data-lesson-id', lesson.id)}><h1${headId ? attr('id', headId) : ''} data-pagefind-meta="title">${esc(lesson.title)}</h1>` +
        meta(`path:${path}`) + meta(`date:${doc.meta.date}`) + filters.map(([n, v]) => filter(`${n}:${v}`)).join('') + `${body}</article>`,
    );
    // In the grouped document the title is a second-level heading that always has an id: the
    // search finds where the lesson starts by it.
    const h = headId ?? `lesson-${lesson.id}`;
    const f: Record<string, string[]> = {};
    for (const [n, v] of filters) (f[n] ??= []).push(filterValue(esc(v)));
    const slot: GroupSlot = { u: lesson.url, t: metaValue(esc(lesson.title)), p: metaValue(esc(path)), f, h, ...(headId ? {} : { x: 1 as const }) };
    return { html, part: { section: `<section><h2${attr('id', h)}>${esc(lesson.title)}</h2>${body}</section>`, slot, date: doc.meta.date, filters } };
  }
}

/** `/lessons/a/` → `lessons/a/index.html` (the file `format: 'directory'` writes). */
export function fileOfUrl(url: string): string {
  return `${url.replace(/^\/+/, '').replace(/\/?$/, '/')}index.html`;
}
