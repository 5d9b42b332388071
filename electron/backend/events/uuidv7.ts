import { randomFillSync } from 'node:crypto';

let lastMs = -1;
let lastRand: Buffer = Buffer.alloc(10);

// Random bytes drawn 4 KiB at a time: one small synchronous draw per id costs more than the insert it is for
// when a bulk import creates tens of thousands of ids.
const pool = Buffer.alloc(4096);
let poolAt = pool.length;
function random10(): Buffer {
  if (poolAt + 10 > pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  const out = Buffer.from(pool.subarray(poolAt, poolAt + 10));
  poolAt += 10;
  return out;
}

/**
 * UUID version 7 (RFC 9562): 48-bit Unix ms timestamp, then random bits. Within one millisecond
 * the random part is incremented instead of redrawn, so ids from one process sort in creation order.
 */
export function uuidv7(nowMs: number = Date.now()): string {
  let rand: Buffer;
  if (nowMs <= lastMs) {
    rand = Buffer.from(lastRand);
    for (let i = rand.length - 1; i >= 0; i--) {
      rand[i] = ((rand[i] as number) + 1) & 0xff;
      if (rand[i] !== 0) break;
    }
    nowMs = lastMs;
  } else {
    rand = random10();
    rand[0] = (rand[0] as number) & 0x7f; // headroom so increments rarely carry into the version bits
  }
  lastMs = nowMs;
  lastRand = rand;

  const bytes = Buffer.alloc(16);
  bytes.writeUIntBE(nowMs, 0, 6);
  rand.copy(bytes, 6);
  bytes[6] = 0x70 | ((bytes[6] as number) & 0x0f); // version 7
  bytes[8] = 0x80 | ((bytes[8] as number) & 0x3f); // RFC variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
