/** Question ids (build only: uses node:crypto). */
import { createHash } from 'node:crypto';
import type { QuestionType } from '../shared/types.ts';

/**
 * `q-` + 12 hex of the SHA-1 of the question's type, its content key and the quoted lesson
 * passage. Nothing from other sources (distractor pools, lesson numbering) goes in, so an id
 * survives other sources being added or edited.
 */
export function questionId(type: QuestionType, key: string, quote: string): string {
  return 'q-' + createHash('sha1').update(`${type}\u0000${key}\u0000${quote}`).digest('hex').slice(0, 12);
}
