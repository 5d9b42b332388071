import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { pickLanAddress } from './lanAddress';

const v4 = (address: string, internal = false): NetworkInterfaceInfo => ({
  address,
  netmask: '255.255.255.0',
  family: 'IPv4',
  mac: '00:00:00:00:00:00',
  internal,
  cidr: `${address}/24`,
});
const v6 = (address: string): NetworkInterfaceInfo => ({
  address,
  netmask: 'ffff:ffff:ffff:ffff::',
  family: 'IPv6',
  mac: '00:00:00:00:00:00',
  internal: false,
  cidr: `${address}/64`,
  scopeid: 0,
});

describe('pickLanAddress', () => {
  it('takes the first private IPv4 that is not loopback', () => {
    expect(pickLanAddress({ lo: [v4('127.0.0.1', true)], eth0: [v6('fe80::1'), v4('192.168.1.23')], wlan0: [v4('10.0.0.5')] })).toBe(
      '192.168.1.23',
    );
  });

  it('prefers a private address over a public or VPN one listed first, and skips link-local', () => {
    expect(pickLanAddress({ tun0: [v4('100.64.0.2')], eth0: [v4('169.254.10.1')], wlan0: [v4('172.20.3.4')] })).toBe('172.20.3.4');
    expect(pickLanAddress({ eth0: [v4('172.32.0.1')], wlan0: [v4('172.15.0.1')] })).toBe('172.32.0.1');
  });

  it('falls back to any non-internal IPv4, and says null when there is none', () => {
    expect(pickLanAddress({ eth0: [v4('203.0.113.7')] })).toBe('203.0.113.7');
    expect(pickLanAddress({ lo: [v4('127.0.0.1', true)], eth0: [v6('2001:db8::1'), v4('169.254.1.1')], none: undefined })).toBeNull();
    expect(pickLanAddress({})).toBeNull();
  });
});
