import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { structureSource } from '../../../src/structure/index.ts';

// Each case folder holds `input.md` and `expected.json` ({ doc, issues }); `UPDATE=1`
// rewrites the expected files from the current output (then review the diff by eye).
const root = join(import.meta.dirname, '../../fixtures/structure');
const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

test('there are structure fixtures', () => {
  assert.ok(cases.length >= 10, `only ${cases.length} fixture cases`);
});

for (const name of cases) {
  test(`fixture: ${name}`, () => {
    const input = readFileSync(join(root, name, 'input.md'), 'utf8');
    // The file name is what the content folder would call it, so the id comes from the case name.
    const actual = structureSource(`content/sources/${name}.md`, input);
    const expectedPath = join(root, name, 'expected.json');
    const json = `${JSON.stringify(actual, null, 2)}\n`;
    if (process.env.UPDATE === '1') {
      writeFileSync(expectedPath, json);
      return;
    }
    assert.ok(existsSync(expectedPath), `${expectedPath} is missing: run with UPDATE=1 and review it`);
    assert.deepEqual(JSON.parse(json), JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
}
