/**
 * 学习记录 (/record/): summary, 错题本 with practice, 收藏, studied lessons, per-theme progress,
 * and moving the record between devices as a text code. Browser-only.
 */
import type { Question } from '../../shared/types.ts';
import { loadQuestions, loadThemeTotals, siteHref } from '../quiz/bank.ts';
import { h, partOf } from '../quiz/dom.ts';
import { TYPE_LABEL } from '../quiz/format.ts';
import { runSession } from '../quiz/session.ts';
import { dropWrong, emptyRecord, own, recordSummary, setBookmark, setStudied, themeProgress, type MigrationStatus, type StudyRecord, type ThemeTotals } from './record.ts';
import { dueIds } from '../review/due.ts';
import { paintCalendar } from './calendar-view.ts';
import { setupTransfer } from './transfer.ts';
import { localDay, moment } from './clock.ts';
import { firstLoadStatus, isPersistent, loadRecord, onRecordChange, saveRecord, todayInChina, updateRecord } from './storage.ts';

const STATUS_NOTICE: Partial<Record<MigrationStatus, string>> = {
  reset: '本机保存的学习记录无法读取，已重新开始记录（原内容已另存为备份）。',
  migrated: '已把旧版学习记录升级为新格式。',
  repaired: '学习记录中有少量损坏的条目，已移除，其余记录完好。',
};

/** Questions listed per page of 错题本 and 收藏, and per practice set. */
const PAGE = 20;
const PRACTICE_SET = 10;

const part = (root: HTMLElement, name: string) => partOf(root, 'record', name);

function mount(root: HTMLElement): void {
  const digits = Number(root.dataset.bankDigits ?? '0') || 0;
  const notice = part(root, 'notice');
  const notices = new Set<string>();
  if (!isPersistent()) notices.add('此浏览器不能在本机保存学习记录（可能处于无痕模式），关闭页面后记录会丢失。');
  // Any load may find a damaged record (another tab, a manual edit), not just the first one.
  const note = (status: MigrationStatus) => {
    const text = STATUS_NOTICE[status];
    if (text) notices.add(text);
    notice.textContent = [...notices].join(' ');
    notice.hidden = notices.size === 0;
  };

  const lists = {
    wrong: new QuestionList(part(root, 'wrong'), digits, 'wrong'),
    bookmarks: new QuestionList(part(root, 'bookmarks'), digits, 'bookmarks'),
  };
  let themeTotals: ThemeTotals[] | undefined;
  let themeError = false;

  note(firstLoadStatus());
  const paint = () => {
    const { record, status } = loadRecord();
    note(status);
    paintSummary(part(root, 'summary'), record);
    lists.wrong.show(record.wrong.slice().reverse(), record);
    lists.bookmarks.show(record.bookmarks.slice().reverse(), record);
    paintStudied(part(root, 'studied'), record);
    paintCalendar(part(root, 'calendar'), record, localDay(new Date()));
    paintThemes(part(root, 'themes'), record, themeTotals, themeError);
    paintPracticeButtons(root, record);
  };
  onRecordChange(paint);
  paint();
  loadThemeTotals().then(
    (totals) => {
      themeTotals = totals;
      paint();
    },
    () => {
      themeError = true;
      paint();
    },
  );

  setupPractice(root, digits);
  setupTransfer(root, (name) => part(root, name));
  setupClear(root);
}

function paintSummary(el: HTMLElement, record: StudyRecord): void {
  const s = recordSummary(record);
  const stat = (n: number, label: string) => h('li', {}, h('strong', { text: String(n) }), label);
  const due = dueIds(record, localDay(new Date())).length;
  el.replaceChildren(
    h('li', { 'data-record-due': String(due) }, h('strong', { text: String(due) }), h('a', { href: siteHref('/review/'), text: '道题今天待复习' })),
    stat(s.answered, '道题答过'),
    stat(s.right, '道题最近一次答对'),
    stat(s.wrong, '道错题'),
    stat(s.bookmarks, '道收藏'),
    stat(s.studied, '课已学'),
  );
}

/** 错题本 or 收藏: prompts fetched from the bank a page at a time. */
class QuestionList {
  readonly el: HTMLElement;
  readonly digits: number;
  readonly kind: 'wrong' | 'bookmarks';
  shown = PAGE;
  /** Bumped on every paint so a slow fetch never overwrites a newer list. */
  generation = 0;

  constructor(el: HTMLElement, digits: number, kind: 'wrong' | 'bookmarks') {
    this.el = el;
    this.digits = digits;
    this.kind = kind;
  }

  show(ids: string[], record: StudyRecord): void {
    const generation = ++this.generation;
    if (ids.length === 0) {
      this.el.replaceChildren(h('p', { text: this.kind === 'wrong' ? '错题本是空的。答错的题会自动收进来，答对后移出。' : '还没有收藏的题。答题时点“收藏”即可收进来。' }));
      return;
    }
    const visible = ids.slice(0, this.shown);
    if (!this.el.querySelector('ol')) this.el.replaceChildren(h('p', { class: 'quiz-status', text: '正在加载题目…' }));
    loadQuestions(visible, this.digits).then(
      ({ questions }) => {
        if (generation !== this.generation) return;
        const byId = new Map(questions.map((q) => [q.id, q]));
        const list = h('ol', { class: 'record-list', 'data-testid': `record-${this.kind}` }, ...visible.map((id) => this.item(id, byId.get(id), record)));
        const more = ids.length > visible.length ? h('button', { type: 'button', class: 'button', text: `再显示 ${Math.min(PAGE, ids.length - visible.length)} 道（共 ${ids.length} 道）` }) : null;
        more?.addEventListener('click', () => {
          this.shown += PAGE;
          this.show(ids, loadRecord().record);
        });
        this.el.replaceChildren(h('p', { class: 'meta', text: `共 ${ids.length} 道，最近的在前。` }), list, ...(more ? [more] : []));
      },
      () => {
        if (generation === this.generation) this.el.replaceChildren(h('p', { class: 'quiz-error', text: '题目加载失败，请检查网络后刷新页面。' }));
      },
    );
  }

  item(id: string, question: Question | undefined, record: StudyRecord): HTMLLIElement {
    if (!question) {
      const remove = h('button', { type: 'button', class: 'button', text: this.kind === 'wrong' ? '移出错题本' : '取消收藏' });
      remove.addEventListener('click', () => updateRecord((r) => (this.kind === 'wrong' ? dropWrong(r, id) : setBookmark(r, id, false, moment()))));
      return h('li', { 'data-question-id': id }, h('p', { class: 'meta', text: `这道题（${id}）已不在题库中（内容可能已更新）。` }), remove);
    }
    const entry = own(record.answers, id);
    const stats = entry ? `答过 ${entry.n} 次，答对 ${entry.k} 次` : '还没答过';
    const actions = h('p', { class: 'record-actions' }, h('a', { href: siteHref(question.source.url), text: '查看原文' }));
    if (this.kind === 'bookmarks') {
      const remove = h('button', { type: 'button', class: 'button', text: '取消收藏' });
      remove.addEventListener('click', () => updateRecord((r) => setBookmark(r, id, false, moment())));
      actions.append(remove);
    }
    return h('li', { 'data-question-id': id }, h('p', { class: 'meta', text: `${TYPE_LABEL[question.type]} · ${stats}` }), h('p', { text: question.prompt }), actions);
  }
}

function paintStudied(el: HTMLElement, record: StudyRecord): void {
  const entries = Object.entries(record.studied).sort((a, b) => b[1].d.localeCompare(a[1].d) || a[0].localeCompare(b[0]));
  if (entries.length === 0) {
    el.replaceChildren(h('p', {}, '还没有标记为已学的课。读完一课后，点课文下方的“标记为已学”。'));
    return;
  }
  el.replaceChildren(
    h(
      'ul',
      { class: 'record-list', 'data-testid': 'record-studied' },
      ...entries.map(([id, entry]) => {
        const undo = h('button', { type: 'button', class: 'button', text: '取消已学', 'aria-label': `取消已学：${entry.t}` });
        undo.addEventListener('click', () => updateRecord((r) => setStudied(r, { id, title: entry.t, themes: entry.th ?? [] }, false, todayInChina())));
        return h(
          'li',
          { 'data-lesson-id': id },
          h('a', { href: siteHref(`/lessons/${id}/`), text: entry.t }),
          h('span', { class: 'meta', text: ` · ${entry.d} 标记` }),
          h('p', { class: 'record-actions' }, undo),
        );
      }),
    ),
  );
}

function paintThemes(el: HTMLElement, record: StudyRecord, totals: ThemeTotals[] | undefined, failed: boolean): void {
  if (failed) {
    el.replaceChildren(h('p', { class: 'quiz-error', text: '专题数据加载失败，请检查网络后刷新页面。' }));
    return;
  }
  if (!totals) {
    el.replaceChildren(h('p', { class: 'quiz-status', text: '正在加载专题…' }));
    return;
  }
  const progress = themeProgress(record, totals).filter((p) => p.lessonsStudied + p.questionsAnswered > 0);
  if (progress.length === 0) {
    el.replaceChildren(h('p', { text: '还没有开始任何专题。学完一课或答过专题里的题后，进度会显示在这里。' }));
    return;
  }
  el.replaceChildren(
    h(
      'ul',
      { class: 'record-list', 'data-testid': 'record-themes' },
      ...progress.map((p) => {
        const done = p.lessons + p.questions === 0 ? 0 : Math.round(((p.lessonsStudied + p.questionsRight) / (p.lessons + p.questions)) * 100);
        return h(
          'li',
          { 'data-theme-id': p.id },
          h('a', { href: siteHref(`/themes/${p.id}/`), text: p.name }),
          h('p', { class: 'meta', text: `已学 ${p.lessonsStudied} / ${p.lessons} 课 · 答对 ${p.questionsRight} / ${p.questions} 题（答过 ${p.questionsAnswered} 题）` }),
          h('progress', { class: 'record-progress', max: '100', value: String(done), 'aria-label': `${p.name} 完成度` }, `${done}%`),
          p.questions > 0 ? h('p', { class: 'record-actions' }, h('a', { href: siteHref(`/quiz/themes/${p.id}/`), text: `${p.name} 专项练习` })) : null,
        );
      }),
    ),
  );
}

function paintPracticeButtons(root: HTMLElement, record: StudyRecord): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-practice]')) {
    const kind = button.dataset.practice === 'bookmarks' ? 'bookmarks' : 'wrong';
    const n = record[kind].length;
    button.disabled = n === 0;
    button.textContent = kind === 'wrong' ? `练习错题（${n} 道）` : `练习收藏的题（${n} 道）`;
  }
}

function setupPractice(root: HTMLElement, digits: number): void {
  const area = part(root, 'practice');
  const run = async (kind: 'wrong' | 'bookmarks') => {
    const ids = loadRecord().record[kind].slice(0, PRACTICE_SET);
    area.hidden = false;
    area.replaceChildren(h('p', { class: 'quiz-status', role: 'status', text: '正在加载题目…' }));
    try {
      const { questions } = await loadQuestions(ids, digits);
      const heading = h('h3', { tabindex: '-1', text: kind === 'wrong' ? '错题练习' : '收藏练习' });
      const body = h('div', {});
      area.replaceChildren(heading, body);
      if (questions.length === 0) {
        body.append(h('p', { text: '没有可练习的题目。' }));
      } else {
        runSession({
          container: body,
          questions,
          mode: 'practice',
          idPrefix: `rp-${kind}`,
          retry: kind === 'wrong',
          actions: [
            ...(loadRecord().record[kind].length > 0 ? [{ label: '再练一组', primary: true, run: () => void run(kind) }] : []),
            { label: '结束练习', run: () => close(kind) },
          ],
        });
      }
      heading.focus();
    } catch {
      area.replaceChildren(h('p', { class: 'quiz-error', role: 'alert', text: '题目加载失败，请检查网络后重试。' }));
    }
  };
  const close = (kind: string) => {
    area.hidden = true;
    area.replaceChildren();
    root.querySelector<HTMLElement>(`[data-practice="${kind}"]`)?.focus();
  };
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-practice]')) {
    button.addEventListener('click', () => void run(button.dataset.practice === 'bookmarks' ? 'bookmarks' : 'wrong'));
  }
}

function setupClear(root: HTMLElement): void {
  const button = part(root, 'clear') as HTMLButtonElement;
  const message = part(root, 'clear-message');
  let armed = false;
  button.addEventListener('click', () => {
    if (!armed) {
      armed = true;
      button.textContent = '确认清空';
      message.textContent = '清空后无法恢复。建议先生成导出代码备份；确定要清空，请再点一次“确认清空”。';
      return;
    }
    armed = false;
    saveRecord(emptyRecord());
    button.textContent = '清空本机学习记录';
    message.textContent = '本机学习记录已清空。';
  });
  button.addEventListener('blur', () => {
    if (!armed) return;
    armed = false;
    button.textContent = '清空本机学习记录';
    message.textContent = '';
  });
}

// Last: the class above must be initialised before the page is mounted.
const app = document.querySelector<HTMLElement>('[data-record-app]');
if (app) mount(app);
