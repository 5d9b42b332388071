import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The overlay page for OBS's browser source: a build of its own (no console code in it) into out/renderer/overlay,
 * served at /overlay by the headless host and by the desktop app's loopback overlay server, which serves only this
 * folder. Always over HTTP, so its asset paths can be absolute.
 */
export default defineConfig({
  root: 'renderer/overlay',
  base: '/overlay/',
  plugins: [react()],
  build: {
    outDir: '../../out/renderer/overlay',
    emptyOutDir: true,
    target: 'es2023',
    chunkSizeWarningLimit: 2000,
  },
});
