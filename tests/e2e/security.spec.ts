/**
 * Pasted HTML never runs in a member's browser. The `hostile` site (tests/fixtures/sites/hostile)
 * plants scripts, event handlers, `javascript:` links, frames, styles and markup in every field
 * of every content file; each payload, if it ran, would set `window.__pwned`, retitle the page
 * `PWNED…`, request a URL under `/__pwned__/`, open a dialog or log `PWNED`. Every built page is
 * loaded, poked (clicks, hovers, focus, toggles) and checked: nothing ran, the DOM holds no
 * script, handler, dangerous URL, frame or style from content, and harmless formatting survives.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { siteDir, siteUrl } from '../support/sites.ts';

const base = () => siteUrl('hostile');

/** Every page of the built hostile site, as a path under the base (`lessons/hostile-1/`). */
const pages = readdirSync(siteDir('hostile'), { recursive: true, encoding: 'utf8' })
  .filter((n) => n.endsWith('index.html'))
  .map((n) => n.replace(/index\.html$/, ''))
  .sort();

/** What a page did that a planted payload would do. */
interface Trace {
  dialogs: string[];
  console: string[];
  requests: string[];
  errors: string[];
}

/** Listen for every sign of a payload running (before the page loads). */
async function watch(page: Page): Promise<Trace> {
  const trace: Trace = { dialogs: [], console: [], requests: [], errors: [] };
  page.on('dialog', (d) => {
    trace.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (/PWNED|__pwned/i.test(m.text())) trace.console.push(m.text());
  });
  page.on('pageerror', (e) => trace.errors.push(e.message));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.includes('__pwned__') || (url.protocol.startsWith('http') && url.origin !== new URL(base()).origin)) trace.requests.push(r.url());
  });
  // Record CSP violations too: the sanitiser should leave the policy nothing to block.
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return trace;
}

/** Click, hover and focus everything in <main> a payload could hang on; open every <details>. */
async function poke(page: Page): Promise<void> {
  await page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return;
    for (const el of main.querySelectorAll<HTMLElement>('a:not([href]), div, span, img, svg, details, summary, input, p, video, audio, table')) {
      for (const type of ['mouseover', 'mouseenter', 'focus', 'click']) el.dispatchEvent(new Event(type, { bubbles: true }));
      if (el instanceof HTMLDetailsElement) el.open = !el.open;
    }
  });
  // Real clicks on the links that lost their dangerous href: nothing may happen.
  const dead = page.locator('main a:not([href])');
  for (let i = 0; i < Math.min(await dead.count(), 12); i++) await dead.nth(i).click({ timeout: 2000 }).catch(() => undefined);
  await page.waitForTimeout(200);
}

/** Everything in the DOM that content must never put there. */
async function domProblems(page: Page): Promise<string[]> {
  const basePath = new URL(base()).pathname;
  return page.evaluate((basePath) => {
    const problems: string[] = [];
    const urlAttrs = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcdoc', 'srcset'];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) problems.push(`<${el.localName} ${attr.name}>`);
        if (urlAttrs.includes(attr.name.toLowerCase()) && /^\s*(javascript|vbscript|data:text|data:application)/i.test(attr.value)) problems.push(`<${el.localName} ${attr.name}="${attr.value.slice(0, 40)}">`);
        if (attr.name === 'style' && /url\(|expression/i.test(attr.value)) problems.push(`<${el.localName} style="${attr.value.slice(0, 40)}">`);
      }
    }
    for (const s of document.querySelectorAll('script')) {
      if (s.type === 'application/json') continue; // data blocks, parsed, never run
      const src = s.getAttribute('src');
      if (s.type === 'module' && src && new URL(src, location.href).pathname.startsWith(`${basePath}_astro/`) && s.textContent === '') continue;
      problems.push(`<script ${src ?? s.textContent!.slice(0, 60)}>`);
    }
    for (const sel of ['iframe', 'frame', 'object', 'embed', 'base', 'applet', 'portal', 'template', 'noscript iframe']) {
      for (const el of document.querySelectorAll(sel)) problems.push(`<${el.localName}>`);
    }
    // Where sanitised content HTML lands (`set:html`): source paragraphs and the reading intro.
    // Everything else from content is text, which cannot make elements.
    const holders = document.querySelectorAll('main p[id], main .intro');
    for (const holder of holders) {
      for (const el of holder.querySelectorAll('style, link, meta, form, textarea, button, select, svg, math, video, audio, input')) {
        // GitHub's schema keeps task-list boxes: a disabled checkbox is inert.
        if (el instanceof HTMLInputElement && el.type === 'checkbox' && el.disabled) continue;
        problems.push(`<${el.localName}> in content #${holder.id || holder.className}`);
      }
    }
    for (const el of document.querySelectorAll('[id="__pwned"], [name="__pwned"], [name="getElementById"]')) problems.push(`clobbering <${el.localName} ${el.getAttribute('id') ?? el.getAttribute('name')}>`);
    return problems;
  }, basePath);
}

/** Load a page, poke it, and prove no payload ran and none is left in the DOM. */
async function assertInert(page: Page, path: string): Promise<void> {
  const trace = await watch(page);
  const response = await page.goto(`${base()}${path}`, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
  await poke(page);
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    title: document.title,
    csp: (window as unknown as { __csp?: string[] }).__csp ?? [],
  }));
  expect(state.pwned, `${path}: window.__pwned`).toBeUndefined();
  expect(state.title, `${path}: document.title`).not.toMatch(/^PWNED/);
  expect(trace.dialogs, `${path}: dialogs`).toEqual([]);
  expect(trace.console, `${path}: console`).toEqual([]);
  expect(trace.requests, `${path}: requests to marker or foreign URLs`).toEqual([]);
  expect(trace.errors, `${path}: uncaught errors`).toEqual([]);
  expect(state.csp, `${path}: CSP violations`).toEqual([]);
  expect(await domProblems(page), `${path}: DOM`).toEqual([]);
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
}

test('the hostile site has its pages', () => {
  expect(pages).toEqual(expect.arrayContaining(['', 'sources/hostile/', 'lessons/hostile-1/', 'lessons/hostile-5/', 'reading/2026-03/', 'themes/san-ge-jiehe/', 'quiz/']));
});

for (const path of pages) {
  test(`no planted script runs: /${path}`, async ({ page }) => {
    await assertInert(page, path);
  });
}

test('harmless formatting survives and every marker paragraph is kept, as text', async ({ page }) => {
  await page.goto(`${base()}sources/hostile/`);
  const main = page.locator('main');
  await expect(main.locator('strong', { hasText: '加粗保留' })).toHaveCount(1);
  await expect(main.locator('em', { hasText: '强调保留' })).toHaveCount(1);
  await expect(main.locator('strong', { hasText: 'Markdown加粗' })).toHaveCount(1);
  await expect(main.getByRole('link', { name: '示例网站' })).toHaveAttribute('href', 'https://example.com/a?b=1');
  await expect(main).toContainText('结束语：以上内容都应当以文字或被删除的形式出现，保留到最后。');
  // Markup in code stays visible as code, and the title's markup as text.
  await expect(main.locator('code').first()).toContainText("</script><script>window.__pwned='code'</script>");
  await expect(page.locator('h1')).toContainText("恶意稿件</title><script>window.__pwned='title';document.title='PWNED title'</script>测试");
  await expect(page).toHaveTitle(/^恶意稿件<\/title><script>/);
  // The dangerous links are still there as text, without their targets.
  for (const name of ['点击这里', '内联危险链接', '大小写混合', '字符实体', '前导空格', '制表符', '数据链接']) {
    await expect(main.locator('a', { hasText: name })).not.toHaveAttribute('href', /./);
  }
});

test('theme and reading pages show planted markup as text', async ({ page }) => {
  await page.goto(`${base()}themes/san-ge-jiehe/`);
  await expect(page.locator('h1')).toContainText("三个<script>window.__pwned='theme-name'</script>结合");
  await expect(page.locator('main')).toContainText(`专题说明<img src=x onerror="window.__pwned='theme-summary'">文字`);
  await page.goto(`${base()}reading/2026-03/`);
  const main = page.locator('main');
  await expect(main).toContainText("书名<script>window.__pwned='book-title'</script>");
  await expect(main).toContainText(`推荐理由<img src=x onerror="window.__pwned='reason'">要保留。`);
  await expect(main.locator('.intro strong', { hasText: '加粗保留' })).toHaveCount(0);
});

test('a hand-written question full of markup is shown and explained as text', async ({ page }) => {
  const trace = await watch(page);
  await page.goto(`${base()}lessons/hostile-1/`);
  const item = page.locator('.quiz-item[data-question-id="hostile-markup"]');
  await expect(item).toBeVisible();
  await expect(item).toContainText(`开场白保留了哪种格式？<img src=x onerror="window.__pwned='quiz-prompt'">`);
  await expect(item.getByRole('radio', { name: `<img src=x onerror="window.__pwned='quiz-option'">图片选项`, exact: true })).toHaveCount(1);
  await item.getByRole('radio', { name: '加粗保留', exact: true }).check();
  await item.getByRole('button', { name: '提交答案' }).click();
  await expect(item.locator('.quiz-verdict')).toHaveText('✓ 回答正确');
  await expect(item).toContainText("解析<script>window.__pwned='quiz-explanation'</script>要以文字显示。");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await domProblems(page)).toEqual([]);
  expect(trace.dialogs).toEqual([]);
});

test('search results and a hostile query stay text', async ({ page }) => {
  const trace = await watch(page);
  const query = `恶意<img src=x onerror="window.__pwned='query'">`;
  await page.goto(`${base()}search/?q=${encodeURIComponent(query)}`);
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  await page.goto(`${base()}search/?q=${encodeURIComponent('保留')}`);
  const results = page.locator('main li');
  await expect(results.first()).toBeVisible({ timeout: 15_000 });
  await poke(page);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await domProblems(page)).toEqual([]);
  expect(trace.requests).toEqual([]);
  expect(trace.dialogs).toEqual([]);
});
