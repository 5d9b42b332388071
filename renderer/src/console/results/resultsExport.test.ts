import { describe, expect, it } from 'vitest';
import type { ResultsExportQuery } from '../../../../shared/api/hub/hubConsole';
import { ExportError, fetchResultsFile } from './resultsExport';

const query: ResultsExportQuery = {
  from: '2026-11-08',
  to: '2026-12-07',
  tzOffsetMinutes: 480,
  region: '华东',
  format: 'xlsx',
  language: 'zh-CN',
};

describe('fetching the results file', () => {
  it('asks for the same query with the bearer token and takes the hub’s file name', async () => {
    const seen: { url: string; auth: string | null }[] = [];
    const fakeFetch = (async (url: string | URL | Request, init?: RequestInit) => {
      seen.push({ url: String(url), auth: new Headers(init?.headers).get('authorization') });
      return new Response(new Uint8Array([1, 2, 3]), {
        headers: { 'content-disposition': `attachment; filename="r.xlsx"; filename*=UTF-8''${encodeURIComponent('跨店业绩.xlsx')}` },
      });
    }) as typeof fetch;
    const file = await fetchResultsFile('http://hub.example/', 'tok', query, fakeFetch);
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
    expect((await fetchResultsFile('http://hub', 't', { ...query, format: 'csv' }, fakeFetch)).fileName).toBe(
      'results-2026-11-08-2026-12-07.csv',
    );
  });

  it('fails with the hub’s own message, or the status, or why the hub could not be reached', async () => {
    const refused = (async () =>
      new Response(JSON.stringify({ error: { code: 'FORBIDDEN', message: 'region 华南 is not yours' } }), { status: 403 })) as typeof fetch;
    await expect(fetchResultsFile('http://hub', 't', query, refused)).rejects.toThrow(new ExportError('region 华南 is not yours'));
    const proxy = (async () => new Response('<html>', { status: 502 })) as typeof fetch;
    await expect(fetchResultsFile('http://hub', 't', query, proxy)).rejects.toThrow('HTTP 502');
    const down = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    await expect(fetchResultsFile('http://hub', 't', query, down)).rejects.toThrow('http://hub: fetch failed');
  });
});
