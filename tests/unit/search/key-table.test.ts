import assert from 'node:assert/strict';
import { it } from 'node:test';
import { KeyTable } from '../../../src/search/key-table.ts';

it('gives each key one dense index, in the order keys came, through growth and clearing', () => {
  const table = new KeyTable(4);
  const keys = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? i : (i + 1) * 0x110000 + (i * 31) % 0x110000));
  keys.forEach((key, i) => assert.equal(table.index(key), i));
  keys.forEach((key, i) => assert.equal(table.index(key), i, 'again'));
  keys.forEach((key, i) => assert.equal(table.find(key), i));
  assert.equal(table.find(123456789), -1);
  assert.deepEqual(table.list, keys);
  table.clear();
  assert.equal(table.find(keys[3]!), -1);
  assert.equal(table.index(keys[3]!), 0);
  assert.equal(table.index(0), 1);
  assert.equal(table.index(2 ** 52 + 1), 2);
});
