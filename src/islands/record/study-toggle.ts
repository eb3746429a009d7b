/** 标记为已学 / 已学 ✓ on lesson pages (StudyToggle.astro). Browser-only. */
import { own, setStudied } from './record.ts';
import { loadRecord, onRecordChange, todayInChina, updateRecord } from './storage.ts';

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
    updateRecord((r) => setStudied(r, lesson, on, todayInChina()));
    if (status) status.textContent = on ? '已记入学习记录。' : '已取消“已学”标记。';
  });
  onRecordChange(paint);
  paint();
  root.removeAttribute('data-island-pending');
}
