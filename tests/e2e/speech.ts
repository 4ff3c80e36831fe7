/**
 * "Listen" reads a page aloud with the browser's speech synthesis. The tests replace it with a
 * fake that records each utterance and speaks until the test says the sentence is over
 * (`__speech.end()`), firing its events asynchronously like a real engine.
 */
export type Spoken = { text: string; rate: number; voice: string | null };
declare global {
  interface Window {
    __speech: { spoken: Spoken[]; speaking: () => boolean; end: () => void };
  }
}

export function fakeSpeech(voices: { name: string; lang: string }[]) {
  class Utterance {
    text: string;
    lang = '';
    rate = 1;
    pitch = 1;
    volume = 1;
    voice: { name: string } | null = null;
    onstart: ((e: object) => void) | null = null;
    onend: ((e: object) => void) | null = null;
    onerror: ((e: object) => void) | null = null;
    constructor(text = '') {
      this.text = text;
    }
  }
  const spoken: Spoken[] = [];
  const queue: Utterance[] = [];
  let current: Utterance | null = null;
  const fire = (u: Utterance, type: 'start' | 'end' | 'error', extra = {}) =>
    setTimeout(() => u[`on${type}`]?.({ type, utterance: u, ...extra }));
  const end = () => {
    const u = current;
    if (!u) return;
    current = null;
    fire(u, 'end');
    setTimeout(next);
  };
  const next = () => {
    if (current || !queue.length) return;
    current = queue.shift()!;
    spoken.push({ text: current.text, rate: current.rate, voice: current.voice?.name ?? null });
    fire(current, 'start');
    if (!current.text) end();
  };
  const synth = {
    paused: false,
    get speaking() {
      return current !== null;
    },
    get pending() {
      return queue.length > 0;
    },
    getVoices: () =>
      voices.map((v) => ({ ...v, voiceURI: v.name, localService: true, default: false })),
    speak(u: Utterance) {
      queue.push(u);
      next();
    },
    cancel() {
      const u = current;
      queue.length = 0;
      current = null;
      if (u) fire(u, 'error', { error: 'interrupted' });
    },
    pause() {},
    resume() {},
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synth });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    configurable: true,
    value: Utterance,
  });
  window.__speech = { spoken, speaking: () => current !== null, end };
}
