/**
 * The script the dev server adds to every page it serves (never to a built site): it listens to
 * the server's events, reloads the page after each successful rebuild and shows the errors of a
 * failed one over the page — which stays the last good build's. Plain browser JavaScript, sent as
 * it is: no bundler involved. Styles go through the CSSOM, which the site's CSP allows.
 */
export const DEV_CLIENT_PATH = '/__xuexi_dev/client.js';
export const DEV_EVENTS_PATH = '/__xuexi_dev/events';

export const DEV_CLIENT_SCRIPT = `// 学习园地 dev server: reload on rebuild, show build errors.
(() => {
  const events = new EventSource(${JSON.stringify(DEV_EVENTS_PATH)});
  let shown = null;
  // The version of the build this page came from (the dev server puts it in the script's URL).
  const version = Number(new URL(import.meta.url).searchParams.get('v'));
  const hide = () => { if (shown) { shown.remove(); shown = null; } };
  const show = (lines) => {
    hide();
    const box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.dataset.devError = '';
    Object.assign(box.style, { position: 'fixed', left: '0', right: '0', bottom: '0', zIndex: '2147483647', maxHeight: '60vh', overflow: 'auto', background: '#fff4f4', color: '#600', borderTop: '4px solid #a61b1b', padding: '12px 16px', font: '14px/1.5 ui-monospace, Menlo, Consolas, monospace', boxShadow: '0 -2px 12px rgba(0,0,0,.2)' });
    const title = document.createElement('strong');
    title.textContent = '构建失败（页面仍是上一次成功构建的版本）：';
    box.append(title);
    for (const line of lines) {
      const row = document.createElement('div');
      row.textContent = line;
      Object.assign(row.style, { whiteSpace: 'pre-wrap', marginTop: '4px' });
      box.append(row);
    }
    const note = document.createElement('div');
    note.textContent = '改正后保存，页面会自动刷新。';
    Object.assign(note.style, { marginTop: '8px', color: '#444' });
    box.append(note);
    document.body.append(box);
    shown = box;
  };
  events.addEventListener('state', (event) => {
    const state = JSON.parse(event.data);
    if (state.errors.length > 0) { show(state.errors); return; }
    if (state.version !== version) { location.reload(); return; }
    hide();
  });
})();
`;
