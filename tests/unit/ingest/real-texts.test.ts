import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { importText } from '../../../src/ingest/import-text.ts';
import { formatReport } from '../../../src/ingest/report.ts';
import type { ImportMeta } from '../../../src/ingest/metadata.ts';
import { bodyOf, inputMinusFurniture, lettersOf, ROOT } from './helpers.ts';

// Real copies found on the web, kept as found; expected.json says what an editor would publish.
const REAL = join(ROOT, 'tests/fixtures/real');
const cases = readdirSync(REAL).filter((d) => !d.includes('.'));

/** What an editor would publish: the metadata the text states, the 需核对 fields and the headings. */
type Expected = Pick<ImportMeta, 'title' | 'date' | 'kind' | 'speaker' | 'organization'> & {
  origin?: string;
  /** Fields the text cannot decide: a fallback, flagged 需核对. */
  review?: ('title' | 'date' | 'kind')[];
  headings: { level: number; text: string }[];
};

const load = (name: string) => {
  const bytes = readFileSync(join(REAL, name, 'input.txt'));
  const expected = JSON.parse(readFileSync(join(REAL, name, 'expected.json'), 'utf8')) as Expected;
  return { bytes, expected, result: importText(bytes, { fileName: 'input.txt' }) };
};

/** Page residue that must not reach a lesson: menus, metadata lines, escapes, tags. */
const RESIDUE = [/\\r\\n|\\n/u, /<\/?[a-z][^>]*>/iu, /您的位置|当前位置/u, /APP下载|分享到|点击此处下载|打印本页|关闭窗口|微信扫一扫/u, /(?:浏览|阅读|点击)(?:次数|量)?[:：]\s*\d/u, /(?:发布)?时间[:：]\s*20\d\d/u, /作者[:：]/u, /【(?:题注|章名)】/u, /^\(文 .*审核.*\)$/mu, /记者\s*\S+\s*[/／]?摄$/mu];

test('there are at least 49 real copies, each with its source noted and an expected file', () => {
  assert.ok(cases.length >= 49, `${cases.length} cases`);
  for (const name of cases) {
    assert.match(readFileSync(join(REAL, name, 'SOURCE.md'), 'utf8'), /URL: http|find_string/u, name);
    readFileSync(join(REAL, name, 'expected.json'));
  }
});

for (const name of cases) {
  test(`real copy ${name}: title, date, kind, people, headings, nothing lost, no residue`, () => {
    const { bytes, expected, result } = load(name);
    const { meta, metaFrom } = result.report;
    assert.deepEqual(
      { title: meta.title, date: meta.date, kind: meta.kind, speaker: meta.speaker, organization: meta.organization, origin: meta.origin },
      { title: expected.title, date: expected.date, kind: expected.kind, speaker: expected.speaker, organization: expected.organization, origin: expected.origin ?? 'input.txt' },
    );
    const review = (['title', 'date', 'kind'] as const).filter((f) => metaFrom[f] === 'fallback');
    assert.deepEqual(review, expected.review ?? []);
    for (const field of review) assert.ok(result.report.flags.some((f) => f.kind === field), `${field} is flagged 需核对`);

    // Headings: precision and recall 1.00, with the right levels (the title is not counted).
    const body = bodyOf(result.markdown);
    const headings = fromMarkdown(body).children.flatMap((n) => (n.type === 'heading' && n.depth > 1 ? [{ level: n.depth, text: toString(n).replace(/\s+/gu, ' ') }] : []));
    assert.deepEqual(headings, expected.headings.map((h) => ({ ...h, text: h.text.replace(/\s+/gu, ' ') })));

    // Nothing lost: the body's letters are the input's minus what the report lists as removed.
    assert.equal(lettersOf(body), lettersOf(inputMinusFurniture(bytes, result.report)));
    for (const re of RESIDUE) assert.doesNotMatch(body, re, `residue ${re} in the body`);

    // The report says where title and date came from, or that they need review.
    const text = formatReport(result.report);
    assert.match(text, /标题：.*（(?:取自第 \d+ 行|需核对)/u);
    assert.match(text, /日期：.*（(?:取自第 \d+ 行|需核对)/u);
  });
}

test('real copies: the same file imports identically whatever the clock says', () => {
  for (const name of cases) {
    const bytes = readFileSync(join(REAL, name, 'input.txt'));
    const first = importText(bytes, { fileName: 'input.txt' }).markdown;
    const realNow = Date.now;
    const RealDate = Date;
    // Four hundred days on, through both ways of reading the clock.
    const later = realNow() + 86_400_000 * 400;
    globalThis.Date = class extends RealDate {
      constructor(...args: ConstructorParameters<typeof Date>) {
        super(...(((args as unknown[]).length === 0 ? [later] : args) as ConstructorParameters<typeof Date>));
      }
      static override now() {
        return later;
      }
    } as DateConstructor;
    try {
      assert.equal(importText(bytes, { fileName: 'input.txt' }).markdown, first, name);
    } finally {
      globalThis.Date = RealDate;
    }
  }
});

test('real copies: --title, --date and --kind still override what the text says', () => {
  const bytes = readFileSync(join(REAL, 'guowuyuan-jigou-bianzhi-tiaoli', 'input.txt'));
  const { report } = importText(bytes, { fileName: 'input.txt', title: '机构编制条例', date: '1997-08-03', kind: '文件' });
  assert.deepEqual([report.meta.title, report.meta.date, report.meta.kind], ['机构编制条例', '1997-08-03', '文件']);
  assert.deepEqual(report.metaFrom, { title: 'option', date: 'option', kind: 'option' });
});

test('a decree line first: the title is the name it promulgates', () => {
  const text = '中华人民共和国国务院令\n第693号\n现公布《中华人民共和国环境保护税法实施条例》，自2018年1月1日起施行。\n总理　李克强\n2017年12月25日\n中华人民共和国环境保护税法实施条例\n第一章　总　　则\n第一条　根据《中华人民共和国环境保护税法》，制定本条例。\n';
  const { report, markdown } = importText(new TextEncoder().encode(text), { fileName: 'a.txt' });
  assert.equal(report.meta.title, '中华人民共和国环境保护税法实施条例');
  assert.equal(report.meta.date, '2017-12-25');
  assert.equal(report.meta.kind, '法规');
  assert.match(markdown, /^## 第一章　总　　则$/mu);
});

test('a heading numbered as one may begin with a year; a spread chapter name stays one heading', () => {
  const text = '2026年河北省政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n一、2025年工作回顾\n过去一年，我们做了很多工作。\n二、2026年主要工作\n今年要做好以下工作。\n';
  const { markdown, report } = importText(new TextEncoder().encode(text), { fileName: 'a.txt' });
  assert.equal(report.meta.title, '2026年河北省政府工作报告');
  assert.equal(report.meta.kind, '报告');
  assert.match(markdown, /^## 一、2025年工作回顾$/mu);
  assert.match(markdown, /^## 二、2026年主要工作$/mu);
  const regulation = '某某条例\n第一章　总　　则\n第一条　为了规范工作，制定本条例。\n第五章　附　　则\n第九条　本条例自公布之日起施行。\n';
  const rules = importText(new TextEncoder().encode(regulation), { fileName: 'b.txt' }).markdown;
  assert.match(rules, /^## 第一章　总　　则$/mu);
  assert.match(rules, /^## 第五章　附　　则$/mu);
  assert.match(rules, /^第九条　本条例自公布之日起施行。$/mu, '第X条 stays an article, not a heading');
});

test('two candidate titles: the report says so in one line, and the first is kept', () => {
  const text = '立足更高定位 彰显更大作为\n2022年城市管理和综合执法工作报告\n同志们：\n今天我们召开会议。\n';
  const { report } = importText(new TextEncoder().encode(text), { fileName: 'a.txt' });
  assert.equal(report.meta.title, '立足更高定位 彰显更大作为');
  const notes = report.flags.filter((f) => f.kind === 'title');
  assert.equal(notes.length, 1);
  assert.match(notes[0]!.message, /2022年城市管理和综合执法工作报告.*也可能是标题/u);
});
