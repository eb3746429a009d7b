import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildFeed, buildReadingData, parseReadingFile, parseReadingFiles } from '../../../src/reading/index.ts';

/**
 * Fixture cases: `tests/fixtures/reading/<case>/input.md` → `expected.json`, and the `feed`
 * case (`input/*.md` → `expected.xml` + `expected.json`). `UPDATE=1` rewrites the expected
 * files; review them by eye before committing.
 */
const ROOT = join(import.meta.dirname, '../../fixtures/reading');
const UPDATE = process.env.UPDATE === '1';
const THEMES = new Set(['si-feng', 'san-ge-jie-he']);

/** Compare `actual` with the expected file, or rewrite it under UPDATE=1. */
function expectFile(path: string, actual: string): void {
  if (UPDATE || !existsSync(path)) {
    if (!UPDATE) assert.fail(`missing ${path}; run with UPDATE=1 and review it`);
    writeFileSync(path, actual);
    return;
  }
  assert.equal(actual, readFileSync(path, 'utf8'));
}

describe('reading fixtures', () => {
  const cases = readdirSync(ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(ROOT, entry.name, 'input.md')))
    .map((entry) => entry.name)
    .sort();

  it('has parse cases to run', () => {
    assert.ok(cases.length >= 3, `found ${cases.length} cases`);
  });

  for (const name of cases) {
    it(`parse: ${name}`, () => {
      const text = readFileSync(join(ROOT, name, 'input.md'), 'utf8');
      const parsed = parseReadingFile('content/reading/2026-09.md', text, THEMES);
      expectFile(join(ROOT, name, 'expected.json'), `${JSON.stringify(parsed, null, 2)}\n`);
    });
  }

  it('feed: months → expected.xml and reading.json → expected.json', () => {
    const dir = join(ROOT, 'feed', 'input');
    const files = readdirSync(dir)
      .sort()
      .map((name) => ({ file: `content/reading/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
    const { months, issues } = parseReadingFiles(files, THEMES);
    assert.deepEqual(issues, []);
    const feed = buildFeed(months, { siteUrl: 'https://example.org', base: '/xuexi/', title: '学习园地 · 每月荐书' });
    expectFile(join(ROOT, 'feed', 'expected.xml'), feed);
    expectFile(join(ROOT, 'feed', 'expected.json'), `${JSON.stringify(buildReadingData(months), null, 2)}\n`);
  });
});
