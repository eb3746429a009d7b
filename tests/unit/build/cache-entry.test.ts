import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { CACHE_FORMAT, decodeEntry, encodeEntry, readEntry, writeEntry } from '../../../src/build/cache-entry.ts';

const value = { doc: { id: 'a', text: '中文，“引号”\u2028' }, n: [1, 2, 3] };

it('reads back what it wrote', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'xuexi-cache-entry-'));
  try {
    await writeEntry(join(dir, 'sub', 'a.json'), value);
    assert.deepEqual(await readEntry(join(dir, 'sub', 'a.json')), value);
    assert.equal(await readEntry(join(dir, 'missing.json')), undefined);
    // Written whole or not at all: no temporary file is left.
    assert.match(await readFile(join(dir, 'sub', 'a.json'), 'utf8'), new RegExp(`^xuexi-cache ${CACHE_FORMAT} [0-9a-f]{64}\\n`));
    await writeFile(join(dir, 'cut.json'), encodeEntry(value).slice(0, 90));
    assert.equal(await readEntry(join(dir, 'cut.json')), undefined);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

it('refuses an entry cut short, edited, of another format or without a header', () => {
  const text = encodeEntry(value);
  assert.deepEqual(decodeEntry(text), value);
  for (let cut = 1; cut < text.length; cut += 7) assert.equal(decodeEntry(text.slice(0, cut)), undefined, `cut at ${cut}`);
  assert.equal(decodeEntry(text.replace('引号', '引用')), undefined);
  assert.equal(decodeEntry(text.replace(`xuexi-cache ${CACHE_FORMAT} `, `xuexi-cache ${CACHE_FORMAT + 1} `)), undefined);
  assert.equal(decodeEntry(JSON.stringify(value)), undefined);
  assert.equal(decodeEntry(''), undefined);
});
