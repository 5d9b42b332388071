import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from './menu';

function roles(items: MenuItemConstructorOptions[] | null): string[] {
  const out: string[] = [];
  const walk = (list: MenuItemConstructorOptions[]) => {
    for (const item of list) {
      if (item.role) out.push(item.role);
      if (Array.isArray(item.submenu)) walk(item.submenu);
    }
  };
  walk(items ?? []);
  return out;
}

describe('buildMenuTemplate', () => {
  it('has no menu at all on Windows and Linux when packaged', () => {
    expect(buildMenuTemplate('win32', true)).toBeNull();
    expect(buildMenuTemplate('linux', true)).toBeNull();
  });

  it('has no DevTools or reload in a packaged build on any platform', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const all = roles(buildMenuTemplate(platform, true));
      expect(all).not.toContain('toggleDevTools');
      expect(all).not.toContain('reload');
      expect(all).not.toContain('forceReload');
    }
  });

  it('keeps the macOS app and edit menus so Quit and copy/paste work', () => {
    const all = roles(buildMenuTemplate('darwin', true));
    expect(all).toEqual(expect.arrayContaining(['appMenu', 'quit', 'editMenu']));
  });

  it('offers DevTools in development', () => {
    expect(roles(buildMenuTemplate('linux', false))).toContain('toggleDevTools');
    expect(roles(buildMenuTemplate('darwin', false))).toContain('toggleDevTools');
  });

  it('binds no full-screen key on any platform: F11 is the renderer’s, for live mode (one toggle, not two)', () => {
    const accelerators = (items: MenuItemConstructorOptions[] | null): string[] =>
      (items ?? []).flatMap((item) => [
        ...(item.accelerator ? [String(item.accelerator)] : []),
        ...(Array.isArray(item.submenu) ? accelerators(item.submenu) : []),
      ]);
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      for (const packaged of [true, false]) {
        const template = buildMenuTemplate(platform, packaged);
        // viewMenu brings Electron's togglefullscreen (F11 on Windows and Linux) with it.
        expect(roles(template)).not.toEqual(expect.arrayContaining(['togglefullscreen']));
        expect(roles(template)).not.toContain('viewMenu');
        expect(accelerators(template).filter((a) => /F11/i.test(a))).toEqual([]);
      }
    }
  });
});

describe('buildMenuTemplate: the prompter window', () => {
  function labelled(items: MenuItemConstructorOptions[] | null): MenuItemConstructorOptions[] {
    const out: MenuItemConstructorOptions[] = [];
    const walk = (list: MenuItemConstructorOptions[]) => {
      for (const item of list) {
        if (item.label) out.push(item);
        if (Array.isArray(item.submenu)) walk(item.submenu);
      }
    };
    walk(items ?? []);
    return out;
  }

  it('offers it on every platform, in the system’s language, and opens it on click', () => {
    const openPresenter = vi.fn();
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const zh = labelled(buildMenuTemplate(platform, true, { openPresenter, locale: 'zh-CN' })).find((i) => i.label === '打开提词器窗口');
      expect(zh, platform).toBeDefined();
      const en = labelled(buildMenuTemplate(platform, true, { openPresenter, locale: 'en-US' })).find(
        (i) => i.label === 'Open prompter window',
      );
      expect(en, platform).toBeDefined();
      (en?.click as (() => void) | undefined)?.();
    }
    expect(openPresenter).toHaveBeenCalledTimes(3);
  });

  it('keeps the macOS window roles around it', () => {
    const all = roles(buildMenuTemplate('darwin', true, { openPresenter: () => {}, locale: 'en' }));
    expect(all).toEqual(expect.arrayContaining(['windowMenu', 'minimize', 'front']));
  });
});
