import { describe, expect, it } from 'vitest';
import type { SessionSummary } from '../../../../shared/api/methods/report.methods';
import type { SessionView } from '../../../../shared/domain/session/sessionView';
import { mergeSummary, summaryOfView } from './sessionSummary';

const row = (sessionId: string, startedAt: number, extra: Partial<SessionSummary> = {}): SessionSummary => ({
  sessionId,
  showId: 'sh',
  showName: 'Show',
  phase: 'ended',
  startedAt,
  endedAt: startedAt + 10,
  cueCount: 2,
  firedCueCount: 1,
  ...extra,
});

describe('session list rows from pushed views', () => {
  it('reads the row a live view stands for', () => {
    const view = {
      sessionId: 's',
      revision: 4,
      state: {
        sessionId: 's',
        showId: 'sh',
        showName: '晚场',
        phase: 'live',
        startedAt: 100,
        endedAt: null,
        cues: [1, 2, 3],
        running: [],
        lastRun: { a: 1 },
      },
    } as unknown as SessionView;
    expect(summaryOfView(view)).toEqual({
      sessionId: 's',
      showId: 'sh',
      showName: '晚场',
      phase: 'live',
      startedAt: 100,
      endedAt: null,
      cueCount: 3,
      firedCueCount: 1,
    });
  });

  it('ignores a view whose state is not a session', () => {
    expect(
      summaryOfView({ sessionId: 's', revision: 1, state: { sessionId: 's', cues: [], running: [] } } as unknown as SessionView),
    ).toBeNull();
  });

  it('replaces a changed row in place and leaves an unchanged list alone', () => {
    const list = [row('b', 20), row('a', 10)];
    expect(mergeSummary(list, row('b', 20), true)).toBeNull();
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
