/** The parts of Session the permission policy uses. */
export interface PermissionSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
}

/**
 * Asked for by the renderer itself, never by a device: live mode puts the window in full screen (HTML fullscreen, from
 * F11 or its button). Electron asks for it as the permission "fullscreen"; leaving full screen needs no permission.
 */
const ALLOWED: ReadonlySet<string> = new Set(['fullscreen']);

/**
 * The console needs no browser permission (camera, microphone, notifications, HID, …): OBS does the media work.
 * Deny them all but full screen, and log denied requests so a renderer change that needs one is visible.
 */
export function denyAllPermissions(session: PermissionSession, log: (message: string) => void = console.warn): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    if (ALLOWED.has(permission)) return callback(true);
    log(`[livecue] denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED.has(permission));
  session.setDevicePermissionHandler(() => false);
}
