import { yamlErrorLine } from '../shared/yaml-errors.ts';
import { isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import type { ContentIssue } from '../shared/types.ts';

/** A member of a configured theme: a name and the other ways the sources write it. */
export interface ThemeMemberConfig {
  name: string;
  aliases: string[];
}

/** A theme as configured in `content/themes.yaml`, normalised (members always objects). */
export interface ThemeConfig {
  /** ASCII slug, the page slug of `/themes/<id>/`. */
  id: string;
  name: string;
  members: ThemeMemberConfig[];
  /** Other names of the theme itself that count as mentions. */
  aliases: string[];
  summary?: string;
  /** Line of the entry in the file. */
  line?: number;
}

const text = z.string({ error: '必须是文字' }).trim().min(1, '不能为空');

const memberSchema = z.union(
  [text, z.strictObject({ name: text, aliases: z.array(text).optional() })],
  { error: '成员必须是文字，或 { name, aliases } 形式' },
);

/** One entry of `content/themes.yaml`: `- id, name, members[], aliases[]?, summary?`. */
export const themeEntrySchema = z.strictObject({
  id: z
    .string({ error: '必须是文字' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '只能由小写字母、数字和短横线组成（如 si-feng）'),
  name: text,
  members: z.array(memberSchema, { error: '必须是列表' }),
  aliases: z.array(text, { error: '必须是列表' }).optional(),
  summary: z.string({ error: '必须是文字' }).trim().optional(),
});

type ThemeEntry = z.infer<typeof themeEntrySchema>;

/** Line of the YAML node at `path` (falling back to its nearest ancestor with a position). */
export function lineAt(doc: Document, counter: LineCounter, path: (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

function normalise(entry: ThemeEntry, line: number | undefined): ThemeConfig {
  const members = entry.members.map((m) => (typeof m === 'string' ? { name: m, aliases: [] } : { name: m.name, aliases: m.aliases ?? [] }));
  const config: ThemeConfig = { id: entry.id, name: entry.name, members, aliases: entry.aliases ?? [] };
  if (entry.summary) config.summary = entry.summary;
  if (line !== undefined) config.line = line;
  return config;
}

/**
 * Parse and validate `content/themes.yaml`. Every problem is reported as an issue with its line
 * (syntax errors, bad fields, duplicate ids, names or members); valid entries are still returned.
 */
export function parseThemesFile(file: string, source: string): { themes: ThemeConfig[]; issues: ContentIssue[] } {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false });
  const issues: ContentIssue[] = [];
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = yamlErrorLine(source, error, counter);
      issues.push({ file, line, message: `YAML 语法错误：${error.message.split('\n')[0]}` });
    }
    return { themes: [], issues };
  }
  if (doc.contents === null) return { themes: [], issues };
  if (!isSeq(doc.contents)) {
    return { themes: [], issues: [{ file, line: lineAt(doc, counter, []) ?? 1, message: '专题文件必须是列表：每项为 - id, name, members' }] };
  }
  const themes: ThemeConfig[] = [];
  const ids = new Map<string, number | undefined>();
  const names = new Map<string, string>();
  const entries = doc.toJS() as unknown[];
  doc.contents.items.forEach((_item, index) => {
    const line = lineAt(doc, counter, [index]);
    const entry = entries[index];
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      issues.push({ file, line, message: `专题第 ${index + 1} 项：必须是含 id、name、members 的条目` });
      return;
    }
    const parsed = themeEntrySchema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        const field = path.map((p) => (typeof p === 'number' ? ` 第 ${p + 1} 项` : p)).join('');
        const at = lineAt(doc, counter, [index, ...path]) ?? line;
        let message: string;
        if (issue.code === 'unrecognized_keys') {
          const allowed = path.includes('members') ? 'name、aliases' : 'id、name、members、aliases、summary';
          message = `${field ? `${field}：` : ''}未知字段 ${issue.keys.join('、')}（可用：${allowed}）`;
        } else if (!doc.hasIn([index, ...path])) message = `缺少必填字段 ${field}`;
        else message = `${field}：${issue.message}`;
        issues.push({ file, line: at, message: `专题第 ${index + 1} 项：${message}` });
      }
      return;
    }
    const config = normalise(parsed.data, line);
    const previous = ids.get(config.id);
    if (ids.has(config.id)) {
      issues.push({ file, line, message: `专题 id「${config.id}」重复（第 ${previous ?? '?'} 行已使用）` });
      return;
    }
    ids.set(config.id, line);
    for (const name of [config.name, ...config.aliases]) {
      const owner = names.get(name);
      if (owner !== undefined && owner !== config.id) issues.push({ file, line, message: `专题名称或别名「${name}」已用于专题「${owner}」` });
      else names.set(name, config.id);
    }
    const seen = new Set<string>();
    for (const m of config.members) {
      for (const name of [m.name, ...m.aliases]) {
        if (seen.has(name)) issues.push({ file, line: lineAt(doc, counter, [index, 'members']) ?? line, message: `专题「${config.id}」的成员「${name}」重复` });
        seen.add(name);
      }
    }
    themes.push(config);
  });
  return { themes, issues };
}
