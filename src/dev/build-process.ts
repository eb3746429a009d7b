/**
 * A build for the dev server, started ahead: it loads the build's modules (Astro among them, most
 * of a second), runs the pipeline once, and then waits for a line on stdin before building, so
 * that a save starts a build already warm. Otherwise it is `npm run build -- --content C --out O`: same output, same
 * `file:line: message` errors on stderr, exit code 1 on failure.
 */
import { parseArgs } from 'node:util';
import { buildSite } from '../cli/build.ts';
import { runCli } from '../cli/run-cli.ts';
import { readContent } from '../content/read-content.ts';
import { runPipeline } from '../pipeline/run-pipeline.ts';
import { STANDBY_READY } from './standby.ts';

await runCli(async () => {
  const { values } = parseArgs({ options: { content: { type: 'string' }, out: { type: 'string' } } });
  if (!values.content || !values.out) throw new Error('usage: build-process.ts --content DIR --out DIR');
  await import('astro');
  // The pipeline once over the content as it is now: its first run in a process pays for loading
  // and compiling its code (0.6 of 1.3 s on the sample), which the build after the save need not.
  try {
    runPipeline((await readContent(values.content)).files);
  } catch {
    // Content the build will report on.
  }
  process.stdout.write(`${STANDBY_READY}\n`);
  // Wait for the go: a line on stdin (or its end, when the dev server went away: then no build).
  const go = await new Promise<boolean>((resolve) => {
    process.stdin.setEncoding('utf8');
    process.stdin.once('data', () => resolve(true));
    process.stdin.once('end', () => resolve(false));
  });
  process.stdin.pause();
  if (!go) return;
  await buildSite({ content: values.content, out: values.out, base: '/', site: 'http://localhost:4321', progress: true });
});
