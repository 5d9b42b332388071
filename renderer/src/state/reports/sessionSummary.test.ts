import { describe, expect, it } from 'vitest';
import type { SessionSummary } from '../../../../shared/api/methods/report.methods';
import type { SessionUpdate } from '../../../../shared/domain/session/sessionView';
import { mergeSummary, summaryOfUpdate } from './sessionSummary';

const row = (sessionId: string, startedAt: number, extra: Partial<SessionSummary> = {}): SessionSummary => ({
  sessionId,
  showId: 'sh',
  showName: 'Show',
  phase: 'ended',
  startedAt,
  endedAt: startedAt + 10,
  cueCount: 2,
  firedCueCount: 1,
  gmvFen: null,
  peakViewers: null,
  ...extra,
});

describe('session list rows from pushed updates', () => {
  it('reads the row a live session update stands for', () => {
    const update = {
      sessionId: 's',
      revision: 4,
      cueCount: 3,
      state: {
        sessionId: 's',
        showId: 'sh',
        showName: '晚场',
        phase: 'live',
        startedAt: 100,
        endedAt: null,
        running: [],
        lastRun: { a: 1 },
        counters: { likes: 3, gmvFen: 12_900 },
        gauges: { viewersOnline: { last: 90, peak: 130, at: 120 } },
      },
    } as unknown as SessionUpdate;
    expect(summaryOfUpdate(update)).toEqual({
      sessionId: 's',
      showId: 'sh',
      showName: '晚场',
      phase: 'live',
      startedAt: 100,
      endedAt: null,
      cueCount: 3,
      firedCueCount: 1,
      gmvFen: 12_900,
      peakViewers: 130,
    });
  });

  it('ignores an update whose state is not a session', () => {
    expect(
      summaryOfUpdate({ sessionId: 's', revision: 1, cueCount: 0, state: { sessionId: 's', running: [] } } as unknown as SessionUpdate),
    ).toBeNull();
  });

  it('replaces a changed row in place and leaves an unchanged list alone', () => {
    const list = [row('b', 20), row('a', 10)];
    expect(mergeSummary(list, row('b', 20), true)).toBeNull();
    expect(mergeSummary(list, row('b', 20, { peakViewers: 40 }), true)?.list[0]?.peakViewers).toBe(40);
    expect(mergeSummary(list, row('a', 10, { phase: 'live', endedAt: null }), true)?.list.map((s) => s.phase)).toEqual(['ended', 'live']);
  });

  it('inserts a new row in newest-first order', () => {
    const list = [row('c', 30), row('a', 10)];
    expect(mergeSummary(list, row('b', 20), false)).toEqual({ list: [row('c', 30), row('b', 20), row('a', 10)], added: true });
    expect(mergeSummary(list, row('d', 40), false)?.list[0]?.sessionId).toBe('d');
  });

  it('leaves a row older than every loaded one to its page, unless every page is loaded', () => {
    const list = [row('c', 30)];
    expect(mergeSummary(list, row('a', 10), false)).toBeNull();
    expect(mergeSummary(list, row('a', 10), true)?.list.map((s) => s.sessionId)).toEqual(['c', 'a']);
    expect(mergeSummary([], row('a', 10), true)?.list.map((s) => s.sessionId)).toEqual(['a']);
  });
});
