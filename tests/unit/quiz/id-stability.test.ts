/** Question ids depend only on the question and its own source: adding unrelated real texts changes none of the sample's. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { realSources, runCorpus, sampleSources } from '../../support/real-corpus.ts';

const real = realSources();
for (const glossary of [true, false]) {
  test(`every sample question keeps its id and content when ${real.length} real texts join the site (glossary ${glossary ? 'on' : 'off'})`, () => {
    const alone = runCorpus(sampleSources(), { sampleThemes: true, glossary });
    const mixed = runCorpus([...sampleSources(), ...real], { sampleThemes: true, glossary });
    assert.ok(alone.questions.length >= 100, `${alone.questions.length} sample questions`);
    const byId = new Map(mixed.questions.map((q) => [q.id, q]));
    const lost = alone.questions.filter((q) => !byId.has(q.id)).map((q) => `${q.id} ${q.prompt}`);
    assert.deepEqual(lost, []);
    // Same id, same question: the prompt, answer and quote, not just the hash.
    for (const q of alone.questions) {
      const other = byId.get(q.id)!;
      assert.deepEqual([other.prompt, other.answer, other.source], [q.prompt, q.answer, q.source], q.id);
    }
    // And the real texts add questions of their own, so the comparison is not vacuous.
    assert.ok(mixed.questions.length > alone.questions.length + 30, `${mixed.questions.length} with the real texts`);
  });
}
