/** The sample corpus as the pipeline sees it: `content/sources/*.md` through the structure stage. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { structureSource } from '../../../src/structure/index.ts';
import type { Doc } from '../../../src/shared/types.ts';

const SOURCES = join(import.meta.dirname, '../../../content/sources');

/** Structure every sample source; a source that fails to structure fails the test. */
export function sampleDocs(): Doc[] {
  const files = readdirSync(SOURCES).filter((f) => f.endsWith('.md')).sort();
  assert.ok(files.length >= 3, 'content/sources holds the imported sample corpus');
  return files.map((f) => {
    const result = structureSource(`content/sources/${f}`, readFileSync(join(SOURCES, f), 'utf8'));
    assert.deepEqual(result.issues, [], f);
    assert.ok(result.doc, f);
    return result.doc;
  });
}

/** The sample doc with this id. */
export function sampleDoc(docs: Doc[], id: string): Doc {
  const doc = docs.find((d) => d.meta.id === id);
  assert.ok(doc, `sample source ${id} missing`);
  return doc;
}
