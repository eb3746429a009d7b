import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { codeHash } from '../../../src/build/code-hash.ts';

it('changes with any file of the code, its name, and the build options; not with other files', async () => {
  const root = await mkdtemp(join(tmpdir(), 'xuexi-code-hash-'));
  try {
    await mkdir(join(root, 'src/a'), { recursive: true });
    await writeFile(join(root, 'src/a/x.ts'), 'export const x = 1;\n');
    await writeFile(join(root, 'package.json'), '{}');
    const inputs = ['src', 'package.json', 'missing.txt'];
    const first = await codeHash(root, ['base /'], inputs);
    assert.equal(await codeHash(root, ['base /'], inputs), first, 'stable');
    assert.notEqual(await codeHash(root, ['base /xuexi/'], inputs), first, 'options');
    await writeFile(join(root, 'notes.md'), 'not code');
    assert.equal(await codeHash(root, ['base /'], inputs), first, 'files outside the inputs');
    await writeFile(join(root, 'src/a/x.ts'), 'export const x = 2;\n');
    const edited = await codeHash(root, ['base /'], inputs);
    assert.notEqual(edited, first, 'an edit');
    await writeFile(join(root, 'src/a/y.ts'), '');
    assert.notEqual(await codeHash(root, ['base /'], inputs), edited, 'a new file, even empty');
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
