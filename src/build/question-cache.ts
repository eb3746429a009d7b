import { join } from 'node:path';
import type { LessonCandidate, QuestionMemo } from '../quiz/generate.ts';
import { readEntry, writeEntry } from './cache-entry.ts';

/**
 * The questions generated for each lesson in earlier builds (one cache file, by lesson key: see
 * `lessonKey` in src/quiz/generate.ts), under the code digest they were made with: a lesson
 * whose key is unchanged is not generated again.
 */
export class QuestionCache implements QuestionMemo {
  private readonly file: string;
  private readonly code: string;
  private known = new Map<string, LessonCandidate[]>();
  private readonly used = new Map<string, LessonCandidate[]>();
  /** Lessons whose questions were taken from the cache, and generated, in this build. */
  hits = 0;
  misses = 0;

  constructor(dir: string, code: string) {
    this.file = join(dir, 'questions.json');
    this.code = code;
  }

  /** Read the cache file (the pipeline itself is synchronous). */
  async preload(): Promise<void> {
    const stored = await readEntry<{ code: string; lessons: Record<string, LessonCandidate[]> }>(this.file);
    if (stored && stored.code === this.code && typeof stored.lessons === 'object' && stored.lessons !== null) this.known = new Map(Object.entries(stored.lessons));
  }

  get(key: string): LessonCandidate[] | undefined {
    const hit = this.known.get(key);
    if (hit && Array.isArray(hit)) {
      this.hits++;
      return hit;
    }
    this.misses++;
    return undefined;
  }

  set(key: string, candidates: LessonCandidate[]): void {
    this.used.set(key, candidates);
  }

  /** Keep the questions of this build's lessons only. */
  async save(): Promise<void> {
    await writeEntry(this.file, { code: this.code, lessons: Object.fromEntries(this.used) });
  }
}
