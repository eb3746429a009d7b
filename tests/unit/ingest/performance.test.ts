import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importText } from '../../../src/ingest/index.ts';

const PHRASE = '学习贯彻党的精神加强机关建设推进工作落实';
// Generous for slow CI machines; a quadratic step takes minutes on these inputs.
const BOUND_MS = 8000;

function timeImport(text: string): { ms: number; length: number } {
  const bytes = new TextEncoder().encode(text);
  const start = performance.now();
  const { markdown } = importText(bytes, { fileName: 'big.txt', fallbackDate: '2026-01-01' });
  return { ms: performance.now() - start, length: markdown.length };
}

test('a one-line 1 MB copy with no punctuation imports in seconds', () => {
  const text = PHRASE.repeat(Math.ceil(1_000_000 / PHRASE.length));
  assert.ok(new TextEncoder().encode(text).length >= 1_000_000);
  const { ms, length } = timeImport(text);
  assert.ok(length > text.length, 'the text is all there');
  assert.ok(ms < BOUND_MS, `took ${Math.round(ms)} ms`);
});

test('1 MB of run-together numbered sentences, spaces and quotes stays linear', () => {
  const unit = `一、${PHRASE}。 1、${PHRASE}“${PHRASE} 二、短。`;
  const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
  const { ms } = timeImport(text);
  assert.ok(ms < BOUND_MS, `took ${Math.round(ms)} ms`);
});

test('9,000 one-line pages with page prefixes stay linear', () => {
  const text = Array.from({ length: 9000 }, (_, i) => `${i + 1}、${PHRASE.repeat(5)}的`).join('\n');
  const start = performance.now();
  const { report } = importText(new TextEncoder().encode(text), { fileName: 'pages.txt', fallbackDate: '2026-01-01' });
  assert.equal(report.changes.filter((c) => c.kind === 'page-number').length, 9000);
  assert.ok(performance.now() - start < BOUND_MS);
});

test('a 5 MB hard-wrapped copy (36 characters a line) is rejoined in seconds', () => {
  const paragraph = `　　${PHRASE}，${PHRASE}、${PHRASE}“${PHRASE}”${PHRASE}。${PHRASE}，${PHRASE}。`;
  const lines: string[] = [];
  for (let i = 0; i < paragraph.length; i += 36) lines.push(paragraph.slice(i, i + 36));
  const unit = `${lines.join('\n')}\n一、${PHRASE}\n`;
  const text = `讲话\n${unit.repeat(Math.ceil(5_000_000 / new TextEncoder().encode(unit).length))}`;
  assert.ok(new TextEncoder().encode(text).length >= 5_000_000);
  const start = performance.now();
  const { report } = importText(new TextEncoder().encode(text), { fileName: 'wrapped.txt', fallbackDate: '2026-01-01' });
  const ms = performance.now() - start;
  assert.equal(report.hardWrap?.marks, 'indent');
  assert.equal(report.hardWrap?.joins, report.changes.filter((c) => c.kind === 'line-join').length);
  assert.ok(report.hardWrap.joins > 30_000, `${report.hardWrap.joins} joins`);
  assert.ok(ms < BOUND_MS * 2, `took ${Math.round(ms)} ms`);
});
