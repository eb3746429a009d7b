/**
 * Hand-written questions: `content/quizzes/*.yaml`, a list of questions in the shape of
 * `quiz.json`. Every problem is reported as `file:line: message` with the line of the field at
 * fault (the YAML is parsed with positions).
 */
import { yamlErrorLine } from '../shared/yaml-errors.ts';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import { QUESTION_TYPES, quizQuestionSchema } from '../schemas/quiz.ts';
import type { ContentIssue, Lesson, Question } from '../shared/types.ts';
import { seededDerangedShuffle } from './random.ts';
import { shapeProblems, validateQuestion } from './validate.ts';

/** What a quiz file is checked against. */
export interface QuizKnown {
  /** Ids of every lesson: a question must cite one of them. */
  lessonIds: Set<string>;
  /** The lessons: when given, quotes are checked to be verbatim and to prove the answer. */
  lessons?: readonly Pick<Lesson, 'id' | 'text'>[];
  /** Theme ids: when given, every id in `themes` must be one of them. */
  themeIds?: Set<string>;
}

/** The questions of one quiz file. */
export interface QuizFileResult {
  file: string;
  /** The valid questions (a question with any issue is left out, and reported). */
  questions: Question[];
  issues: ContentIssue[];
  /** Question id → the line its entry starts on. */
  lines: Map<string, number>;
}

const FIELD_NAMES: Record<string, string> = {
  id: 'id',
  type: 'type（题型）',
  prompt: 'prompt（题干）',
  options: 'options（选项）',
  answer: 'answer（答案）',
  targets: 'targets（配对右侧项）',
  explanation: 'explanation（解析）',
  themes: 'themes（主题）',
  source: 'source（出处）',
  'source.lessonId': 'source.lessonId（课程 id）',
  'source.quote': 'source.quote（原文引文）',
  'source.url': 'source.url',
};

/**
 * Where each parsed question was written (file, line), so that duplicate ids found later across
 * files can still be reported as `file:line`. Keyed by the question objects parseQuizFile returns.
 */
const written = new WeakMap<Question, { file: string; line: number }>();

/** Parse and check one quiz file. */
export function parseQuizFile(file: string, text: string, known: QuizKnown): QuizFileResult {
  const result: QuizFileResult = { file, questions: [], issues: [], lines: new Map() };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const issue = (line: number | undefined, message: string) => result.issues.push({ file, line, message });
  if (doc.errors.length > 0) {
    // Later errors are usually consequences of the first one.
    const e = doc.errors[0]!;
    issue(yamlErrorLine(text, e, lineCounter), `YAML 格式错误：${e.message.split('\n')[0]}`);
    return result;
  }
  const lineOf = (node: Node | null | undefined, fallback = 1) =>
    node?.range ? lineCounter.linePos(node.range[0]).line : fallback;

  let list: Node | null = doc.contents as Node | null;
  if (isMap(list)) list = (list.get('questions', true) as Node | undefined) ?? null;
  if (list === null && text.trim() === '') return result;
  if (!isSeq(list)) {
    issue(lineOf(doc.contents as Node | null), '测验文件应是题目列表（每题以“- id: …”开头）');
    return result;
  }

  const texts = known.lessons && new Map(known.lessons.map((l) => [l.id, l.text]));
  const firstLine = new Map<string, number>();
  list.items.forEach((item, index) => {
    const node = item as Node;
    const line = lineOf(node);
    const at = (path: readonly PropertyKey[]) => lineOfPath(node, path, lineOf) ?? line;
    if (!isMap(node)) {
      issue(line, `第 ${index + 1} 题应是一个键值对象`);
      return;
    }
    const raw: unknown = node.toJSON();
    const parsed = quizQuestionSchema.safeParse(raw, { reportInput: true });
    const before = result.issues.length;
    if (!parsed.success) {
      for (const zi of parsed.error.issues) issue(at(zi.path), zodMessage(zi));
    }
    const rawId = isMapLike(raw) && typeof raw.id === 'string' ? raw.id : undefined;
    if (rawId !== undefined) {
      const seen = firstLine.get(rawId);
      if (seen !== undefined) issue(at(['id']), `题目 id“${rawId}”重复（第 ${seen} 行已使用）`);
      else firstLine.set(rawId, line);
    }
    if (!parsed.success) return;
    const input = parsed.data;
    if (!known.lessonIds.has(input.source.lessonId)) {
      issue(at(['source', 'lessonId']), `未知的课程 lessonId“${input.source.lessonId}”`);
    }
    if (known.themeIds) {
      input.themes.forEach((id, i) => {
        if (!known.themeIds!.has(id)) issue(at(['themes', i]), `未知的主题“${id}”`);
      });
    }
    const question = toQuestion(input, file);
    for (const problem of shapeProblems(question)) issue(at(problemPath(problem)), problem);
    const lessonText = texts?.get(input.source.lessonId);
    if (result.issues.length === before && lessonText !== undefined) {
      for (const problem of validateQuestion(question, lessonText)) issue(at(['source', 'quote']), problem);
    }
    if (result.issues.length === before) {
      result.questions.push(question);
      result.lines.set(question.id, line);
      written.set(question, { file, line });
    }
  });
  return result;
}

/** Fill in what a quiz file may leave out: `source.url`, match targets, order options, `origin`. */
function toQuestion(input: QuizQuestionInput, file: string): Question {
  let options = input.options;
  let targets = input.targets;
  const answer = input.answer;
  if (input.type === 'order' && !options && Array.isArray(answer)) options = seededDerangedShuffle(answer, input.id);
  if (input.type === 'match' && isMapLike(answer)) {
    options ??= Object.keys(answer);
    targets ??= seededDerangedShuffle(Object.values(answer) as string[], input.id);
  }
  const q: Question = {
    id: input.id,
    type: input.type,
    prompt: input.prompt,
    ...(options ? { options } : {}),
    answer,
    ...(targets ? { targets } : {}),
    explanation: input.explanation,
    themes: input.themes,
    source: {
      lessonId: input.source.lessonId,
      url: input.source.url ?? `/lessons/${input.source.lessonId}/`,
      quote: input.source.quote,
    },
    origin: input.origin ?? file,
  };
  return q;
}

type QuizQuestionInput = z.infer<typeof quizQuestionSchema>;

/**
 * Duplicate ids among questions from several quiz files (and, if passed, generated questions):
 * one `file:line` issue per repeat, naming where the id was first used.
 */
export function findDuplicateIds(questions: readonly Question[]): ContentIssue[] {
  const first = new Map<string, string>();
  const issues: ContentIssue[] = [];
  for (const q of questions) {
    const at = written.get(q);
    const file = at?.file ?? q.origin ?? 'generated';
    const where = at ? `${at.file}:${at.line}` : file;
    const seen = first.get(q.id);
    if (seen === undefined) first.set(q.id, where);
    else issues.push({ file, ...(at ? { line: at.line } : {}), message: `题目 id“${q.id}”重复（已在 ${seen} 使用）` });
  }
  return issues;
}

/** Format an issue as `file:line: message`. */
export function formatIssue(issue: ContentIssue): string {
  return issue.line === undefined ? `${issue.file}: ${issue.message}` : `${issue.file}:${issue.line}: ${issue.message}`;
}

function isMapLike(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The line of the key (or item) at `path` under `node`, as deep as it exists. */
function lineOfPath(node: Node, path: readonly PropertyKey[], lineOf: (n: Node | null | undefined) => number): number | undefined {
  let current: Node | null | undefined = node;
  let line: number | undefined;
  for (const step of path) {
    if (isMap(current)) {
      const pair = current.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === step);
      if (!pair) break;
      line = lineOf(pair.key as Node);
      current = pair.value as Node | null;
    } else if (isSeq(current) && typeof step === 'number') {
      const item = current.items[step] as Node | undefined;
      if (!item) break;
      line = lineOf(item);
      current = item;
    } else break;
  }
  return line;
}

/** Which field a shape problem is about, to point at its line. */
function problemPath(problem: string): string[] {
  if (problem.includes('targets') || problem.includes('右侧')) return ['targets'];
  if (problem.includes('选项') && !problem.includes('答案')) return ['options'];
  if (problem.includes('题干')) return ['prompt'];
  return ['answer'];
}

/** A Chinese message for a zod issue. */
function zodMessage(issue: z.core.$ZodIssue): string {
  const key = issue.path.filter((p) => typeof p === 'string').join('.');
  const field = FIELD_NAMES[key] ?? (key || '题目');
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `缺少 ${field}`;
      return `${field} 的类型不对（应为 ${typeName(issue.expected)}）`;
    case 'invalid_value':
      if (key === 'type') return `未知题型“${String(issue.input)}”，应为 ${QUESTION_TYPES.join('、')} 之一`;
      return `${field} 的取值不对`;
    case 'too_small':
      return `${field} 不能为空`;
    case 'invalid_format':
      return key === 'id' ? 'id 只能由字母、数字、- 和 _ 组成' : `${field} 的格式不对`;
    case 'unrecognized_keys':
      return `未知字段 ${issue.keys.join('、')}`;
    case 'invalid_union':
      if (issue.input === undefined) return `缺少 ${field}`;
      return key === 'answer' ? 'answer（答案）应为文字、文字列表、true/false 或“左: 右”对照' : `${field} 的格式不对`;
    default:
      return `${field}：${issue.message}`;
  }
}

function typeName(expected: string): string {
  return ({ string: '文字', array: '列表', object: '键值对象', boolean: 'true/false', number: '数字' } as Record<string, string>)[expected] ?? expected;
}
