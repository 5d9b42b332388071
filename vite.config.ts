import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Renderer build. `base: './'` so the same files load from livecue://app/ and from the headless host. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'es2023',
    // Loaded from disk or loopback, never over a slow network: one bigger chunk is fine.
    chunkSizeWarningLimit: 2000,
  },
});
