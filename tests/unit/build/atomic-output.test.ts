import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { clearDeadWork, createStaging, outputProblem, SITE_SIGNATURE } from '../../../src/build/atomic-output.ts';

const root = await mkdtemp(join(tmpdir(), 'xuexi-atomic-'));
after(() => rm(root, { recursive: true, force: true }));
let n = 0;
const fresh = async () => {
  const dir = join(root, `case-${++n}`);
  await mkdir(dir, { recursive: true });
  return dir;
};

/** The id of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

test('commit swaps the staging folder in; the earlier output and the staging folder are gone', async () => {
  const parent = await fresh();
  const out = join(parent, 'site');
  await mkdir(out);
  await writeFile(join(out, 'old.txt'), 'old');
  const staging = await createStaging(out);
  assert.equal(staging.dir, join(parent, `.site.staging-${process.pid}`));
  await writeFile(join(staging.dir, 'new.txt'), 'new');
  assert.equal(await readFile(join(out, 'old.txt'), 'utf8'), 'old', 'untouched until commit');
  await staging.commit();
  assert.deepEqual(await readdir(out), ['new.txt']);
  assert.deepEqual(await readdir(parent), ['site']);
});

test('commit creates the output when there was none (and its parent folders)', async () => {
  const out = join(await fresh(), 'a', 'b', 'site');
  const staging = await createStaging(out);
  await writeFile(join(staging.dir, 'index.html'), 'x');
  await staging.commit();
  assert.deepEqual(await readdir(out), ['index.html']);
});

test('discard leaves the earlier output exactly as it was', async () => {
  const parent = await fresh();
  const out = join(parent, 'site');
  await mkdir(out);
  await writeFile(join(out, 'old.txt'), 'old');
  const staging = await createStaging(out);
  await writeFile(join(staging.dir, 'half.html'), 'half');
  await staging.discard();
  assert.deepEqual(await readdir(parent), ['site']);
  assert.deepEqual(await readdir(out), ['old.txt']);
});

test('staging folders of dead builds are cleared; those of running builds are not', async () => {
  const parent = await fresh();
  const out = join(parent, 'site');
  const dead = deadPid();
  const live = process.ppid;
  await mkdir(join(parent, `.site.staging-${dead}`));
  await mkdir(join(parent, `.site.staging-${live}`));
  await mkdir(join(parent, `.other.staging-${dead}`));
  const staging = await createStaging(out);
  assert.deepEqual((await readdir(parent)).sort(), [`.other.staging-${dead}`, `.site.staging-${live}`, `.site.staging-${process.pid}`].sort());
  await staging.discard();
});

test('an output folder a dead build had set aside is put back', async () => {
  const parent = await fresh();
  const out = join(parent, 'site');
  const aside = join(parent, `.site.old-${deadPid()}`);
  await mkdir(aside);
  await writeFile(join(aside, 'index.html'), 'earlier');
  const staging = await createStaging(out);
  assert.equal(await readFile(join(out, 'index.html'), 'utf8'), 'earlier');
  assert.equal(existsSync(aside), false);
  await staging.discard();
});

test('clearDeadWork removes work folders of dead processes only', async () => {
  const parent = await fresh();
  const dead = deadPid();
  for (const name of [`build-${dead}`, `build-${process.ppid}`, `build-${process.pid}`, 'build-notes', 'bench']) await mkdir(join(parent, name));
  await clearDeadWork(parent, 'build-');
  assert.deepEqual((await readdir(parent)).sort(), ['bench', `build-${process.pid}`, `build-${process.ppid}`, 'build-notes'].sort());
});

test('outputProblem: what a build may replace', async () => {
  const parent = await fresh();
  const keep = [join(parent, 'project', 'content'), join(parent, 'project')];
  await mkdir(join(parent, 'project', 'content'), { recursive: true });
  assert.equal(await outputProblem(join(parent, 'new'), keep), undefined, 'a folder that does not exist');
  await mkdir(join(parent, 'empty'));
  assert.equal(await outputProblem(join(parent, 'empty'), keep), undefined, 'an empty folder');
  await mkdir(join(parent, 'site', 'data'), { recursive: true });
  await writeFile(join(parent, 'site', SITE_SIGNATURE), '[]');
  assert.equal(await outputProblem(join(parent, 'site'), keep), undefined, 'an earlier build');
  await writeFile(join(parent, 'file.html'), '');
  assert.match((await outputProblem(join(parent, 'file.html'), keep))!, /是一个文件/);
  await mkdir(join(parent, 'docs'));
  await writeFile(join(parent, 'docs', 'a.docx'), '');
  assert.match((await outputProblem(join(parent, 'docs'), keep))!, /不是以前构建的站点/);
  for (const dir of [join(parent, 'project'), join(parent, 'project', 'content'), parent, '/']) {
    assert.match((await outputProblem(dir, keep))!, /不能是内容目录、项目目录或当前目录/, dir);
  }
  assert.equal(await outputProblem(join(parent, 'project', 'dist'), keep), undefined, 'a folder inside the project');
});
