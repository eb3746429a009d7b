import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { FIXTURES, fixtureNames, importFixture } from './helpers.ts';

// Expected files are regenerated with UPDATE=1; review the diff by eye before committing.
const update = process.env.UPDATE === '1';

test('there are fixture cases', () => {
  assert.ok(fixtureNames().length >= 15);
});

for (const name of fixtureNames()) {
  test(`fixture ${name}: Markdown and report`, () => {
    const { result } = importFixture(name);
    const dir = join(FIXTURES, name);
    const report = `${JSON.stringify(result.report, null, 2)}\n`;
    if (update) {
      writeFileSync(join(dir, 'expected.md'), result.markdown);
      writeFileSync(join(dir, 'expected-report.json'), report);
    }
    assert.equal(result.markdown, readFileSync(join(dir, 'expected.md'), 'utf8'));
    assert.equal(report, readFileSync(join(dir, 'expected-report.json'), 'utf8'));
  });
}
