import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

/**
 * A page with a build of its own (no console code in it) from renderer/<name>/index.html into
 * out/renderer/<name>, served at /<name> by the headless host (and by the desktop app's loopback or LAN server,
 * which serves only such folders). Always over HTTP, so its asset paths can be absolute. The head-office web console
 * (`console`) is one too, served at /console/ by the hub.
 */
export function pageConfig(name: 'overlay' | 'remote' | 'presenter' | 'console'): UserConfig {
  return defineConfig({
    root: `renderer/${name}`,
    base: `/${name}/`,
    plugins: [react()],
    build: {
      outDir: `../../out/renderer/${name}`,
      emptyOutDir: true,
      target: 'es2023',
      chunkSizeWarningLimit: 2000,
    },
  });
}

/** The overlay page for OBS's browser source. */
export default pageConfig('overlay');
