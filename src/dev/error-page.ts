import { injectDevClient } from './inject.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** What the dev server serves while no build has succeeded yet: the errors, and the client that reloads once one does. */
export function errorPage(lines: readonly string[], version: number): string {
  const body = lines.length > 0 ? `<h1>构建失败</h1><pre>${lines.map(esc).join('\n')}</pre><p>改正后保存，页面会自动刷新。</p>` : '<h1>正在构建…</h1><p>构建完成后页面会自动刷新。</p>';
  return injectDevClient(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>学习园地 · 开发服务器</title></head><body>${body}</body></html>`, version);
}
