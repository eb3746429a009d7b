import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

/**
 * The line of the YAML node a validation path points at (`['books', 2, 'reason']`), or of the
 * deepest part of the path that exists: a missing `reason` reports the line of its book.
 * Keys report the line of the key, sequence items the line where the item starts.
 */
export function lineOfPath(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly PropertyKey[],
): number {
  let node: unknown = doc.contents;
  let offset = startOf(node) ?? 0;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => keyName(item.key) === String(step));
      if (!pair) break;
      offset = startOf(pair.key) ?? startOf(pair.value) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      const item: unknown = node.items[step];
      const start = startOf(item);
      if (start === undefined) break;
      offset = start;
      node = item;
    } else {
      break;
    }
  }
  return lineCounter.linePos(offset).line;
}

/** The string form of a map key node (or plain key). */
function keyName(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  return String(key);
}

/** The start offset of a YAML node, if it is one. */
function startOf(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
