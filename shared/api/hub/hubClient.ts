import type { z } from 'zod';
import type { SyncProblemCode } from '../../domain/sync/syncStatus';
import { type HubEndpointName, type HubEndpoints, hubEndpoints } from './hubEndpoints';
import { HubError, type HubErrorCode } from './hubErrors';

/** What went wrong talking to the hub, as the status shows it. `hubCode` is the hub's own refusal code, when it gave one. */
export class HubRequestError extends Error {
  constructor(
    readonly problem: SyncProblemCode,
    message: string,
    readonly hubCode: HubErrorCode | null = null,
    /** RATE_LIMITED: how long the hub asks to wait. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'HubRequestError';
  }
}

type JsonEndpoint = { [K in HubEndpointName]: HubEndpoints[K]['response'] extends z.ZodType ? K : never }[HubEndpointName];
type Spec<N extends HubEndpointName> = HubEndpoints[N];
export type HubAnswer<N extends JsonEndpoint> = z.output<Extract<Spec<N>['response'], z.ZodType>>;
type BodyOf<N extends HubEndpointName> = Spec<N> extends { body: z.ZodType } ? z.input<Spec<N>['body']> : never;

export interface HubCallOptions<N extends HubEndpointName> {
  body?: BodyOf<N>;
  query?: Record<string, string | number>;
  params?: Record<string, string>;
  /** Bearer credential (device) or token (producer); required by routes whose auth is not `none`. */
  token?: string | null;
}

export interface HubClientOptions {
  baseUrl: string;
  /** Per-request limit; a hub that does not answer in time counts as unreachable. */
  timeoutMs?: number;
  /** Injected in tests (e.g. to lose an answer after the hub handled the request). */
  fetch?: typeof fetch;
  /** Aborts every request in flight (the backend is closing). */
  signal?: AbortSignal;
}

/** A typed HTTP client for the hub's contract. Bodies are checked before sending, answers after receiving. */
export interface HubClient {
  readonly baseUrl: string;
  call<N extends JsonEndpoint>(name: N, options?: HubCallOptions<N>): Promise<HubAnswer<N>>;
  /** `GET /v1/images/:sha256`: raw bytes. */
  image(sha256: string, token: string): Promise<Uint8Array>;
}

const HUB_TIMEOUT_MS = 30_000;

// Node's fetch reports certificate problems through the cause's code.
const TLS_CODES = /CERT|SSL|TLS|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_VERIFY/;

export function createHubClient(options: HubClientOptions): HubClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? HUB_TIMEOUT_MS;
  const doFetch = options.fetch ?? fetch;

  async function send(name: HubEndpointName, call: HubCallOptions<HubEndpointName>): Promise<Response> {
    const spec: { method: string; path: string; auth: string; body?: z.ZodType } = hubEndpoints[name];
    let path = spec.path;
    for (const [key, value] of Object.entries(call.params ?? {})) path = path.replace(`:${key}`, encodeURIComponent(value));
    const query = new URLSearchParams(Object.entries(call.query ?? {}).map(([k, v]) => [k, String(v)])).toString();
    const headers: Record<string, string> = { accept: 'application/json' };
    if (spec.auth !== 'none') {
      if (!call.token) throw new HubRequestError('REJECTED', `${spec.path} needs a credential and none is stored`);
      headers.authorization = `Bearer ${call.token}`;
    }
    let body: string | undefined;
    if (spec.body) {
      // A body that breaks the contract is this PC's bug: refuse it here rather than send it.
      const checked = spec.body.safeParse(call.body);
      if (!checked.success) throw new Error(`${spec.method} ${spec.path}: request breaks the contract: ${checked.error.message}`);
      body = JSON.stringify(checked.data);
      headers['content-type'] = 'application/json';
    }
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}${query ? `?${query}` : ''}`, {
        method: spec.method,
        headers,
        ...(body === undefined ? {} : { body }),
        signal: options.signal ? AbortSignal.any([options.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw networkProblem(baseUrl, error, timeoutMs);
    }
    if (!response.ok) throw await refusal(spec.path, response);
    return response;
  }

  return {
    baseUrl,
    async call(name, call = {}) {
      const response = await send(name, call as HubCallOptions<HubEndpointName>);
      const schema = hubEndpoints[name].response as z.ZodType;
      let json: unknown;
      try {
        json = await response.json();
      } catch {
        throw new HubRequestError('BAD_RESPONSE', `${hubEndpoints[name].path}: the answer is not JSON; is ${baseUrl} a LiveCue hub?`);
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new HubRequestError(
          'BAD_RESPONSE',
          `${hubEndpoints[name].path}: the hub's answer does not match this LiveCue (${issue?.path.join('.') || 'answer'}: ${issue?.message ?? 'invalid'})`,
        );
      }
      return parsed.data as HubAnswer<typeof name>;
    },
    async image(sha256, token) {
      const response = await send('image', { params: { sha256 }, token });
      try {
        return new Uint8Array(await response.arrayBuffer());
      } catch (error) {
        throw networkProblem(baseUrl, error, timeoutMs);
      }
    },
  };
}

/** Why a request got no answer (timed out, refused connection, certificate), as the hub client says it. */
export function networkProblem(baseUrl: string, error: unknown, timeoutMs: number): HubRequestError {
  if (error instanceof HubRequestError) return error;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new HubRequestError('UNREACHABLE', `${baseUrl} did not answer within ${Math.round(timeoutMs / 1000)} s`);
  }
  const cause = error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  if (TLS_CODES.test(code)) return new HubRequestError('TLS', `${baseUrl}: the HTTPS certificate was refused (${code})`);
  const why = code || (typeof cause?.message === 'string' ? cause.message : error instanceof Error ? error.message : String(error));
  return new HubRequestError('UNREACHABLE', `${baseUrl} cannot be reached (${why})`);
}

/** A hub's non-2xx answer as the hub client says it: the hub's own code and message, or what the status means. */
export async function refusal(path: string, response: Response): Promise<HubRequestError> {
  let json: unknown = null;
  try {
    json = await response.json();
  } catch {
    // Not the hub's own error shape: a proxy or another server answered.
  }
  const parsed = HubError.safeParse(json);
  if (!parsed.success) {
    // A gateway error means the hub behind it is down: retry like any unreachable hub.
    if (response.status === 502 || response.status === 503 || response.status === 504)
      return new HubRequestError('UNREACHABLE', `${path}: the hub is not answering (HTTP ${response.status})`);
    return new HubRequestError('BAD_RESPONSE', `${path}: HTTP ${response.status} without a hub error; is this a LiveCue hub?`);
  }
  const { code, message, retryAfterSeconds } = parsed.data.error;
  const problem: SyncProblemCode =
    code === 'DEVICE_REVOKED'
      ? 'REVOKED'
      : code === 'ENROLLMENT_CODE_INVALID'
        ? 'CODE_INVALID'
        : code === 'RATE_LIMITED'
          ? 'RATE_LIMITED'
          : 'REJECTED';
  return new HubRequestError(problem, `${path}: ${message}`, code, retryAfterSeconds ?? null);
}
