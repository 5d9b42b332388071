import { describe, expect, it } from 'vitest';
import type { RuntimeCue } from '../../../../shared/domain/runtime';
import type { SessionView } from '../../../../shared/domain/session/sessionView';
import { shareCues } from './sharedCues';

const cue = (id: string, title = id): RuntimeCue =>
  ({
    id,
    title,
    type: 'product',
    colour: null,
    hotkey: null,
    productId: `p-${id}`,
    obsActions: [{ kind: 'switchScene', scene: 'A' }],
  }) as unknown as RuntimeCue;
const view = (sessionId: string, revision: number, cues: RuntimeCue[], standbyId = 'a'): SessionView =>
  ({ sessionId, revision, state: { sessionId, phase: 'live', cues, standbyId } }) as unknown as SessionView;

describe('shareCues', () => {
  it('keeps the held cue list when no cue changed, and takes everything else from the incoming view', () => {
    const held = view('s', 1, [cue('a'), cue('b')]);
    const incoming = view('s', 2, [cue('a'), cue('b')], 'b');
    const shared = shareCues(held, incoming);
    expect(shared.state.cues).toBe(held.state.cues);
    expect(shared.state.standbyId).toBe('b');
    expect(shared.revision).toBe(2);
  });

  it('keeps unchanged cues and takes the changed one', () => {
    const held = view('s', 1, [cue('a'), cue('b'), cue('c')]);
    const shared = shareCues(held, view('s', 2, [cue('a'), cue('b', 'renamed'), cue('c')]));
    expect(shared.state.cues[0]).toBe(held.state.cues[0]);
    expect(shared.state.cues[1]?.title).toBe('renamed');
    expect(shared.state.cues[2]).toBe(held.state.cues[2]);
    expect(shared.state.cues).not.toBe(held.state.cues);
  });

  it('sees a reordered list as changed, with the same cue objects', () => {
    const held = view('s', 1, [cue('a'), cue('b')]);
    const shared = shareCues(held, view('s', 2, [cue('b'), cue('a')]));
    expect(shared.state.cues.map((c) => c.id)).toEqual(['b', 'a']);
    expect(shared.state.cues[0]).toBe(held.state.cues[1]);
  });

  it('shares nothing with another session', () => {
    const incoming = view('t', 1, [cue('a')]);
    expect(shareCues(view('s', 3, [cue('a')]), incoming)).toBe(incoming);
  });
});
