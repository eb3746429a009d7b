import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, SAMPLES } from './helpers.ts';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Run the import command (Node 24: the test runner's own binary) in the temp folder. */
function run(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(ROOT, 'src/cli/import.ts'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600', ...env },
  });
}

function write(name: string, content: string | Uint8Array): string {
  writeFileSync(join(dir, name), content);
  return name;
}

const GOOD = '学习体会\n一、提高认识\n加强学习。\n';

/** Exit 1, exactly one `path: message` line on stderr, no stack trace, nothing written. */
function assertRefused(result: ReturnType<typeof run>, path: string, message: RegExp, out: string): void {
  assert.equal(result.status, 1, result.stderr);
  const lines = result.stderr.split('\n').filter((l) => l !== '' && !/^\[\d+\/\d+\]/u.test(l));
  assert.equal(lines.length, 1, result.stderr);
  assert.ok(lines[0]!.startsWith(`${path}: `), lines[0]);
  assert.match(lines[0]!, message);
  assert.doesNotMatch(result.stderr, /\n\s+at |Error:/u);
  assert.equal(result.stdout, '');
  assert.ok(!existsSync(join(dir, out)) || readdirSync(join(dir, out)).length === 0, 'nothing written');
}

test('an empty file is refused', () => {
  assertRefused(run(['--out', 'o1', write('empty.txt', '')]), 'empty.txt', /空/u, 'o1');
});

test('a binary file is refused', () => {
  assertRefused(run(['--out', 'o2', write('bin.txt', new Uint8Array([0x41, 0x00, 0x01, 0x02, 0xff, 0x00]))]), 'bin.txt', /二进制/u, 'o2');
});

test('a file in an unknown encoding is refused', () => {
  assertRefused(run(['--out', 'o3', write('bad.txt', new Uint8Array([0xe5, 0xad, 0xa6, 0xff, 0xff, 0x41]))]), 'bad.txt', /编码/u, 'o3');
});

test('a file that is only page furniture is refused', () => {
  assertRefused(run(['--out', 'o4', write('pages.txt', '- 1 -\n\n第2页 共2页\n')]), 'pages.txt', /页码/u, 'o4');
});

test('a missing path is refused', () => {
  assertRefused(run(['--out', 'o5', 'no-such-file.txt']), 'no-such-file.txt', /不存在/u, 'o5');
});

test('a PDF is named as such', () => {
  assertRefused(run(['--out', 'o6', write('doc.txt', '%PDF-1.7\n...')]), 'doc.txt', /PDF/u, 'o6');
});

test('one bad input among good ones: nothing is written at all', () => {
  const good = write('good.txt', GOOD);
  const result = run(['--out', 'o7', good, 'missing.txt']);
  assertRefused(result, 'missing.txt', /不存在/u, 'o7');
  assert.match(result.stderr, /\[1\/2\] good\.txt…/u, 'progress on stderr');
});

test('a bad --date is refused for that file', () => {
  assertRefused(run(['--out', 'o8', '--date', '2024-02-30', write('d.txt', GOOD)]), 'd.txt', /YYYY-MM-DD/u, 'o8');
});

test('--title with two inputs is a usage error', () => {
  const result = run(['--out', 'o9', '--title', 'x', write('a.txt', GOOD), write('b.txt', GOOD)]);
  assert.equal(result.status, 2);
  assert.equal(result.stderr.trim().split('\n').length, 1);
  assert.ok(!existsSync(join(dir, 'o9')));
});

test('imports, writes atomically named outputs and prints the report', () => {
  mkdirSync(join(dir, 'in'), { recursive: true });
  writeFileSync(join(dir, 'in', '学习 体会.txt'), GOOD);
  const result = run(['--out', 'out', '--kind', '报告', 'in/学习 体会.txt']);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(readdirSync(join(dir, 'out')), ['xue-xi-ti-hui.md']);
  const md = readFileSync(join(dir, 'out', 'xue-xi-ti-hui.md'), 'utf8');
  assert.match(md, /^---\ntitle: 学习体会\ndate: 2026-01-01\nkind: 报告\norigin: 学习 体会\.txt\nreview:\n  - date：正文中没有找到日期，暂用 2026-01-01\n---\n\n# 学习体会\n\n## 一、提高认识\n\n加强学习。\n$/u);
  assert.match(result.stdout, /学习 体会\.txt → xue-xi-ti-hui\.md/u);
  assert.match(result.stdout, /日期：2026-01-01（需核对）/u);
  assert.match(result.stdout, /\n1 个文件的 frontmatter 留有 review（标题、日期或类别需核对）：改好这些字段后删去 review，才能检查通过和构建\n$/u);
  assert.equal(result.stderr, '', 'no progress lines for one file');
});

test('--json prints the reports as JSON', () => {
  const result = run(['--out', 'out-json', '--json', write('j.txt', GOOD)]);
  assert.equal(result.status, 0, result.stderr);
  const reports = JSON.parse(result.stdout) as { file: string; output: string; changes: unknown[] }[];
  assert.equal(reports.length, 1);
  assert.equal(reports[0]!.file, 'j.txt');
  assert.equal(reports[0]!.output, 'j.md');
  assert.ok(reports[0]!.changes.length > 0);
});

test('--manifest imports the samples with their overrides', () => {
  const result = run(['--manifest', join(SAMPLES, 'import.json'), '--out', 'out-samples']);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(readdirSync(join(dir, 'out-samples')).length, 3);
  assert.match(result.stderr, /\[3\/3\]/u);
  const qa = readFileSync(join(dir, 'out-samples', 'zhishichanquan-fangguanfu-wenda.md'), 'utf8');
  assert.match(qa, /^title: 《关于深化知识产权领域“放管服”改革优化创新环境和营商环境的通知》解读$/mu);
});

test('a directory is refused', () => {
  mkdirSync(join(dir, 'a-folder'), { recursive: true });
  assertRefused(run(['--out', 'o10', 'a-folder']), 'a-folder', /目录/u, 'o10');
});

const WRAPPED = [
  '学习体会',
  '今年以来，全县各级机关认真贯彻落实县委关于加强作',
  '风建设的部署要求，坚持把作风建设作为推动高质量发',
  '展的重要抓手，机关干部的精神面貌焕然一新。',
  '机关作风建设关系到党和政府的形象，关系到经济社会',
  '发展大局，机关干部的一言一行直接影响着群众的评价',
  '，作风建设没有休止符，必须常抓不懈、久久为功。',
].join('\n');

test('a hard-wrapped copy is rejoined and the joins are reported; --keep-lines keeps every line', () => {
  const file = write('wrapped.txt', WRAPPED);
  const joined = run(['--out', 'out-wrap', file]);
  assert.equal(joined.status, 0, joined.stderr);
  const md = readFileSync(join(dir, 'out-wrap', 'wrapped.md'), 'utf8');
  assert.match(md, /\n今年以来，全县各级机关认真贯彻落实县委关于加强作风建设的部署要求，坚持把作风建设作为推动高质量发展的重要抓手，机关干部的精神面貌焕然一新。\n/u);
  assert.match(joined.stdout, /断行：每行约 24 字的硬换行/u);
  assert.match(joined.stdout, /第2行第25列 合并断行：「…彻落实县委关于加强作⏎风建设的部署要求，坚…」→「…彻落实县委关于加强作风建设的部署要求，坚…」/u);
  const kept = run(['--out', 'out-keep', '--keep-lines', file]);
  assert.equal(kept.status, 0, kept.stderr);
  const keptMd = readFileSync(join(dir, 'out-keep', 'wrapped.md'), 'utf8');
  assert.match(keptMd, /\n今年以来，全县各级机关认真贯彻落实县委关于加强作\n\n风建设的部署要求/u);
  assert.doesNotMatch(kept.stdout, /断行|合并断行/u);
});

test('a manifest can keep the lines of one file', () => {
  write('wrapped2.txt', WRAPPED);
  write('m.json', JSON.stringify({ out: 'out-m', files: [{ path: 'wrapped2.txt', keepLines: true }] }));
  const result = run(['--manifest', 'm.json']);
  assert.equal(result.status, 0, result.stderr);
  assert.match(readFileSync(join(dir, 'out-m', 'wrapped2.md'), 'utf8'), /加强作\n\n风建设/u);
  write('bad.json', JSON.stringify({ files: [{ path: 'wrapped2.txt', keepLines: 'yes' }] }));
  assertRefused(run(['--manifest', 'bad.json']), 'bad.json', /keepLines/u, 'out-none');
});
