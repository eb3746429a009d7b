/**
 * The 离线学习 control in the footer: shows how big the whole site is, downloads it (pages,
 * search runtime and index) into the service worker's caches with a progress bar, and says when
 * the saved copy is older than the site.
 */
import type { OfflineSummary } from '../../offline/cache-names.ts';
import { download, formatBytes, loadFileList, loadSummary, planDownload, pruneCaches, removeDownload } from './download.ts';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const SAVED = 'xuexi-offline';

interface Saved {
  version: string;
  total: number;
}

function readSaved(): Saved | null {
  try {
    return JSON.parse(localStorage.getItem(SAVED) ?? 'null') as Saved | null;
  } catch {
    return null;
  }
}

function setup(root: HTMLElement): void {
  const toggle = root.querySelector<HTMLButtonElement>('[data-offline-toggle]')!;
  const panel = root.querySelector<HTMLElement>('[data-offline-panel]')!;
  const summaryText = root.querySelector<HTMLElement>('[data-offline-summary]')!;
  const statusText = root.querySelector<HTMLElement>('[data-offline-status]')!;
  const bar = root.querySelector<HTMLProgressElement>('[data-offline-progress]')!;
  const start = root.querySelector<HTMLButtonElement>('[data-offline-download]')!;
  const cancel = root.querySelector<HTMLButtonElement>('[data-offline-cancel]')!;
  const remove = root.querySelector<HTMLButtonElement>('[data-offline-remove]')!;
  const supported = 'serviceWorker' in navigator && 'caches' in window && window.isSecureContext;
  let controller: AbortController | undefined;
  let current: OfflineSummary | undefined;

  const describe = async () => {
    if (!supported) {
      summaryText.textContent = '当前浏览器不支持离线保存。请在手机自带的浏览器中打开本站后再试。';
      start.hidden = true;
      remove.hidden = true;
      return;
    }
    summaryText.textContent = '正在读取站点大小…';
    try {
      current = await loadSummary(base);
    } catch {
      summaryText.textContent = navigator.onLine === false ? '当前离线：联网后可下载或更新离线内容。' : '暂时无法读取离线内容清单，请稍后再试。';
      start.hidden = true;
      return;
    }
    const summary = current;
    const saved = readSaved();
    const size = formatBytes(summary.total);
    remove.hidden = !saved;
    start.hidden = false;
    if (saved?.version === summary.version) {
      summaryText.textContent = `全部内容已保存在本机（${size}），没有网络也能学习和搜索。`;
      start.textContent = '重新检查并补全';
    } else if (saved) {
      summaryText.textContent = `站点已更新。更新离线内容（共 ${summary.count} 个文件，${size}；已保存的部分不会重复下载）。`;
      start.textContent = '更新离线内容';
    } else {
      summaryText.textContent = `把全部课程、专题、书单和搜索索引保存到本机：共 ${summary.count} 个文件，约 ${size}。建议在 Wi-Fi 下进行。`;
      start.textContent = '下载全部内容';
    }
  };

  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
    if (open && !controller) void describe();
  });

  start.addEventListener('click', async () => {
    const summary = current;
    if (!summary) return;
    controller = new AbortController();
    start.disabled = true;
    remove.disabled = true;
    cancel.hidden = false;
    bar.hidden = false;
    bar.max = summary.total;
    bar.value = 0;
    statusText.textContent = '正在准备…';
    try {
      await navigator.serviceWorker.ready;
      await navigator.storage?.persist?.().catch(() => false);
      const files = planDownload(await loadFileList(base, summary), location.origin, base);
      // Precached files are already on the device; count them as done.
      const precachedBytes = summary.total - files.reduce((s, f) => s + f.size, 0);
      let frame = 0;
      await download(
        files,
        (p) => {
          if (frame) return;
          frame = requestAnimationFrame(() => {
            frame = 0;
            const done = precachedBytes + p.done;
            bar.value = done;
            statusText.textContent = `已下载 ${formatBytes(done)} / ${formatBytes(summary.total)}（${Math.floor((done / summary.total) * 100)}%）`;
          });
        },
        controller.signal,
      );
      await pruneCaches(files, location.origin, base);
      localStorage.setItem(SAVED, JSON.stringify({ version: summary.version, total: summary.total } satisfies Saved));
      cancelAnimationFrame(frame);
      bar.value = summary.total;
      statusText.textContent = `下载完成：${formatBytes(summary.total)} 已保存到本机。`;
    } catch (error) {
      const aborted = error instanceof DOMException && error.name === 'AbortError';
      statusText.textContent = aborted
        ? '已取消。已下载的部分会保留，下次继续。'
        : `下载中断：${error instanceof Error ? error.message : String(error)}。已下载的部分会保留，可稍后继续。`;
    } finally {
      controller = undefined;
      start.disabled = false;
      remove.disabled = false;
      cancel.hidden = true;
      await describe();
    }
  });

  cancel.addEventListener('click', () => controller?.abort());

  remove.addEventListener('click', async () => {
    remove.disabled = true;
    await removeDownload();
    localStorage.removeItem(SAVED);
    bar.hidden = true;
    statusText.textContent = '已删除离线内容。';
    remove.disabled = false;
    await describe();
  });
}

for (const root of document.querySelectorAll<HTMLElement>('[data-offline-control]')) setup(root);
