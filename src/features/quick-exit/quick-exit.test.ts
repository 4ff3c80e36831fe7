import { describe, expect, it, vi } from 'vitest';
import { watchForTripleShift } from './quick-exit';

function keyboard() {
  let listener: (event: KeyboardEvent) => void = () => {};
  const target = {
    addEventListener: (_: string, fn: (event: KeyboardEvent) => void) => {
      listener = fn;
    },
  } as unknown as Window;
  const press = (key: string, timeStamp: number, repeat = false) =>
    listener({ key, timeStamp, repeat } as KeyboardEvent);
  return { target, press };
}

describe('the quick-exit shortcut', () => {
  it('leaves after Shift is pressed three times within two seconds', () => {
    const { target, press } = keyboard();
    const leave = vi.fn();
    watchForTripleShift(target, leave);
    press('Shift', 0);
    press('Shift', 400);
    expect(leave).not.toHaveBeenCalled();
    press('Shift', 800);
    expect(leave).toHaveBeenCalledOnce();
  });

  it('does not leave when the presses are spread out', () => {
    const { target, press } = keyboard();
    const leave = vi.fn();
    watchForTripleShift(target, leave);
    press('Shift', 0);
    press('Shift', 1500);
    press('Shift', 3000);
    expect(leave).not.toHaveBeenCalled();
  });

  it('does not leave when Shift is used to type capitals in between', () => {
    const { target, press } = keyboard();
    const leave = vi.fn();
    watchForTripleShift(target, leave);
    press('Shift', 0);
    press('A', 50);
    press('Shift', 100);
    press('Shift', 200);
    expect(leave).not.toHaveBeenCalled();
  });

  it('does not count a held Shift key repeating', () => {
    const { target, press } = keyboard();
    const leave = vi.fn();
    watchForTripleShift(target, leave);
    press('Shift', 0);
    press('Shift', 30, true);
    press('Shift', 60, true);
    expect(leave).not.toHaveBeenCalled();
  });
});
