import { randomUUID } from 'node:crypto';
import type { AccessRole } from '../../../shared/api/access';
import { PAIR_PARAM, PRESENTER_PAGE_PATH, REMOTE_PAGE_PATH } from '../../../shared/api/wire';
import type {
  PairingOffer,
  PairRequest,
  PairResponse,
  RemoteDevice,
  RemoteDeviceStatus,
  RemoteInfo,
  RemoteProblem,
  RemoteRole,
} from '../../../shared/domain/remote/remoteDevice';
import { createToken } from '../../transport/ws/token';
import type { BackendContext } from '../backendContext';
import { DomainError } from '../dispatch/domainError';
import { PairingOffers } from './pairingOffer';
import { createRemoteDevicesDao } from './remoteDevices.dao';
import { hashToken, sameBytes } from './tokenHash';

/** Where paired devices reach the PC, as the server that serves them reports it. `origin` is null without a LAN address. */
export type RemoteEndpoint = { listening: true; origin: string | null; port: number } | { listening: false; problem: RemoteProblem | null };

/** What a device's token grants: a pending device is known (token check 202) but opens nothing yet. */
export interface RemoteGrant {
  deviceId: string;
  role: Extract<AccessRole, 'remote-control' | 'remote-view'>;
  status: RemoteDeviceStatus;
}

export type PairOutcome = { ok: true; response: PairResponse } | { ok: false; message: string };

/** What transports, the host and the desktop shell need of the remotes (the console's side is the remote.* methods). */
export interface RemoteAccess {
  /** The device a token belongs to, or null. Revoked and declined devices are gone, so their tokens give null. */
  authorize(token: string | null | undefined): RemoteGrant | null;
  /** POST REMOTE_PAIR_PATH: spends the open offer's code and adds a pending device. */
  pair(request: PairRequest, address: string | null): PairOutcome;
  /** A transport opened / closed a connection for a device (keeps `connected` and lastSeenAt). */
  connectionOpened(deviceId: string): void;
  connectionClosed(deviceId: string): void;
  /** Called with a device's id when it is revoked, so transports close its connections at once. */
  onDeviceRemoved(listener: (deviceId: string) => void): () => void;
  /** The desktop app's remote switch, remembered across restarts. */
  enabled(): boolean;
  onEnabledChange(listener: (enabled: boolean) => void): () => void;
  setEndpoint(endpoint: RemoteEndpoint): void;
  /** The desktop shell's "open the presenter window"; none under `npm run serve`. */
  setPresenterOpener(open: (() => void) | null): void;
}

const ROLE_OF: Record<RemoteRole, RemoteGrant['role']> = { control: 'remote-control', view: 'remote-view' };
/** A control phone opens the remote; a view-only device is a prompter (a tablet in front of the host). */
const PAGE_OF: Record<RemoteRole, string> = { control: REMOTE_PAGE_PATH, view: PRESENTER_PAGE_PATH };

/** Why a phone cannot pair now, said so the associate knows what to do. */
const UNREACHABLE: Record<RemoteProblem | 'remote_off', string> = {
  not_on_lan:
    'Phones cannot reach this PC: LiveCue listens on 127.0.0.1 only. Start it with `npm run serve -- --lan` to pair phones and tablets.',
  remote_off: 'Turn on the remote switch first: phones and tablets pair only while the PC accepts them on the network.',
  no_network: 'This PC has no network address a phone can reach. Connect it to the shop’s network (Wi-Fi or cable) and try again.',
  port_in_use: 'Another program holds the remote port, so phones cannot connect. Close it or restart the PC, then try again.',
  failed: 'The remote server could not start, so phones cannot connect. Turn the remote switch off and on again.',
};

export function createRemoteService(ctx: BackendContext) {
  const dao = createRemoteDevicesDao(ctx.db);
  const offers = new PairingOffers();
  const canToggle = ctx.host === 'electron';
  let endpoint: RemoteEndpoint = { listening: false, problem: null };
  let presenterOpener: (() => void) | null = null;
  let expiryTimer: NodeJS.Timeout | null = null;
  /** Open connections per device, from every transport. */
  const connections = new Map<string, number>();
  const removedListeners = new Set<(deviceId: string) => void>();
  const enabledListeners = new Set<(enabled: boolean) => void>();
  const now = () => ctx.clock.now();

  function enabled(): boolean {
    return canToggle ? dao.switchOn() : endpoint.listening;
  }

  function problem(): RemoteProblem | null {
    if (!endpoint.listening) return endpoint.problem;
    return endpoint.origin === null ? 'no_network' : null;
  }

  function offerView(): PairingOffer | null {
    const offer = offers.current(now());
    if (!offer || !endpoint.listening || endpoint.origin === null) return null;
    const url = `${endpoint.origin}${PAGE_OF[offer.role]}?${PAIR_PARAM}=${encodeURIComponent(offer.code)}`;
    return { role: offer.role, url, expiresAt: offer.expiresAt };
  }

  function info(): RemoteInfo {
    const devices: RemoteDevice[] = dao.list().map((d) => ({ ...d, connected: (connections.get(d.id) ?? 0) > 0 }));
    return {
      enabled: enabled(),
      canToggle,
      listening: endpoint.listening,
      origin: endpoint.listening ? endpoint.origin : null,
      problem: problem(),
      offer: offerView(),
      devices,
    };
  }

  function publish(): RemoteInfo {
    const next = info();
    ctx.hub.publish('remote.info', next);
    return next;
  }

  /** The settings screen drops an offer the moment it expires, without polling. */
  function scheduleExpiry(expiresAt: number | null): void {
    if (expiryTimer) clearTimeout(expiryTimer);
    expiryTimer = null;
    if (expiresAt === null) return;
    expiryTimer = setTimeout(() => publish(), Math.max(0, expiresAt - now()) + 10);
    expiryTimer.unref();
  }

  function unreachable(): DomainError {
    const why = problem() ?? (canToggle ? 'remote_off' : 'not_on_lan');
    return new DomainError('CONFLICT', UNREACHABLE[why], { reason: why });
  }

  function removeDevice(deviceId: string, event: 'remote.deviceDeclined' | 'remote.deviceRevoked'): void {
    const device = dao.get(deviceId);
    if (!device) throw DomainError.notFound('Device', deviceId, ['deviceId']);
    ctx.db.transaction(() => {
      dao.remove(deviceId);
      // The fact is logged (who, which role), never a token.
      ctx.events.append({ type: event, payload: { deviceId, name: device.name, role: device.role } });
    })();
    connections.delete(deviceId);
    for (const listener of [...removedListeners]) listener(deviceId);
  }

  function touch(deviceId: string): void {
    if (dao.get(deviceId)) dao.touch(deviceId, now());
  }

  const access: RemoteAccess = {
    authorize(token) {
      if (typeof token !== 'string' || token === '') return null;
      const hash = hashToken(token);
      // Looked up by hash (an index), then compared in constant time: timing says nothing about the token itself.
      const device = dao.byTokenHash(hash);
      if (!device || !sameBytes(device.tokenHash, hash)) return null;
      return { deviceId: device.id, role: ROLE_OF[device.role], status: device.status };
    },
    pair(request, address) {
      const role = offers.take(request.code, now());
      if (role === null)
        return { ok: false, message: 'This pairing code is wrong, used or expired. Scan the QR code shown on the PC again.' };
      scheduleExpiry(null);
      const token = createToken();
      const id = randomUUID();
      dao.insertPending({ id, name: request.name, role, tokenHash: hashToken(token), createdAt: now(), address });
      publish();
      return { ok: true, response: { deviceId: id, token, role, name: request.name } };
    },
    connectionOpened(deviceId) {
      connections.set(deviceId, (connections.get(deviceId) ?? 0) + 1);
      touch(deviceId);
      publish();
    },
    connectionClosed(deviceId) {
      const left = (connections.get(deviceId) ?? 0) - 1;
      if (left > 0) connections.set(deviceId, left);
      else connections.delete(deviceId);
      touch(deviceId);
      publish();
    },
    onDeviceRemoved(listener) {
      removedListeners.add(listener);
      return () => removedListeners.delete(listener);
    },
    enabled,
    onEnabledChange(listener) {
      enabledListeners.add(listener);
      return () => enabledListeners.delete(listener);
    },
    setEndpoint(next) {
      endpoint = next;
      publish();
    },
    setPresenterOpener(open) {
      presenterOpener = open;
    },
  };

  return {
    access,
    info,
    setEnabled(on: boolean): RemoteInfo {
      if (!canToggle)
        throw new DomainError(
          'CONFLICT',
          'Under `npm run serve` the --lan option decides whether phones can connect: restart it with (or without) --lan.',
          { reason: 'not_toggleable' },
        );
      if (on !== dao.switchOn()) {
        dao.setSwitch(on);
        if (!on) offers.cancel();
        for (const listener of [...enabledListeners]) listener(on);
      }
      return publish();
    },
    offer(role: RemoteRole): PairingOffer {
      if (!endpoint.listening || endpoint.origin === null) throw unreachable();
      const offer = offers.open(role, now());
      scheduleExpiry(offer.expiresAt);
      publish();
      const view = offerView();
      if (!view) throw unreachable();
      return view;
    },
    cancelOffer(): RemoteInfo {
      offers.cancel();
      scheduleExpiry(null);
      return publish();
    },
    confirm(deviceId: string, accept: boolean): RemoteInfo {
      const device = dao.get(deviceId);
      if (!device) throw DomainError.notFound('Device', deviceId, ['deviceId']);
      if (!accept) {
        removeDevice(deviceId, 'remote.deviceDeclined');
        return publish();
      }
      if (device.status !== 'pending')
        throw new DomainError('CONFLICT', `Device ${device.name} is already confirmed`, { reason: 'already_active' });
      ctx.db.transaction(() => {
        dao.activate(deviceId, now());
        ctx.events.append({ type: 'remote.deviceConfirmed', payload: { deviceId, name: device.name, role: device.role } });
      })();
      return publish();
    },
    revoke(deviceId: string): RemoteInfo {
      removeDevice(deviceId, 'remote.deviceRevoked');
      return publish();
    },
    openPresenter(): { opened: boolean } {
      if (!presenterOpener) return { opened: false };
      presenterOpener();
      return { opened: true };
    },
    close(): void {
      scheduleExpiry(null);
      removedListeners.clear();
      enabledListeners.clear();
    },
  };
}

export type RemoteService = ReturnType<typeof createRemoteService>;
