import { describe, expect, it, vi } from 'vitest';
import { acquireSingleInstance, type FocusableWindow, focusWindow } from './singleInstance';

function fakeWindow(minimized: boolean, destroyed = false) {
  return {
    isDestroyed: () => destroyed,
    isMinimized: () => minimized,
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  } satisfies FocusableWindow;
}

describe('acquireSingleInstance', () => {
  it('quits when another instance holds the lock', () => {
    const app = { requestSingleInstanceLock: () => false, on: vi.fn(), quit: vi.fn() };
    expect(acquireSingleInstance(app, () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalled();
    expect(app.on).not.toHaveBeenCalled();
  });

  it('keeps the lock and brings the window back when a second instance starts', () => {
    let secondInstance: () => void = () => {};
    const app = {
      requestSingleInstanceLock: () => true,
      on: vi.fn((_event: 'second-instance', listener: () => void) => {
        secondInstance = listener;
      }),
      quit: vi.fn(),
    };
    const window = fakeWindow(true);
    expect(acquireSingleInstance(app, () => window)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    expect(app.on).toHaveBeenCalledWith('second-instance', expect.any(Function));
    secondInstance();
    expect(window.restore).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});

describe('focusWindow', () => {
  it('does not restore a window that is not minimised, and ignores missing or destroyed ones', () => {
    const normal = fakeWindow(false);
    focusWindow(normal);
    expect(normal.restore).not.toHaveBeenCalled();
    expect(normal.focus).toHaveBeenCalled();
    const dead = fakeWindow(true, true);
    focusWindow(dead);
    expect(dead.focus).not.toHaveBeenCalled();
    expect(() => focusWindow(null)).not.toThrow();
  });
});
