import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, type PermissionSession } from './permissions';

type RequestHandler = Parameters<PermissionSession['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<PermissionSession['setPermissionCheckHandler']>[0];

describe('denyAllPermissions', () => {
  it('denies every request, check and device but full screen (live mode)', () => {
    const installed: { request?: RequestHandler; check?: CheckHandler; device?: () => boolean } = {};
    const log = vi.fn();
    denyAllPermissions(
      {
        setPermissionRequestHandler: (h) => {
          installed.request = h;
        },
        setPermissionCheckHandler: (h) => {
          installed.check = h;
        },
        setDevicePermissionHandler: (h) => {
          installed.device = h;
        },
      },
      log,
    );
    const { request, check, device } = installed;
    if (!request || !check || !device) throw new Error('handlers not installed');
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'pointerLock']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check({}, permission)).toBe(false);
    }
    expect(device()).toBe(false);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('media'));

    // Live mode's full screen is the renderer's own request (F11 or its button): allowed, and not logged.
    log.mockClear();
    const callback = vi.fn();
    request({}, 'fullscreen', callback);
    expect(callback).toHaveBeenCalledWith(true);
    expect(check({}, 'fullscreen')).toBe(true);
    expect(log).not.toHaveBeenCalled();
  });
});
