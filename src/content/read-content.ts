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
  // UTF-16 is what Windows Notepad calls "Unicode": say so rather than "binary".
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { file, line: 1, message: '是 UTF-16 编码；请另存为 UTF-8（原始稿件可用 npm run import 转换）' };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { file, line: lineAt(bytes, nul), message: '不是文本文件（含二进制数据）；请提供 UTF-8 编码的文本' };
  try {
    return { file, text: utf8.decode(bytes).replace(/\r\n?/g, '\n') };
  } catch {
    return { file, line: lineAt(bytes, firstInvalidUtf8(bytes)), message: '不是 UTF-8 编码（可能是 GBK/GB18030）；请另存为 UTF-8（原始稿件可用 npm run import 转换）' };
  }
}

/** 1-based line of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    // Check the whole sequence with the decoder: it knows the overlong and surrogate rules.
    if (need > 0) {
      try {
        utf8.decode(bytes.subarray(i, i + need + 1));
      } catch {
        return i;
      }
    }
    i += need + 1;
  }
  return 0;
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
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch (error) {
      // A folder named `x.md`, a file without read permission, a dangling link.
      const code = (error as { code?: string }).code;
      const why = code === 'EISDIR' ? '是目录，不是文件' : code === 'EACCES' || code === 'EPERM' ? '没有读取权限' : code === 'ENOENT' ? '文件不存在（可能是失效的链接）' : '无法读取';
      issues.push({ file: shown(path), message: why });
      return undefined;
    }
    const decoded = decodeContent(shown(path), bytes);
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
