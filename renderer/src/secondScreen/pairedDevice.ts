import { PairResponse } from '../../../shared/domain/remote/remoteDevice';

/** Where a paired phone or tablet keeps its token: the phone remote and the prompter (same origin) share it. */
export const PAIRED_DEVICE_KEY = 'livecue.remote.device';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The device this browser paired as, or null (none yet, or damaged: then it pairs again). */
export function readPairedDevice(storage: KeyValueStore): PairResponse | null {
  try {
    const raw = storage.getItem(PAIRED_DEVICE_KEY);
    if (raw === null) return null;
    const parsed = PairResponse.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function savePairedDevice(storage: KeyValueStore, device: PairResponse): void {
  storage.setItem(PAIRED_DEVICE_KEY, JSON.stringify(device));
}

export function forgetPairedDevice(storage: KeyValueStore): void {
  storage.removeItem(PAIRED_DEVICE_KEY);
}
