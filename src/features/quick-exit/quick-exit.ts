/**
 * Where "Leave quickly" goes: a neutral, common site. Set QUICK_EXIT_URL when building to
 * choose another (a local weather or news site, say).
 */
export const quickExitUrl: string = import.meta.env.QUICK_EXIT_URL || 'https://www.google.com/';

/**
 * Calls `leave` when Shift is pressed three times within `windowMs`, on its own (a Shift held
 * down for typing capitals, or used with another key, does not count).
 *
 * @example watchForTripleShift(window, () => location.replace(url));
 */
export function watchForTripleShift(
  target: Pick<Window, 'addEventListener'>,
  leave: () => void,
  windowMs = 2000,
): void {
  let presses: number[] = [];
  target.addEventListener('keydown', (event: KeyboardEvent) => {
    if (event.key !== 'Shift' || event.repeat) {
      presses = [];
      return;
    }
    const now = event.timeStamp;
    presses = [...presses.filter((t) => now - t < windowMs), now];
    if (presses.length >= 3) {
      presses = [];
      leave();
    }
  });
}
