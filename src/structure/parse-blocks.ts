import { fromMarkdown } from 'mdast-util-from-markdown';
import { collectBlocks, type FlatDocument } from './collect-blocks.ts';
import { splitChunks } from './split-chunks.ts';

/**
 * Parse a Markdown body once (chunk by chunk, each chunk once) into its flat list of blocks.
 * @param firstLine line of the file on which `body` starts
 */
export function parseBlocks(body: string, firstLine = 1): FlatDocument {
  const flat: FlatDocument = { blocks: [], definitions: [] };
  for (const chunk of splitChunks(body)) {
    collectBlocks(fromMarkdown(chunk.text), chunk.text, chunk.line - 1 + firstLine - 1, flat);
  }
  return flat;
}
