import os from 'node:os';
import path from 'node:path';

/**
 * The same folder Electron's `app.getPath('userData')` + '/data' gives for LiveCue, so the headless
 * host and the desktop app see one database. LIVECUE_DATA_DIR overrides it.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = os.homedir(),
): string {
  if (env.LIVECUE_DATA_DIR) return path.resolve(env.LIVECUE_DATA_DIR);
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(appData, 'LiveCue', 'data');
}
