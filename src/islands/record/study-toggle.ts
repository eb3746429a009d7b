/**
 * 标记为已学 / 已学 ✓ on lesson pages (StudyToggle.astro), and the study calendar's count of
 * lessons read: a lesson counts as read once it has been open in view for 30 seconds, or marked
 * studied. Browser-only.
 */
import { localDay } from './clock.ts';
import { noteLessonRead, own, setStudied } from './record.ts';
import { loadRecord, onRecordChange, todayInChina, updateRecord } from './storage.ts';

/** Time a lesson must be open and in view to count as read. */
const READ_MS = 30_000;

for (const root of document.querySelectorAll<HTMLElement>('[data-study-toggle]')) {
  const button = root.querySelector('button');
  const status = root.querySelector('[data-study-status]');
  const id = root.dataset.lessonId;
  if (!button || !id) continue;
  const lesson = { id, title: root.dataset.lessonTitle ?? id, themes: (root.dataset.lessonThemes ?? '').split(' ').filter(Boolean) };
  const paint = () => {
    const on = own(loadRecord().record.studied, id) !== undefined;
    button.setAttribute('aria-pressed', String(on));
    button.textContent = on ? '已学 ✓' : '标记为已学';
  };
  button.addEventListener('click', () => {
    const on = button.getAttribute('aria-pressed') !== 'true';
    updateRecord((r) => (on ? noteLessonRead(setStudied(r, lesson, on, todayInChina()), id, localDay(new Date())) : setStudied(r, lesson, on, todayInChina())));
    if (status) status.textContent = on ? '已记入学习记录。' : '已取消“已学”标记。';
  });
  onRecordChange(paint);
  paint();
  countReading(id);
  root.removeAttribute('data-island-pending');
}

function countReading(id: string): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let counted = false;
  const arm = () => {
    clearTimeout(timer);
    if (!counted && document.visibilityState === 'visible') {
      timer = setTimeout(() => {
        counted = true;
        updateRecord((r) => noteLessonRead(r, id, localDay(new Date())));
      }, READ_MS);
    }
  };
  document.addEventListener('visibilitychange', arm);
  arm();
}
