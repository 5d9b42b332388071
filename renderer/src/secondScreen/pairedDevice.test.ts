import { describe, expect, it } from 'vitest';
import { forgetPairedDevice, PAIRED_DEVICE_KEY, readPairedDevice, savePairedDevice } from './pairedDevice';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

describe('the paired device kept in the browser', () => {
  it('keeps, reads back and forgets the token', () => {
    const storage = memoryStorage();
    const device = { deviceId: 'd1', token: 'tok', role: 'control' as const, name: '小王的手机' };
    savePairedDevice(storage, device);
    expect(readPairedDevice(storage)).toEqual(device);
    forgetPairedDevice(storage);
    expect(readPairedDevice(storage)).toBeNull();
  });

  it('treats damaged or foreign content as not paired', () => {
    const storage = memoryStorage();
    for (const bad of ['{', 'null', '{"token":"x"}', JSON.stringify({ deviceId: 'd', token: 't', role: 'admin', name: 'x' })]) {
      storage.items.set(PAIRED_DEVICE_KEY, bad);
      expect(readPairedDevice(storage)).toBeNull();
    }
  });
});
