/** The header's 复习 link shows how many questions are due today. Browser-only, on every page. */
import { h } from '../quiz/dom.ts';
import { localDay } from '../record/clock.ts';
import { loadRecord, onRecordChange } from '../record/storage.ts';
import { dueIds } from './due.ts';

const badges = document.querySelectorAll<HTMLElement>('[data-review-badge]');
const paint = () => {
  const n = dueIds(loadRecord().record, localDay(new Date())).length;
  for (const badge of badges) {
    // Out of the flow (see global.css): showing it moves nothing.
    badge.replaceChildren(h('span', { 'aria-hidden': 'true', text: n > 99 ? '99+' : String(n) }), h('span', { class: 'sr-only', text: `（今天有 ${n} 道题待复习）` }));
    badge.hidden = n === 0;
  }
};
if (badges.length > 0) {
  onRecordChange(paint);
  paint();
}
