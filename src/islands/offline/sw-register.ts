/**
 * Register the service worker (`sw.js` at the base), keep the page that was open when it was
 * first installed, and show a notice with a 刷新 button when a newer version of the site is
 * waiting. Browsers without service workers (or in-app browsers that block them) just go on
 * without offline use.
 */
import { CACHES } from '../../offline/cache-names.ts';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

function showUpdate(worker: ServiceWorker): void {
  const notice = document.querySelector<HTMLElement>('[data-sw-update]');
  const button = notice?.querySelector<HTMLButtonElement>('[data-sw-refresh]');
  if (!notice || !button) return;
  notice.hidden = false;
  // 稍后: hide for now; the new version takes over once every tab of the site is closed.
  notice.querySelector('[data-sw-later]')?.addEventListener('click', () => (notice.hidden = true), { once: true });
  button.addEventListener(
    'click',
    () => {
      button.disabled = true;
      sessionStorage.setItem('xuexi-sw-reload', '1');
      worker.postMessage({ type: 'SKIP_WAITING' });
    },
    { once: true },
  );
}

/** The page this worker did not serve (the first visit): store it like the worker would. */
async function keepCurrentPage(): Promise<void> {
  const key = `${location.origin}${location.pathname}`;
  const cache = await caches.open(CACHES.pages);
  if (await cache.match(key)) return;
  const response = await fetch(location.pathname, { headers: { 'x-xuexi-offline': '1' } });
  if (response.ok && response.headers.get('content-type')?.includes('text/html')) await cache.put(key, response);
}

async function register(): Promise<void> {
  const container = navigator.serviceWorker;
  const servedByWorker = Boolean(container.controller);
  const registration = await container.register(`${base}sw.js`, { scope: base });
  if (registration.waiting && container.controller) showUpdate(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      // A worker installed while another controls the page is an update, not the first install.
      if (worker.state === 'installed' && container.controller) showUpdate(worker);
    });
  });
  container.addEventListener('controllerchange', () => {
    if (sessionStorage.getItem('xuexi-sw-reload')) {
      sessionStorage.removeItem('xuexi-sw-reload');
      location.reload();
    }
  });
  if (!servedByWorker) {
    await container.ready;
    await keepCurrentPage().catch(() => undefined);
  }
}

if ('serviceWorker' in navigator && window.isSecureContext) {
  const start = () => void register().catch(() => undefined);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
