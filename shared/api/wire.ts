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
/** Close code when the token is wrong (the upgrade itself is refused with HTTP 401 first). */
export const WS_CLOSE_UNAUTHORIZED = 4401;

export const ClientFrame = z.discriminatedUnion('type', [
  z.object({ type: z.literal('invoke'), id: z.number().int(), method: z.string(), payload: z.unknown() }),
  z.object({ type: z.literal('subscribe'), topic: z.string() }),
  z.object({ type: z.literal('unsubscribe'), topic: z.string() }),
]);
export type ClientFrame = z.infer<typeof ClientFrame>;

export const ServerFrame = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('result'),
    id: z.number().int().nullable(),
    result: z.union([z.object({ ok: z.literal(true), value: z.unknown() }), z.object({ ok: z.literal(false), error: ApiError })]),
  }),
  z.object({ type: z.literal('event'), topic: z.string(), data: z.unknown() }),
]);
export type ServerFrame = z.infer<typeof ServerFrame>;
