import { isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { ContentIssue } from '../shared/types.ts';
import { yamlErrorLine } from '../shared/yaml-errors.ts';
import { lineAt } from './themes.ts';

/** A standard formulation (规范表述): its canonical members, what it means and where it was stated. */
export interface GlossaryEntry {
  name: string;
  aliases: string[];
  /** In canonical order; empty when the members are too long to split (explanation only). */
  members: string[];
  explanation: string;
  /** The document or meeting that stated it, with the year. */
  source: string;
  /** Where the entry is written: the file and line, for messages and the editor review. */
  file: string;
  line?: number;
}

const text = z.string({ error: '必须是文字' }).trim().min(1, '不能为空');

/** One entry of a glossary file: `- name, members[], explanation, source, aliases[]?`. */
export const glossaryEntrySchema = z.strictObject({
  name: text,
  aliases: z.array(text, { error: '必须是列表' }).optional(),
  members: z.array(text, { error: '必须是列表（成员太长时写 []）' }),
  explanation: text,
  source: text,
});

/**
 * Parse and validate a glossary file (the shipped `src/themes/glossary.yaml` or an editor's
 * `content/glossary.yaml`). Every problem is an issue with its line; valid entries are returned.
 */
export function parseGlossaryFile(file: string, source: string): { entries: GlossaryEntry[]; issues: ContentIssue[] } {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return { entries: [], issues: doc.errors.map((error) => ({ file, line: yamlErrorLine(source, error, counter), message: `YAML 语法错误：${error.message.split('\n')[0]}` })) };
  }
  if (doc.contents === null) return { entries: [], issues: [] };
  if (!isSeq(doc.contents)) return { entries: [], issues: [{ file, line: lineAt(doc, counter, []) ?? 1, message: '规范表述文件必须是列表：每项为 - name, members, explanation, source' }] };
  const entries: GlossaryEntry[] = [];
  const issues: ContentIssue[] = [];
  const names = new Map<string, number | undefined>();
  const values = doc.toJS() as unknown[];
  doc.contents.items.forEach((_item, index) => {
    const line = lineAt(doc, counter, [index]);
    const parsed = glossaryEntrySchema.safeParse(values[index]);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        const field = path.map((p) => (typeof p === 'number' ? ` 第 ${p + 1} 项` : p)).join('');
        const at = lineAt(doc, counter, [index, ...path]) ?? line;
        const message =
          issue.code === 'unrecognized_keys'
            ? `未知字段 ${issue.keys.join('、')}（可用：name、aliases、members、explanation、source）`
            : path.length > 0 && !doc.hasIn([index, ...path])
              ? `缺少必填字段 ${field}`
              : path.length === 0
                ? '必须是含 name、members、explanation、source 的条目'
                : `${field}：${issue.message}`;
        issues.push({ file, line: at, message: `规范表述第 ${index + 1} 项：${message}` });
      }
      return;
    }
    const entry = parsed.data;
    for (const name of [entry.name, ...(entry.aliases ?? [])]) {
      if (names.has(name)) issues.push({ file, line, message: `规范表述「${name}」重复（第 ${names.get(name) ?? '?'} 行已有）` });
      else names.set(name, line);
    }
    if (new Set(entry.members).size !== entry.members.length) issues.push({ file, line: lineAt(doc, counter, [index, 'members']) ?? line, message: `规范表述「${entry.name}」的成员重复` });
    entries.push({ name: entry.name, aliases: entry.aliases ?? [], members: entry.members, explanation: entry.explanation, source: entry.source, file, ...(line !== undefined ? { line } : {}) });
  });
  return { entries, issues };
}

/** The shipped glossary with an editor's entries: a same-named entry replaces the shipped one, a new one is added. */
export function mergeGlossaries(shipped: readonly GlossaryEntry[], editor: readonly GlossaryEntry[]): GlossaryEntry[] {
  const names = (e: GlossaryEntry) => [e.name, ...e.aliases];
  const replaced = new Set(editor.flatMap(names));
  return [...shipped.filter((e) => !names(e).some((n) => replaced.has(n))), ...editor];
}
