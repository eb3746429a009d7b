import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { ContentIssue } from '../shared/types.ts';

/** An error meant for the person at the terminal: printed as one line, exit code 1. */
export class CliError extends Error {
  override name = 'CliError';
}

/** Content problems, printed as `file:line: message` lines. */
export class ContentErrors extends Error {
  override name = 'ContentErrors';
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    super(`${issues.length} 个内容问题`);
    this.issues = issues;
  }
}

// What the file system says, in words an editor can act on.
const SYSTEM_ERRORS: Record<string, string> = {
  ENOSPC: '磁盘空间不足',
  EDQUOT: '磁盘配额已满',
  EACCES: '没有权限',
  EPERM: '没有权限',
  EROFS: '文件系统只读',
  EMFILE: '同时打开的文件太多',
  ENAMETOOLONG: '路径太长',
  EBUSY: '文件正被占用',
};

/** Format an issue as the `file:line: message` line editors and tools expect. */
export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}${issue.line ? `:${issue.line}` : ''}: ${issue.message}`;
}

/**
 * Run a command's main function. Editors are not developers: every failure becomes
 * one readable line per problem and exit code 1, never a stack trace.
 */
export async function runCli(main: () => Promise<void>): Promise<void> {
  // An error thrown outside the main chain (an event handler, a child process) would otherwise
  // reach Node's default handler and its stack trace.
  const crash = (error: unknown) => {
    report(error);
    process.exit(1);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  try {
    await main();
  } catch (error) {
    report(error);
    process.exitCode = 1;
  }
}

/** Print an error as the person at the terminal should see it. */
function report(error: unknown): void {
  if (error instanceof ContentErrors) {
    for (const issue of error.issues) console.error(formatIssue(issue));
    console.error(`错误：发现 ${error.issues.length} 个问题，未写入任何输出。`);
  } else if (error instanceof CliError) {
    console.error(`错误：${error.message}`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: unknown } | null)?.code;
    const reason = typeof code === 'string' ? SYSTEM_ERRORS[code] : undefined;
    const path = (error as { path?: unknown } | null)?.path;
    if (reason) console.error(`错误：${typeof path === 'string' ? `${path}: ` : ''}${reason}，未写入任何输出。`);
    else console.error(`错误：${message.split('\n')[0]}`);
    if (process.env.XUEXI_DEBUG) console.error(error);
  }
}

/**
 * Parse a command's options (no positional arguments); a mistyped or misused option becomes a
 * CliError in Chinese that names the option and lists the valid ones, not Node's English text.
 */
export function parseOptions<T extends ParseArgsOptionsConfig>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    const known = Object.keys(options).map((name) => `--${name}`).join('、');
    const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CliError(`未知选项 ${quoted}；可用的选项：${known}`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new CliError(`多余的参数「${quoted}」；选项要写成 --名称 值，可用的选项：${known}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = quoted.split(' ')[0] ?? quoted;
      throw new CliError(/argument missing/.test(message) ? `选项 ${name} 缺少取值` : `选项 ${name} 不接受取值`);
    }
    throw new CliError(`参数错误：${message.split('\n')[0]}`);
  }
}
