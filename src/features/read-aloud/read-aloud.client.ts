/**
 * The reading engine of "Listen", loaded only when the reader first presses the button
 * (ReadAloud.astro), as a separate script that starts on load: the page pays nothing for it
 * until then. It brings its own styles (src/features/read-aloud/read-aloud.css).
 *
 * It reads the page's title and main text sentence by sentence with the device's own voices
 * (`speechSynthesis`: the site sends nothing), highlights the sentence being read and keeps it
 * in view, and offers pause and resume, stop, and three speeds. Pausing silences the voice and
 * resuming says the sentence again from its start: `speechSynthesis.pause()` does nothing on
 * many phones.
 */
import styles from './read-aloud.css?inline';
import { fill } from '../../site/fill';
import {
  chooseVoice,
  collectBlocks,
  cssRules,
  locate,
  parseStrings,
  speeds,
  splitSentences,
  type Block,
  type ElementLike,
} from './read-aloud';

type Item = { block: Block; start: number; end: number; text: string };

const HIGHLIGHT = 'read-aloud';
const icons = {
  pause: '<path d="M8 5v14M16 5v14"/>',
  play: '<path d="M7 4l13 8-13 8z"/>',
  stop: '<path d="M6 6h12v12H6z"/>',
  // A dial whose needle leans left when slow and right when fast.
  speed: ['M12 17V9', 'M12 17l-6-4', 'M12 17l6-4'].map(
    (needle) => `<path d="M3 17a9 9 0 0 1 18 0M${needle.slice(1)}"/>`,
  ),
};

const root = document.querySelector<HTMLElement>('.read-aloud');
if (root && !root.dataset.ready) {
  root.dataset.ready = '';
  addStyles(styles);
  void stringsOf(root).then((json) => setUp(root, json));
}

/** The engine's strings in the page's language (`/<lang>/read-aloud.json`), as JSON text. */
async function stringsOf(root: HTMLElement): Promise<string> {
  try {
    const response = await fetch(root.dataset.strings ?? '');
    return response.ok ? await response.text() : '';
  } catch {
    return '';
  }
}

function setUp(root: HTMLElement, json: string) {
  const synth = window.speechSynthesis;
  const t = parseStrings(json);
  const bar = root.querySelector<HTMLElement>('.read-aloud-bar')!;
  const main = bar.querySelector('button')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const listen = { label: main.textContent!.trim(), icon: main.querySelector('svg')!.innerHTML };
  // The content's own language: a page shown in French while its translation is missing is
  // read with a French voice.
  const content = document.querySelector<HTMLElement>('.sl-markdown-content');
  const lang = (content?.closest<HTMLElement>('[lang]') ?? document.documentElement).lang;

  const button = () => {
    const b = document.createElement('button');
    b.type = 'button';
    b.innerHTML =
      '<svg aria-hidden="true" class="line-icon" viewBox="0 0 24 24"></svg><span></span>';
    bar.append(b);
    return b;
  };
  const show = (b: HTMLButtonElement, label: string, icon: string) => {
    b.querySelector('svg')!.innerHTML = icon;
    b.querySelector('span')!.textContent = label;
  };
  const stop = button();
  show(stop, t.stop, icons.stop);
  const speed = button();
  let speedIndex = 0;
  const showSpeed = () => show(speed, t[speeds[speedIndex]!.key], icons.speed[speedIndex]!);
  showSpeed();
  const note = document.createElement('div');
  note.className = 'read-aloud-note';
  note.hidden = true;
  bar.after(note);

  let state: 'idle' | 'starting' | 'playing' | 'paused' = 'idle';
  let items: Item[] = [];
  let index = 0;
  let voice: SpeechSynthesisVoice | undefined;
  /**
   * The utterance being spoken, or none. Events of any other (one cut short) are ignored. Kept
   * here also so that no browser collects it before its end event.
   */
  let utterance: SpeechSynthesisUtterance | undefined;
  let marked: Element | undefined;

  const announce = (text: string) => {
    status.textContent = text;
  };

  const unmark = () => {
    CSS.highlights?.delete(HIGHLIGHT);
    marked?.classList.remove('read-aloud-current');
    marked = undefined;
  };
  const mark = (item: Item) => {
    unmark();
    const range = document.createRange();
    const from = locate(item.block, item.start, 'start');
    const to = locate(item.block, item.end, 'end');
    range.setStart(from.node as Text, from.offset);
    range.setEnd(to.node as Text, to.offset);
    if (typeof Highlight === 'function' && CSS.highlights) {
      CSS.highlights.set(HIGHLIGHT, new Highlight(range));
    } else {
      marked = item.block.element as unknown as Element;
      marked.classList.add('read-aloud-current');
    }
    // Keep the sentence in view, clear of the header above and of the controls below.
    const box = range.getBoundingClientRect();
    const top = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
    const bottom = bar.getBoundingClientRect().top;
    if (box.top < top || box.bottom > bottom) {
      window.scrollBy({
        top: box.top - top - (bottom - top) / 4,
        behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
      });
    }
  };

  const speak = () => {
    const item = items[index];
    if (!item) return finish(t.done);
    utterance = undefined;
    synth.cancel();
    mark(item);
    const u = new SpeechSynthesisUtterance(item.text);
    u.lang = lang;
    u.voice = voice!;
    u.rate = speeds[speedIndex]!.rate;
    u.onend = () => {
      if (u !== utterance) return;
      index++;
      speak();
    };
    u.onerror = (event) => {
      if (u !== utterance || event.error === 'interrupted' || event.error === 'canceled') return;
      finish(t.stopped);
    };
    utterance = u;
    synth.speak(u);
  };

  /** Back to the start: the voice silent, the highlight gone, only "Listen" shown. */
  const finish = (message: string) => {
    utterance = undefined;
    synth.cancel();
    unmark();
    state = 'idle';
    const hadFocus = root.contains(document.activeElement);
    delete root.dataset.active;
    document.documentElement.style.removeProperty('scroll-padding-block-end');
    show(main, listen.label, listen.icon);
    if (hadFocus) main.focus();
    announce(message);
  };

  const pause = () => {
    utterance = undefined;
    synth.cancel();
    state = 'paused';
    show(main, t.resume, icons.play);
    announce(t.paused);
  };
  const resume = () => {
    state = 'playing';
    show(main, t.pause, icons.pause);
    announce('');
    speak();
  };

  /** The device's voices; some browsers list them only a moment after the page asks. */
  const voices = () =>
    new Promise<SpeechSynthesisVoice[]>((resolve) => {
      const now = synth.getVoices();
      if (now.length) return resolve(now);
      const done = () => resolve(synth.getVoices());
      synth.addEventListener('voiceschanged', done, { once: true });
      setTimeout(done, 1500);
    });

  const start = async () => {
    state = 'starting';
    voice = chooseVoice(await voices(), lang);
    if (!voice) {
      state = 'idle';
      const name = languageName(lang);
      const message = [t.noVoice, t.addVoice].map((s) => fill(s, { language: name }));
      note.replaceChildren(
        ...message.map((text) => Object.assign(document.createElement('p'), { textContent: text })),
      );
      note.hidden = false;
      announce(message.join(' '));
      return;
    }
    note.hidden = true;
    const roots = [document.querySelector('main h1'), content].filter(Boolean);
    const isShown = (el: ElementLike) => {
      const e = el as unknown as Element;
      return (
        getComputedStyle(e).display === 'contents' ||
        (e.checkVisibility?.({ visibilityProperty: true }) ?? e.getClientRects().length > 0)
      );
    };
    items = collectBlocks(roots as unknown as ElementLike[], isShown).flatMap((block) =>
      splitSentences(block.text, lang).map((s) => ({ block, ...s })),
    );
    index = 0;
    state = 'playing';
    root.dataset.active = '';
    // Focus moved by Tab never lands behind the controls at the bottom.
    document.documentElement.style.setProperty(
      'scroll-padding-block-end',
      `${innerHeight - bar.getBoundingClientRect().top + 8}px`,
    );
    show(main, t.pause, icons.pause);
    // Nothing announced: the voice itself says that reading has begun.
    announce('');
    speak();
  };

  main.addEventListener('click', () => {
    if (state === 'idle') void start();
    else if (state === 'playing') pause();
    else if (state === 'paused') resume();
  });
  stop.addEventListener('click', () => finish(t.stopped));
  speed.addEventListener('click', () => {
    speedIndex = (speedIndex + 1) % speeds.length;
    showSpeed();
    // The new speed applies at once: the sentence being read starts again at that speed.
    if (state === 'playing') speak();
  });
  // Leaving the page (a link, "Leave quickly", the back button) silences it at once.
  addEventListener('pagehide', () => {
    if (state !== 'idle') finish('');
  });

  // This script was loaded by a press on "Listen": answer that press.
  void start();
}

/**
 * Adds the engine's rules to the page's own stylesheet through the CSS object model, which the
 * Content Security Policy allows (a new <style> element would be refused). A rule the browser
 * does not know (`::highlight` in an older one) is skipped.
 */
function addStyles(css: string) {
  const sheet = Array.from(document.styleSheets).find((s) => {
    try {
      return s.cssRules.length >= 0 && !/print/.test(s.media.mediaText);
    } catch {
      return false;
    }
  });
  for (const rule of cssRules(css)) {
    try {
      sheet?.insertRule(rule, sheet.cssRules.length);
    } catch {
      // unsupported here: the rest still applies
    }
  }
}

/** A language's name in the page's own language: "français", "العربية"… */
function languageName(lang: string) {
  try {
    const names = new Intl.DisplayNames([document.documentElement.lang], { type: 'language' });
    return names.of(lang) ?? lang;
  } catch {
    return lang;
  }
}
