import assert from 'node:assert/strict';
import { test } from 'node:test';

// Other stages and the build CLI import these names; changing them is a breaking change.
test('public API of src/structure', async () => {
  const api = await import('../../../src/structure/index.ts');
  assert.deepEqual(Object.keys(api).sort(), ['CLOSING_ADDRESS', 'PARAGRAPH_LIMIT', 'findPoints', 'leadClause', 'sourceId', 'structureSource']);
});

test('public API of the shared Markdown helpers', async () => {
  const frontmatter = await import('../../../src/shared/frontmatter.ts');
  assert.deepEqual(Object.keys(frontmatter).sort(), ['parseFrontmatter']);
  const html = await import('../../../src/shared/markdown-html.ts');
  assert.deepEqual(Object.keys(html).sort(), ['escapeHtml', 'hastText', 'plainText', 'renderSafe', 'toSafeHast', 'toSafeHtml']);
  const schema = await import('../../../src/schemas/source.ts');
  assert.deepEqual(Object.keys(schema).sort(), ['SLUG_PATTERN', 'isIsoDate', 'sourceFrontmatterSchema', 'validateSourceFrontmatter']);
});
