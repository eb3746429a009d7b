import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { parseManifest, slugForFile } from '../../../src/ingest/index.ts';
import { ROOT, SAMPLES } from './helpers.ts';

test('importing samples/corpus per samples/import.json reproduces content/sources byte for byte', () => {
  const manifest = parseManifest(readFileSync(join(SAMPLES, 'import.json'), 'utf8'));
  assert.ok(manifest.SOURCE_DATE_EPOCH, 'the manifest pins SOURCE_DATE_EPOCH');
  const out = mkdtempSync(join(tmpdir(), 'ingest-drift-'));
  try {
    const run = spawnSync(process.execPath, ['src/cli/import.ts', '--manifest', 'samples/import.json', '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: manifest.SOURCE_DATE_EPOCH },
    });
    assert.equal(run.status, 0, run.stderr);
    const written = readdirSync(out).sort();
    const expected = manifest.files.map((f) => `${slugForFile(basename(f.path))}.md`).sort();
    assert.deepEqual(written, expected);
    for (const name of written) {
      const committed = readFileSync(join(ROOT, 'content/sources', name));
      assert.ok(readFileSync(join(out, name)).equals(committed), `content/sources/${name} drifted: run npm run import -- --manifest samples/import.json`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('samples/corpus holds the corpus copies named in the manifest', () => {
  const manifest = parseManifest(readFileSync(join(SAMPLES, 'import.json'), 'utf8'));
  const files = readdirSync(join(SAMPLES, 'corpus'));
  for (const entry of manifest.files) assert.ok(files.includes(basename(entry.path)), entry.path);
  assert.ok(files.includes('SOURCES.md'));
});
