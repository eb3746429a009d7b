import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBytes } from '../../../src/ingest/decode.ts';
import { importText, type ImportOptions, type ImportReport, type ImportResult } from '../../../src/ingest/index.ts';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURES = join(ROOT, 'tests/fixtures/ingest');
export const SAMPLES = join(ROOT, 'samples');
/** The date fixtures fall back to when their text has none. */
export const FIXTURE_DATE = '2026-01-01';

/** Names of the fixture cases (folders with an `input.txt`). */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'input.txt'))).sort();
}

/** Import a fixture case with its `options.json`, if any. */
export function importFixture(name: string): { bytes: Uint8Array; result: ImportResult } {
  const dir = join(FIXTURES, name);
  const bytes = new Uint8Array(readFileSync(join(dir, 'input.txt')));
  const optionsPath = join(dir, 'options.json');
  const extra = existsSync(optionsPath) ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as Partial<ImportOptions>) : {};
  return { bytes, result: importText(bytes, { fileName: 'input.txt', fallbackDate: FIXTURE_DATE, ...extra }) };
}

/** Import a sample of the corpus as the manifest says. */
export function importSample(file: string, options: Partial<ImportOptions> = {}): { bytes: Uint8Array; result: ImportResult } {
  const bytes = new Uint8Array(readFileSync(join(SAMPLES, 'corpus', file)));
  return { bytes, result: importText(bytes, { fileName: file, fallbackDate: FIXTURE_DATE, ...options }) };
}

/** The letters and digits of a text, in order. */
export const lettersOf = (text: string): string => (text.match(/[\p{L}\p{N}]/gu) ?? []).join('');

/** The Markdown body, without its frontmatter. */
export function bodyOf(markdown: string): string {
  const m = /^---\n[\s\S]*?\n---\n/.exec(markdown);
  if (!m) throw new Error('no frontmatter');
  return markdown.slice(m[0].length);
}

/** The decoded input with the furniture the report lists removed; checks each listed removal is really there. */
export function inputMinusFurniture(bytes: Uint8Array, report: ImportReport): string {
  const { text } = decodeBytes(bytes);
  const removed = new Uint8Array(text.length);
  for (const change of report.changes) {
    if (change.removed === undefined) continue;
    if (text.slice(change.offset, change.offset + change.removed.length) !== change.removed) {
      throw new Error(`report lists ${JSON.stringify(change.removed)} at ${change.offset}, input has ${JSON.stringify(text.slice(change.offset, change.offset + change.removed.length))}`);
    }
    removed.fill(1, change.offset, change.offset + change.removed.length);
  }
  let kept = '';
  for (let i = 0; i < text.length; i++) if (!removed[i]) kept += text[i];
  return kept;
}
