/** Load and (with `UPDATE=1`) regenerate `input.json` / `expected.json` fixture folders. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The case folders of a fixture directory that hold an `input.json`. */
export function fixtureCases(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'input.json')))
    .map((e) => e.name)
    .sort();
}

/** Read a JSON file. */
export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** The expected output of a case: rewritten from `actual` when `UPDATE=1`, else read from disk. */
export function expected<T>(path: string, actual: T): T {
  if (process.env.UPDATE === '1' || !existsSync(path)) {
    if (process.env.UPDATE !== '1') throw new Error(`${path} is missing: run the tests with UPDATE=1 and review it`);
    writeFileSync(path, JSON.stringify(actual, null, 2) + '\n');
  }
  return readJson<T>(path);
}
