import { chromium } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { decodeFragmentFile } from '../src/search/fragments.ts';
import { normalizeText } from '../src/search/normalize.ts';
const dir = process.argv[2]!;
const frags = readdirSync(`${dir}/pagefind/fragment`).flatMap((f) => decodeFragmentFile(f, readFileSync(`${dir}/pagefind/fragment/${f}`)));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const f of frags) {
  const html = readFileSync(`${dir}${f.url}index.html`, 'utf8');
  const text = await page.evaluate((h) => {
    const doc = new DOMParser().parseFromString(h, 'text/html');
    const body = doc.querySelector('[data-pagefind-body]')!;
    body.querySelectorAll('[data-pagefind-ignore], script, style').forEach((e) => e.remove());
    return body.textContent ?? '';
  }, html);
  const a = normalizeText(text), b = normalizeText(f.content);
  if (a !== b) { let i = 0; while (a[i] === b[i]) i++; console.log('DIFF', f.url, a.length, b.length, '\n dom:', a.slice(i - 10, i + 60), '\n pf :', b.slice(i - 10, i + 60)); }
}
console.log('checked', frags.length);
await browser.close();
