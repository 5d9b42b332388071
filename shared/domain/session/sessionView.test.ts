import { describe, expect, it } from 'vitest';
import { fresh } from '../../../test/support/domain/testKit';
import { applySessionUpdate, SessionUpdate, type SessionView, toSessionUpdate } from './sessionView';

const view = (revision: number, sessionId = 's1', standbyId: string | null = null): SessionView => ({
  sessionId,
  revision,
  state: { ...fresh(), sessionId, standbyId },
});

describe('session updates', () => {
  it('leave out the cues and the catalog and still pass the contract', () => {
    const update = toSessionUpdate(view(2));
    expect(update.state).not.toHaveProperty('cues');
    expect(update.state).not.toHaveProperty('catalog');
    expect(update.cueCount).toBe(view(2).state.cues.length);
    expect(SessionUpdate.parse(update)).toEqual(update);
    expect(JSON.stringify(update).length).toBeLessThan(JSON.stringify(view(2)).length);
  });

  it('apply to the held view of the same session, keeping its cues and catalog', () => {
    const held = view(3);
    const next = applySessionUpdate(held, toSessionUpdate(view(4, 's1', 'c2')));
    expect(next?.revision).toBe(4);
    expect(next?.state.standbyId).toBe('c2');
    expect(next?.state.cues).toBe(held.state.cues);
    expect(next?.state.catalog).toBe(held.state.catalog);
  });

  it('drop an older or equal revision, and ask for a re-read of another session', () => {
    const held = view(3);
    expect(applySessionUpdate(held, toSessionUpdate(view(3, 's1', 'c9')))).toBe(held);
    expect(applySessionUpdate(held, toSessionUpdate(view(2)))).toBe(held);
    expect(applySessionUpdate(held, toSessionUpdate(view(9, 's2')))).toBeNull();
    expect(applySessionUpdate(null, toSessionUpdate(view(1)))).toBeNull();
  });
});
