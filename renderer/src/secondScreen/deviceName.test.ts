import { describe, expect, it } from 'vitest';
import { deviceKind } from './deviceName';

describe('deviceKind (the name a phone is offered when pairing)', () => {
  it('tells iPhone, iPad (also one that says Macintosh), Android and the rest apart', () => {
    expect(deviceKind('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)')).toBe('iphone');
    expect(deviceKind('Mozilla/5.0 (iPad; CPU OS 16_0 like Mac OS X)')).toBe('ipad');
    expect(deviceKind('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)', 5)).toBe('ipad');
    expect(deviceKind('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)', 0)).toBe('other');
    expect(deviceKind('Mozilla/5.0 (Linux; Android 14; Pixel 8)')).toBe('android');
    expect(deviceKind('Mozilla/5.0 (X11; Linux x86_64)')).toBe('other');
  });
});
