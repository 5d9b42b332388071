import { setImmediate as nextMacrotask } from 'node:timers/promises';
import { Inflate } from 'fflate';

/** A zip the reader will not open; the message says why, in words for the user. */
export class ZipReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipReadError';
  }
}

/** One entry from the zip's central directory, with the sizes it declares (nothing is inflated yet). */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  compressedSize: number;
  /** Declared uncompressed size; inflating never produces more than this. */
  size: number;
  /** Where the entry's (compressed) data starts in the file. */
  dataOffset: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/**
 * Lists a zip's entries from its central directory without inflating anything, so sizes can be
 * checked before any work is done. Plain zip only: ZIP64, encryption and multi-disk archives are refused
 * (a package is at most a few hundred MB, so it never needs ZIP64).
 */
export function listZipEntries(data: Uint8Array, maxEntries: number): ZipEntry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const notZip = () => new ZipReadError('not a zip file');
  const damaged = (what: string) => new ZipReadError(`the zip file is damaged (${what})`);

  if (data.length < EOCD_SIZE) throw notZip();
  const head = u32(0);
  if (head !== SIG_LOCAL && head !== SIG_END) throw notZip();

  let end = -1;
  for (let at = data.length - EOCD_SIZE; at >= Math.max(0, data.length - EOCD_SIZE - MAX_COMMENT); at--) {
    if (u32(at) === SIG_END) {
      end = at;
      break;
    }
  }
  if (end < 0) throw damaged('no end-of-archive record');
  const count = u16(end + 10);
  const dirSize = u32(end + 12);
  const dirOffset = u32(end + 16);
  if (u16(end + 4) !== 0 || u16(end + 6) !== 0 || u16(end + 8) !== count) throw new ZipReadError('multi-part zip files are not supported');
  if (count === 0xffff || dirOffset === 0xffffffff || dirSize === 0xffffffff) throw new ZipReadError('ZIP64 archives are not supported');
  if (count > maxEntries) throw new ZipReadError(`the zip has ${count} entries; at most ${maxEntries} are allowed`);
  if (dirOffset + dirSize > end) throw damaged('central directory out of range');

  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(at) !== SIG_CENTRAL) throw damaged(`central directory entry ${i + 1}`);
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const compressedSize = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const localOffset = u32(at + 42);
    if (at + 46 + nameLength > end) throw damaged(`central directory entry ${i + 1}`);
    const name = decoder.decode(data.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;

    if (flags & 1) throw new ZipReadError(`entry ${JSON.stringify(name)} is encrypted`);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) {
      throw new ZipReadError('ZIP64 archives are not supported');
    }
    if (localOffset + 30 > dirOffset || u32(localOffset) !== SIG_LOCAL) throw damaged(`local header of ${JSON.stringify(name)}`);
    const dataOffset = localOffset + 30 + u16(localOffset + 26) + u16(localOffset + 28);
    if (dataOffset + compressedSize > dirOffset) throw damaged(`data of ${JSON.stringify(name)} out of range`);
    entries.push({ name, method, compressedSize, size, dataOffset });
  }
  return entries;
}

/** Compressed bytes fed to the inflater at a time. Deflate expands at most ~1032×, so one push yields at most ~16 MB. */
const PUSH_BYTES = 16 * 1024;
/**
 * Inflated bytes between two turns of the event loop. Counted on the output: JSON compresses ten to
 * one, so a 3 MB products.json is only ~300 KB of input and would otherwise inflate in one turn.
 */
const YIELD_EVERY = 256 * 1024;

/**
 * The entry's bytes. Inflates in small pieces and stops as soon as the output would exceed the declared
 * size (a zip bomb that lies about its size costs at most one piece), giving the event loop a turn
 * every 256 KB of output.
 */
export async function readZipEntry(data: Uint8Array, entry: ZipEntry): Promise<Uint8Array> {
  const label = JSON.stringify(entry.name);
  const compressed = data.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new ZipReadError(`entry ${label} is damaged (stored size mismatch)`);
    return compressed.slice();
  }
  if (entry.method !== 8) throw new ZipReadError(`entry ${label} uses an unsupported compression method (${entry.method})`);

  const out = new Uint8Array(entry.size);
  let written = 0;
  let lastTurnAt = 0;
  let overflow = false;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    if (overflow) return;
    if (written + chunk.length > out.length) {
      overflow = true;
      return;
    }
    out.set(chunk, written);
    written += chunk.length;
    if (final) finished = true;
  });
  try {
    for (let offset = 0; offset < compressed.length || (offset === 0 && compressed.length === 0); offset += PUSH_BYTES) {
      const next = Math.min(offset + PUSH_BYTES, compressed.length);
      inflater.push(compressed.subarray(offset, next), next >= compressed.length);
      if (overflow) throw new ZipReadError(`entry ${label} inflates to more than its declared ${entry.size} bytes`);
      if (next >= compressed.length) break;
      if (written - lastTurnAt >= YIELD_EVERY) {
        lastTurnAt = written;
        await nextMacrotask();
      }
    }
  } catch (error) {
    if (error instanceof ZipReadError) throw error;
    throw new ZipReadError(`entry ${label} is damaged (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!finished || written !== entry.size)
    throw new ZipReadError(`entry ${label} is damaged (inflated to ${written} of ${entry.size} bytes)`);
  return out;
}
