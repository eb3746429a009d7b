import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chunkShards, planShards, shardTarget } from '../../../src/search/shards.ts';

const docs = (...sizes: number[]) => sizes.map((n, i) => ({ path: `d${i}`, html: 'x'.repeat(n) }));
const sizes = (shards: { html: string }[][]) => shards.map((s) => s.map((d) => d.html.length));

describe('chunkShards', () => {
  // A corpus of sources with 3–9 lessons of 400–2,000 characters each.
  const corpus = (sources: number, seed = 1) => {
    const out: { path: string; html: string; group: string; shardStart?: boolean }[] = [];
    let x = seed;
    const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let s = 0; s < sources; s++) {
      const lessons = 3 + Math.floor(next() * 7);
      for (let l = 0; l < lessons; l++) out.push({ path: `lessons/src-${s}-${l}/index.html`, html: 'x'.repeat(400 + Math.floor(next() * 1600)), group: `src-${s}` });
    }
    return out;
  };
  const TARGET = 50_000;
  const paths = (shards: { path: string }[][]) => shards.map((s) => s.map((d) => d.path).join(' '));

  it('keeps a corpus of at most one target in one bundle', () => {
    assert.deepEqual(sizes(chunkShards(docs(10, 20), 30)), [[10, 20]]);
    assert.deepEqual(chunkShards([], 30), [[]]);
  });

  it('cuts bundles of about the target size at group boundaries, keeping every document in order', () => {
    const input = corpus(400);
    const shards = chunkShards(input, TARGET);
    assert.deepEqual(shards.flat(), input);
    const totals = shards.map((s) => s.reduce((t, d) => t + d.html.length, 0));
    const mean = totals.reduce((a, b) => a + b) / totals.length;
    assert.ok(mean > TARGET * 0.7 && mean < TARGET * 1.4, `mean ${mean}`);
    for (const t of totals.slice(0, -1)) assert.ok(t >= TARGET / 2 && t <= TARGET * 2 + 2000, `${t}`);
    for (const [k, shard] of shards.entries()) if (k > 0) assert.notEqual(shard[0]!.group, shards[k - 1]!.at(-1)!.group, 'a group is never split');
  });

  it('starts a new bundle where a document asks for one', () => {
    const input = [...corpus(100), { path: 'themes/a/index.html', html: 'x'.repeat(500), shardStart: true as const, group: 'site' }, { path: 'themes/b/index.html', html: 'x'.repeat(500), group: 'site' }];
    const shards = chunkShards(input, TARGET);
    assert.deepEqual(shards.at(-1)!.map((d) => d.path), ['themes/a/index.html', 'themes/b/index.html']);
  });

  it('leaves every bundle but the one around an edit, an addition or a removal exactly as it was', () => {
    const input = corpus(400);
    const before = paths(chunkShards(input, TARGET));
    const changed = (after: string[]) => after.filter((p) => !before.includes(p)).length;
    // Edit: a source's lessons grow.
    const edited = input.map((d) => (d.group === 'src-200' ? { ...d, html: `${d.html}${'y'.repeat(300)}` } : d));
    assert.ok(changed(paths(chunkShards(edited, TARGET))) <= 2);
    // Removal and addition of a source.
    assert.ok(changed(paths(chunkShards(input.filter((d) => d.group !== 'src-123'), TARGET))) <= 2);
    const at = input.findIndex((d) => d.group === 'src-300');
    const added = [...input.slice(0, at), { path: 'lessons/new-0/index.html', html: 'x'.repeat(1500), group: 'new' }, ...input.slice(at)];
    assert.ok(changed(paths(chunkShards(added, TARGET))) <= 2);
    assert.ok(before.length > 10);
  });

  it('aims at a quarter of a million characters per bundle, more for very large corpora', () => {
    assert.equal(shardTarget(8_000_000), 250_000);
    assert.equal(shardTarget(80_000_000), 2_000_000);
  });
});

describe('planShards', () => {
  it('keeps everything, in order, in runs of about equal size', () => {
    const input = docs(4, 4, 4, 4, 4, 4);
    const shards = planShards(input, 2);
    assert.deepEqual(sizes(shards), [[4, 4, 4], [4, 4, 4]]);
    assert.deepEqual(shards.flat(), input);
    assert.deepEqual(sizes(planShards(docs(1, 1, 1, 9), 2)), [[1, 1, 1], [9]]);
    assert.deepEqual(sizes(planShards(docs(9, 1, 1, 1), 2)), [[9], [1, 1, 1]]);
  });

  it('leaves no run empty, and never splits a document', () => {
    assert.deepEqual(sizes(planShards(docs(100, 1, 1), 3)), [[100], [1], [1]]);
    assert.deepEqual(sizes(planShards(docs(1, 1, 100), 3)), [[1], [1], [100]]);
    assert.deepEqual(sizes(planShards(docs(5, 5), 4)), [[5], [5]]);
    assert.deepEqual(sizes(planShards(docs(5), 1)), [[5]]);
    assert.deepEqual(planShards([], 2), [[]]);
  });

  it('splits a large corpus into the requested number of runs', () => {
    const input = docs(...Array.from({ length: 1000 }, (_, i) => 100 + ((i * 37) % 50)));
    for (const n of [1, 2, 3, 7]) {
      const shards = planShards(input, n);
      assert.equal(shards.length, n);
      assert.deepEqual(shards.flat(), input);
      const totals = shards.map((s) => s.reduce((t, d) => t + d.html.length, 0));
      const share = totals.reduce((a, b) => a + b) / n;
      for (const t of totals) assert.ok(Math.abs(t - share) < 300, `${t} vs ${share}`);
    }
  });
});
