import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ContentIssue } from '../shared/types.ts';

/** A content file as text, with its path relative to the working directory for messages. */
export interface ContentFile {
  file: string;
  text: string;
}

/** Every file the build reads from a content folder. */
export interface ContentFiles {
  sources: ContentFile[];
  themes?: ContentFile;
  reading: ContentFile[];
  quizzes: ContentFile[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decode a content file as UTF-8 (a BOM is dropped); other encodings are a content issue. */
export function decodeContent(file: string, bytes: Uint8Array): ContentFile | ContentIssue {
  if (bytes.includes(0)) return { file, message: '不是文本文件（含二进制数据）；请提供 UTF-8 编码的文本' };
  try {
    return { file, text: utf8.decode(bytes).replace(/\r\n?/g, '\n') };
  } catch {
    return { file, message: '不是 UTF-8 编码；请另存为 UTF-8，或用 npm run import 转换原始稿件' };
  }
}

async function listFiles(dir: string, ext: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  return names.filter((n) => n.endsWith(ext) && !n.startsWith('.')).sort().map((n) => join(dir, n));
}

/** Read the content folder: `sources/*.md`, `themes.yaml`, `reading/*.md`, `quizzes/*.yaml`. */
export async function readContent(dir: string): Promise<{ files: ContentFiles; issues: ContentIssue[] }> {
  const issues: ContentIssue[] = [];
  const shown = (path: string) => relative(process.cwd(), path) || path;
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) {
    return { files: { sources: [], reading: [], quizzes: [] }, issues: [{ file: shown(dir), message: '内容目录不存在；请用 --content 指定包含 sources/ 的目录' }] };
  }
  const load = async (path: string): Promise<ContentFile | undefined> => {
    const decoded = decodeContent(shown(path), new Uint8Array(await readFile(path)));
    if ('message' in decoded) {
      issues.push(decoded);
      return undefined;
    }
    return decoded;
  };
  const loadAll = async (paths: string[]) => (await Promise.all(paths.map(load))).filter((f) => f !== undefined);
  const sourcePaths = await listFiles(join(dir, 'sources'), '.md');
  if (sourcePaths.length === 0) issues.push({ file: shown(join(dir, 'sources')), message: '没有找到任何原文（sources/*.md）；可先用 npm run import 导入' });
  const themesPath = join(dir, 'themes.yaml');
  const hasThemes = await stat(themesPath).then((s) => s.isFile(), () => false);
  const files: ContentFiles = {
    sources: await loadAll(sourcePaths),
    themes: hasThemes ? await load(themesPath) : undefined,
    reading: await loadAll(await listFiles(join(dir, 'reading'), '.md')),
    quizzes: await loadAll([...(await listFiles(join(dir, 'quizzes'), '.yaml')), ...(await listFiles(join(dir, 'quizzes'), '.yml'))]),
  };
  return { files, issues };
}
