/**
 * Moving the record between devices on /record/: 导出 as a text code, a QR code and a link to
 * /record/#import=<code>; 导入 from a pasted code or from such a link — always offered, merged
 * or replacing as the member chooses, never silently. Browser-only.
 */
import { siteBase } from '../quiz/bank.ts';
import { h } from '../quiz/dom.ts';
import { decodeRecord, encodeRecord } from './export-code.ts';
import { mergeRecords } from './merge.ts';
import { recordSummary, type StudyRecord } from './record.ts';
import { loadRecord, saveRecord } from './storage.ts';

/** The fragment a QR link carries the code in. */
const IMPORT_HASH = '#import=';

/** The link that opens this site's record page and offers to import `code`. */
export function importLink(code: string): string {
  return `${location.origin}${siteBase()}record/${IMPORT_HASH}${code}`;
}

function describe(record: StudyRecord): string {
  const s = recordSummary(record);
  return `${s.answered} 道题的答题记录、${s.wrong} 道错题、${s.bookmarks} 道收藏、${s.studied} 课已学、${Object.keys(record.review).length} 道题的复习计划`;
}

/** Merge `incoming` into this device's record, or replace it; returns the message to show. */
function apply(incoming: StudyRecord, how: 'merge' | 'replace'): string {
  if (how === 'merge') {
    saveRecord(mergeRecords(loadRecord().record, incoming));
    return `已合并：${describe(incoming)}已加入本机记录。`;
  }
  saveRecord(incoming);
  return `已替换：本机记录现在是导入的 ${describe(incoming)}。`;
}

/** Wire up export, import and the #import= offer. `part` finds `[data-record-NAME]`. */
export function setupTransfer(root: HTMLElement, part: (name: string) => HTMLElement): void {
  setupExport(part);
  const message = part('import-message');
  const show = (text: string, ok: boolean) => {
    message.className = `record-message ${ok ? 'ok' : 'bad'}`;
    message.textContent = text;
  };
  setupImport(part, show);
  void offerFromLink(root, show);
  // A link opened on this very page changes only the fragment: no new page load.
  window.addEventListener('hashchange', () => void offerFromLink(root, show));
}

function setupExport(part: (name: string) => HTMLElement): void {
  const make = part('export');
  const box = part('export-box');
  const textarea = box.querySelector('textarea')!;
  const copy = box.querySelector<HTMLButtonElement>('[data-record-copy]')!;
  const message = box.querySelector<HTMLElement>('[data-record-export-message]')!;
  const qr = box.querySelector<HTMLElement>('[data-export-qr]')!;
  make.addEventListener('click', async () => {
    const code = await encodeRecord(loadRecord().record);
    textarea.value = code;
    box.hidden = false;
    message.className = 'record-message';
    message.textContent = `已生成代码（${code.length} 个字符）。请复制后保存好，在另一台设备的“学习记录”页导入。`;
    textarea.focus();
    textarea.select();
    const link = importLink(code);
    try {
      const { qrSvg } = await import('./export-qr.ts');
      const svg = qrSvg(link, '学习记录二维码：用另一台设备扫描，打开后选择合并或替换');
      qr.replaceChildren(
        ...(svg
          ? [svg, h('figcaption', {}, '用另一台手机的相机或微信扫一扫，打开后选择“合并”或“替换”。也可以把', h('a', { href: link, 'data-export-link': '' }, '这个导入链接'), '发到另一台设备上打开。')]
          : [h('figcaption', { text: '学习记录较多，放不进一个二维码，请复制上面的代码导入。' })]),
      );
    } catch {
      // The QR module could not load (offline before it was ever cached): the text code still works.
      qr.replaceChildren(h('figcaption', { text: '二维码暂时无法显示，请复制上面的代码导入。' }));
    }
    qr.hidden = false;
  });
  copy.addEventListener('click', async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(textarea.value);
      message.className = 'record-message ok';
      message.textContent = '已复制到剪贴板。';
    } catch {
      // No clipboard permission (plain http, some in-app browsers): the code stays selectable.
      textarea.focus();
      textarea.select();
      message.className = 'record-message bad';
      message.textContent = '无法自动复制。代码已选中，请长按或按 Ctrl+C 手动复制。';
    }
  });
}

function setupImport(part: (name: string) => HTMLElement, show: (text: string, ok: boolean) => void): void {
  const form = part('import') as HTMLFormElement;
  const textarea = form.querySelector('textarea')!;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const how = (event.submitter as HTMLButtonElement | null)?.value === 'replace' ? 'replace' : 'merge';
    const result = await decodeRecord(textarea.value);
    if (!result.ok) {
      show(`导入失败：${result.error}本机的学习记录没有改动。`, false);
      textarea.setAttribute('aria-invalid', 'true');
      textarea.focus();
      return;
    }
    textarea.removeAttribute('aria-invalid');
    textarea.value = '';
    show(`导入成功。${apply(result.record, how)}`, true);
  });
}

/** A page opened from a QR code or link: offer the record it carries, then drop it from the address. */
async function offerFromLink(root: HTMLElement, show: (text: string, ok: boolean) => void): Promise<void> {
  if (!location.hash.startsWith(IMPORT_HASH)) return;
  const code = decodeURIComponent(location.hash.slice(IMPORT_HASH.length));
  // The code is not kept in the address bar or the history once read.
  history.replaceState(null, '', location.pathname + location.search);
  const result = await decodeRecord(code);
  const dialog = root.querySelector<HTMLDialogElement>('[data-import-offer]')!;
  if (!result.ok) {
    show(`链接中的学习记录无法导入：${result.error}本机的学习记录没有改动。`, false);
    return;
  }
  dialog.querySelector('[data-import-offer-summary]')!.textContent = `链接中有一份学习记录：${describe(result.record)}。`;
  dialog.addEventListener(
    'close',
    () => {
      const how = dialog.returnValue;
      if (how === 'merge' || how === 'replace') show(`导入成功。${apply(result.record, how)}`, true);
      else show('没有导入链接中的学习记录，本机记录没有改动。', true);
    },
    { once: true },
  );
  dialog.showModal();
}
