/** The study calendar on /record/ ([data-study-calendar]): month tables and streaks. Browser-only. */
import { h } from '../quiz/dom.ts';
import { activityLevel, monthGrids, streaks } from './calendar.ts';
import { own, type StudyRecord } from './record.ts';

/** Months shown, the current one last. */
const MONTHS = 3;
const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

function describe(day: string, entry: [number, number] | undefined): string {
  const date = `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;
  if (!entry || entry[0] + entry[1] === 0) return `${date}：没有学习`;
  const parts = [entry[0] > 0 ? `读了 ${entry[0]} 课` : '', entry[1] > 0 ? `答了 ${entry[1]} 道题` : ''].filter(Boolean);
  return `${date}：${parts.join('，')}`;
}

/** Paint the calendar of `record` up to `today` (the member's local date) into `el`. */
export function paintCalendar(el: HTMLElement, record: StudyRecord, today: string): void {
  const { current, longest } = streaks(record.days, today);
  const tables = monthGrids(today, MONTHS).map((grid) =>
    h(
      'table',
      { class: 'calendar' },
      h('caption', { text: `${grid.year}年${grid.month}月` }),
      h('thead', {}, h('tr', {}, ...WEEKDAYS.map((d) => h('th', { scope: 'col', abbr: `星期${d}`, text: d })))),
      h(
        'tbody',
        {},
        ...grid.weeks.map((week) =>
          h(
            'tr',
            {},
            ...week.map((day) => {
              if (!day || day > today) return h('td', { class: 'cal-empty' }, day ? h('span', { class: 'cal-future', text: String(Number(day.slice(8))) }) : null);
              const entry = own(record.days, day);
              return h(
                'td',
                { class: `cal-l${activityLevel(entry)}`, 'data-date': day, 'aria-current': day === today ? 'date' : undefined },
                h('span', { 'aria-hidden': 'true', text: String(Number(day.slice(8))) }),
                h('span', { class: 'sr-only', text: describe(day, entry) }),
              );
            }),
          ),
        ),
      ),
    ),
  );
  el.replaceChildren(
    h('p', { class: 'calendar-streak' }, '当前连续学习 ', h('strong', { 'data-streak-current': '', text: String(current) }), ' 天 · 最长连续 ', h('strong', { 'data-streak-longest': '', text: String(longest) }), ' 天'),
    h('div', { class: 'calendar-months' }, ...tables),
    h('p', { class: 'meta' }, '颜色越深，当天学得越多（读完一课约等于答五道题）。按本机日期计算；阅读一课满 30 秒或标记为已学即算读了这一课。'),
  );
}
