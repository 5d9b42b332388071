import { describe, expect, it } from 'vitest';
import { HubRequestError } from '../../../../shared/api/hub/hubClient';
import type { ResultsExportQuery } from '../../../../shared/api/hub/hubConsole';
import { fetchResultsFile } from './resultsExport';

const query: ResultsExportQuery = {
  from: '2026-11-08',
  to: '2026-12-07',
  tzOffsetMinutes: 480,
  region: '华东',
  format: 'xlsx',
  language: 'zh-CN',
};

/** Options for a call whose sign-in stays valid; `expired` counts the 401s passed on. */
function options(fetch: typeof globalThis.fetch, timeoutMs?: number) {
  const seen = { expired: 0 };
  return { seen, options: { fetch, onUnauthenticated: () => void seen.expired++, ...(timeoutMs === undefined ? {} : { timeoutMs }) } };
}

const hubError = (status: number, code: string, message: string) =>
  new Response(JSON.stringify({ error: { code, message } }), { status, headers: { 'content-type': 'application/json' } });

describe('fetching the results file', () => {
  it('asks for the same query with the bearer token and takes the hub’s file name', async () => {
    const seen: { url: string; auth: string | null }[] = [];
    const fakeFetch = (async (url: string | URL | Request, init?: RequestInit) => {
      seen.push({ url: String(url), auth: new Headers(init?.headers).get('authorization') });
      return new Response(new Uint8Array([1, 2, 3]), {
        headers: { 'content-disposition': `attachment; filename="r.xlsx"; filename*=UTF-8''${encodeURIComponent('跨店业绩.xlsx')}` },
      });
    }) as typeof fetch;
    const file = await fetchResultsFile('http://hub.example/', 'tok', query, options(fakeFetch).options);
    expect(file.fileName).toBe('跨店业绩.xlsx');
    expect(file.blob.size).toBe(3);
    const url = new URL(seen[0]?.url ?? '');
    expect(url.pathname).toBe('/v1/results/export');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      from: '2026-11-08',
      to: '2026-12-07',
      tzOffsetMinutes: '480',
      region: '华东',
      format: 'xlsx',
      language: 'zh-CN',
    });
    expect(seen[0]?.auth).toBe('Bearer tok');
  });

  it('names the file after the range when the hub gave no name', async () => {
    const fakeFetch = (async () => new Response('a,b\n')) as typeof fetch;
    expect((await fetchResultsFile('http://hub', 't', { ...query, format: 'csv' }, options(fakeFetch).options)).fileName).toBe(
      'results-2026-11-08-2026-12-07.csv',
    );
  });

  it('fails as any hub call does: the hub’s own refusal, a gateway’s error, a hub that cannot be reached', async () => {
    const refused = (async () => hubError(403, 'FORBIDDEN', 'region 华南 is not yours')) as typeof fetch;
    await expect(fetchResultsFile('http://hub', 't', query, options(refused).options)).rejects.toMatchObject({
      hubCode: 'FORBIDDEN',
      message: '/v1/results/export: region 华南 is not yours',
    });
    const proxy = (async () => new Response('<html>', { status: 502 })) as typeof fetch;
    await expect(fetchResultsFile('http://hub', 't', query, options(proxy).options)).rejects.toMatchObject({ problem: 'UNREACHABLE' });
    const down = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    await expect(fetchResultsFile('http://hub', 't', query, options(down).options)).rejects.toThrow(
      new HubRequestError('UNREACHABLE', 'http://hub cannot be reached (fetch failed)'),
    );
  });

  it('passes a 401 on, so the console returns to sign-in; other refusals leave the sign-in alone', async () => {
    const expired = options((async () => hubError(401, 'UNAUTHENTICATED', 'token expired')) as typeof fetch);
    await expect(fetchResultsFile('http://hub', 't', query, expired.options)).rejects.toMatchObject({ hubCode: 'UNAUTHENTICATED' });
    expect(expired.seen.expired).toBe(1);
    const forbidden = options((async () => hubError(403, 'FORBIDDEN', 'no')) as typeof fetch);
    await expect(fetchResultsFile('http://hub', 't', query, forbidden.options)).rejects.toThrow();
    expect(forbidden.seen.expired).toBe(0);
  });

  it('gives up on a hub that stays silent, as unreachable', async () => {
    const silent = (async (_url: string | URL | Request, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      })) as typeof fetch;
    await expect(fetchResultsFile('http://hub', 't', query, options(silent, 20).options)).rejects.toMatchObject({
      problem: 'UNREACHABLE',
      message: expect.stringMatching(/^http:\/\/hub did not answer within/),
    });
  });
});
