import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PUBLISH_THRESHOLD, scoreQuestion } from '../../../src/quiz/quality.ts';
import type { Question } from '../../../src/shared/types.ts';

const q = (over: Partial<Question>): Question => ({ id: 'q', type: 'cloze', prompt: '严格坚持“____”制度', answer: '三会一课', explanation: '', themes: [], source: { lessonId: 'l', url: '/', quote: '要建立完善学习检查、考核、评价制度，严格坚持“三会一课”制度。' }, ...over }) as Question;

test('a clean question scores 1 and is published', () => {
  assert.deepEqual(scoreQuestion(q({})), { score: 1, reasons: [] });
  // Two blanks with enough around them, and a whole sentence to place, are fine.
  assert.deepEqual(scoreQuestion(q({ prompt: '通报了各地查处的13起违反中央____精神问题，这是违反中央____精神问题的第二期集中曝光。', answer: '八项规定' })).reasons, []);
  assert.deepEqual(scoreQuestion(q({ type: 'single', prompt: '下面这句话出自哪一部分？“列席旁听人员由学校宣传思想和意识形态工作领导小组成员单位主要负责人组成”', answer: '甲' })).reasons, []);
});

test('residue, apparatus lines, adoption notes, one-character blanks and short judges are withheld, with reasons', () => {
  for (const [question, reason] of [
    [q({ prompt: '\\r\\n\\r\\n　　——____影响深远。' }), '残留'],
    [q({ prompt: '关键词:____ 依据 核心 基础' }), '关键词'],
    [q({ prompt: '（2005年11月25日贵州省____会议通过）' }), '题注'],
    [q({ answer: '党' }), '一个字'],
    [q({ type: 'judge', prompt: '三会一课要落实', answer: true }), '太短'],
    [q({ prompt: '尤其后者还承担着对“____”的判断和解释义务。', answer: '暴发、流行' }), '指代词'],
    // tests/fixtures/real/7rdy-laoganbu-huanjie: "this" is the sentence before.
    [q({ type: 'judge', prompt: '这是带头做到“两个维护”的内在要求。', answer: true }), '指代词'],
    [q({ prompt: '“____”的基本内涵包括:“____”的依据是“党章”', answer: '全面从严治党' }), '多处空格'],
    [q({ type: 'single', prompt: '下面这句话出自哪一部分？“列席旁听人员参加完列席旁听工作后”', options: ['其他事项', '工作要求'], answer: '其他事项' }), '完整的一句'],
    [q({ prompt: '新华社北京7月29日电(记者华春雨 黄小希)中央纪委29日对8起违反中央____精神的典型问题发出通报。', answer: '八项规定' }), '电头'],
    [q({ type: 'judge', prompt: '什么是四个意识四个自信两个维护', answer: true, source: { lessonId: 'l', url: '/', quote: '什么是四个意识四个自信两个维护。' } }), '问句'],
    [q({ prompt: '面对这个“____”,我一直在探寻答案。', answer: '强县之问' }), '指代词所指'],
    [q({ prompt: '____四个自信心得体会', answer: '四个意识', source: { lessonId: 'l', url: '/', quote: '四个意识四个自信心得体会' } }), '标题'],
    [q({ prompt: '荣获全国粮食生产先进区、全省“____”先进区等40多项荣誉称号。', answer: '一村一品' }), '荣誉'],
    [q({ type: 'single', prompt: '下面这句话出自哪一部分？“选取了xx个具有代表性的乡镇、街道、社区、企业等基层单位”', options: ['实地访谈', '案例分析'], answer: '实地访谈' }), '占位符'],
    [q({ prompt: '关于“____”,新闻稿是这样表述的:“会议认为', answer: '四个意识' }), '截断'],
    [q({ type: 'judge', prompt: '中央纪委办公厅印发《关于贯彻党的二十大部署要求锲而不舍落实中央七项规定精神深化纠治', answer: false }), '截断'],
    [q({ prompt: '用心用爱用功答好“____”', answer: '强县之问', source: { lessonId: 'l', url: '/', quote: '用心用爱用功答好“强县之问”' } }), '标题'],
  ] as const) {
    const quality = scoreQuestion(question);
    assert.ok(quality.score < PUBLISH_THRESHOLD, question.prompt);
    assert.ok(quality.reasons.some((r) => r.includes(reason)), `${question.prompt}: ${quality.reasons.join('；')}`);
  }
});

test('a prompt that runs to where a cut-off copy breaks, the meeting narrated, a talk naming its own title and a subtitle line are withheld; a prompt before the break is not', () => {
  const cut = { lessonId: 'l', url: '/', quote: '更是因为商洛市坚持发扬“钉钉子”精神,大力弘扬“三苦”精' };
  const broken = scoreQuestion(q({ prompt: '更是因为商洛市坚持发扬“钉钉子”精神,大力弘扬“____”精', answer: '三苦', source: cut }));
  assert.ok(broken.score < PUBLISH_THRESHOLD && broken.reasons.some((r) => r.includes('原文断开处')), JSON.stringify(broken));
  const judged = scoreQuestion(q({ type: 'judge', prompt: cut.quote, answer: true, source: cut }));
  assert.ok(judged.score < PUBLISH_THRESHOLD, JSON.stringify(judged));
  // The same cut copy, asked about a clause well before the break: the prompt is whole.
  assert.deepEqual(scoreQuestion(q({ prompt: '更是因为商洛市坚持发扬“____”精神', answer: '钉钉子', source: cut })).reasons, []);
  // A quotation closed or a colon leading on is no break.
  assert.deepEqual(scoreQuestion(q({ prompt: '任弼时指出:“共产党员的党性,就是无产阶级最高度的____和阶级意识”', answer: '阶级觉悟', source: { lessonId: 'l', url: '/', quote: '任弼时指出:“共产党员的党性,就是无产阶级最高度的阶级觉悟和阶级意识”' } })).reasons, []);
  const occasion = scoreQuestion(q({ type: 'judge', prompt: '刚才又听了润泽同志关于商洛“五个五”党建工作的经验介绍', answer: true, source: { lessonId: 'l', url: '/', quote: '昨天,与会同志进行了全覆盖观摩,刚才又听了润泽同志关于商洛“五个五”党建工作的经验介绍,我很有收获。' } }));
  assert.ok(occasion.score < PUBLISH_THRESHOLD && occasion.reasons.some((r) => r.includes('会议本身')), JSON.stringify(occasion));
  const ownTitle = scoreQuestion(q({ prompt: '我今天讲话的题目是《“____”必须名副其实》', answer: '基层党组织建设提升年', source: { lessonId: 'l', url: '/', quote: '我今天讲话的题目是《“基层党组织建设提升年”必须名副其实》,主要内容是总结前一段时间的情况。' } }));
  assert.ok(ownTitle.score < PUBLISH_THRESHOLD && ownTitle.reasons.some((r) => r.includes('自报的题目')), JSON.stringify(ownTitle));
  const subtitle = { lessonId: 'l', url: '/', quote: '——在全省“四位一体”基层组织建设现场推进会上的讲话' };
  for (const question of [q({ prompt: '——在全省“____”基层组织建设现场推进会上的讲话', answer: '四位一体', source: subtitle }), q({ type: 'judge', prompt: '——在全省“三位一体”基层组织建设现场推进会上的讲话', answer: false, source: subtitle })]) {
    const s = scoreQuestion(question);
    assert.ok(s.score < PUBLISH_THRESHOLD && s.reasons.some((r) => r.includes('副标题')), JSON.stringify(s));
    // A subtitle has no end mark of its own: that is no sign of a cut copy.
    assert.ok(!s.reasons.some((r) => r.includes('断开')), JSON.stringify(s));
  }
});
