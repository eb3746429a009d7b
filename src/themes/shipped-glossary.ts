import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseGlossaryFile, type GlossaryEntry } from '../schemas/glossary.ts';

export const SHIPPED_GLOSSARY = fileURLToPath(new URL('./glossary.yaml', import.meta.url));

let cached: GlossaryEntry[] | undefined;

/** The glossary shipped with the project (`src/themes/glossary.yaml`); a broken one is a bug, not an editor's mistake. */
export function shippedGlossary(): GlossaryEntry[] {
  if (cached) return cached;
  const { entries, issues } = parseGlossaryFile('src/themes/glossary.yaml', readFileSync(SHIPPED_GLOSSARY, 'utf8'));
  if (issues.length > 0) throw new Error(issues.map((i) => `${i.file}:${i.line}: ${i.message}`).join('\n'));
  return (cached = entries);
}
