import { describe, expect, it } from 'vitest';
import type { ObsStreamHealth } from '../../../shared/domain/obsActions';
import { catalogTestContext } from '../../../test/support/backend/catalogTestContext';
import { TopicHub } from '../dispatch/topicHub';
import { WriteGate } from '../store/writeGate';
import { createHealthLog } from './healthLog';

describe('stream health log', () => {
  it('publishes each sample and keeps it as an obs.health event', async () => {
    const { events, db } = catalogTestContext();
    const hub = new TopicHub();
    const seen: unknown[] = [];
    hub.subscribe('obs.health', (s) => seen.push(s));
    const log = createHealthLog({ hub, events, writeGate: new WriteGate() });
    const sample: ObsStreamHealth = {
      at: 1_700_000_000_000,
      active: true,
      bitrateKbps: 4500,
      congestion: 0,
      droppedFrames: 0,
      totalFrames: 120,
      skippedFrames: 0,
      renderSkippedFrames: 0,
      cpuPercent: 12.5,
      activeFps: 30,
      availableDiskMb: 51_200,
    };
    await log(sample);
    await log({ ...sample, at: sample.at + 2000, bitrateKbps: 4400 });
    expect(seen).toHaveLength(2);
    const logged = events.listAfter(0).filter((e) => e.type === 'obs.health');
    expect(logged.map((e) => (e.payload as ObsStreamHealth).bitrateKbps)).toEqual([4500, 4400]);
    db.close();
  });
});
