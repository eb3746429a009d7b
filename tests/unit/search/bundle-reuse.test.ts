/**
 * The search index built from bundles of an earlier build: bundles with the same documents are
 * taken as they are, and the index is byte for byte the one built from scratch; progress is
 * told bundle by bundle.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, it } from 'node:test';
import { readContent } from '../../../src/content/read-content.ts';
import { runPipeline } from '../../../src/pipeline/run-pipeline.ts';
import { buildDocumentIndex, bundleKey } from '../../../src/search/build-index.ts';
import { indexDocuments } from '../../../src/search/index-documents.ts';

const ROOT = join(import.meta.dirname, '../../..');
const dirs: string[] = [];
after(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function tree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out.set(relative(dir, join(e.parentPath, e.name)), (await readFile(join(e.parentPath, e.name))).toString('base64'));
  }
  return out;
}

it('reuses bundles of the same documents, writes the same index, and tells its progress bundle by bundle', async () => {
  const { files } = await readContent(join(ROOT, 'content'));
  const docs = indexDocuments(runPipeline(files).data!);
  const first = await mkdtemp(join(tmpdir(), 'xuexi-bundles-'));
  const second = await mkdtemp(join(tmpdir(), 'xuexi-bundles-'));
  dirs.push(first, second);
  const progress: [number, number][] = [];
  const cold = await buildDocumentIndex(first, docs, { shardChars: 20_000, onBundle: (done, total) => progress.push([done, total]) });
  assert.ok(cold.bundles >= 3, `${cold.bundles} bundles`);
  assert.equal(cold.reused, 0);
  assert.deepEqual(progress.map(([, total]) => total), progress.map(() => cold.bundles));
  assert.deepEqual(progress.map(([done]) => done), Array.from({ length: cold.bundles }, (_, i) => i + 1));

  // The second build's first document changes: its bundle is indexed again, every other one reused.
  // (A lesson's text is both its page and its part of its source's grouped document.)
  const part = docs[0]!.part!;
  const edited = [
    { ...docs[0]!, html: docs[0]!.html.replace('</article>', '<p>新增的一段。</p></article>'), part: { ...part, section: part.section.replace('</section>', '<p>新增的一段。</p></section>') } },
    ...docs.slice(1),
  ];
  const reference = await mkdtemp(join(tmpdir(), 'xuexi-bundles-'));
  dirs.push(reference);
  await buildDocumentIndex(reference, edited, { shardChars: 20_000 });
  const byKey = new Map(cold.bundleList.map((b) => [b.key, b]));
  const placed: string[] = [];
  const warm = await buildDocumentIndex(second, edited, {
    shardChars: 20_000,
    reuse: {
      has: (key) => byKey.has(key),
      place: async (bundles) => {
        for (const { key, into } of bundles) {
          placed.push(key);
          await cp(join(first, 'pagefind', byKey.get(key)!.folder), into, { recursive: true, filter: (src) => !/\/s\d+$/.test(src) });
        }
        return bundles.map(({ key }) => byKey.get(key)!.refs);
      },
    },
  });
  assert.equal(warm.reused, cold.bundles - 1);
  assert.equal(placed.length, cold.bundles - 1);
  assert.deepEqual(await tree(second), await tree(reference));
});

it('keys a bundle by its documents and whether it is merged', () => {
  const docs = [{ path: 'lessons/a/index.html', html: '<p>一</p>' }, { path: 'lessons/b/index.html', html: '<p>二</p>' }];
  const key = bundleKey(docs, true);
  assert.equal(bundleKey([...docs], true), key);
  assert.notEqual(bundleKey(docs, false), key);
  assert.notEqual(bundleKey([docs[0]!, { ...docs[1]!, html: '<p>三</p>' }], true), key);
  assert.notEqual(bundleKey([{ ...docs[0]!, path: 'lessons/c/index.html' }, docs[1]!], true), key);
  assert.notEqual(bundleKey([docs[1]!, docs[0]!], true), key);
});
