import { describe, expect, it } from 'vitest';
import type { SessionSummary } from '../../../../shared/api/methods/report.methods';
import { asksForSession } from './SessionReview';

const listed = [{ sessionId: 's1' } as SessionSummary];

describe('the review before a session is selected', () => {
  it('asks for a session only when the list has one to pick', () => {
    expect(asksForSession({ selectedId: null, sessions: listed })).toBe(true);
    // With none listed the list says so; a prompt to pick one beside it would point at nothing.
    expect(asksForSession({ selectedId: null, sessions: [] })).toBe(false);
    expect(asksForSession({ selectedId: 's1', sessions: listed })).toBe(false);
  });
});
