import { describe, expect, it } from 'vitest';
import { FLAP_MS, lostCause } from './reconnectPolicy';

describe('lostCause', () => {
  it('a port that never accepted is probed; a handshake the port accepted but that failed backs off', () => {
    expect(lostCause({ portAccepted: false, readyForMs: null })).toBe('refused');
    expect(lostCause({ portAccepted: true, readyForMs: null })).toBe('failed');
  });

  it('a drop after a while ready is probed; one right after ready (a crash loop) backs off like a failed handshake', () => {
    expect(lostCause({ portAccepted: true, readyForMs: FLAP_MS })).toBe('dropped');
    expect(lostCause({ portAccepted: true, readyForMs: FLAP_MS - 1 })).toBe('failed');
  });
});
