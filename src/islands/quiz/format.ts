/** Words the quiz shows for question types and answers. Pure: no DOM, no Node. */
import type { Question, QuestionType } from '../../shared/types.ts';

/** A member's answer, in the same shapes as `Question.answer`. */
export type QuizResponse = Question['answer'];

/** Chinese name of each question type. */
export const TYPE_LABEL: Record<QuestionType, string> = {
  single: '单选题',
  multiple: '多选题',
  cloze: '填空题',
  judge: '判断题',
  order: '排序题',
  match: '配对题',
};

/** How to answer each type, shown under the prompt. */
export const TYPE_HINT: Record<QuestionType, string> = {
  single: '选择一个正确答案。',
  multiple: '选择所有正确答案（可多选）。',
  cloze: '在输入框中填写空格处的内容。',
  judge: '判断这句话是否符合原文。',
  order: '用“上移”“下移”按钮把各项排成原文中的顺序。',
  match: '为左边每一项选择对应的内容。',
};

/** An answer (the right one or the member's) as one line of text. */
export function formatAnswer(type: QuestionType, answer: QuizResponse): string {
  switch (type) {
    case 'judge':
      return answer === true ? '正确' : answer === false ? '错误' : String(answer);
    case 'multiple':
    case 'cloze':
      return Array.isArray(answer) ? answer.join('；') : String(answer);
    case 'order':
      return Array.isArray(answer) ? answer.map((item, i) => `${i + 1}. ${item}`).join(' → ') : String(answer);
    case 'match':
      return typeof answer === 'object' && answer !== null && !Array.isArray(answer)
        ? Object.entries(answer)
            .map(([left, right]) => `${left} — ${right}`)
            .join('；')
        : String(answer);
    default:
      return String(answer);
  }
}

/** A score as “答对 3 / 5 题（60 分）”. */
export function formatScore(right: number, total: number): string {
  const points = total === 0 ? 0 : Math.round((right / total) * 100);
  return `答对 ${right} / ${total} 题（${points} 分）`;
}
