import { describe, expect, it } from 'vitest';
import type { ObsConnectionState } from '../../../shared/domain/obsStatus';
import { type ConnectionEvent, nextState, stateAfterClose } from './connectionState';

function run(start: ObsConnectionState, events: ConnectionEvent[]): ObsConnectionState {
  return events.reduce(nextState, start);
}

describe('OBS connection state machine', () => {
  it('goes connecting → syncing → ready', () => {
    expect(run('not_configured', [{ type: 'configured' }, { type: 'identified' }, { type: 'synced' }])).toBe('ready');
  });

  it('maps close codes to the states that wait for the user', () => {
    expect(stateAfterClose(4009)).toBe('wrong_password');
    expect(stateAfterClose(4010)).toBe('incompatible');
    expect(stateAfterClose(4011)).toBe('kicked');
    expect(stateAfterClose(1006)).toBe('lost');
    expect(stateAfterClose(0)).toBe('lost');
  });

  it('lost retries only when the retry is due; user states wait for Reconnect', () => {
    expect(run('ready', [{ type: 'closed', code: 1006 }])).toBe('lost');
    expect(run('lost', [{ type: 'retryDue' }])).toBe('connecting');
    expect(run('wrong_password', [{ type: 'retryDue' }])).toBe('wrong_password');
    expect(run('kicked', [{ type: 'userReconnect' }])).toBe('connecting');
  });

  it('pauses while the scene collection changes and resyncs afterwards', () => {
    expect(run('ready', [{ type: 'collectionChanging' }])).toBe('paused');
    expect(run('ready', [{ type: 'collectionChanging' }, { type: 'collectionChanged' }])).toBe('syncing');
  });

  it('ignores a late close from an old socket after the user turned control off', () => {
    expect(run('disabled', [{ type: 'closed', code: 1006 }])).toBe('disabled');
    expect(run('not_configured', [{ type: 'userReconnect' }])).toBe('not_configured');
    expect(run('wrong_password', [{ type: 'closed', code: 1006 }])).toBe('wrong_password');
  });
});
