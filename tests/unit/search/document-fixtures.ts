import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Each case: input.html (a search document) and expected.json (what Pagefind's fragment says
// about it: document-text.test.ts checks documentText against it, document-text-pagefind.test.ts
// checks it against Pagefind itself).
const FIXTURES = join(import.meta.dirname, '../../fixtures/search/document-text');

/** The fixture cases of tests/fixtures/search/document-text, each document read as `<case>/index.html`. */
export function documentFixtures(): { name: string; path: string; html: string; expectedFile: string }[] {
  return readdirSync(FIXTURES)
    .sort()
    .map((name) => ({
      name,
      path: `${name}/index.html`,
      html: readFileSync(join(FIXTURES, name, 'input.html'), 'utf8'),
      expectedFile: join(FIXTURES, name, 'expected.json'),
    }));
}
