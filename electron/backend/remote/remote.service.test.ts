import { describe, expect, it, vi } from 'vitest';
import type { RemoteInfo } from '../../../shared/domain/remote/remoteDevice';
import { backendTestContext, domainError } from '../../../test/support/backend/catalogTestContext';
import type { BackendContext } from '../backendContext';
import { PAIRING_OFFER_MS } from './pairingOffer';
import { createRemoteService } from './remote.service';

const ORIGIN = 'http://192.168.1.23:5319';

/** A service on a test database whose clock the test moves. */
function setup(host: BackendContext['host'] = 'serve') {
  const base = backendTestContext();
  let t = 1_700_000_000_000;
  const ctx: typeof base = { ...base, host, clock: { now: () => t, monotonic: () => t } };
  const remote = createRemoteService(ctx);
  const pushed: RemoteInfo[] = [];
  ctx.hub.subscribe('remote.info', (d) => pushed.push(d as RemoteInfo));
  const advance = (ms: number) => {
    t += ms;
  };
  return { ctx, remote, pushed, advance, access: remote.access };
}

function codeOf(url: string): string {
  return new URL(url).searchParams.get('pair') ?? '';
}

describe('remote service', () => {
  it('under serve without --lan: not on the LAN, offers refused with a sentence saying to start with --lan', () => {
    const { remote, access } = setup();
    access.setEndpoint({ listening: false, problem: 'not_on_lan' });
    expect(remote.info()).toMatchObject({ enabled: false, canToggle: false, listening: false, origin: null, problem: 'not_on_lan' });
    const error = domainError(() => remote.offer('control'));
    expect(error.code).toBe('CONFLICT');
    expect(error.reason).toBe('not_on_lan');
    expect(error.message).toContain('--lan');
    expect(domainError(() => remote.setEnabled(true)).reason).toBe('not_toggleable');
  });

  it('pairs: offer → code spent once → pending (opens nothing) → confirmed (active) → revoked (gone)', () => {
    const { remote, access, pushed } = setup();
    access.setEndpoint({ listening: true, origin: ORIGIN, port: 5319 });
    const offer = remote.offer('control');
    expect(offer.url).toMatch(/^http:\/\/192\.168\.1\.23:5319\/remote\?pair=[A-Za-z0-9_-]{22}$/);
    expect(remote.info().offer).toEqual(offer);

    const paired = access.pair({ code: codeOf(offer.url), name: '小王的手机' }, '192.168.1.50');
    if (!paired.ok) throw new Error(paired.message);
    expect(paired.response).toMatchObject({ role: 'control', name: '小王的手机' });
    // The code is spent: a second phone with the same QR code is refused, and the offer is closed.
    expect(access.pair({ code: codeOf(offer.url), name: 'other' }, null)).toMatchObject({ ok: false });
    expect(remote.info().offer).toBeNull();

    const { token, deviceId } = paired.response;
    expect(access.authorize(token)).toEqual({ deviceId, role: 'remote-control', status: 'pending' });
    expect(remote.info().devices).toEqual([
      expect.objectContaining({ id: deviceId, status: 'pending', address: '192.168.1.50', confirmedAt: null, connected: false }),
    ]);
    // Only the hash is stored.
    const stored = JSON.stringify(remote.info()) + JSON.stringify(pushed);
    expect(stored).not.toContain(token);

    remote.confirm(deviceId, true);
    expect(access.authorize(token)).toMatchObject({ status: 'active' });
    expect(domainError(() => remote.confirm(deviceId, true)).reason).toBe('already_active');

    const removed = vi.fn();
    access.onDeviceRemoved(removed);
    remote.revoke(deviceId);
    expect(removed).toHaveBeenCalledWith(deviceId);
    expect(access.authorize(token)).toBeNull();
    expect(remote.info().devices).toEqual([]);
    expect(domainError(() => remote.revoke(deviceId)).code).toBe('NOT_FOUND');
    expect(pushed.at(-1)?.devices).toEqual([]);
  });

  it('forgets a declined device; a view offer points at the presenter page', () => {
    const { remote, access } = setup();
    access.setEndpoint({ listening: true, origin: ORIGIN, port: 5319 });
    const offer = remote.offer('view');
    expect(new URL(offer.url).pathname).toBe('/presenter');
    const paired = access.pair({ code: codeOf(offer.url), name: 'iPad' }, null);
    if (!paired.ok) throw new Error(paired.message);
    expect(access.authorize(paired.response.token)).toMatchObject({ role: 'remote-view', status: 'pending' });
    remote.confirm(paired.response.deviceId, false);
    expect(access.authorize(paired.response.token)).toBeNull();
    expect(remote.info().devices).toEqual([]);
    expect(domainError(() => remote.confirm('nope', true)).code).toBe('NOT_FOUND');
  });

  it('refuses an expired, replaced or withdrawn code', () => {
    const { remote, access, advance } = setup();
    access.setEndpoint({ listening: true, origin: ORIGIN, port: 5319 });
    const first = remote.offer('control');
    const second = remote.offer('control');
    expect(access.pair({ code: codeOf(first.url), name: 'a' }, null)).toMatchObject({ ok: false });
    advance(PAIRING_OFFER_MS);
    expect(remote.info().offer).toBeNull();
    expect(access.pair({ code: codeOf(second.url), name: 'a' }, null)).toMatchObject({ ok: false });
    const third = remote.offer('view');
    remote.cancelOffer();
    expect(access.pair({ code: codeOf(third.url), name: 'a' }, null)).toMatchObject({ ok: false });
    expect(remote.info().devices).toEqual([]);
  });

  it('refuses tokens it never made', () => {
    const { access } = setup();
    for (const token of ['', null, undefined, 'x', 'a'.repeat(43)]) expect(access.authorize(token)).toBeNull();
  });

  it('keeps connected and lastSeenAt from the transports', () => {
    const { remote, access, advance } = setup();
    access.setEndpoint({ listening: true, origin: ORIGIN, port: 5319 });
    const paired = access.pair({ code: codeOf(remote.offer('control').url), name: 'phone' }, null);
    if (!paired.ok) throw new Error(paired.message);
    const id = paired.response.deviceId;
    remote.confirm(id, true);
    advance(1000);
    access.connectionOpened(id);
    access.connectionOpened(id);
    expect(remote.info().devices[0]).toMatchObject({ connected: true, lastSeenAt: 1_700_000_001_000 });
    access.connectionClosed(id);
    expect(remote.info().devices[0]?.connected).toBe(true);
    advance(1000);
    access.connectionClosed(id);
    expect(remote.info().devices[0]).toMatchObject({ connected: false, lastSeenAt: 1_700_000_002_000 });
  });

  it('says no_network when listening without a LAN address, and refuses offers then', () => {
    const { remote, access } = setup('electron');
    access.setEndpoint({ listening: true, origin: null, port: 5319 });
    expect(remote.info()).toMatchObject({ listening: true, origin: null, problem: 'no_network' });
    expect(domainError(() => remote.offer('control')).reason).toBe('no_network');
  });

  it('in the desktop app: the switch is stored, tells its listeners, and an off switch withdraws the offer', () => {
    const { ctx, remote, access } = setup('electron');
    expect(remote.info()).toMatchObject({ enabled: false, canToggle: true });
    expect(domainError(() => remote.offer('control')).reason).toBe('remote_off');
    const seen = vi.fn();
    access.onEnabledChange(seen);
    remote.setEnabled(true);
    remote.setEnabled(true);
    expect(seen.mock.calls).toEqual([[true]]);
    access.setEndpoint({ listening: true, origin: ORIGIN, port: 5319 });
    remote.offer('control');
    remote.setEnabled(false);
    expect(seen.mock.calls).toEqual([[true], [false]]);
    expect(remote.info()).toMatchObject({ enabled: false, offer: null });
    // The next start reads the switch from the database.
    remote.setEnabled(true);
    expect(createRemoteService(ctx).access.enabled()).toBe(true);
  });

  it('opens the presenter through the desktop shell, and says when there is none', () => {
    const { remote, access } = setup('electron');
    expect(remote.openPresenter()).toEqual({ opened: false });
    const open = vi.fn();
    access.setPresenterOpener(open);
    expect(remote.openPresenter()).toEqual({ opened: true });
    expect(open).toHaveBeenCalledTimes(1);
  });
});
