import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { siteUrl } from '../support/sites.ts';

const LESSON = 'lessons/jiguan-dangjian-jianghua-3/';
const base = () => siteUrl('sample');

/** A speech synthesiser that records what it is asked to say; `__endUtterance()` finishes the current piece. */
async function stubSpeech(page: Page, voices: { lang: string; name: string }[]): Promise<void> {
  await page.addInitScript((list) => {
    type U = { text: string; rate: number; lang: string; voice: unknown; onend?: () => void };
    const w = window as unknown as { __spoken: U[]; __endUtterance: () => void; __synth: Record<string, unknown> };
    w.__spoken = [];
    class Utterance {
      text: string;
      rate = 1;
      lang = '';
      voice: unknown = null;
      onend?: () => void;
      onerror?: (e: { error: string }) => void;
      constructor(text: string) {
        this.text = text;
      }
    }
    const queue: U[] = [];
    const synth = {
      paused: false,
      getVoices: () => list.map((v) => ({ ...v, voiceURI: v.name, localService: true, default: false })),
      speak: (u: U) => {
        w.__spoken.push(u);
        queue.push(u);
      },
      cancel: () => void queue.splice(0),
      pause: () => void (synth.paused = true),
      resume: () => void (synth.paused = false),
      addEventListener: () => {},
      removeEventListener: () => {},
    };
    w.__synth = synth;
    w.__endUtterance = () => queue.shift()?.onend?.();
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  }, voices);
}

test('朗读本课 reads paragraph by paragraph in a zh-CN voice, marking the one read, with pause, resume and speed', async ({ page }) => {
  await stubSpeech(page, [{ lang: 'en-US', name: 'English' }, { lang: 'zh-CN', name: '普通话' }]);
  await page.goto(`${base()}${LESSON}`);
  const button = page.locator('[data-read-aloud]');
  await expect(button).toBeVisible();
  await button.focus();
  await page.keyboard.press('Enter');
  // The title first, then the lesson's paragraphs.
  const marked = page.locator('.reading-now');
  await expect(marked).toHaveCount(1);
  await expect(page.locator('article h1')).toHaveClass(/reading-now/);
  const first = await page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string; voice: { name: string } }[] }).__spoken[0]!);
  expect(first.lang).toBe('zh-CN');
  expect(first.voice.name).toBe('普通话');
  expect(await page.locator('article h1').textContent()).toContain(first.text);

  await page.evaluate(() => (window as unknown as { __endUtterance: () => void }).__endUtterance());
  const next = page.locator('[data-lesson-text] > *').first();
  await expect(next).toHaveClass(/reading-now/);
  await expect(next).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('article h1')).not.toHaveClass(/reading-now/);

  await expect(button).toHaveText('暂停');
  await button.click();
  await expect(button).toHaveText('继续朗读');
  expect(await page.evaluate(() => (window as unknown as { __synth: { paused: boolean } }).__synth.paused)).toBe(true);
  await button.click();
  await expect(button).toHaveText('暂停');

  await page.getByLabel('语速').selectOption('1.5');
  await expect.poll(() => page.evaluate(() => (window as unknown as { __spoken: { rate: number }[] }).__spoken.at(-1)!.rate)).toBe(1.5);
  await expect(next).toHaveClass(/reading-now/);

  await page.getByRole('button', { name: '停止' }).click();
  await expect(marked).toHaveCount(0);
  await expect(button).toHaveText('朗读本课');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('without speech synthesis the read-aloud control is absent, and nothing breaks', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
  });
  await page.goto(`${base()}${LESSON}`);
  await expect(page.locator('[data-read-aloud]')).toBeHidden();
  await expect(page.getByRole('button', { name: '朗读本课' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('without a mainland-Chinese voice the control stays absent', async ({ page }) => {
  await stubSpeech(page, [{ lang: 'en-US', name: 'English' }, { lang: 'zh-TW', name: '國語' }]);
  await page.goto(`${base()}${LESSON}`);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[data-read-aloud]')).toBeHidden();
});
