import { describe, expect, it, vi } from 'vitest';
import { createPresenterWindows, PRESENTER_ENTRY_URL, presenterWindowOptions } from './presenterWindow';
import { mainWindowOptions } from './window';

function fakeWindow(id: number) {
  const listeners = new Map<string, () => void>();
  let destroyed = false;
  return {
    webContents: { id },
    once: vi.fn((event: string, listener: () => void) => listeners.set(event, listener)),
    on: vi.fn((event: string, listener: () => void) => listeners.set(event, listener)),
    show: vi.fn(),
    focus: vi.fn(),
    restore: vi.fn(),
    isMinimized: () => false,
    isDestroyed: () => destroyed,
    loadURL: vi.fn(async (_url: string) => {}),
    close: vi.fn(() => {
      destroyed = true;
      listeners.get('closed')?.();
    }),
    emit: (event: string) => listeners.get(event)?.(),
    destroy() {
      destroyed = true;
      listeners.get('closed')?.();
    },
  };
}

const input = { preloadPath: '/p/preload.cjs', isPackaged: true };

describe('presenter window', () => {
  it('has the main window’s locked-down webPreferences and preload', () => {
    expect(presenterWindowOptions(input).webPreferences).toEqual(mainWindowOptions(input).webPreferences);
    expect(presenterWindowOptions(input).show).toBe(false);
  });

  it('opens one window on the presenter page, brings it back instead of a second, and forgets it when closed', () => {
    const made: ReturnType<typeof fakeWindow>[] = [];
    const create = vi.fn(() => {
      const w = fakeWindow(10 + made.length);
      made.push(w);
      return w;
    });
    const presenter = createPresenterWindows(create, input);
    expect(presenter.contents()).toBeNull();
    presenter.open();
    expect(create).toHaveBeenCalledWith(presenterWindowOptions(input));
    expect(made[0]?.loadURL).toHaveBeenCalledWith(PRESENTER_ENTRY_URL);
    expect(PRESENTER_ENTRY_URL).toBe('livecue://app/presenter/index.html');
    made[0]?.emit('ready-to-show');
    expect(made[0]?.show).toHaveBeenCalledTimes(1);
    expect(presenter.contents()).toEqual({ id: 10 });

    presenter.open();
    expect(create).toHaveBeenCalledTimes(1);
    expect(made[0]?.focus).toHaveBeenCalled();

    made[0]?.destroy();
    expect(presenter.contents()).toBeNull();
    presenter.open();
    expect(create).toHaveBeenCalledTimes(2);
    expect(presenter.contents()).toEqual({ id: 11 });
    presenter.close();
    expect(made[1]?.close).toHaveBeenCalledTimes(1);
    expect(presenter.contents()).toBeNull();
    presenter.close();
    expect(made[1]?.close).toHaveBeenCalledTimes(1);
  });
});
