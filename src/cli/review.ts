import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readContent } from '../content/read-content.ts';
import { runPipeline } from '../pipeline/run-pipeline.ts';
import { formatReview, reviewSources } from '../review/editor-review.ts';
import { reviewHtml } from '../review/review-html.ts';
import { ContentErrors, parseOptions, runCli } from './run-cli.ts';

if (import.meta.main) {
  await runCli(async () => {
    const values = parseOptions(process.argv.slice(2), { content: { type: 'string', default: 'content' }, out: { type: 'string', default: 'dist' } });
    const { files, issues } = await readContent(resolve(values.content));
    if (issues.length > 0) throw new ContentErrors(issues);
    const result = runPipeline(files);
    if (!result.data) throw new ContentErrors(result.issues);
    const reviews = reviewSources(result.data);
    console.log(formatReview(reviews));
    // Not /review/: that is the members' spaced-review page.
    const dir = join(resolve(values.out), 'editor-review');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'index.html'), reviewHtml(reviews));
    console.log(`\n审阅页已写入 ${join(values.out, 'editor-review', 'index.html')}（不在站点中链接，也不进入搜索）`);
  });
}
