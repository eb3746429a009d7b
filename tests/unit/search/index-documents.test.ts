import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runPipeline } from '../../../src/pipeline/run-pipeline.ts';
import { documentText } from '../../../src/search/document-text.ts';
import { indexDocuments } from '../../../src/search/index-documents.ts';
import { PARAGRAPH_LIMIT } from '../../../src/structure/index.ts';
import { noBreakLine } from '../../fixtures/search/no-break.ts';

test('the search documents of a 1 MB paragraph without a break are bounded, and hold all of its text in order', () => {
  const line = noBreakLine(1024 * 1024);
  const source = ['---', 'title: 单行全文', 'date: 2026-01-01', 'kind: 文件', '---', '', line, ''].join('\n');
  const { data, issues } = runPipeline({ sources: [{ file: 'content/sources/dan-hang.md', text: source }], reading: [], quizzes: [] });
  assert.deepEqual(issues, []);
  assert.ok(data);
  const docs = indexDocuments(data).filter((d) => d.path.startsWith('lessons/'));
  assert.ok(docs.length > 100, `${docs.length} lesson documents`);
  // Pagefind's indexing grows with the square of a page's unbroken text: every page stays short.
  const texts = docs.map((d) => documentText(d.path, d.html));
  for (const t of texts) {
    assert.ok(t.content.length <= PARAGRAPH_LIMIT + 2 * t.title.length + 16, `${t.url}: ${t.content.length} characters indexed`);
    assert.ok(t.content.length > 100, t.url);
  }
  // Every part of the line is indexed once, in lesson order: each page's text after its title
  // (Pagefind puts a space and a full stop after each block).
  const lessons = new Map(data.lessons.map((l) => [l.url, l]));
  const indexed = texts.map((t) => t.content.slice(lessons.get(t.url)!.title.length).replace(/[\s.\u200b]/g, ''));
  // Compared without printing a megabyte on failure.
  assert.ok(indexed.join('') === line, 'the indexed text is the line');
});
