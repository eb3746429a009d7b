import { fromMarkdown } from 'mdast-util-from-markdown';
import { collectBlocks, type FlatDocument } from './collect-blocks.ts';
import { DEFAULT_CHUNK_CHARS, splitChunks } from './split-chunks.ts';

/**
 * Parse a Markdown body once (chunk by chunk, each chunk once) into its flat list of blocks.
 * @param firstLine line of the file on which `body` starts
 * @param chunkChars smallest chunk worth a parser run of its own (tests make it tiny)
 */
export function parseBlocks(body: string, firstLine = 1, chunkChars = DEFAULT_CHUNK_CHARS): FlatDocument {
  const flat: FlatDocument = { blocks: [], definitions: [] };
  for (const chunk of splitChunks(body, chunkChars)) {
    collectBlocks(fromMarkdown(chunk.text), chunk.text, chunk.line - 1 + firstLine - 1, flat);
  }
  return flat;
}
