import { test } from 'node:test';
import assert from 'node:assert/strict';
import { todayInChina } from '../../../../src/islands/record/storage.ts';

test('the daily date is Beijing\'s, whatever the device\'s time zone', () => {
  assert.equal(todayInChina(new Date('2024-05-01T15:59:59Z')), '2024-05-01');
  assert.equal(todayInChina(new Date('2024-05-01T16:00:00Z')), '2024-05-02');
  assert.equal(todayInChina(new Date('2024-12-31T23:00:00-05:00')), '2025-01-01');
});
