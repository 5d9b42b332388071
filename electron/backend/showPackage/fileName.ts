import { SHOW_PACKAGE_EXTENSION } from '../../../shared/domain/showPackage/showPackageFormat';

/** Longest base name in UTF-8 bytes: well under the 255-byte limit of ext4/APFS, leaving room for " (2)" and the extension. */
const MAX_BASE_BYTES = 150;
const RESERVED_ON_WINDOWS = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/**
 * A file name for a show's package that works on Windows, macOS and Linux: characters those systems
 * forbid (and control or bidi-override characters) become "_" or go, trailing dots and spaces go,
 * reserved Windows names get a prefix, and the length is capped by UTF-8 bytes. Chinese and other
 * letters stay as they are.
 */
export function packageFileName(showName: string): string {
  let base = showName
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  base = truncateUtf8(base, MAX_BASE_BYTES)
    .replace(/^[. ]+/, '')
    .replace(/[. ]+$/, '');
  if (base === '' || /^_+$/.test(base)) base = 'show';
  if (RESERVED_ON_WINDOWS.test(base)) base = `_${base}`;
  return `${base}${SHOW_PACKAGE_EXTENSION}`;
}

function truncateUtf8(text: string, maxBytes: number): string {
  let bytes = 0;
  let out = '';
  for (const ch of text) {
    bytes += Buffer.byteLength(ch, 'utf8');
    if (bytes > maxBytes) break;
    out += ch;
  }
  return out;
}
