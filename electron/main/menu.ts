import type { MenuItemConstructorOptions } from 'electron';

/**
 * A minimal application menu. Show hotkeys belong to the renderer, so the menu binds as few
 * accelerators as possible. macOS needs an app menu and the Edit roles for copy/paste to work at
 * all; Windows and Linux get no menu bar. Reload and DevTools exist only in development. No View menu and no
 * togglefullscreen role: F11 is the renderer's (live mode goes full screen itself), and a menu binding it too would
 * toggle the window twice.
 */
export function buildMenuTemplate(platform: NodeJS.Platform, isPackaged: boolean): MenuItemConstructorOptions[] | null {
  const devMenu: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ label: 'Develop', submenu: [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }] }];
  if (platform !== 'darwin') return devMenu.length > 0 ? devMenu : null;
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
    { role: 'windowMenu' },
    ...devMenu,
  ];
}
