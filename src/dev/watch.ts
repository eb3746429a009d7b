import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

/**
 * Watch a folder and everything under it; call `onChange` with the paths changed once no change
 * has come for `quietMs` (an editor's save is often several writes: a temporary file, a rename).
 * Hidden files and folders (an editor's swap files) are left out.
 */
export function watchFolder(dir: string, onChange: (paths: string[]) => void, quietMs = 80): FSWatcher {
  let timer: NodeJS.Timeout | undefined;
  const changed = new Set<string>();
  const watcher = watch(dir, { recursive: true }, (_event, name) => {
    const path = name ? join(dir, name.toString()) : dir;
    if (name && name.toString().split(/[/\\]/).some((part) => part.startsWith('.'))) return;
    changed.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const paths = [...changed].sort();
      changed.clear();
      onChange(paths);
    }, quietMs);
  });
  watcher.on('close', () => clearTimeout(timer));
  return watcher;
}
