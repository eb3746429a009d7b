/**
 * Reading a lesson aloud with the browser's speech synthesis, paragraph by paragraph: the
 * paragraph being read is marked, and reading can pause, resume, stop and change speed.
 * Loaded only when a member presses 朗读. Browser-only (the chunking is pure).
 */

/** Longest piece handed to the synthesiser at once: some engines stop long utterances midway. */
const MAX_CHUNK = 120;

/** A paragraph's text in pieces of at most `max` characters, cut after sentence ends where it can. */
export function speechChunks(text: string, max = MAX_CHUNK): string[] {
  const sentences = text.replace(/\s+/g, ' ').trim().match(/[^。！？；!?;]+[。！？；!?;”’」』）)]*|[。！？；!?;]+/g) ?? [];
  const out: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    for (let i = 0; i < sentence.length; i += max) {
      const piece = sentence.slice(i, i + max);
      if (current.length + piece.length > max && current !== '') {
        out.push(current);
        current = '';
      }
      current += piece;
    }
  }
  if (current.trim() !== '') out.push(current);
  return out.map((c) => c.trim()).filter(Boolean);
}

/** What the controls show. */
export type PlayerState = 'idle' | 'playing' | 'paused';

/** Options of createPlayer. */
export interface PlayerOptions {
  /** The elements read, in order (the title, headings, paragraphs). */
  items: HTMLElement[];
  voice: SpeechSynthesisVoice;
  /** The speed chosen now (1 = normal). */
  rate(): number;
  /** Called when the state or the paragraph read changes; `index` is -1 when idle. */
  onChange(state: PlayerState, index: number): void;
}

/** A reader over `items`. */
export function createPlayer(opts: PlayerOptions) {
  const synth = window.speechSynthesis;
  let state: PlayerState = 'idle';
  let index = -1;
  // Bumped on every stop or restart, so that the end of a cancelled utterance moves nothing on.
  let generation = 0;

  const mark = (i: number) => {
    opts.items.forEach((el, k) => {
      el.classList.toggle('reading-now', k === i);
      if (k === i) el.setAttribute('aria-current', 'true');
      else el.removeAttribute('aria-current');
    });
    opts.items[i]?.scrollIntoView({ block: 'nearest' });
  };
  const set = (next: PlayerState) => {
    state = next;
    opts.onChange(state, index);
  };

  const read = (i: number) => {
    const mine = ++generation;
    synth.cancel();
    if (i >= opts.items.length) return stop();
    index = i;
    mark(i);
    const chunks = speechChunks(opts.items[i]!.textContent ?? '');
    const speak = (c: number) => {
      if (mine !== generation) return;
      if (c >= chunks.length) return read(i + 1);
      const u = new SpeechSynthesisUtterance(chunks[c]!);
      u.lang = 'zh-CN';
      u.voice = opts.voice;
      u.rate = opts.rate();
      u.onend = () => speak(c + 1);
      // `interrupted`/`canceled` are ours (stop, speed change); anything else ends the reading.
      u.onerror = (event) => {
        if (mine === generation && event.error !== 'interrupted' && event.error !== 'canceled') stop();
      };
      synth.speak(u);
    };
    set('playing');
    speak(0);
  };

  function stop(): void {
    generation++;
    synth.cancel();
    index = -1;
    mark(-1);
    set('idle');
  }

  return {
    get state() {
      return state;
    },
    /** Start from the top, pause, or resume, as the one button does. */
    toggle(): void {
      if (state === 'idle') read(0);
      else if (state === 'playing') {
        synth.pause();
        set('paused');
      } else {
        synth.resume();
        set('playing');
      }
    },
    stop,
    /** The speed changed: read the current paragraph again at the new speed. */
    restart(): void {
      if (state !== 'idle') read(index);
    },
  };
}
