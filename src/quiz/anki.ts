/**
 * Export questions as an Anki-importable CSV: front, back, tags; with the file headers Anki
 * reads (`#separator:Comma`, `#html:true`, `#tags column:3`). Browser-safe.
 */
import type { Question } from '../shared/types.ts';

const TYPE_LABEL: Record<Question['type'], string> = {
  single: '单选',
  multiple: '多选',
  cloze: '填空',
  judge: '判断',
  order: '排序',
  match: '配对',
};

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Options for `toAnkiCsv`. */
export interface AnkiOptions {
  /** Deck to import into (`#deck:` header); none by default, so Anki asks. */
  deck?: string;
}

/** The questions as an Anki CSV (UTF-8 text, `\n` line ends). */
export function toAnkiCsv(questions: readonly Question[], options: AnkiOptions = {}): string {
  const lines = ['#separator:Comma', '#html:true', '#tags column:3'];
  if (options.deck) lines.push(`#deck:${options.deck.replace(/[\r\n]+/gu, ' ')}`);
  for (const q of questions) lines.push([front(q), back(q), tags(q)].map(csvField).join(','));
  return lines.join('\n') + '\n';
}

/** One CSV field, quoted when it holds a comma, a quote, a line break, `#` first or edge spaces. */
export function csvField(value: string): string {
  return /[",\r\n]|^#|^\s|\s$/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

/** Escape text for an HTML field. */
export function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

const lines = (items: readonly string[]) => items.map(escapeHtml).join('<br>');

function front(q: Question): string {
  const head = `【${TYPE_LABEL[q.type]}】${escapeHtml(q.prompt)}`;
  const options = q.options ?? [];
  switch (q.type) {
    case 'single':
    case 'multiple':
      return `${head}<br>${lines(options.map((o, i) => `${LETTERS[i] ?? '?'}. ${o}`))}`;
    case 'order':
      return `${head}<br>${lines(options.map((o) => `· ${o}`))}`;
    case 'match':
      return `${head}<br>${lines(options.map((o, i) => `${i + 1}. ${o}`))}<br>——<br>${lines((q.targets ?? []).map((t, i) => `${LETTERS[i] ?? '?'}. ${t}`))}`;
    case 'judge':
      return `${head}<br>（判断正误）`;
    case 'cloze':
      return head;
  }
}

function back(q: Question): string {
  const options = q.options ?? [];
  const letter = (o: string) => LETTERS[options.indexOf(o)] ?? '?';
  let answer: string;
  if (q.type === 'single' && typeof q.answer === 'string') answer = escapeHtml(`${letter(q.answer)}. ${q.answer}`);
  else if (q.type === 'multiple' && Array.isArray(q.answer)) answer = lines(q.answer.map((a) => `${letter(a)}. ${a}`));
  else if (q.type === 'order' && Array.isArray(q.answer)) answer = lines(q.answer.map((a, i) => `${i + 1}. ${a}`));
  else if (q.type === 'judge') answer = q.answer === true ? '正确' : '错误';
  else if (typeof q.answer === 'string') answer = escapeHtml(q.answer);
  else if (Array.isArray(q.answer)) answer = lines(q.answer);
  else if (typeof q.answer === 'object') answer = lines(Object.entries(q.answer).map(([l, r]) => `${l} → ${r}`));
  else answer = escapeHtml(String(q.answer));
  return `${answer}<hr>${escapeHtml(q.explanation)}<br><small>原文：${escapeHtml(q.source.quote)}</small>`;
}

function tags(q: Question): string {
  return [`学习园地`, `题型::${TYPE_LABEL[q.type]}`, ...q.themes.map((t) => `主题::${t}`)].map((t) => t.replace(/\s+/gu, '_')).join(' ');
}
