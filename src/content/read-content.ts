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
  /** The editor's additions to the glossary of standard formulations (`glossary.yaml`). */
  glossary?: ContentFile;
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

/**
 * The files of `dir` ending in one of `exts` (hidden files aside), sorted. Anything else found
 * there would be silently ignored, which loses an editor's work without a word: it is reported.
 */
async function listFiles(dir: string, exts: readonly string[], stray: (path: string, message: string) => void, copies = false): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  const wanted = exts.join(' 或 ');
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const name = entry.name;
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (entry.isDirectory()) stray(path, `是目录，不会被读取：这里只读取 ${wanted} 文件，不读子目录`);
    else if (exts.some((ext) => name.endsWith(ext))) out.push(path);
    else if (exts.some((ext) => name.toLowerCase().endsWith(ext))) stray(path, `扩展名要写成小写的 ${wanted}，否则不会被读取`);
    else if (copies && /\.(txt|docx?|wps|rtf|pdf)$/i.test(name)) stray(path, `不是 ${wanted} 文件，不会被读取；原始稿件请先用 npm run import 转换`);
    else stray(path, `不是 ${wanted} 文件，不会被读取；请改名或移出这个目录`);
  }
  return out.sort();
}

/** Read the content folder: `sources/*.md`, `themes.yaml`, `glossary.yaml`, `reading/*.md`, `quizzes/*.yaml`. */
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
  const stray = (path: string, message: string) => issues.push({ file: shown(path), message });
  const sourcePaths = await listFiles(join(dir, 'sources'), ['.md'], stray, true);
  if (sourcePaths.length === 0 && issues.length === 0) issues.push({ file: shown(join(dir, 'sources')), message: '没有找到任何原文（sources/*.md）；可先用 npm run import 导入' });
  const themesPath = join(dir, 'themes.yaml');
  const hasThemes = await stat(themesPath).then(() => true, () => false);
  if (!hasThemes) {
    // `themes.yml` or `Themes.yaml` would otherwise be ignored, and every configured theme with it.
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      if (/^themes\.ya?ml$/i.test(name)) stray(join(dir, name), '专题配置文件要命名为 themes.yaml，否则不会被读取');
    }
  }
  const glossaryPath = join(dir, 'glossary.yaml');
  const hasGlossary = await stat(glossaryPath).then(() => true, () => false);
  if (!hasGlossary) {
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      if (/^glossary\.ya?ml$/i.test(name)) stray(join(dir, name), '规范表述文件要命名为 glossary.yaml，否则不会被读取');
    }
  }
  const files: ContentFiles = {
    sources: await loadAll(sourcePaths),
    themes: hasThemes ? await load(themesPath) : undefined,
    glossary: hasGlossary ? await load(glossaryPath) : undefined,
    reading: await loadAll(await listFiles(join(dir, 'reading'), ['.md'], stray)),
    quizzes: await loadAll(await listFiles(join(dir, 'quizzes'), ['.yaml', '.yml'], stray)),
  };
  return { files, issues };
}
