import assert from 'node:assert/strict';
import { it } from 'node:test';
import { PAGE_SIZE, laterPages, pageOf } from '../../../src/site/paging.ts';

it('splits a listing into bounded pages without losing or repeating items', () => {
  const items = Array.from({ length: 45 }, (_, i) => i);
  const pages = [1, 2, 3].map((n) => pageOf(items, 20, n));
  assert.deepEqual(pages.map((p) => p.last), [3, 3, 3]);
  assert.deepEqual(pages.map((p) => p.items.length), [20, 20, 5]);
  assert.deepEqual(pages.flatMap((p) => p.items), items);
});

it('has one (empty) page for an empty listing, and pages no larger than the configured size', () => {
  assert.deepEqual(pageOf([], 20, 1), { items: [], last: 1 });
  for (const size of Object.values(PAGE_SIZE)) assert.ok(size > 0 && size <= 50);
});

it('lists pages 2… of a listing, none for a single page', () => {
  assert.deepEqual(laterPages(0, 20), []);
  assert.deepEqual(laterPages(20, 20), []);
  assert.deepEqual(laterPages(41, 20).map((p) => p.props.page), [2, 3]);
  assert.deepEqual(laterPages(41, 20)[0]!.params, { page: '2' });
});
