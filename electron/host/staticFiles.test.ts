import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from './staticFiles';

const root = path.resolve('/srv/app');

describe('resolveStaticPath', () => {
  it('maps / to index.html and files below the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/a.js')).toBe(path.join(root, 'assets/a.js'));
    expect(resolveStaticPath(root, '/assets/%E4%B8%AD.png')).toBe(path.join(root, 'assets/中.png'));
  });
  it('refuses anything that escapes the root', () => {
    for (const p of ['/../secret', '/assets/../../etc/passwd', '/%2e%2e/x', '/..%2fx', '/a%00b', '/%E0%A4%A']) {
      expect(resolveStaticPath(root, p)).toBeNull();
    }
    expect(resolveStaticPath(root, '/../app-other/x')).toBeNull();
  });
});
