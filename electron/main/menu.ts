import type { MenuItemConstructorOptions } from 'electron';

/** What the menu can do beyond Electron's roles. */
export interface MenuActions {
  /** Opens the presenter / prompter window (提词器). */
  openPresenter(): void;
  /** The UI language of the OS (app.getLocale()): the menu speaks Chinese to a Chinese system, English otherwise. */
  locale: string;
}

const LABELS = {
  'zh-CN': { window: '窗口', presenter: '打开提词器窗口' },
  en: { window: 'Window', presenter: 'Open prompter window' },
} as const;

/**
 * A minimal application menu. Show hotkeys belong to the renderer, so the menu binds as few
 * accelerators as possible. macOS needs an app menu and the Edit roles for copy/paste to work at
 * all; Windows and Linux get only a Window menu with the prompter (the main window hides the bar
 * until Alt), or none. Reload and DevTools exist only in development. No View menu
 * and no togglefullscreen role: F11 is the renderer's (live mode goes full screen itself), and a menu binding it too
 * would toggle the window twice.
 */
export function buildMenuTemplate(
  platform: NodeJS.Platform,
  isPackaged: boolean,
  actions?: MenuActions,
): MenuItemConstructorOptions[] | null {
  const devMenu: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ label: 'Develop', submenu: [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }] }];
  const words = LABELS[actions?.locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'];
  const presenterItem: MenuItemConstructorOptions[] = actions ? [{ label: words.presenter, click: () => actions.openPresenter() }] : [];
  if (platform !== 'darwin') {
    const windowMenu: MenuItemConstructorOptions[] = actions ? [{ label: words.window, submenu: presenterItem }] : [];
    const menus = [...windowMenu, ...devMenu];
    return menus.length > 0 ? menus : null;
  }
  return [
    {
      role: 'appMenu',
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    actions
      ? {
          role: 'windowMenu',
          submenu: [
            { role: 'minimize' },
            { role: 'zoom' },
            { type: 'separator' },
            ...presenterItem,
            { type: 'separator' },
            { role: 'front' },
          ],
        }
      : { role: 'windowMenu' },
    ...devMenu,
  ];
}
