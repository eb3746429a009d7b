/**
 * Lessons grouped into one Pagefind document each read back, in the browser's own code
 * (exact-index.ts), exactly as their own pages would: the same text, anchors, title, path, date
 * and filters, from the fragments real Pagefind wrote; and Pagefind's loose matches in a group
 * come back as the lessons holding them.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readContent } from '../../../src/content/read-content.ts';
import { loosePages } from '../../../src/islands/search/engine.ts';
import { decodeFragment, groupPageData, toPageData, type PageData, type RawFragment } from '../../../src/islands/search/exact-index.ts';
import { runPipeline } from '../../../src/pipeline/run-pipeline.ts';
import { buildDocumentIndex } from '../../../src/search/build-index.ts';
import { groupDocuments } from '../../../src/search/group-documents.ts';
import { indexDocuments, type IndexDocument } from '../../../src/search/index-documents.ts';
import { decodeSlots, encodeSlots, GROUP_META, groupPages } from '../../../src/search/page-groups.ts';

const ROOT = join(import.meta.dirname, '../../..');
const dirs: string[] = [];
after(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** Every page of the index Pagefind wrote into `dir`, as the browser reads it, by URL. */
async function browserPages(docs: IndexDocument[], groupChars: number): Promise<{ pages: Map<string, PageData>; raw: Map<string, RawFragment> }> {
  const dir = await mkdtemp(join(tmpdir(), 'xuexi-groups-'));
  dirs.push(dir);
  await buildDocumentIndex(dir, docs, { groupChars });
  const pages = new Map<string, PageData>();
  const raw = new Map<string, RawFragment>();
  const fragmentDir = join(dir, 'pagefind/fragment');
  for (const name of await readdir(fragmentDir)) {
    const id = name.slice(0, -'.pf_fragment'.length);
    const fragment = decodeFragment(await readFile(join(fragmentDir, name))) as RawFragment;
    raw.set(id, fragment);
    for (const page of groupPageData(id, fragment) ?? [toPageData(id, fragment)]) pages.set(page.url, page);
  }
  return { pages, raw };
}

async function sampleDocuments(): Promise<IndexDocument[]> {
  const { files } = await readContent(join(ROOT, 'content'));
  const { data } = runPipeline(files);
  assert.ok(data);
  return indexDocuments(data);
}

describe('grouped search documents', () => {
  it('give the browser every lesson as its own page would', async () => {
    const docs = await sampleDocuments();
    assert.ok(groupDocuments(docs, 3_000).some((d) => (d.slots?.length ?? 0) > 2), 'some source has three lessons in one group');
    const solo = await browserPages(docs, 0);
    const grouped = await browserPages(docs, 3_000);
    assert.equal(grouped.pages.size, solo.pages.size);
    assert.ok(grouped.raw.size < solo.raw.size, `${grouped.raw.size} fragments for ${solo.raw.size} pages`);
    let fromGroups = 0;
    for (const [url, own] of solo.pages) {
      const page = grouped.pages.get(url);
      assert.ok(page, url);
      const { id, words, ...rest } = page;
      const { id: _id, ...ownRest } = own;
      // The lesson's title is a second-level heading in its group (the first on its own page).
      const level = (p: Omit<PageData, 'id' | 'words'>) => ({ ...p, anchors: p.anchors.map((a) => ({ ...a, element: a.element.replace(/^h\d$/, 'h') })) });
      assert.deepEqual(level(rest), level(ownRest), url);
      if (words) {
        assert.match(id, /#\d+$/);
        fromGroups++;
      }
    }
    assert.ok(fromGroups > 10, `${fromGroups} lessons from groups`);
  });

  it('turn a Pagefind match in a group into the lessons holding it, with its excerpt', async () => {
    const docs = await sampleDocuments();
    const { raw } = await browserPages(docs, 100_000);
    const [id, fragment] = [...raw].find(([, f]) => (decodeSlots(f.meta)?.length ?? 0) > 2)!;
    const lessons = groupPageData(id, fragment)!;
    // Pagefind's browser API hands the fragment over with its content stripped of the zero-width
    // spaces its word locations count (kept, with < and > escaped, in raw_content).
    const api = { ...fragment, content: `${fragment.content}`.replace(/\u200B/g, ''), raw_content: fragment.content.replace(/</g, '&lt;').replace(/>/g, '&gt;') };
    assert.ok(fragment.content.includes('\u200B'));
    assert.deepEqual(groupPageData(id, api), lessons);
    const second = lessons[1]!;
    const at = second.words![0] + 1;
    const found = loosePages(id, { ...api, locations: [at], sub_results: [{ excerpt: '甲<mark>乙</mark>', locations: [at] }] });
    assert.deepEqual(
      found.map((f) => [f.page.url, f.excerpt]),
      [[second.url, [{ text: '甲', mark: false }, { text: '乙', mark: true }]]],
    );
    // A match in no lesson's span (a location past the end) gives nothing rather than a wrong lesson.
    assert.deepEqual(loosePages(id, { ...api, locations: [1e9] }), []);
  });

  it('cut the same text from the fragment file and from the browser API\'s copy, with < and > in it', () => {
    const slots = [
      { u: '/lessons/a/', t: '甲', p: '源 › 甲', f: {}, h: 'a' },
      { u: '/lessons/b/', t: '乙', p: '源 › 乙', f: {}, h: 'b' },
    ];
    // Words (at whitespace and zero-width spaces): 甲 . 一<二 。 乙 . 三>四 。 → the second lesson starts at word 4.
    const file = { content: '甲\u200B. \u200B一<二\u200B。 \u200B乙\u200B. \u200B三>四\u200B。', meta: { [GROUP_META]: encodeSlots(slots) }, anchors: [{ id: 'a', element: 'h2', text: '甲', location: 0 }, { id: 'b', element: 'h2', text: '乙', location: 4 }] };
    const api = { ...file, content: file.content.replace(/\u200B/g, ''), raw_content: file.content.replace(/</g, '&lt;').replace(/>/g, '&gt;') };
    for (const fragment of [file, api]) {
      assert.deepEqual(groupPages(fragment)!.map((p) => [p.url, p.content, p.anchors.map((a) => a.id)]), [
        ['/lessons/a/', '甲. 一<二。', ['a']],
        ['/lessons/b/', '乙. 三>四。', ['b']],
      ]);
    }
  });

  it('keep a title with runs of spaces as written, through Pagefind', async () => {
    const slots = [{ u: '/lessons/a/', t: '一  二\u3000\u3000三', p: '来源 › 章', f: { 专题: ['甲  乙'] }, h: 'h1' }];
    const html = `<html><body><main data-pagefind-body><span hidden data-pagefind-meta="${GROUP_META}:${encodeSlots(slots).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></span><section><h2 id="h1">一</h2></section></main></body></html>`;
    const dir = await mkdtemp(join(tmpdir(), 'xuexi-groups-'));
    dirs.push(dir);
    const pagefind = await import('pagefind');
    const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    assert.ok(index);
    await index.addHTMLFile({ sourcePath: 'lessons/a/index.html', content: html });
    await index.writeFiles({ outputPath: dir });
    await pagefind.close();
    const [name] = await readdir(join(dir, 'fragment'));
    const fragment = decodeFragment(await readFile(join(dir, 'fragment', name!))) as RawFragment;
    assert.deepEqual(decodeSlots(fragment.meta), slots);
  });
});
