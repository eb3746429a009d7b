import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readContent } from '../../../src/content/read-content.ts';
import { runPipeline } from '../../../src/pipeline/run-pipeline.ts';
import { formatReview, reviewSources } from '../../../src/review/editor-review.ts';
import { reviewHtml } from '../../../src/review/review-html.ts';
import type { SiteData } from '../../../src/shared/types.ts';
import { realSources, runCorpus } from '../../support/real-corpus.ts';

const ROOT = join(import.meta.dirname, '../../..');

test('the review lists per source its formulations with members and origin, and its questions', async () => {
  const { files } = await readContent(join(ROOT, 'content'));
  const data = runPipeline(files).data!;
  const reviews = reviewSources(data);
  assert.equal(reviews.length, data.docs.length);
  const xize = reviews.find((r) => r.id === 'fazhan-dangyuan-gongzuo-xize')!;
  assert.ok(xize.formulations.some((f) => f.name === '四个意识' && f.origin === '规范表述' && f.members.length === 4));
  const total = reviews.reduce((n, r) => n + r.published.length, 0);
  assert.equal(total, data.questions.filter((q) => q.origin === 'generated').length, 'every generated question is under its source');
  const text = formatReview(reviews);
  assert.match(text, /提法 四风 \[编辑设定\]：刹玩风（2 段）/u);

  const html = reviewHtml(reviews);
  assert.match(html, /<meta name="robots" content="noindex, nofollow">/u);
  assert.match(html, /<html lang="zh-CN">/u);
  assert.doesNotMatch(html, /<script/u);
});

test('a formulation a real text names without enumerating it is listed without members, saying why and where to add them', () => {
  const corpus = runCorpus(realSources());
  const reviews = reviewSources({ ...corpus } as unknown as SiteData);
  const bare = reviews.flatMap((r) => r.formulations).filter((f) => f.members.length === 0);
  assert.ok(bare.some((f) => f.name === '三重压力'), bare.map((f) => f.name).join('、'));
  const text = formatReview(reviews);
  for (const f of bare) assert.ok(text.includes(`提法 ${f.name} [${f.origin}]：未列成员：原文没有与名称对得上的列举`), f.name);
  assert.match(reviewHtml(reviews), /三重压力<\/strong>（自动识别）：未列成员/u);
});

test('npm run review writes the page under the output folder and prints the review', () => {
  const out = mkdtempSync(join(tmpdir(), 'review-'));
  try {
    const run = spawnSync(process.execPath, ['src/cli/review.ts', '--out', out], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /机关党建工作会上讲话（讲话/u);
    assert.match(readFileSync(join(out, 'editor-review', 'index.html'), 'utf8'), /编辑审阅/u);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
