import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as api from '../../../src/themes/index.ts';
import { buildThemes, parseThemesFile, type ThemeConfig } from '../../../src/themes/index.ts';
import { buildLessons } from '../../../src/lessons/index.ts';
import type { Doc, Lesson, Theme } from '../../../src/shared/types.ts';
import { makeDoc } from '../../fixtures/lessons/make-doc.ts';
import { expected, fixtureCases, readJson } from '../lessons/fixtures.ts';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/themes');
const SPEECH = 'jiguan-dangjian-jianghua';

const speechDocs = (): Doc[] => readJson<Doc[]>(join(ROOT, 'tests/fixtures/lessons/speech/input.json'));
const config = (path: string): ThemeConfig[] => {
  const parsed = parseThemesFile(path, readFileSync(path, 'utf8'));
  assert.deepEqual(parsed.issues, []);
  return parsed.themes;
};
const contentConfig = (): ThemeConfig[] => config(join(ROOT, 'content/themes.yaml'));

function run(docs: Doc[], themes: ThemeConfig[] = []): { themes: Theme[]; lessons: Lesson[] } {
  return buildThemes(docs, buildLessons(docs), themes);
}

function byName(themes: Theme[], name: string): Theme {
  const theme = themes.find((t) => t.name === name);
  assert.ok(theme, `theme ${name} missing; have ${themes.map((t) => t.name).join('、')}`);
  return theme;
}

/** Every passage is a verbatim sentence of its paragraph, in the lesson it names. */
function assertPassagesVerbatim(docs: Doc[], lessons: Lesson[], themes: Theme[]): void {
  const paragraphs = new Map(docs.flatMap((d) => d.paragraphs.map((p) => [`${d.meta.id}/${p.id}`, p.text] as const)));
  const lessonById = new Map(lessons.map((l) => [l.id, l]));
  for (const t of themes) {
    for (const p of [...t.passages, ...t.members.flatMap((m) => m.passages)]) {
      assert.ok(paragraphs.get(`${p.sourceId}/${p.paragraphId}`)?.includes(p.text), `${t.id}: passage not verbatim: ${p.text}`);
      assert.ok(lessonById.get(p.lessonId)?.paragraphIds.includes(p.paragraphId), `${t.id}: passage not in lesson ${p.lessonId}`);
      assert.ok(t.lessons.includes(p.lessonId), `${t.id}: lesson ${p.lessonId} not listed`);
    }
  }
}

test('public API', () => {
  assert.deepEqual(Object.keys(api).sort(), [
    'buildThemes', 'compareGlossaryNames', 'detectFormulations', 'findFormulations', 'leadingNumeral', 'parseThemesFile', 'sortThemesForGlossary', 'splitSentences',
  ]);
});

test('sample speech: 四风 members each have a passage in 二.3 作风建设', () => {
  const docs = speechDocs();
  const { themes, lessons } = run(docs, contentConfig());
  const siFeng = byName(themes, '四风');
  assert.equal(siFeng.id, 'si-feng');
  assert.equal(siFeng.origin, 'configured');
  assert.deepEqual(siFeng.members.map((m) => m.name), ['刹玩风', '树正风', '倡廉风', '治会风']);
  const zuofeng = docs[0]!.sections.find((s) => s.id === 's2-3')!;
  assert.equal(zuofeng.title, '3、加强作风建设,监督党员。');
  for (const m of siFeng.members) {
    const inSection = m.passages.filter((p) => zuofeng.paragraphIds.includes(p.paragraphId));
    assert.equal(inSection.length, 1, `${m.name} in 二.3`);
    assert.match(inSection[0]!.text, new RegExp(`^[一二三四]是要“${m.name},着力解决`));
    assert.equal(inSection[0]!.lessonId, `${SPEECH}-3`);
  }
  assert.deepEqual(siFeng.lessons, [`${SPEECH}-2`, `${SPEECH}-3`], '一 also names the four campaigns');
  assertPassagesVerbatim(docs, lessons, themes);
});

test('sample speech: 三个结合 has its three members with passages in 三.3', () => {
  const docs = speechDocs();
  const { themes } = run(docs, contentConfig());
  const t = byName(themes, '三个结合');
  assert.equal(t.id, 'san-ge-jie-he');
  assert.equal(t.origin, 'configured', 'the detected formulation merged into the configured theme');
  assert.equal(themes.filter((x) => x.name === '三个结合').length, 1);
  const s33 = docs[0]!.sections.find((s) => s.id === 's3-3')!;
  assert.deepEqual(t.members.map((m) => m.name), ['与业务工作相结合', '与干部职工的切身利益相结合', '与其它创立活动相结合']);
  for (const m of t.members) {
    assert.ok(m.passages.some((p) => s33.paragraphIds.includes(p.paragraphId)), `${m.name} in 三.3`);
  }
  assert.deepEqual(t.passages.map((p) => p.text), ['当前做好全县机关党建工作的关键是完善一批制度、理顺两大关系、注重三个结合。']);
  assert.deepEqual(t.lessons, [`${SPEECH}-4`]);
});

test('sample speech: detected 两大关系, 三会一课, 三清, 四谈心 — and nothing else', () => {
  const docs = speechDocs();
  const { themes, lessons } = run(docs, contentConfig());
  const detected = themes.filter((t) => t.origin === 'detected');
  assert.deepEqual(detected.map((t) => [t.id, t.name]), [
    ['liang-da-guan-xi', '两大关系'],
    ['san-hui-yi-ke', '三会一课'],
    ['san-qing', '三清'],
    ['si-tan-xin', '四谈心'],
  ]);
  const guanxi = byName(themes, '两大关系');
  assert.equal(guanxi.members.length, 2);
  assert.match(guanxi.members[0]!.name, /县直机关工委与各机关党组织的关系/);
  assert.match(guanxi.members[1]!.name, /机关党组织负责人与班子成员的关系/);
  for (const m of guanxi.members) assert.ok(m.passages.length > 0, m.name);
  const sanQing = byName(themes, '三清');
  assert.deepEqual(sanQing.members.map((m) => m.name), ['清理交纳党费', '结转组织关系', '参加组织生活']);
  assert.equal(sanQing.passages.length, 2, 'both sentences naming “三清 (three mentions)');
  const tanxin = byName(themes, '四谈心');
  assert.equal(tanxin.members.length, 4);
  assert.deepEqual(byName(themes, '三会一课').members, [], 'no enumeration: unresolved is fine');
  assert.equal(byName(themes, '三会一课').passages.length, 1);
  assert.deepEqual(lessons.map((l) => l.themes), [
    [],
    ['si-feng'],
    ['si-feng', 'san-hui-yi-ke', 'san-qing', 'si-tan-xin'],
    ['san-ge-jie-he', 'liang-da-guan-xi'],
    [],
  ]);
  assertPassagesVerbatim(docs, lessons, themes);
});

test('regulation: 四个意识, 四个自信, 两个维护 (and 两个确立, 三个代表), no counts or durations', () => {
  const docs = readJson<Doc[]>(join(FIXTURES, 'regulation/input.json'));
  const { themes, lessons } = run(docs);
  assert.deepEqual(themes.map((t) => t.name), ['两个确立', '两个维护', '三个代表', '四个意识', '四个自信']);
  assert.deepEqual(themes.map((t) => t.id), ['liang-ge-que-li', 'liang-ge-wei-hu', 'san-ge-dai-biao', 'si-ge-yi-shi', 'si-ge-zi-xin']);
  for (const t of themes) {
    assert.equal(t.origin, 'detected');
    assert.ok(t.passages.length > 0, t.name);
  }
  assert.equal(byName(themes, '四个意识').passages.length, 2, '第二条 and the 政治审查 paragraph');
  assertPassagesVerbatim(docs, lessons, themes);
});

test('two sources sharing a formulation: both in its passages and lessons', () => {
  const other = makeDoc({
    id: 'zhibu-gongzuo',
    title: '支部工作要点',
    sections: [
      { title: '一、组织生活', paragraphs: ['各支部要严格落实“三会一课”制度，按时开展“三清”工作。'] },
      { title: '二、融合发展', paragraphs: ['坚持三个结合，推动党建与业务工作相结合。'] },
    ],
  });
  const speech = speechDocs();
  const before = run(speech, contentConfig());
  const after = run([...speech, other], contentConfig());
  for (const name of ['三会一课', '三清', '三个结合']) {
    const t = byName(after.themes, name);
    assert.deepEqual([...new Set(t.passages.map((p) => p.sourceId))], [SPEECH, 'zhibu-gongzuo'], name);
    assert.ok(t.lessons.some((id) => id.startsWith(`${SPEECH}-`)) && t.lessons.some((id) => id.startsWith('zhibu-gongzuo-')), name);
    assert.equal(t.id, byName(before.themes, name).id, 'same theme, same id');
  }
  assert.deepEqual(byName(after.themes, '三个结合').members[0]!.passages.map((p) => p.sourceId), [SPEECH, 'zhibu-gongzuo']);
  assert.deepEqual(after.lessons.filter((l) => l.sourceId === 'zhibu-gongzuo').map((l) => l.themes), [['san-hui-yi-ke', 'san-qing'], ['san-ge-jie-he']]);
  assert.deepEqual(after.themes.map((t) => t.id), before.themes.map((t) => t.id), 'no new themes, only more passages');
});

test('a detected formulation merges into a configured theme by name or alias; configured ids win', () => {
  const docs = speechDocs();
  const merged = run(docs, [{ id: 'dangyuan-san-qing', name: '党员三清', aliases: ['三清'], members: [] }]);
  const t = merged.themes.find((x) => x.id === 'dangyuan-san-qing')!;
  assert.equal(t.origin, 'configured');
  assert.deepEqual(t.members.map((m) => m.name), ['清理交纳党费', '结转组织关系', '参加组织生活'], 'members from the text fill an empty list');
  assert.ok(!merged.themes.some((x) => x.name === '三清'));
  const taken = run(docs, [{ id: 'san-qing', name: '三青', aliases: [], members: [] }]);
  assert.deepEqual(taken.themes.filter((x) => x.name.startsWith('三')).map((x) => [x.id, x.name]), [['san-qing', '三青'], ['san-ge-jie-he', '三个结合'], ['san-hui-yi-ke', '三会一课'], ['san-qing-2', '三清']]);
});

test('configured member aliases match; lead texts found in the source become aliases', () => {
  const doc = makeDoc({ id: 'alias', title: '别名', sections: [{ title: '一、甲', paragraphs: ['要把党建与其他创建活动相结合。'] }] });
  const { themes } = run([doc], contentConfig());
  const t = byName(themes, '三个结合');
  assert.equal(t.members[2]!.passages.length, 1, 'via the alias 与其他创建活动相结合');
  const speech = run(speechDocs(), contentConfig());
  assert.ok(byName(speech.themes, '三个结合').members[0]!.aliases.includes('注重与业务工作相结合'));
});

test('themes with no mention still appear; input lessons are not mutated; deterministic', () => {
  const docs = speechDocs();
  const lessons = buildLessons(docs);
  const snapshot = structuredClone(lessons);
  const cfg: ThemeConfig[] = [{ id: 'kong', name: '无此专题', aliases: [], members: [{ name: '无此成员', aliases: [] }] }];
  const a = buildThemes(docs, lessons, cfg);
  assert.deepEqual(lessons, snapshot);
  assert.deepEqual(a.themes[0], { id: 'kong', name: '无此专题', origin: 'configured', aliases: [], members: [{ name: '无此成员', aliases: [], passages: [] }], passages: [], lessons: [] });
  assert.deepEqual(buildThemes(structuredClone(docs), structuredClone(lessons), cfg), a);
});

for (const name of fixtureCases(FIXTURES)) {
  test(`fixture ${name}`, () => {
    const docs = readJson<Doc[]>(join(FIXTURES, name, 'input.json'));
    const yaml = join(FIXTURES, name, 'themes.yaml');
    const { themes } = run(docs, existsSync(yaml) ? config(yaml) : []);
    assert.deepEqual(themes, expected(join(FIXTURES, name, 'expected.json'), themes));
  });
}

test('speech fixture snapshot', () => {
  const { themes } = run(speechDocs(), config(join(FIXTURES, 'speech/themes.yaml')));
  assert.deepEqual(themes, expected(join(FIXTURES, 'speech/expected.json'), themes));
});

test('linear: 1,000 documents in well under a few seconds', () => {
  const base = speechDocs()[0]!;
  const docs = Array.from({ length: 1000 }, (_, i) => ({ ...base, meta: { ...base.meta, id: `doc-${i}` } }));
  // CPU time, not wall time: the test runner and other jobs may share the machine.
  const start = process.cpuUsage();
  const lessons = buildLessons(docs);
  const { themes } = buildThemes(docs, lessons, contentConfig());
  const used = process.cpuUsage(start);
  const ms = (used.user + used.system) / 1000;
  assert.equal(byName(themes, '三清').passages.length, 2000);
  assert.equal(byName(themes, '四风').lessons.length, 2000);
  assert.ok(ms < 3000, `took ${Math.round(ms)} ms of CPU`);
});

test('members from a list before the mention; short member names count only next to their theme', () => {
  const doc = makeDoc({
    id: 'jijixing',
    title: '积极性',
    sections: [{ title: '一、总体', paragraphs: ['二是鼓励支持基层探索，充分调动中央和地方两个积极性。', '本细则由中央组织部负责解释。有条件的地方先行先试。'] }],
  });
  const { themes } = run([doc]);
  const t = byName(themes, '两个积极性');
  assert.deepEqual(t.members.map((m) => m.name), ['中央', '地方']);
  for (const m of t.members) assert.deepEqual(m.passages.map((p) => p.paragraphId), ['p1'], m.name);
});

test('members from an enumeration after the mention, or from the 、 list opening the next sentence', () => {
  const doc = makeDoc({
    id: 'enum',
    title: '列举',
    sections: [{
      title: '一、要求',
      paragraphs: [
        '要坚持两个务必。一是务必谦虚谨慎。二是务必艰苦奋斗。',
        '开展“四谈心”活动。书记与委员、委员与党员、党员与党员、党员与群众之间要经常谈心。',
        '做到三个到位，确保工作落实。',
      ],
    }],
  });
  const { themes } = run([doc]);
  assert.deepEqual(byName(themes, '两个务必').members.map((m) => [m.name, m.aliases]), [['务必谦虚谨慎', []], ['务必艰苦奋斗', []]]);
  assert.deepEqual(byName(themes, '四谈心').members.map((m) => m.name), ['书记与委员', '委员与党员', '党员与党员', '党员与群众']);
  assert.deepEqual(byName(themes, '三个到位').members, [], 'no enumeration with three items: unresolved');
});

test('a glossary formulation the text names without enumerating gets its canonical members, origin glossary', async () => {
  const { shippedGlossary } = await import('../../../src/themes/shipped-glossary.ts');
  const doc = makeDoc({ id: 'a', title: '甲', sections: [{ title: '一、要求', paragraphs: ['全体党员要增强“四个意识”，在工作中落实。', '支部党员大会每月召开一次。', '三会一课要落实，支部党员大会要按时召开。'] }] });
  const { themes } = buildThemes([doc], buildLessons([doc]), [], shippedGlossary());
  const yishi = byName(themes, '四个意识');
  assert.equal(yishi.origin, 'glossary');
  assert.deepEqual(yishi.members.map((m) => m.name), ['政治意识', '大局意识', '核心意识', '看齐意识']);
  assert.match(yishi.summary ?? '', /2016年/u);
  assert.equal(yishi.passages.length, 1);
  // A member is the theme's only where the theme is named: `支部党员大会` alone is just a word.
  const huiKe = byName(themes, '三会一课');
  assert.deepEqual(huiKe.members.find((m) => m.name === '支部党员大会')?.passages.map((p) => p.text), ['三会一课要落实，支部党员大会要按时召开。']);
  assert.ok(!themes.some((t) => t.name === '五位一体'), 'a formulation no source names is no theme');
});

test('a configured theme wins over the glossary entry of the same name', async () => {
  const { shippedGlossary } = await import('../../../src/themes/shipped-glossary.ts');
  const { themes } = buildThemes(speechDocs(), buildLessons(speechDocs()), contentConfig(), shippedGlossary());
  const siFeng = byName(themes, '四风');
  assert.equal(siFeng.origin, 'configured');
  assert.deepEqual(siFeng.members.map((m) => m.name), ['刹玩风', '树正风', '倡廉风', '治会风']);
});

test('a name detection cut short (`两个一百`) yields to the glossary formulation the text names', async () => {
  const { shippedGlossary } = await import('../../../src/themes/shipped-glossary.ts');
  const doc = makeDoc({ id: 'b', title: '乙', paragraphs: ['实现两个一百年奋斗目标还要经历很多风雨。'] });
  const names = buildThemes([doc], buildLessons([doc]), [], shippedGlossary()).themes.map((t) => t.name);
  assert.ok(names.includes('两个一百年'));
  assert.ok(!names.includes('两个一百'));
});

test('members come only from a list tied to the name: the next sentence is not, unless it pairs its parties', () => {
  const doc = makeDoc({ id: 'd', title: '丁', paragraphs: ['今年要加快建设“两区”。打造美丽河湖、美丽海湾，提升生态质量。', '开展“四谈心”活动。甲与乙、丙与丁、戊与己、庚与辛之间要经常谈心。'] });
  const { themes } = buildThemes([doc], buildLessons([doc]), []);
  assert.deepEqual(byName(themes, '两区').members, [], 'right or silent: no members from the next sentence');
  assert.deepEqual(byName(themes, '四谈心').members.map((m) => m.name), ['甲与乙', '丙与丁', '戊与己', '庚与辛']);
});
