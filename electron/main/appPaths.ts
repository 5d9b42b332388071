import path from 'node:path';

export interface AppPaths {
  preload: string;
  rendererDir: string;
}

/** Build layout (see the build script): out/main/main.js, out/preload/preload.cjs, out/renderer/. */
export function appPaths(appPath: string): AppPaths {
  return {
    preload: path.join(appPath, 'out', 'preload', 'preload.cjs'),
    rendererDir: path.join(appPath, 'out', 'renderer'),
  };
}

/** The database and everything else the app writes live under the OS user-data folder. */
export function dataDirFor(userDataPath: string): string {
  return path.join(userDataPath, 'data');
}
