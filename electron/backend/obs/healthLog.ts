import type { ObsStreamHealth } from '../../../shared/domain/obsActions';
import type { BackendContext } from '../backendContext';

/**
 * Keeps every stream-health sample (taken every 2 s while live) as an `obs.health` event, so the
 * post-live review can draw the stream's health over the session from the event log, and publishes
 * it live on the `obs.health` topic.
 */
export function createHealthLog(ctx: Pick<BackendContext, 'hub' | 'events' | 'writeGate'>) {
  return (sample: ObsStreamHealth): Promise<void> => {
    ctx.hub.publish('obs.health', sample);
    return ctx.writeGate
      .run(() => {
        ctx.events.append({ type: 'obs.health', payload: sample });
      })
      .catch((error: unknown) => console.error('[livecue] could not log a stream health sample', error));
  };
}
