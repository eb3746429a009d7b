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

/** Format an issue as the `file:line: message` line editors and tools expect. */
export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}${issue.line ? `:${issue.line}` : ''}: ${issue.message}`;
}

/**
 * Run a command's main function. Editors are not developers: every failure becomes
 * one readable line per problem and exit code 1, never a stack trace.
 */
export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof ContentErrors) {
      for (const issue of error.issues) console.error(formatIssue(issue));
      console.error(`错误：发现 ${error.issues.length} 个问题，未写入任何输出。`);
    } else if (error instanceof CliError) {
      console.error(`错误：${error.message}`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`错误：${message.split('\n')[0]}`);
      if (process.env.XUEXI_DEBUG) console.error(error);
    }
    process.exitCode = 1;
  }
}
