import { type NetworkInterfaceInfo, networkInterfaces } from 'node:os';

/** RFC 1918 ranges: where a shop's router puts its PCs and phones. */
function isPrivate(address: string): boolean {
  const [a = -1, b = -1] = address.split('.').map(Number);
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/** Link-local (169.254.x.x): what a PC gives itself when no router answered; a phone cannot reach it. */
const isLinkLocal = (address: string) => address.startsWith('169.254.');

/**
 * The address a phone on the same network reaches this PC at: the first non-internal IPv4, preferring the private
 * ranges (a VPN or a public address comes second), never loopback or link-local. Null when there is none.
 * Pure: `interfaces` is what os.networkInterfaces() returns.
 */
export function pickLanAddress(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string | null {
  const candidates = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((info) => info.family === 'IPv4' && !info.internal && !isLinkLocal(info.address))
    .map((info) => info.address);
  return candidates.find(isPrivate) ?? candidates[0] ?? null;
}

/** This PC's LAN address now. */
export const currentLanAddress = (): string | null => pickLanAddress(networkInterfaces());
