import { OBSWebSocket } from 'obs-websocket-js';
import { afterAll, describe, expect, it } from 'vitest';
import type { ObsController } from '../../electron/backend/obs/obsController';
import { runSetupAssistant } from '../../electron/backend/obs/setup/setupAssistant';
import { OBS_SAFE_SCENE, overlaySourceName } from '../../shared/domain/obsLayout';
import { type ObsInstance, startObs } from '../helpers/obsHarness';
import { readyController, skipObs, waitForState } from './obsTestKit';

const TITLE = overlaySourceName('product.title');
const PRICE = overlaySourceName('product.price');

/** This file kills OBS, so it runs its own instance rather than the suite's shared one. */
describe.skipIf(skipObs)('OBS crash and recovery (real OBS Studio)', () => {
  let obs: ObsInstance | undefined;
  let controller: ObsController | undefined;
  afterAll(async () => {
    controller?.close();
    await obs?.stop();
  });

  it('after SIGKILL a call fails fast; after restart the controller is ready by itself with the card re-applied', async () => {
    obs = await startObs();
    controller = await readyController(obs);
    await runSetupAssistant(controller.requireLink(), { renderer: 'native' });
    const results = await controller.run([
      { kind: 'setText', source: TITLE, text: '真丝睡衣 第二件半价' },
      { kind: 'setText', source: PRICE, text: '¥159' },
      { kind: 'switchScene', scene: OBS_SAFE_SCENE },
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    // LiveCue's scenes and sources are on OBS's disk: a real PC is set up well before the show.
    await obs.saved([OBS_SAFE_SCENE, TITLE, PRICE]);

    await obs.kill();
    await waitForState(controller, 'lost');
    // While OBS is down: refused at once with the offline reason, not queued.
    await expect(controller.run([{ kind: 'setText', source: TITLE, text: '迟到的指令' }])).rejects.toMatchObject({
      reason: 'OBS_OFFLINE',
    });

    // OBS comes back with the scenes saved on disk but the text it had before LiveCue's change.
    await obs.restart();
    await waitForState(controller, 'ready', 30_000);
    await expectCardOnScreen(obs);
  });

  it('killed again and restarted seconds later: no handshake while OBS is down, one once it listens, the card back', async () => {
    if (!obs || !controller) throw new Error('needs the OBS and controller of the test above');
    const c = controller;
    const seen: string[] = [];
    const off = c.onStatus((s) => {
      if (seen.at(-1) !== s.state) seen.push(s.state);
    });
    try {
      await obs.kill();
      await waitForState(c, 'lost');
      // Down for a few seconds, as in the field: long enough for several retries of the old backoff.
      await new Promise((r) => setTimeout(r, 3000));
      expect(seen).toEqual(['lost']);
      await obs.restart();
      await waitForState(c, 'ready', 30_000);
      expect(seen).toEqual(['lost', 'connecting', 'syncing', 'ready']);
    } finally {
      off();
    }
    await expectCardOnScreen(obs);
  });
});

/** LiveCue's card as OBS shows it after a restart; the command refused while OBS was down was never replayed. */
async function expectCardOnScreen(obs: ObsInstance): Promise<void> {
  const raw = new OBSWebSocket();
  await raw.connect(obs.url, obs.password);
  try {
    const title = await raw.call('GetInputSettings', { inputName: TITLE });
    const price = await raw.call('GetInputSettings', { inputName: PRICE });
    expect(title.inputSettings.text).toBe('真丝睡衣 第二件半价');
    expect(price.inputSettings.text).toBe('¥159');
    expect((await raw.call('GetCurrentProgramScene')).currentProgramSceneName).toBe(OBS_SAFE_SCENE);
    expect(title.inputSettings.text).not.toBe('迟到的指令');
  } finally {
    await raw.disconnect();
  }
}
