import type { TextEncodingName } from '../../../shared/domain/import/importPreview';
import type { Yielder } from './yielder';

/** Decoded in slices of this many bytes so a large file never blocks the loop in one go. */
const DECODE_CHUNK_BYTES = 512 * 1024;

/** Encoding given away by a byte-order mark, or null when there is none. */
export function encodingFromBom(bytes: Uint8Array): TextEncodingName | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

const decoderLabel: Record<TextEncodingName, string> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  gb18030: 'gb18030',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

/**
 * Detects and decodes a text file the way merchants' files come: a BOM decides; otherwise strict
 * UTF-8 (GBK text is almost never valid UTF-8), and if that fails GB18030, the superset of the
 * GBK that Excel writes on Chinese Windows. Nobody is asked which encoding the file has.
 */
export async function decodeText(bytes: Uint8Array, yielder: Yielder): Promise<{ text: string; encoding: TextEncodingName }> {
  const bom = encodingFromBom(bytes);
  if (bom) return { text: await decodeWith(bytes, bom, false, yielder), encoding: bom };
  try {
    return { text: await decodeWith(bytes, 'utf-8', true, yielder), encoding: 'utf-8' };
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    // Not UTF-8: GB18030 maps every byte sequence, so this cannot fail (bad bytes become U+FFFD).
    return { text: await decodeWith(bytes, 'gb18030', false, yielder), encoding: 'gb18030' };
  }
}

async function decodeWith(bytes: Uint8Array, encoding: TextEncodingName, fatal: boolean, yielder: Yielder): Promise<string> {
  // ignoreBOM false: the decoder consumes the BOM instead of leaving U+FEFF in the first header.
  const decoder = new TextDecoder(decoderLabel[encoding], { fatal, ignoreBOM: false });
  const parts: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += DECODE_CHUNK_BYTES) {
    const end = Math.min(bytes.length, offset + DECODE_CHUNK_BYTES);
    parts.push(decoder.decode(bytes.subarray(offset, end), { stream: end < bytes.length }));
    await yielder.maybeYield();
  }
  if (bytes.length === 0) parts.push(decoder.decode());
  return parts.join('');
}
