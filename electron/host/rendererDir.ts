import { existsSync } from 'node:fs';
import path from 'node:path';

/** Finds the built renderer next to the bundled host (out/host → out/renderer) or from the sources. */
export function findRendererDir(hereDir: string): string | null {
  const candidates = [path.resolve(hereDir, '../renderer'), path.resolve(hereDir, '../../out/renderer')];
  return candidates.find((dir) => existsSync(path.join(dir, 'index.html'))) ?? null;
}
