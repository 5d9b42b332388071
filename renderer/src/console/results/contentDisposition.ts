/**
 * The file name a `content-disposition` header gives: the RFC 5987 `filename*` (UTF-8, percent-encoded: how a
 * Chinese name arrives) wins over the plain `filename`; null when neither is usable. Path parts are dropped, so a
 * name can never point outside the download folder.
 */
export function fileNameFromContentDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([^;]+)/i.exec(header)?.[1]?.trim();
  if (extended) {
    const match = /^([\w!#$%&+^`{}~-]+)'[^']*'(.+)$/.exec(extended.replace(/^"(.*)"$/, '$1'));
    if (match?.[2]) {
      try {
        const decoded = decodeURIComponent(match[2]);
        const name = baseName(decoded);
        if (name) return name;
      } catch {
        // A broken escape: fall back to the plain name.
      }
    }
  }
  const plain = /(?:^|;)\s*filename\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/i.exec(header)?.[1]?.trim();
  if (!plain) return null;
  const unquoted = plain.startsWith('"') ? plain.slice(1, -1).replace(/\\(.)/g, '$1') : plain;
  return baseName(unquoted) || null;
}

const baseName = (name: string): string => (name.split(/[/\\]/).pop() ?? '').trim();
