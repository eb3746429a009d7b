import assert from 'node:assert/strict';
import { join } from 'node:path';
import { it } from 'node:test';
import { readContent } from '../../../src/content/read-content.ts';
import { runPipeline } from '../../../src/pipeline/run-pipeline.ts';
import { documentPostings, postingsFromSummaries, summarizeDocument } from '../../../src/search/document-postings.ts';
import { indexDocuments } from '../../../src/search/index-documents.ts';
import { decodeSummaries, encodeSummaries } from '../../../src/search/summary-file.ts';

const ROOT = join(import.meta.dirname, '../../..');

it('keeps document summaries in a file that gives back the same index, and refuses one cut short, edited or from other code', async () => {
  const { files } = await readContent(join(ROOT, 'content'));
  const docs = indexDocuments(runPipeline(files).data!);
  const summaries = docs.flatMap(summarizeDocument);
  const bytes = encodeSummaries(summaries, 'code-a');
  // Read back from an odd offset, as a file read into a shared buffer can be.
  const shifted = new Uint8Array(bytes.length + 3);
  shifted.set(bytes, 3);
  const back = decodeSummaries(shifted.subarray(3), 'code-a');
  assert.ok(back);
  const direct = documentPostings(docs);
  const fromFile = postingsFromSummaries(back);
  assert.deepEqual(fromFile.urls, direct.urls);
  assert.deepEqual(fromFile.index, direct.index);
  assert.equal(decodeSummaries(bytes, 'code-b'), undefined, 'other code');
  assert.equal(decodeSummaries(bytes.subarray(0, bytes.length - 1), 'code-a'), undefined, 'cut short');
  const edited = Buffer.from(bytes);
  edited[edited.length - 1] = edited[edited.length - 1]! ^ 1;
  assert.equal(decodeSummaries(edited, 'code-a'), undefined, 'edited');
  assert.equal(decodeSummaries(Buffer.from('xuexi-summaries 999 00\n'), 'code-a'), undefined, 'other format');
  assert.deepEqual(decodeSummaries(encodeSummaries([], 'c'), 'c'), []);
});
