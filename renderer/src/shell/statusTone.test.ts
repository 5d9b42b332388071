import { describe, expect, it } from 'vitest';
import { ObsConnectionState } from '../../../shared/domain/obsStatus';
import { obsTone } from './statusTone';

describe('obsTone', () => {
  it('is green when ready, amber on the way, red when someone must act, grey when nothing is set up', () => {
    expect(obsTone('ready')).toBe('ok');
    expect(['connecting', 'syncing', 'paused'].map((s) => obsTone(s as ObsConnectionState))).toEqual(['warn', 'warn', 'warn']);
    expect(['lost', 'wrong_password', 'incompatible', 'kicked'].map((s) => obsTone(s as ObsConnectionState))).toEqual([
      'danger',
      'danger',
      'danger',
      'danger',
    ]);
    expect([obsTone('not_configured'), obsTone('disabled'), obsTone('unknown')]).toEqual(['idle', 'idle', 'idle']);
  });

  it('has a colour for every state OBS can be in', () => {
    for (const state of ObsConnectionState.options) expect(['ok', 'warn', 'danger', 'idle']).toContain(obsTone(state));
  });
});
