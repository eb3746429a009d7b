import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatReport, parseShape, runBench, SHAPES, type BenchResult } from '../bench/index.ts';
import { CliError, runCli } from './run-cli.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Parse `--docs 100,1000` into ascending distinct positive integers. */
export function parseDocCounts(value: string): number[] {
  const counts = value.split(',').map((s) => s.trim()).filter((s) => s !== '').map(Number);
  if (counts.length === 0 || counts.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new CliError(`--docs 应为正整数或以逗号分隔的正整数，例如 --docs 100,1000（收到「${value}」）`);
  }
  return [...new Set(counts)].sort((a, b) => a - b);
}

if (import.meta.main) {
  await runCli(async () => {
    const { values } = parseArgs({
      options: {
        docs: { type: 'string', default: '1000' },
        shape: { type: 'string', default: 'default' },
        compare: { type: 'string' },
        'no-search': { type: 'boolean', default: false },
        profile: { type: 'boolean', default: false },
        incremental: { type: 'boolean', default: false },
        // Raw copies to sample from when content/sources/ is empty (a rough conversion, not the importer).
        samples: { type: 'string' },
      },
    });
    if (values.compare !== undefined && values.compare !== 'starlight') throw new CliError(`--compare 只支持 starlight（收到「${values.compare}」）`);
    const shape = parseShape(values.shape);
    if (!shape) throw new CliError(`--shape 应为 ${SHAPES.join('、')} 之一（收到「${values.shape}」）`);
    const results: BenchResult[] = [];
    for (const docs of parseDocCounts(values.docs)) {
      results.push(
        await runBench({
          projectRoot,
          docs,
          shape,
          search: !values['no-search'],
          starlight: values.compare === 'starlight',
          profile: values.profile,
          incremental: values.incremental,
          fallbackSamples: values.samples === undefined ? undefined : resolve(values.samples),
          log: (message) => console.log(message),
        }),
      );
    }
    console.log('');
    console.log(formatReport(results));
  });
}
