import { z } from 'zod';
import { ApiError } from './errors';

/**
 * WebSocket frames. Invocations carry a client-chosen id echoed in the reply; subscriptions are
 * per topic per socket. Payloads stay `unknown` here: the contract validates them afterwards.
 */
export const WS_PATH = '/api/ws';
/** Query parameter carrying the per-launch token, on both the page URL and the socket URL. */
export const TOKEN_PARAM = 'token';
/**
 * HTTP endpoint answering 204 for a valid token and 401 otherwise. Browsers cannot see why a
 * WebSocket upgrade failed, so the client asks here to tell "wrong token" from "backend down".
 */
export const TOKEN_CHECK_PATH = '/api/token-check';
/** The phone remote's page and the presenter / prompter page, on the host and on the desktop app's remote server. */
export const REMOTE_PAGE_PATH = '/remote';
export const PRESENTER_PAGE_PATH = '/presenter';
/** Query parameter of the pairing URL in the QR code: the one-time pairing code. */
export const PAIR_PARAM = 'pair';
/** POST a PairRequest here (no token yet); rate-limited per address like wrong tokens. */
export const REMOTE_PAIR_PATH = '/api/remote/pair';
/** The desktop app's LAN server for paired devices (when the remote switch is on). */
export const DEFAULT_REMOTE_PORT = 5319;
/** Close code when the token is wrong (the upgrade itself is refused with HTTP 401 first). */
export const WS_CLOSE_UNAUTHORIZED = 4401;

/** Longest string id a client may choose. */
const MAX_REQUEST_ID_LENGTH = 64;
/**
 * A client-chosen request id: a safe integer (zod's `int()` refuses 1e308 and anything past 2^53) or a short
 * string. Anything else is not echoed back: the reply would not be the same id once the client parses it.
 */
export const RequestId = z.union([z.number().int(), z.string().min(1).max(MAX_REQUEST_ID_LENGTH)]);
export type RequestId = z.infer<typeof RequestId>;

export const ClientFrame = z.discriminatedUnion('type', [
  z.object({ type: z.literal('invoke'), id: RequestId, method: z.string(), payload: z.unknown() }),
  z.object({ type: z.literal('subscribe'), topic: z.string() }),
  z.object({ type: z.literal('unsubscribe'), topic: z.string() }),
]);
export type ClientFrame = z.infer<typeof ClientFrame>;

export const ServerFrame = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('result'),
    id: RequestId.nullable(),
    result: z.union([z.object({ ok: z.literal(true), value: z.unknown() }), z.object({ ok: z.literal(false), error: ApiError })]),
  }),
  z.object({ type: z.literal('event'), topic: z.string(), data: z.unknown() }),
]);
export type ServerFrame = z.infer<typeof ServerFrame>;
