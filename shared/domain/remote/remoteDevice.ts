import { z } from 'zod';

/** What a paired device may do: run the show (GO, standby, counters, 成交, PANIC) or only watch it (prompter). */
export const RemoteRole = z.enum(['control', 'view']);
export type RemoteRole = z.infer<typeof RemoteRole>;

/** A device that asked to pair is `pending` until the PC confirms it; only `active` devices' tokens open anything. */
export const RemoteDeviceStatus = z.enum(['pending', 'active']);
export type RemoteDeviceStatus = z.infer<typeof RemoteDeviceStatus>;

/** A phone or tablet paired with this PC. Its token is never shown again after pairing; revoking deletes it. */
export const RemoteDevice = z.object({
  id: z.string().min(1),
  /** What the person typed on the phone when pairing (e.g. "小王的手机"), trimmed, 1–40 characters. */
  name: z.string().min(1).max(40),
  role: RemoteRole,
  status: RemoteDeviceStatus,
  createdAt: z.number().int().nonnegative(),
  confirmedAt: z.number().int().nonnegative().nullable(),
  lastSeenAt: z.number().int().nonnegative().nullable(),
  /** The network address it paired from, shown when confirming so the associate can tell two phones apart. */
  address: z.string().nullable(),
  /** Whether it has a connection open now. */
  connected: z.boolean(),
});
export type RemoteDevice = z.infer<typeof RemoteDevice>;

/** An open invitation: the QR code's URL carries the PC's LAN address and a one-time pairing code. */
export const PairingOffer = z.object({
  role: RemoteRole,
  /** e.g. http://192.168.1.23:5319/remote?pair=XXXX — what the QR code holds. */
  url: z.string().url(),
  expiresAt: z.number().int().nonnegative(),
});
export type PairingOffer = z.infer<typeof PairingOffer>;

/** Why phones cannot reach the PC now. */
export const RemoteProblem = z.enum([
  /** `npm run serve` without --lan: it listens on 127.0.0.1 only. */
  'not_on_lan',
  /** No network interface with a LAN address. */
  'no_network',
  /** Another program holds the remote port. */
  'port_in_use',
  'failed',
]);
export type RemoteProblem = z.infer<typeof RemoteProblem>;

/** Settings → 遥控: the switch, where phones connect, the open offer and the paired devices. */
export const RemoteInfo = z.object({
  /** The remote switch: on = the PC accepts phones and tablets on the LAN. */
  enabled: z.boolean(),
  /** False under `npm run serve`, where `--lan` decides at start. */
  canToggle: z.boolean(),
  listening: z.boolean(),
  /** http://<LAN address>:<port>; null while not listening. Never 127.0.0.1. */
  origin: z.string().nullable(),
  problem: RemoteProblem.nullable(),
  offer: PairingOffer.nullable(),
  devices: z.array(RemoteDevice),
});
export type RemoteInfo = z.infer<typeof RemoteInfo>;

/** POST REMOTE_PAIR_PATH body: the code from the QR code and the device's name. */
export const PairRequest = z
  .object({
    code: z.string().min(1).max(64),
    name: z.string().trim().min(1).max(40),
  })
  .strict();
export type PairRequest = z.infer<typeof PairRequest>;

/**
 * The answer to a pairing request: the device's own token (kept by the phone) and its role. The token opens
 * nothing until the PC confirms; the phone asks TOKEN_CHECK_PATH (202 = waiting, 204 = confirmed, 401 = refused).
 */
export const PairResponse = z.object({
  deviceId: z.string().min(1),
  token: z.string().min(1),
  role: RemoteRole,
  name: z.string(),
});
export type PairResponse = z.infer<typeof PairResponse>;
