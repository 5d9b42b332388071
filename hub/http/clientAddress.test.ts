import { describe, expect, it } from 'vitest';
import { limitKey } from './clientAddress';

describe('the address a rate limit counts by', () => {
  it('is an IPv4 address itself, mapped or not', () => {
    expect(limitKey('10.0.0.9')).toBe('10.0.0.9');
    expect(limitKey('::ffff:10.0.0.9')).toBe('10.0.0.9');
  });

  it('is the /64 of an IPv6 address, however it is written', () => {
    expect(limitKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(limitKey('2001:0DB8:0001:0002::1')).toBe('2001:db8:1:2::/64');
    expect(limitKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(limitKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(limitKey('::1')).toBe('0:0:0:0::/64');
    expect(limitKey('2001:db8:1:2:3::')).toBe('2001:db8:1:2::/64');
  });
});
