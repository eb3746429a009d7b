/**
 * `npm run import -- [--out DIR] [--json] [--keep-lines] [--title T] [--date YYYY-MM-DD] [--kind K] FILE…`
 * `npm run import -- --manifest samples/import.json`
 *
 * Raw copies → Markdown sources (default `content/sources/`), with a report of every change and
 * everything to review on stdout. Bad input gets one `path: message` line on stderr and exit 1,
 * and then nothing is written: outputs are written (atomically) only when every input succeeded.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fallbackDate } from '../ingest/metadata.ts';
import { formatReport, ImportError, importText, parseManifest, type ImportOptions, type ImportResult } from '../ingest/index.ts';

const USAGE = '用法：npm run import -- [--out 目录] [--json] [--keep-lines] [--title 标题] [--date YYYY-MM-DD] [--kind 类别] 文件… | --manifest 清单.json';
const DEFAULT_OUT = 'content/sources';

/** One file to import: the path to show in messages, the path to read, and its options. */
interface Job {
  shown: string;
  path: string;
  options: Omit<ImportOptions, 'fileName'>;
}

/** A problem with one input, printed as `path: message`. */
class InputError extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(message);
    this.path = path;
  }
}

/** A problem with the command line, printed with the usage. */
class UsageError extends Error {}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

function readError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return '文件不存在';
  if (code === 'EISDIR') return '是目录，不是文件';
  if (code === 'EACCES' || code === 'EPERM') return '没有读取权限';
  return `无法读取：${firstLine(error)}`;
}

async function jobsFrom(argv: string[]): Promise<{ jobs: Job[]; out: string; json: boolean }> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        json: { type: 'boolean' },
        'keep-lines': { type: 'boolean' },
        title: { type: 'string' },
        date: { type: 'string' },
        kind: { type: 'string' },
        manifest: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(`参数错误：${firstLine(error)}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const overrides = {
    ...(values.title !== undefined ? { title: values.title } : {}),
    ...(values.date !== undefined ? { date: values.date } : {}),
    ...(values.kind !== undefined ? { kind: values.kind } : {}),
  };
  if (Object.keys(overrides).length > 0 && (positionals.length !== 1 || values.manifest)) {
    throw new UsageError('--title、--date、--kind 只能用于单个输入文件');
  }
  if (positionals.length === 0 && !values.manifest) throw new UsageError('请指定要导入的文件');

  const jobs: Job[] = [];
  let out = values.out;
  if (values.manifest) {
    const manifestPath = values.manifest;
    let text: string;
    try {
      text = await readFile(manifestPath, 'utf8');
    } catch (error) {
      throw new InputError(manifestPath, readError(error));
    }
    let manifest;
    try {
      manifest = parseManifest(text);
    } catch (error) {
      throw new InputError(manifestPath, firstLine(error));
    }
    const base = dirname(manifestPath);
    // The manifest's epoch makes its outputs reproducible, whatever the environment says.
    const fallback = fallbackDate(manifest.SOURCE_DATE_EPOCH ?? process.env.SOURCE_DATE_EPOCH);
    for (const entry of manifest.files) {
      const { path, ...rest } = entry;
      jobs.push({ shown: join(base, path), path: resolve(base, path), options: { ...rest, fallbackDate: fallback } });
    }
    out ??= manifest.out !== undefined ? join(base, manifest.out) : undefined;
  }
  const fallback = fallbackDate(process.env.SOURCE_DATE_EPOCH);
  // `--keep-lines` is for every input named on the command line (a manifest says it per file).
  const keepLines = values['keep-lines'] ? { keepLines: true } : {};
  for (const file of positionals) jobs.push({ shown: file, path: resolve(file), options: { ...overrides, ...keepLines, fallbackDate: fallback } });
  return { jobs, out: out ?? DEFAULT_OUT, json: values.json ?? false };
}

async function importAll(jobs: Job[]): Promise<{ results: { job: Job; result: ImportResult }[]; failures: InputError[] }> {
  const results: { job: Job; result: ImportResult }[] = [];
  const failures: InputError[] = [];
  for (const [i, job] of jobs.entries()) {
    if (jobs.length > 1) process.stderr.write(`[${i + 1}/${jobs.length}] ${job.shown}…\n`);
    try {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await readFile(job.path));
      } catch (error) {
        throw new InputError(job.shown, readError(error));
      }
      results.push({ job, result: importText(bytes, { fileName: basename(job.path), ...job.options }) });
    } catch (error) {
      if (error instanceof InputError) failures.push(error);
      else if (error instanceof ImportError) failures.push(new InputError(job.shown, error.message));
      else failures.push(new InputError(job.shown, `导入失败：${firstLine(error)}`));
    }
  }
  const seen = new Map<string, string>();
  for (const { job, result } of results) {
    const other = seen.get(result.slug);
    if (other) failures.push(new InputError(job.shown, `输出文件 ${result.slug}.md 与 ${other} 的输出重名；请改名后再导入`));
    else seen.set(result.slug, job.shown);
  }
  return { results, failures };
}

/** Write every output through a temporary file and a rename, so no reader sees half a file. */
async function writeAll(out: string, results: { result: ImportResult }[]): Promise<void> {
  try {
    await mkdir(out, { recursive: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new InputError(out, code === 'EEXIST' || code === 'ENOTDIR' ? '已有同名文件，不是目录；--out 要指定一个目录' : `无法创建输出目录：${firstLine(error)}`);
  }
  const staged: { temp: string; target: string }[] = [];
  try {
    for (const { result } of results) {
      const target = join(out, `${result.slug}.md`);
      const temp = join(out, `.${result.slug}.md.tmp-${process.pid}`);
      await writeFile(temp, result.markdown, 'utf8');
      staged.push({ temp, target });
    }
    for (const { temp, target } of staged) await rename(temp, target);
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw new InputError(out, `无法写入输出：${firstLine(error)}`);
  }
}

async function main(): Promise<void> {
  const { jobs, out, json } = await jobsFrom(process.argv.slice(2));
  const { results, failures } = await importAll(jobs);
  if (failures.length > 0) {
    for (const failure of failures) console.error(`${failure.path}: ${failure.message}`);
    process.exitCode = 1;
    return;
  }
  await writeAll(out, results);
  if (json) console.log(JSON.stringify(results.map(({ result }) => result.report), null, 2));
  else console.log(results.map(({ result }) => formatReport(result.report)).join('\n\n'));
  if (jobs.length > 1) process.stderr.write(`已导入 ${results.length} 个文件到 ${out}\n`);
  const pending = results.filter(({ result }) => result.review.length > 0).length;
  // After the reports, where the editor reads; beside --json's output on stdout it goes to stderr.
  if (pending > 0) (json ? console.error : console.log)(`${pending} 个文件的 frontmatter 留有 review（标题、日期或类别需核对）：改好这些字段后删去 review，才能检查通过和构建`);
}

// Every failure is one readable line: the people running this are editors, not developers.
try {
  await main();
} catch (error) {
  if (error instanceof InputError) console.error(`${error.path}: ${error.message}`);
  else if (error instanceof UsageError) {
    console.error(`import: ${error.message}（${USAGE}）`);
    process.exitCode = 2;
  } else if (error instanceof ImportError) console.error(`import: ${error.message}`);
  else console.error(`import: ${firstLine(error)}`);
  process.exitCode ||= 1;
}
