import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import remarkHtmlAsText from './remark-html-as-text.ts';

const processor = unified()
  .use(remarkParse)
  .use(remarkHtmlAsText)
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(rehypeStringify);

/** Render a month's Markdown introduction to sanitised HTML ('' when the body is blank). */
export function renderIntro(markdown: string): string {
  if (markdown.trim() === '') return '';
  return String(processor.processSync(markdown)).trim();
}
