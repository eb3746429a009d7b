import type { Question } from '../shared/types.ts';
import type { Concern } from './context.ts';

/** How worth publishing a generated question is: 1 is clean, below {@link PUBLISH_THRESHOLD} it is withheld. */
export interface Quality {
  score: number;
  /** Why points were taken off, in the editor's words. */
  reasons: string[];
}

export const PUBLISH_THRESHOLD = 0.5;

/** Page or dump residue that must never reach a prompt. */
const RESIDUE = /\\[rnt]|<\/?[a-z][^>]*>|&[a-z]+;|浏览(?:次数|量)?[:：]|点击此处|您的位置|分享到|APP下载/iu;
/** An article's apparatus: its keywords, abstract or journal line. */
const APPARATUS = /^(?:关键词|关键字|摘\s*要|提\s*要|内容提要)[:：]|^\S{2,12}[ \t\u3000]+[12][0-9]{3}年(?:第)?[0-9]{1,2}期/u;
/** A regulation's adoption note or a date line: dates and meeting names, nothing to learn. */
const NOTE = /^[（(][^）)]*(?:通过|批准|发布|公布|印发)/u;

/** A prompt that opens by pointing back (`尤其后者还承担着…`, `这是…的内在要求`): without the sentence before, nothing to answer from. */
const POINTS_BACK = /^(?:尤其|特别是|而|但)?(?:后者|前者|两者|其|该|此|这|它|他们|上述)/u;
/** The quoted sentence of a "which part is this from" question. */
const WHICH_PART = /^下面这句话出自哪一部分？“(.+)”$/u;
/** A whole sentence ends with its punctuation, or is long enough to stand alone. */
const WHOLE_SENTENCE = /[。！？；;!?]$/u;

/** A news dateline or byline (`新华社北京7月29日电(记者…)`): apparatus, not the text to learn. */
const DATELINE = /(?:新华社|本报|中新社|人民网|新华网|央视网)\S{0,10}电|[（(]记者[^）)]*[）)]/u;
/** A question is not a statement to judge (`什么是四个意识`). */
const QUESTION = /[？?]$|^(?:什么是|何为|如何|怎样|为什么|为何)/u;
/** The end of a whole sentence in a source. */
const SENTENCE_END = /[。！？；;!?…][”」]?$/u;
/** Where a quoted sentence may stop without its end mark: a quotation closed, a colon leading into what follows. */
const OPEN_END_OK = /[”」:：]$/u;
/** A subtitle or attribution line (`——在全省…推进会上的讲话`): the occasion, nothing to learn. */
const SUBTITLE = /^[—－]/u;
/** The speaker narrating the meeting itself (`刚才又听了…经验介绍`, `昨天，与会同志…`): the occasion, not the content. */
const OCCASION = /^(?:刚才|刚刚|昨天|前天)/u;
/** The text announcing its own title (`我今天讲话的题目是《…》`): the talk's name, not its content. */
const OWN_TITLE = /(?:题目|标题)(?:是|为)《|题为《/u;
/** A list of honours (`荣获…先进区…等40多项荣誉称号`): awards, not study. */
const HONOURS = /荣获|荣誉称号|被评为|被授予|获评/u;
/** A template's placeholder (`选取了xx个…`). */
const PLACEHOLDER = /(?<![a-z])(?:xx|XX|××|＊＊)(?![a-z])/u;
/** A prompt cut at the start of a quotation (`新闻稿是这样表述的:“会议认为`). */
const CUT_AT_QUOTE = /[:：]“[^”]{0,8}$/u;

/** Whether the prompt leaves a book title open (`《关于贯彻…精神深化纠治`). */
function cutInTitle(prompt: string): boolean {
  return (prompt.match(/《/gu)?.length ?? 0) > (prompt.match(/》/gu)?.length ?? 0);
}

/** Whether the prompt, its blank filled in, ends where its quote ends. */
function reachesEnd(question: Question, quote: string): boolean {
  const filled = typeof question.answer === 'string' ? question.prompt.replace('____', question.answer) : question.prompt;
  return filled.trimEnd().endsWith([...quote].slice(-4).join(''));
}

/** A blank that is only the thing pointed back at (`面对这个“____”,`). */
const BLANK_POINTED_AT = /(?:这个|这一|此)“?____”?[，,。；;]/u;

/**
 * Score a generated question by what a study-group leader would strike on sight, and by the
 * doubts its generator had (`concerns`).
 */
export function scoreQuestion(question: Question, concerns: readonly Concern[] = []): Quality {
  const reasons: string[] = [];
  let score = 1;
  const penalty = (amount: number, reason: string) => {
    score -= amount;
    reasons.push(reason);
  };
  for (const c of concerns) penalty(c.penalty, c.reason);
  const texts = [question.prompt, ...(question.options ?? [])];
  if (texts.some((t) => RESIDUE.test(t))) penalty(1, '题干或选项含网页、导出残留');
  if (APPARATUS.test(question.prompt.trim())) penalty(0.6, '出自论文的关键词、摘要或刊期行');
  if (NOTE.test(question.prompt.trim())) penalty(0.6, '出自题注（通过、批准日期）');
  // A number is the point however short (`预备期为____年`); any other single character is a fragment.
  if (question.type === 'cloze' && typeof question.answer === 'string' && [...question.answer].length < 2 && !/^[0-9一二两三四五六七八九十]$/u.test(question.answer)) penalty(0.6, '填空只有一个字');
  if (question.type === 'judge' && [...question.prompt].length < 12) penalty(0.6, '判断句太短，离开原文无法判断');
  if ((question.type === 'cloze' || question.type === 'judge') && POINTS_BACK.test(question.prompt)) penalty(0.6, '题干以指代词开头，离开上文无法作答');
  if (question.type === 'cloze') {
    const blanks = question.prompt.split('____').length - 1;
    const context = question.prompt.replaceAll('____', '').replace(/[\s“”"：:，,]/gu, '').length;
    if (blanks >= 2 && context < 20) penalty(0.6, '多处空格而余下的字太少，答案不唯一');
  }
  if (DATELINE.test(question.prompt)) penalty(0.6, '题干含新闻电头或记者署名');
  if (HONOURS.test(question.prompt)) penalty(0.6, '出自荣誉、奖项的列举');
  if (texts.some((t) => PLACEHOLDER.test(t))) penalty(0.6, '题干或选项含模板占位符（xx）');
  if (CUT_AT_QUOTE.test(question.prompt) || cutInTitle(question.prompt)) penalty(0.6, '题干截断在引语或书名号中间');
  if (question.type === 'judge' && QUESTION.test(question.prompt)) penalty(0.6, '判断题的题干是一个问句');
  if (question.type === 'cloze' && BLANK_POINTED_AT.test(question.prompt)) penalty(0.6, '空格只是指代词所指，离开上文无法作答');
  const quote = question.source.quote.trim();
  if (question.type === 'cloze' || question.type === 'judge') {
    if (!SENTENCE_END.test(quote) && [...quote].length < 20) penalty(0.6, '出自标题或小标题，不是完整的句子');
    // A copy cut off mid-sentence (`…大力弘扬“三苦”精`): a prompt that runs to the cut asks about a broken text.
    else if (!SENTENCE_END.test(quote) && !OPEN_END_OK.test(quote) && !SUBTITLE.test(quote) && reachesEnd(question, quote)) penalty(0.6, '题干止于原文断开处（原文可能不全）');
    if (SUBTITLE.test(quote)) penalty(0.6, '出自副标题或署名行（会议名称、场合），不是要学的内容');
    if (OWN_TITLE.test(question.prompt)) penalty(0.6, '题干是讲话或文章自报的题目，不是要学的内容');
    if (OCCASION.test(question.prompt)) penalty(0.6, '题干是讲话人对会议本身的叙述（刚才、昨天…），不是要学的内容');
  }
  const part = WHICH_PART.exec(question.prompt);
  if (part && !WHOLE_SENTENCE.test(part[1]!) && [...part[1]!].length < 24) penalty(0.6, '所引不是完整的一句，无法判断出处');
  return { score: Math.max(0, Math.round(score * 100) / 100), reasons };
}
