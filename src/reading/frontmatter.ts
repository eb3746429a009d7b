/** A Markdown file cut into its YAML frontmatter and its body. */
export interface FrontmatterSplit {
  /** The YAML between the fences, without them. */
  yaml: string;
  /** 1-based line of the file where `yaml` begins (the line after the opening `---`). */
  yamlLine: number;
  /** Everything after the closing fence. */
  body: string;
  /** 1-based line of the file where `body` begins. */
  bodyLine: number;
}

/** Why a file has no usable frontmatter. */
export type FrontmatterError = { error: 'missing' | 'unclosed'; line: number };

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Split `---` fenced YAML frontmatter from a Markdown file. Kept local to the reading stage
 * (rather than shared) so this stage does not depend on another stage's parser.
 * A UTF-8 BOM and CRLF line ends are accepted; line numbers are those of the file.
 */
export function splitFrontmatter(text: string): FrontmatterSplit | FrontmatterError {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!OPEN.test(lines[0] ?? '')) return { error: 'missing', line: 1 };
  for (let i = 1; i < lines.length; i++) {
    if (CLOSE.test(lines[i] as string)) {
      return {
        yaml: lines.slice(1, i).join('\n'),
        yamlLine: 2,
        body: lines.slice(i + 1).join('\n'),
        bodyLine: i + 2,
      };
    }
  }
  return { error: 'unclosed', line: 1 };
}
