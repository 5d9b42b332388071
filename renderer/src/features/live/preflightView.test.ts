import { describe, expect, it } from 'vitest';
import type { PreflightCheck, SessionPreflight } from '../../../../shared/domain/session/sessionPreflight';
import { checkTextKey, formatGiB, outputOptions, outputsToStart, startHint } from './preflightView';

const check = (over: Partial<PreflightCheck>): PreflightCheck => ({
  id: 'obs',
  status: 'ok',
  code: 'OK',
  message: 'm',
  issues: [],
  ...over,
});

const preflight = (obs: SessionPreflight['obs']): SessionPreflight => ({ showId: 's', checkedAt: 1, ready: true, checks: [], obs });

describe('preflight view', () => {
  it('translates a check by its code, and OK by which check it is', () => {
    expect(checkTextKey(check({ status: 'failed', code: 'OBS_NOT_CONFIGURED' }))).toBe('live.preflight.codes.OBS_NOT_CONFIGURED');
    expect(checkTextKey(check({ id: 'disk' }))).toBe('live.preflight.ok.disk');
    expect(checkTextKey(check({ code: 'SOMETHING_NEW' }))).toBeNull();
    expect(checkTextKey(check({ id: 'scenes', status: 'skipped', code: 'OBS_NOT_READY' }))).toBe('live.preflight.notCheckedObs');
    expect(checkTextKey(check({ status: 'failed', code: 'OBS_NOT_READY' }))).toBe('live.preflight.codes.OBS_NOT_READY');
  });

  it('writes free space in GiB with one decimal', () => {
    expect(formatGiB(5 * 1024 ** 3)).toBe('5.0');
    expect(formatGiB(1.26 * 1024 ** 3)).toBe('1.3');
  });

  it('blocks every output while OBS is not ready', () => {
    const options = outputOptions(preflight({ state: 'not_configured', outputs: null }));
    expect(options.map((o) => o.blocked)).toEqual(['obsNotReady', 'obsNotReady', 'obsNotReady']);
    expect(outputOptions(null).every((o) => o.blocked === 'obsNotReady')).toBe(true);
  });

  it('marks running outputs and a missing virtual camera', () => {
    const options = outputOptions(preflight({ state: 'ready', outputs: { streaming: true, recording: false, virtualCam: null } }));
    expect(options).toEqual([
      { kind: 'stream', active: true, blocked: null },
      { kind: 'record', active: false, blocked: null },
      { kind: 'virtualCam', active: false, blocked: 'notAvailable' },
    ]);
  });

  it('asks to start only chosen outputs that can start and are not running yet', () => {
    const p = preflight({ state: 'ready', outputs: { streaming: true, recording: false, virtualCam: null } });
    expect(outputsToStart({ stream: true, record: true, virtualCam: true }, p)).toEqual({ stream: false, record: true, virtualCam: false });
    expect(outputsToStart({ stream: true, record: true, virtualCam: true }, null)).toEqual({
      stream: false,
      record: false,
      virtualCam: false,
    });
  });
});

describe('start hint', () => {
  const base = { connected: true, showCount: 2, selectedShowId: 's', preflight: null, checking: false };
  const checked = (ready: boolean, checks: PreflightCheck[]): SessionPreflight => ({
    showId: 's',
    checkedAt: 1,
    ready,
    checks,
    obs: { state: 'ready', outputs: null },
  });

  it('says why 开播 cannot be pressed: no service, no show at all, none picked', () => {
    expect(startHint({ ...base, connected: false })).toEqual({ blocked: 'offline', caution: null });
    expect(startHint({ ...base, showCount: 0, selectedShowId: null })).toEqual({ blocked: 'noShows', caution: null });
    expect(startHint({ ...base, selectedShowId: null })).toEqual({ blocked: 'noShow', caution: null });
  });

  it('names what going live anyway would miss: OBS first, then any other failed check', () => {
    expect(startHint({ ...base, checking: true })).toEqual({ blocked: null, caution: 'checking' });
    expect(startHint({ ...base, preflight: { ...checked(true, []), showId: 'other' } }).caution).toBe('checking');
    const obs = check({ status: 'failed', code: 'OBS_NOT_CONFIGURED' });
    const disk = check({ id: 'disk', status: 'failed', code: 'DISK_LOW' });
    expect(startHint({ ...base, preflight: checked(false, [disk, obs]) }).caution).toBe('obsNotReady');
    expect(startHint({ ...base, preflight: checked(false, [disk]) }).caution).toBe('checksFailed');
    expect(startHint({ ...base, preflight: checked(true, [check({})]) })).toEqual({ blocked: null, caution: null });
  });
});
