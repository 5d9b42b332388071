import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { type HubAuth, type HubEndpointName, type HubEndpoints, hubEndpoints } from '../../shared/api/hub/hubEndpoints';
import { HUB_ERROR_STATUS, type HubError } from '../../shared/api/hub/hubErrors';
import { INGEST_MAX_BYTES } from '../../shared/api/hub/hubIngest';
import type { ProducerRole } from '../../shared/api/hub/hubProducer';
import type { HubQueryable } from '../db/hubDb';
import { authenticateDevice, authenticateProducer, type Caller, type DeviceCaller, type ProducerCaller } from './hubAuth';
import { HubHttpError } from './hubHttpError';

/** The shape every entry of `hubEndpoints` has; the registration loop reads them through it. */
interface RouteSpec {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  auth: HubAuth;
  roles?: readonly ProducerRole[];
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType | null;
}

type Parsed<E, F extends 'params' | 'query' | 'body'> = E extends { [P in F]: infer S extends z.ZodType } ? z.output<S> : undefined;
/** What a route with `response: null` answers: raw bytes. */
export interface RawBody {
  bytes: Uint8Array;
  mime: string;
  /** Sent as an attachment under this name (a download), else inline. */
  fileName?: string;
}
type Output<E> = E extends { response: infer R } ? (R extends z.ZodType ? z.input<R> : RawBody) : never;

/**
 * Device routes a signed-in producer may call too: an image, which the producer's own LiveCue shows
 * while preparing a publication (the contract: "a device that has a publication naming it, or a producer").
 */
const PRODUCERS_TOO: ReadonlySet<HubEndpointName> = new Set(['image']);
type ProducersToo = 'image';

export interface EndpointInput<E extends RouteSpec, C = Caller<E['auth']>> {
  params: Parsed<E, 'params'>;
  query: Parsed<E, 'query'>;
  body: Parsed<E, 'body'>;
  caller: C;
  /** The client's address (the proxy's X-Forwarded-For when the hub trusts that proxy). */
  clientIp: string;
}
export type HubHandlers = {
  [K in HubEndpointName]: (
    input: EndpointInput<HubEndpoints[K], K extends ProducersToo ? DeviceCaller | ProducerCaller : Caller<HubEndpoints[K]['auth']>>,
  ) => Promise<Output<HubEndpoints[K]>>;
};

const MB = 1024 * 1024;
/** Events are capped by the contract; an image is 10 MB, base64 makes it ~13.4 MB; a publication carries a show's JSON. */
const BODY_LIMITS: Partial<Record<HubEndpointName, number>> = { ingest: INGEST_MAX_BYTES, imageUpload: 14 * MB, publish: 32 * MB };

export interface RegisterOptions {
  db: HubQueryable;
  clock: () => number;
  /** Check every answer against its schema before it leaves (a contract slip is a 500, not a bad answer). */
  validateResponses: boolean;
}

/** Registers every route of the contract through one path: auth, validation, handler, answer. */
export function registerEndpoints(app: FastifyInstance, handlers: HubHandlers, options: RegisterOptions): void {
  for (const name of Object.keys(hubEndpoints) as HubEndpointName[]) {
    const spec: RouteSpec = hubEndpoints[name];
    // The map is typed per route above; here one loop serves them all, so the pairing is erased.
    const handler = handlers[name] as unknown as (input: EndpointInput<RouteSpec>) => Promise<unknown>;
    app.route({
      method: spec.method,
      url: spec.path,
      bodyLimit: BODY_LIMITS[name] ?? MB,
      handler: async (request, reply) => {
        const input = {
          caller: await authenticate(spec, request, options, PRODUCERS_TOO.has(name)),
          params: validate(spec.params, request.params, 'params'),
          query: validate(spec.query, request.query, 'query'),
          body: validate(spec.body, request.body, 'body'),
          clientIp: request.ip,
        } as EndpointInput<RouteSpec>;
        return answer(spec, await handler(input), reply, options);
      },
    });
  }
  app.setNotFoundHandler((request, reply) => sendError(reply, new HubHttpError('NOT_FOUND', `No route ${request.method} ${request.url}.`)));
  app.setErrorHandler((error, request, reply) => {
    const refusal = toHubHttpError(error);
    if (refusal.code === 'INTERNAL') request.log.error(error);
    return sendError(reply, refusal);
  });
}

async function authenticate(spec: RouteSpec, request: FastifyRequest, options: RegisterOptions, producersToo: boolean) {
  const header = request.headers.authorization;
  if (spec.auth === 'device' && producersToo) {
    return authenticateDevice(options.db, header, options.clock()).catch(async (error: unknown) => {
      if (!(error instanceof HubHttpError && error.code === 'UNAUTHENTICATED')) throw error;
      return authenticateProducer(options.db, header, ['admin', 'producer', 'viewer'], options.clock()).catch(() => {
        throw error; // neither: the device's refusal is the one to explain
      });
    });
  }
  if (spec.auth === 'device') return authenticateDevice(options.db, header, options.clock());
  if (spec.auth === 'producer') return authenticateProducer(options.db, header, spec.roles ?? [], options.clock());
  return Promise.resolve(null);
}

function validate(schema: z.ZodType | undefined, value: unknown, where: 'params' | 'query' | 'body'): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [where, ...(issue?.path ?? []).map((p) => (typeof p === 'symbol' ? String(p) : p))];
  throw HubHttpError.invalid(`${path.join('.')}: ${issue?.message ?? 'invalid'}`, path);
}

function answer(spec: RouteSpec, result: unknown, reply: FastifyReply, options: RegisterOptions) {
  if (spec.response === null) {
    const raw = result as RawBody;
    if (raw.fileName !== undefined) reply.header('content-disposition', contentDisposition(raw.fileName));
    return reply.type(raw.mime).send(Buffer.from(raw.bytes.buffer, raw.bytes.byteOffset, raw.bytes.byteLength));
  }
  if (!options.validateResponses) return reply.send(result);
  const checked = spec.response.safeParse(result);
  if (!checked.success) throw new Error(`Answer of ${spec.method} ${spec.path} breaks the contract: ${checked.error.message}`);
  return reply.send(checked.data);
}

/** RFC 6266: an ASCII fallback name plus the UTF-8 one, so a Chinese file name survives every browser. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function toHubHttpError(error: unknown): HubHttpError {
  if (error instanceof HubHttpError) return error;
  const { code, statusCode, message } = (error ?? {}) as { code?: string; statusCode?: number; message?: string };
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new HubHttpError('TOO_LARGE', 'The request body is too large.');
  // Fastify's own 4xx: malformed JSON, a wrong content type, an empty body.
  if (statusCode !== undefined && statusCode >= 400 && statusCode < 500) return HubHttpError.invalid(message ?? 'Bad request.', ['body']);
  return new HubHttpError('INTERNAL', 'The hub failed to answer; it has been logged.');
}

function sendError(reply: FastifyReply, error: HubHttpError) {
  const body: HubError = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.path ? { path: error.path } : {}),
      ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
    },
  };
  if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
  return reply.status(HUB_ERROR_STATUS[error.code]).send(body);
}
