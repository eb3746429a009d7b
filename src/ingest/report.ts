import type { Encoding } from './decode.ts';
import type { ParagraphMarks } from './line-joins.ts';
import type { ImportMeta, MetaField, MetaOrigin } from './metadata.ts';

/** What the importer changed. */
export type ChangeKind =
  | 'page-number'
  | 'page-footer'
  | 'running-header'
  | 'page-break'
  | 'control-char'
  | 'web-menu'
  | 'web-meta'
  | 'breadcrumb'
  | 'column-label'
  | 'credit'
  | 'related-links'
  | 'repeated-line'
  | 'web-marker'
  | 'site-header'
  | 'site-notice'
  | 'page-summary'
  | 'watermark'
  | 'literal-escape'
  | 'html-tag'
  | 'html-entity'
  | 'line-join'
  | 'indent'
  | 'paragraph-split'
  | 'title'
  | 'heading'
  | 'run-in-heading'
  | 'close-quote'
  | 'escape';

/** What the importer wants a person to look at; it changed nothing there. */
export type FlagKind = 'unclosed-quote' | 'substitution' | 'suspect-gap' | 'line-break' | 'title' | 'date' | 'kind';

/** One change, at its place in the decoded input. */
export interface ImportChange {
  kind: ChangeKind;
  /** 1-based line and column in the input, and the 0-based offset in the decoded text. */
  line: number;
  column: number;
  offset: number;
  /** A short excerpt before and after the change (`⏎` marks a line or paragraph break). */
  before: string;
  after: string;
  /** Furniture only: the exact input text removed at `offset`. */
  removed?: string;
}

/** One thing to review. */
export interface ImportFlag {
  kind: FlagKind;
  line?: number;
  column?: number;
  offset?: number;
  /** The passage concerned. */
  text: string;
  /** Substitutions: the word the copy most likely had. */
  suggestion?: string;
  message: string;
}

/** What importing one file did. */
export interface ImportReport {
  /** The input file name as given. */
  file: string;
  /** The output file name (`<slug>.md`). */
  output: string;
  encoding: Encoding;
  lineEnding: 'LF' | 'CRLF' | 'CR' | 'mixed' | 'none';
  meta: ImportMeta;
  metaFrom: Record<'title' | 'date' | 'kind', MetaOrigin>;
  /** Where in the text each value found there came from (`第 3 行（标题行）`). */
  metaEvidence: Partial<Record<MetaField, string>>;
  stats: { headings: number; paragraphs: number; changes: number; flags: number };
  /** Present when the copy was read as hard-wrapped (lines cut at a fixed width, as copied from a PDF). */
  hardWrap?: { width: number; marks: ParagraphMarks; doubleSpaced: boolean; joins: number };
  changes: ImportChange[];
  flags: ImportFlag[];
}

const CHANGE_LABEL: Record<ChangeKind, string> = {
  'page-number': '删除页码',
  'page-footer': '删除页脚',
  'running-header': '删除页眉页脚',
  'page-break': '删除分页符',
  'control-char': '删除控制字符',
  'web-menu': '删除网页菜单',
  'web-meta': '删除网页信息行',
  breadcrumb: '删除网页导航',
  'column-label': '删除栏目名',
  credit: '删除署名与图片来源',
  'related-links': '删除相关链接',
  'repeated-line': '删除重复的标题行',
  'web-marker': '删除数据库标记',
  'site-header': '删除网站名称行',
  'site-notice': '删除网站说明',
  'page-summary': '删除网页摘要',
  watermark: '删除网站水印',
  'literal-escape': '转义符改为换行',
  'html-tag': '删除 HTML 标签',
  'html-entity': '还原 HTML 实体',
  'line-join': '合并断行',
  indent: '删除行首缩进',
  'paragraph-split': '拆分段落',
  title: '标为文档标题',
  heading: '标为标题',
  'run-in-heading': '拆出段首标题',
  'close-quote': '补全引号',
  escape: '转义 Markdown 符号',
};

const FLAG_LABEL: Record<FlagKind, string> = {
  'unclosed-quote': '引号未闭合',
  substitution: '疑似替换词',
  'suspect-gap': '疑似缺字',
  'line-break': '分段需核对',
  title: '标题需核对',
  date: '日期需核对',
  kind: '类别需核对',
};

const ENCODING_LABEL: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8（带 BOM）',
  gb18030: 'GB18030/GBK',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'utf-16le-nobom': 'UTF-16 LE（无 BOM，按内容识别）',
  'utf-16be-nobom': 'UTF-16 BE（无 BOM，按内容识别）',
};

const MARKS_LABEL: Record<ParagraphMarks, string> = {
  'blank-line': '段落以空行分隔',
  indent: '段落以首行缩进标示',
  'blank-line+indent': '段落以空行和首行缩进标示',
  none: '段落只能按句末标点和行长判断，请核对分段',
};

const ORIGIN_LABEL: Record<MetaOrigin, string> = { text: '取自正文', option: '指定', fallback: '需核对' };

const at = (line?: number, column?: number) => (line === undefined ? '' : `第${line}行第${column ?? 1}列 `);

/** The report as readable Chinese text, one change or flag per line. */
export function formatReport(report: ImportReport): string {
  const out: string[] = [];
  out.push(`${report.file} → ${report.output}（${ENCODING_LABEL[report.encoding]}，换行 ${report.lineEnding}）`);
  const from = (field: 'title' | 'date' | 'kind') => (report.metaFrom[field] === 'text' && report.metaEvidence[field] ? `取自${report.metaEvidence[field]}` : ORIGIN_LABEL[report.metaFrom[field]]);
  out.push(`  标题：${report.meta.title}（${from('title')}）`);
  out.push(`  日期：${report.meta.date}（${from('date')}）`);
  out.push(`  类别：${report.meta.kind}（${from('kind')}）`);
  for (const [field, label] of [['speaker', '作者/讲话人'], ['organization', '机关'], ['origin', '来源']] as const) {
    const evidence = report.metaEvidence[field];
    if (evidence) out.push(`  ${label}：${report.meta[field]}（取自${evidence}）`);
  }
  out.push(`  结构：${report.stats.headings} 个标题，${report.stats.paragraphs} 个段落`);
  if (report.hardWrap) {
    const { width, marks, doubleSpaced, joins } = report.hardWrap;
    out.push(`  断行：每行约 ${width} 字的硬换行（${MARKS_LABEL[marks]}${doubleSpaced ? '，隔行空行' : ''}），合并 ${joins} 处`);
  }
  out.push(`  修改 ${report.changes.length} 处${report.changes.length ? '：' : ''}`);
  // Indents are many and alike: one line for all of them.
  const indents = report.changes.filter((c) => c.kind === 'indent');
  if (indents.length > 0) {
    const lines = indents.map((c) => c.line);
    out.push(`    第${lines[0]}–${lines.at(-1)}行 ${CHANGE_LABEL.indent} ${indents.length} 处`);
  }
  for (const c of report.changes) {
    if (c.kind === 'indent') continue;
    out.push(`    ${at(c.line, c.column)}${CHANGE_LABEL[c.kind]}：「${c.before}」→「${c.after}」`);
  }
  out.push(`  提示 ${report.flags.length} 条${report.flags.length ? '：' : ''}`);
  for (const f of report.flags) out.push(`    ${at(f.line, f.column)}${FLAG_LABEL[f.kind]}：${f.message}`);
  return out.join('\n');
}
