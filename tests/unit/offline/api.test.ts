import assert from 'node:assert/strict';
import { it } from 'node:test';
import * as offline from '../../../src/offline/index.ts';

// Pins the public API: the build CLI calls writeOffline; pages and the worker share the rest.
it('exposes the offline API', () => {
  assert.deepEqual(Object.keys(offline).sort(), ['CACHES', 'OFFLINE_SUMMARY', 'cacheKindOf', 'choosePrecache', 'iconFiles', 'prehashSite', 'prepareServiceWorker', 'urlOfPath', 'writeOffline']);
});
