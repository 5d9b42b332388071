import { describe, expect, it } from 'vitest';
import type { SessionView } from '../../../../shared/domain/session/sessionView';
import { isLive, mergeView } from './revision';

const view = (sessionId: string, revision: number, phase: 'live' | 'ended' = 'live'): SessionView =>
  ({ sessionId, revision, state: { sessionId, phase, cues: [], running: [] } }) as unknown as SessionView;

describe('mergeView', () => {
  it('takes the first view', () => {
    const v = view('a', 3);
    expect(mergeView(null, v)).toBe(v);
  });
  it('keeps a newer revision and drops an older or equal one', () => {
    const held = view('a', 5);
    const newer = view('a', 6);
    expect(mergeView(held, newer)).toBe(newer);
    expect(mergeView(held, view('a', 4))).toBe(held);
    expect(mergeView(held, view('a', 5))).toBe(held);
  });
  it('replaces a view of another session whatever its revision', () => {
    const next = view('b', 1);
    expect(mergeView(view('a', 40), next)).toBe(next);
  });
});

describe('isLive', () => {
  it('is false for nothing and for an ended session', () => {
    expect(isLive(null)).toBe(false);
    expect(isLive(view('a', 2, 'ended'))).toBe(false);
    expect(isLive(view('a', 2))).toBe(true);
  });
});
