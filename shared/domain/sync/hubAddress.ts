/**
 * How a hub address is reached. A credential may go to `https`, `loopback` or `lan` (a head office on
 * the store's own network) without asking; `public-http` (plain HTTP across the internet) needs the
 * user's confirmation, because anyone on the way could read the credential.
 */
export type HubAddressKind = 'https' | 'loopback' | 'lan' | 'public-http';

export type HubAddress = { ok: true; url: string; kind: HubAddressKind } | { ok: false; message: string };

/** Parses what the user typed ("hub.example.com", "http://10.0.0.5:8787/") into the hub's base URL. */
export function parseHubAddress(typed: string): HubAddress {
  const text = typed.trim();
  if (!text) return { ok: false, message: 'Enter the head-office hub address' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, message: `"${text}" is not a web address` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, message: `The hub address must start with https:// or http://, not ${url.protocol}//` };
  if (url.username || url.password) return { ok: false, message: 'The hub address must not contain a user name or password' };
  if (url.search || url.hash) return { ok: false, message: 'The hub address must not contain ? or #' };
  const base = `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
  return { ok: true, url: base, kind: addressKind(url) };
}

function addressKind(url: URL): HubAddressKind {
  if (url.protocol === 'https:') return 'https';
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\./.test(host)) return 'loopback';
  if (isPrivateIpv4(host) || /^f[cd][0-9a-f]{2}:/.test(host) || /^fe80:/.test(host) || host.endsWith('.local')) return 'lan';
  return 'public-http';
}

function isPrivateIpv4(host: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}
