/**
 * The proof that the helper index reads the same text as Pagefind: every page of the sample
 * content and of each fixture site, and every document-text fixture, is indexed by Pagefind and
 * its fragment compared with what documentText reads from the document (text up to whitespace
 * and punctuation, which matching ignores; title, filters and URL exactly).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import * as pagefind from 'pagefind';
import { readContent } from '../../../src/content/read-content.ts';
import { runPipeline } from '../../../src/pipeline/run-pipeline.ts';
import { buildDocumentIndex } from '../../../src/search/build-index.ts';
import { documentText, type DocumentText } from '../../../src/search/document-text.ts';
import { decodeFragmentFile, type PagefindFragment } from '../../../src/search/fragments.ts';
import { indexDocuments, type IndexDocument } from '../../../src/search/index-documents.ts';
import { hasWords } from '../../../src/search/indexed-pages.ts';
import { normalizeText } from '../../../src/search/normalize.ts';
import { documentFixtures } from './document-fixtures.ts';

const ROOT = join(import.meta.dirname, '../../..');
const dirs: string[] = [];
after(async () => {
  await pagefind.close();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'xuexi-doctext-'));
  dirs.push(dir);
  return dir;
}

/** Every fragment under `pagefind/` (the main bundle and the merged shards), by page URL. */
async function fragments(pagefindDir: string): Promise<Map<string, PagefindFragment>> {
  const out = new Map<string, PagefindFragment>();
  const bundles = ['', ...(await readdir(pagefindDir)).filter((n) => /^s\d+$/.test(n)).map((n) => `${n}/`)];
  for (const bundle of bundles) {
    const dir = join(pagefindDir, bundle, 'fragment');
    for (const name of (await readdir(dir)).sort()) {
      for (const f of decodeFragmentFile(bundle + name, await readFile(join(dir, name)))) {
        assert.ok(!out.has(f.url), `two fragments for ${f.url}`);
        out.set(f.url, f);
      }
    }
  }
  return out;
}

/** Assert that Pagefind's fragment says what documentText read. */
function assertSame(f: PagefindFragment, t: Pick<DocumentText, 'url' | 'content' | 'title' | 'filters'>): void {
  assert.equal(f.url, t.url);
  assert.equal(normalizeText(t.content), normalizeText(f.content), `text of ${t.url}`);
  assert.equal(t.title, f.meta.title ?? '', `title of ${t.url}`);
  assert.deepEqual(t.filters, f.filters, `filters of ${t.url}`);
}

/** Index `docs` as the build does and compare every page; returns the number of pages compared, and of those read from grouped fragments. */
async function compareSite(docs: IndexDocument[], shards?: number, groupChars?: number): Promise<{ compared: number; grouped: number }> {
  const dir = await tempDir();
  // buildDocumentIndex itself fails if Pagefind indexed other pages than the documents say.
  const report = await buildDocumentIndex(dir, docs, { shards, groupChars });
  const byUrl = await fragments(join(dir, 'pagefind'));
  assert.equal(byUrl.size, report.pages);
  let compared = 0;
  let grouped = 0;
  for (const doc of docs) {
    const t = documentText(doc.path, doc.html);
    const f = byUrl.get(t.url);
    if (!f) {
      // Pagefind leaves out a page with no word to index; documentText must agree it has none.
      assert.ok(!hasWords(t.content), `${t.url} is not indexed`);
      continue;
    }
    assertSame(f, t);
    // A lesson read back out of its source's grouped fragment is word for word its own page's text.
    if (f.ref.includes('#')) {
      assert.equal(f.content, t.content, `text of ${t.url} in ${f.ref}`);
      grouped++;
    }
    compared++;
  }
  assert.equal(compared, byUrl.size);
  return { compared, grouped };
}

async function siteDocuments(contentDir: string): Promise<IndexDocument[]> {
  const { files } = await readContent(contentDir);
  const { data, issues } = runPipeline(files);
  assert.ok(data, JSON.stringify(issues));
  return indexDocuments(data);
}

describe('documentText reads what Pagefind indexes', () => {
  it('on the sample content, in two bundles', async () => {
    const docs = await siteDocuments(join(ROOT, 'content'));
    const { compared, grouped } = await compareSite(docs, 2);
    assert.ok(compared > 30);
    assert.ok(grouped > 10, `${grouped} lessons read from grouped fragments`);
  });

  it('on the sample content with every source\'s lessons grouped into documents of a few', async () => {
    const docs = await siteDocuments(join(ROOT, 'content'));
    // Small groups: more lessons start mid-fragment, where a wrong cut would show.
    const { compared, grouped } = await compareSite(docs, undefined, 3_000);
    assert.ok(compared > 30);
    assert.ok(grouped > 10, `${grouped} lessons read from grouped fragments`);
  });

  for (const site of ['hostile', 'search', 'shared-formulation']) {
    it(`on the ${site} fixture site`, async () => {
      const docs = await siteDocuments(join(ROOT, 'tests/fixtures/sites', site));
      assert.ok((await compareSite(docs)).compared > 0);
    });
  }

  it('on the document-text fixtures (their expected.json is what Pagefind says)', async () => {
    const cases = documentFixtures().map((f) => ({ ...f, expected: JSON.parse(readFileSync(f.expectedFile, 'utf8')) as DocumentText }));
    // Pagefind leaves out pages without `data-pagefind-body` when others have one: index the two kinds apart.
    for (const withBody of [true, false]) {
      const group = cases.filter((c) => c.expected.hasBody === withBody);
      assert.ok(group.length > 0);
      const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
      assert.ok(index);
      try {
        for (const c of group) {
          const added = await index.addHTMLFile({ sourcePath: c.path, content: c.html });
          assert.deepEqual(added.errors, [], c.name);
        }
        const dir = await tempDir();
        const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
        assert.deepEqual(written.errors, []);
        const byUrl = await fragments(join(dir, 'pagefind'));
        for (const c of group) {
          const f = byUrl.get(c.expected.url);
          if (!hasWords(c.expected.content)) {
            assert.equal(f, undefined, `${c.name}: Pagefind indexed a page without words`);
            continue;
          }
          assert.ok(f, `${c.name}: Pagefind indexed no ${c.expected.url}`);
          assertSame(f, c.expected);
          // Pagefind's own words, zero-width spaces aside, not only the same letters and digits.
          assert.equal(c.expected.content, f.content, `${c.name}: content`);
          const read = documentText(c.path, c.html);
          assertSame(f, read);
          assert.equal(read.content, f.content, `${c.name}: content read`);
        }
      } finally {
        await index.deleteIndex();
      }
    }
  });
});
