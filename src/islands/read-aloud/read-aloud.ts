/**
 * 朗读本课 on lesson pages (ReadAloud.astro): shown only where the browser can speak and has a
 * mainland-Chinese voice; the player itself (player.ts) loads on the first press. Browser-only.
 */

/** A zh-CN voice (also written zh_CN or cmn-Hans-CN), the device's default first. */
function chineseVoice(): SpeechSynthesisVoice | undefined {
  const voices = window.speechSynthesis.getVoices().filter((v) => /^(zh|cmn)[-_](hans[-_])?cn$/i.test(v.lang));
  return voices.find((v) => v.default) ?? voices[0];
}

function wire(bar: HTMLElement, voice: SpeechSynthesisVoice): void {
  const toggle = bar.querySelector<HTMLButtonElement>('[data-read-aloud]')!;
  const stop = bar.querySelector<HTMLButtonElement>('[data-read-aloud-stop]')!;
  const rate = bar.querySelector<HTMLSelectElement>('[data-read-aloud-rate]')!;
  const status = bar.querySelector<HTMLElement>('[data-read-aloud-status]')!;
  const items = [...document.querySelectorAll<HTMLElement>('article h1, [data-lesson-text] > :is(h2, h3, h4, h5, h6, p)')];
  let player: Awaited<ReturnType<typeof load>> | undefined;
  const load = async () => {
    const { createPlayer } = await import('./player.ts');
    return createPlayer({
      items,
      voice,
      rate: () => Number(rate.value) || 1,
      onChange: (state, index) => {
        toggle.textContent = state === 'playing' ? '暂停' : state === 'paused' ? '继续朗读' : '朗读本课';
        toggle.setAttribute('aria-pressed', String(state === 'playing'));
        stop.disabled = state === 'idle';
        status.textContent = state === 'idle' ? '朗读已停止。' : state === 'paused' ? '朗读已暂停。' : `正在朗读第 ${index + 1} 段，共 ${items.length} 段。`;
      },
    });
  };
  toggle.addEventListener('click', async () => {
    player ??= await load();
    player.toggle();
  });
  stop.addEventListener('click', () => player?.stop());
  rate.addEventListener('change', () => player?.restart());
  // Speech would go on after the member leaves the page.
  window.addEventListener('pagehide', () => player?.stop());
  bar.removeAttribute('data-island-pending');
}

const bar = document.querySelector<HTMLElement>('[data-read-aloud-bar]');
if (bar && typeof window.speechSynthesis?.getVoices === 'function' && typeof window.SpeechSynthesisUtterance === 'function') {
  const tryVoice = () => {
    const voice = chineseVoice();
    if (!voice || !bar.hasAttribute('data-island-pending')) return;
    window.speechSynthesis.removeEventListener('voiceschanged', tryVoice);
    wire(bar, voice);
  };
  // Some browsers list their voices only after a moment.
  window.speechSynthesis.addEventListener('voiceschanged', tryVoice);
  tryVoice();
}
