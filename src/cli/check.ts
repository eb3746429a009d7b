import { resolve } from 'node:path';
import { readContent } from '../content/read-content.ts';
import { runPipeline } from '../pipeline/run-pipeline.ts';
import { ContentErrors, parseOptions, runCli } from './run-cli.ts';

if (import.meta.main) {
  await runCli(async () => {
    const values = parseOptions(process.argv.slice(2), { content: { type: 'string', default: 'content' } });
    const { files, issues } = await readContent(resolve(values.content));
    if (issues.length > 0) throw new ContentErrors(issues);
    const result = runPipeline(files);
    if (!result.data) throw new ContentErrors(result.issues);
    const { docs, lessons, themes, questions, reading } = result.data;
    console.log(`检查通过：${docs.length} 篇原文 · ${lessons.length} 课 · ${themes.length} 个专题 · ${questions.length} 道题 · ${reading.length} 个月书单`);
  });
}
