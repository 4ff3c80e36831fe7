/**
 * Saving and removing an offline copy: loaded by OfflineCopy.astro only when the reader presses
 * one of its buttons (or when a save begun earlier is still going on), so the page's first load
 * carries only the few lines that tell whether a copy exists. Bundled on its own (as Vite
 * bundles a worker), it hands its two functions to the control when it loads: see the end.
 */
import { belongsTo } from './files.mjs';
import { savedPercent } from './format.mjs';
import { formatNumber } from '../../site/locale';

export type State = 'none' | 'saving' | 'saved' | 'error' | 'incomplete' | 'unsupported';

/** What the control tells this module: where the copy lives, and how to show a state. */
export interface Control {
  element: HTMLElement;
  /** The language folder ("fr") and the copy's full scope address ("https://…/fr/"). */
  folder: string;
  scope: string;
  /** Shows a state, with its own message unless another is given; read out (role=status). */
  show: (state: State, message?: string) => void;
  /** The control's messages, by name: the states' and "removed", "removeError". */
  said: Record<string, string>;
}

export interface Actions {
  act: typeof act;
  finish: typeof finish;
}

/** The control's element, which receives the actions once this module has loaded. */
export interface OfflineElement extends HTMLElement {
  actions?: Actions;
}

let busy = false;

const registrations = async (scope: string) =>
  (await navigator.serviceWorker.getRegistrations()).filter((r) => r.scope === scope);
const ownCaches = async (folder: string, scope: string) =>
  (await caches.keys()).filter((name) => belongsTo(name, folder, scope));

/** Removes the copy: its registration, then every cache it made. */
async function erase({ folder, scope }: Control) {
  await Promise.all((await registrations(scope)).map((r) => r.unregister()));
  await Promise.all((await ownCaches(folder, scope)).map((name) => caches.delete(name)));
}

/**
 * Erases the copy, then looks again for a moment: a worker that failed to install may still
 * finish writing a file it had begun, which makes its cache anew after it was erased.
 */
async function eraseUntilGone(control: Control) {
  await erase(control);
  for (let quiet = 0, looks = 0; quiet < 5 && looks < 30; looks++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    if ((await ownCaches(control.folder, control.scope)).length) {
      quiet = 0;
      await erase(control);
    } else quiet++;
  }
}

/** After a state change, a button that disappeared while focused hands focus to the one shown. */
function keepFocus(element: HTMLElement) {
  const focused = document.activeElement;
  if (!(focused instanceof HTMLElement) || !element.contains(focused) || focused.offsetParent) {
    return;
  }
  [...element.querySelectorAll('button')].find((b) => b.offsetParent)?.focus();
}

/** Waits until the copy's worker is active, showing how far saving has gone. */
export async function finish(control: Control, registration: ServiceWorkerRegistration) {
  const { element, folder, scope, show } = control;
  const save = element.querySelector('[data-action="save"]')!;
  const bar = element.querySelector('progress')!;
  const percent = element.querySelector('[data-percent]')!;
  const total = Number(element.dataset.files);
  const lang = document.documentElement.lang;
  const measure = async () => {
    let stored = 0;
    // Only caches that exist are opened: opening one would create it.
    for (const name of await ownCaches(folder, scope)) {
      stored += (await (await caches.open(name)).keys()).length;
    }
    bar.value = savedPercent(stored, total);
    percent.textContent = formatNumber(bar.value / 100, lang, { style: 'percent' });
  };
  // One measure at a time, and the last one can be awaited: a measure that listed a cache just
  // before it was erased would otherwise open it again, and so make it anew.
  let measuring: Promise<void> = Promise.resolve();
  const progress = () => {
    measuring = measuring.then(measure, measure).catch(() => undefined);
    return measuring;
  };
  busy = true;
  save.setAttribute('aria-disabled', 'true');
  show('saving');
  await progress();
  const timer = setInterval(progress, 250);
  try {
    const worker = registration.installing ?? registration.waiting ?? registration.active;
    await new Promise<void>((resolve, reject) => {
      if (!worker) return reject(new Error('no worker'));
      const check = () => {
        if (worker.state === 'activated') resolve();
        else if (worker.state === 'redundant') reject(new Error('not saved'));
      };
      worker.addEventListener('statechange', check);
      check();
    });
    show('saved');
  } catch {
    clearInterval(timer);
    await measuring;
    // Leave no half copy behind.
    await eraseUntilGone(control).catch(() => undefined);
    show('error');
  } finally {
    clearInterval(timer);
    save.removeAttribute('aria-disabled');
    busy = false;
    keepFocus(element);
  }
}

/** Runs the action of the button pressed: "save" or "remove". */
export async function act(control: Control, action: string) {
  if (busy) return;
  const { element, scope, show } = control;
  if (action === 'save') {
    const script = element.dataset.script!;
    let registration: ServiceWorkerRegistration;
    try {
      // Nothing is registered before this press.
      registration = await navigator.serviceWorker.register(script, {
        scope,
        updateViaCache: 'none',
      });
    } catch {
      await erase(control).catch(() => undefined);
      show('error');
      return;
    }
    await finish(control, registration);
  } else if (action === 'remove') {
    busy = true;
    try {
      await erase(control);
      show('none', control.said.removed);
    } catch {
      show('incomplete', control.said.removeError);
    } finally {
      busy = false;
      keepFocus(element);
    }
  }
}

const element = document.querySelector<OfflineElement>('offline-copy');
if (element) {
  element.actions = { act, finish };
  element.dispatchEvent(new Event('offline-actions'));
}
