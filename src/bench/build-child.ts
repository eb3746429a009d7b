/**
 * Child process of `npm run bench`: runs the real build through `buildSite` and writes its
 * stage times and what it reused as JSON, so the parent can measure the process tree's memory
 * from outside. `--no-cache` builds cold, as a first build does.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildSite } from '../cli/build.ts';
import { runCli } from '../cli/run-cli.ts';

await runCli(async () => {
  const { values } = parseArgs({
    options: { content: { type: 'string' }, out: { type: 'string' }, result: { type: 'string' }, 'no-cache': { type: 'boolean', default: false } },
  });
  if (!values.content || !values.out || !values.result) throw new Error('usage: build-child.ts --content DIR --out DIR --result FILE');
  const start = performance.now();
  const { times, pages, rendered, reuse } = await buildSite({ content: values.content, out: values.out, base: '/', progress: false, cache: !values['no-cache'] });
  const totalMs = performance.now() - start;
  await writeFile(values.result, JSON.stringify({ times, pages, rendered, reuse, totalMs }));
});
