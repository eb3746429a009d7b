import { z } from 'zod';
import { ImportError } from './errors.ts';
import { isIsoDate } from './metadata.ts';

/** One input of an import manifest, with its per-file overrides. */
export interface ManifestEntry {
  /** Input path, relative to the manifest file. */
  path: string;
  title?: string;
  date?: string;
  kind?: string;
  /** Keep every line break: do not rejoin the lines of a copy read as hard-wrapped. */
  keepLines?: boolean;
}

/** How a set of copies is imported (`samples/import.json`): reproducible, so the output can be checked for drift. */
export interface ImportManifest {
  /** Seconds since 1970; its date is used for documents whose text gives none. */
  SOURCE_DATE_EPOCH?: string;
  /** Output folder, relative to the manifest file. */
  out?: string;
  files: ManifestEntry[];
}

const text = z.string().trim().min(1);
const schema = z.object({
  $comment: z.unknown().optional(),
  SOURCE_DATE_EPOCH: z.union([z.string().regex(/^[0-9]+$/), z.number().int().nonnegative().transform(String)]).optional(),
  out: text.optional(),
  files: z
    .array(
      z.object({
        path: text,
        title: text.optional(),
        date: z.string().refine(isIsoDate, { error: 'date 必须是 YYYY-MM-DD 格式的真实日期' }).optional(),
        kind: text.optional(),
        keepLines: z.boolean().optional(),
        $comment: z.unknown().optional(),
      }).strict(),
    )
    .min(1),
}).strict();

/** Parse an import manifest (JSON); an `ImportError` names the first problem in Chinese. */
export function parseManifest(json: string): ImportManifest {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new ImportError(`清单不是有效的 JSON：${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ImportError(`清单格式错误：${issue.path.join('.') || '（顶层）'}：${issue.message}`);
  }
  const { SOURCE_DATE_EPOCH, out, files } = parsed.data;
  return {
    ...(SOURCE_DATE_EPOCH !== undefined ? { SOURCE_DATE_EPOCH } : {}),
    ...(out !== undefined ? { out } : {}),
    files: files.map(({ path, title, date, kind, keepLines }) => ({
      path,
      ...(title !== undefined ? { title } : {}),
      ...(date !== undefined ? { date } : {}),
      ...(kind !== undefined ? { kind } : {}),
      ...(keepLines !== undefined ? { keepLines } : {}),
    })),
  };
}
