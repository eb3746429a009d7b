/** Schema of a hand-written question in `content/quizzes/*.yaml` (the shape of `quiz.json`). */
import { z } from 'zod';

/** The question types, as in `QuestionType`. */
export const QUESTION_TYPES = ['single', 'multiple', 'cloze', 'judge', 'order', 'match'] as const;

/**
 * Text that YAML may have read as a number (`answer: 20`): taken as the digits written. Quote
 * numbers whose spelling matters (`"1.50"`).
 */
const text = z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().trim().min(1));

/** One question as written in a quiz file; `source.url` may be omitted (derived from `lessonId`). */
export const quizQuestionSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/u),
    type: z.enum(QUESTION_TYPES),
    prompt: z.string().trim().min(1),
    options: z.array(text).optional(),
    answer: z.union([text, z.array(text), z.boolean(), z.record(z.string(), text)]),
    targets: z.array(text).optional(),
    explanation: z.string().trim().min(1),
    themes: z.array(z.string().min(1)).default([]),
    source: z
      .object({
        lessonId: z.string().trim().min(1),
        url: z.string().trim().min(1).optional(),
        quote: z.string().trim().min(1),
      })
      .strict(),
    origin: z.string().optional(),
  })
  .strict();

/** A question as parsed from a quiz file, before `source.url` and `origin` are filled in. */
export type QuizQuestionInput = z.infer<typeof quizQuestionSchema>;

/** A quiz file: a list of questions, or `{ questions: [...] }`. */
export const quizFileSchema = z.union([z.array(z.unknown()), z.object({ questions: z.array(z.unknown()) }).strict()]);
