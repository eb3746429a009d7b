import type { CorpusFile } from './corpus.ts';

/** The sentence the incremental measurement adds. */
export const EDIT_SENTENCE = '编辑补充：各级党组织要抓好贯彻落实。';

/**
 * The edit an editor makes between two builds: one sentence added at the end of the first body
 * paragraph of the middle source. Deterministic, so every run measures the same change.
 */
export function editOneSource(corpus: readonly CorpusFile[]): CorpusFile {
  const file = corpus[Math.floor(corpus.length / 2)]!;
  const lines = file.text.split('\n');
  const bodyStart = lines.indexOf('---', 1) + 1;
  const at = lines.findIndex((line, i) => i > bodyStart && line.trim() !== '' && !line.startsWith('#'));
  if (at < 0) return { file: file.file, text: `${file.text}\n\n${EDIT_SENTENCE}\n` };
  lines[at] = `${lines[at]}${EDIT_SENTENCE}`;
  return { file: file.file, text: lines.join('\n') };
}
