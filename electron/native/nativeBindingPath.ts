import path from 'node:path';

/**
 * Where the Electron-ABI build of better-sqlite3 lives. Plain Node (tests, `npm run serve`) uses
 * node_modules/better-sqlite3/build/Release; Electron needs its own build, kept apart so that
 * neither runtime ever loads the other's addon. Pure: shared by Electron main and
 * scripts/electron-native.ts, so both agree on the layout.
 */
export const NATIVE_DIR = '.native';
export const NATIVE_FILE = 'better_sqlite3.node';
/** Folder under the packaged app's resources (electron-builder `extraResources`). */
const PACKAGED_NATIVE_DIR = 'native';

export interface NativeTarget {
  electronVersion: string;
  platform: string;
  arch: string;
}

/** `electron-45.4.1-linux-x64`: the Electron version is in the name because each version has its own ABI. */
export function nativeDirName(target: NativeTarget): string {
  for (const [key, value] of Object.entries(target)) {
    // These become a path segment: refuse anything that could escape or be ambiguous.
    if (!/^[A-Za-z0-9._-]+$/.test(value) || value.startsWith('.')) {
      throw new Error(`Invalid ${key} for the native addon folder: "${value}"`);
    }
  }
  return `electron-${target.electronVersion}-${target.platform}-${target.arch}`;
}

/** Development: `<app path>/.native/electron-<version>-<platform>-<arch>/better_sqlite3.node`. */
export function devNativeBindingPath(appPath: string, target: NativeTarget): string {
  return path.join(appPath, NATIVE_DIR, nativeDirName(target), NATIVE_FILE);
}

/**
 * Packaged: `<resources>/native/electron-<version>-<platform>-<arch>/better_sqlite3.node`.
 * The versioned folder is kept (electron-builder cannot flatten a glob, and has no macro for the
 * Electron version): an addon for another Electron version is then "missing", never loaded.
 */
export function packagedNativeBindingPath(resourcesPath: string, target: NativeTarget): string {
  return path.join(resourcesPath, PACKAGED_NATIVE_DIR, nativeDirName(target), NATIVE_FILE);
}

export interface NativeBindingLocation extends NativeTarget {
  isPackaged: boolean;
  appPath: string;
  resourcesPath: string;
}

export function nativeBindingPath(location: NativeBindingLocation): string {
  const { isPackaged, appPath, resourcesPath, ...target } = location;
  return isPackaged ? packagedNativeBindingPath(resourcesPath, target) : devNativeBindingPath(appPath, target);
}

export type NativeBindingCheck = { ok: true; path: string } | { ok: false; title: string; message: string };

/** What to tell the user when the addon is not where it must be. */
export function checkNativeBinding(bindingPath: string, exists: boolean, isPackaged: boolean): NativeBindingCheck {
  if (exists) return { ok: true, path: bindingPath };
  if (isPackaged) {
    return {
      ok: false,
      title: 'LiveCue is damaged',
      message: `The database engine is missing from this installation:\n${bindingPath}\n\nPlease reinstall LiveCue.`,
    };
  }
  return {
    ok: false,
    title: 'LiveCue: database engine not built',
    message:
      `The better-sqlite3 addon for this Electron version was not found:\n${bindingPath}\n\n` +
      'Start the app with `npm start`, which builds it first (or run `npx tsx scripts/electron-native.ts`).',
  };
}
