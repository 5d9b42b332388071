/** The parts of Session the permission policy uses. */
export interface PermissionSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
}

/**
 * The console needs no browser permission (camera, microphone, notifications, HID, …): OBS does
 * the media work. Deny them all, and log requests so a renderer change that needs one is visible.
 */
export function denyAllPermissions(session: PermissionSession, log: (message: string) => void = console.warn): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`[livecue] denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
