import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { processUsing } from '../../../src/bench/process-tree.ts';
import { waitForRemovals } from '../../../src/bench/settle.ts';

/** A process with a path inside `trash` among its arguments, as the build's detached remover has, living `ms`. */
function fakeRemover(trash: string, ms: number) {
  const child = spawn(process.execPath, ['-e', `setTimeout(() => {}, ${ms})`, join(trash, 'site.old-1-2')], { stdio: 'ignore' });
  const ended = new Promise<void>((ok) => child.on('exit', () => ok()));
  return { child, ended };
}

test('a measurement waits while a removal in the trash runs, and not at all when none does', async () => {
  const trash = await mkdtemp(join(tmpdir(), 'xuexi-trash-'));
  try {
    const idle = await waitForRemovals(trash);
    assert.equal(idle.settled, true);
    assert.ok(idle.waitedMs < 500, `waited ${idle.waitedMs} ms with nothing to wait for`);

    const remover = fakeRemover(trash, 800);
    await new Promise((ok) => setTimeout(ok, 100));
    assert.equal(processUsing(trash), true);
    const busy = await waitForRemovals(trash, { pollMs: 20 });
    assert.equal(busy.settled, true);
    assert.ok(busy.waitedMs >= 500, `waited only ${busy.waitedMs} ms for an 800 ms removal`);
    await remover.ended;
    assert.equal(processUsing(trash), false);
  } finally {
    await rm(trash, { recursive: true, force: true });
  }
});

test('a removal that does not end within the limit is reported, not waited for', async () => {
  const trash = await mkdtemp(join(tmpdir(), 'xuexi-trash-'));
  const remover = fakeRemover(trash, 10_000);
  try {
    await new Promise((ok) => setTimeout(ok, 100));
    const late = await waitForRemovals(trash, { timeoutMs: 300, pollMs: 20 });
    assert.equal(late.settled, false);
    assert.ok(late.waitedMs >= 300 && late.waitedMs < 3000, `waited ${late.waitedMs} ms`);
    // Another folder's name that merely starts the same is not a removal of this one.
    assert.equal(processUsing(`${trash}-other`), false);
  } finally {
    remover.child.kill();
    await remover.ended;
    await rm(trash, { recursive: true, force: true });
  }
});
