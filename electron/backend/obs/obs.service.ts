import type { MethodParsedInput } from '../../../shared/api/contract';
import type { ObsAction, ObsActionResult, ObsOutputKind } from '../../../shared/domain/obsActions';
import type { CameraOptions, PreflightReport, SetupInput, SetupReport } from '../../../shared/domain/obsLayout';
import type { ObsStatus } from '../../../shared/domain/obsStatus';
import type { OverlayImage } from '../../../shared/domain/overlay/overlayContent';
import type { OutputStartResult } from '../../../shared/domain/session/sessionPreflight';
import { realTimers } from '../../../shared/timing/timers';
import type { BackendContext } from '../backendContext';
import { DomainError } from '../dispatch/domainError';
import { imageFilePath } from '../images/imageStore';
import { createImagesDao } from '../images/images.dao';
import type { SecretStore } from '../secrets/secretStore';
import type { SettingsService } from '../settings/settings.service';
import { GraphicsRenderer } from './graphics/graphicsRenderer';
import { createHealthLog } from './healthLog';
import { createObsConnectionDao } from './obsConnection.dao';
import { ObsController } from './obsController';
import type { ObsOp } from './obsOps';
import { OUTPUT_START_TIMEOUT_MS, outputFailed, startConfirmed } from './outputConfirm';
import { isLoopbackUrl } from './outputDiagnosis';
import { addRecordChapter, screenshot, setOutput } from './outputs';
import type { OutputChange } from './outputWatch';
import { type PreflightCue, preflight } from './preflight';
import { cameraOptions } from './setup/cameraOptions';
import { runSetupAssistant } from './setup/setupAssistant';

const OBS_PASSWORD_SECRET = 'obs.password';

/**
 * OBS for the backend: the saved connection (URL in the database, password in the secrets store),
 * one controller, and the operations the API and the show runtime use.
 */
export interface ObsServiceOptions {
  /** The overlay page's URL with its token, when it is served (the browser-source renderer shows it). */
  overlayUrl?: () => string | null;
}

export function createObsService(ctx: BackendContext, secrets: SecretStore, settings: SettingsService, options: ObsServiceOptions = {}) {
  const dao = createObsConnectionDao(ctx.db);
  const images = createImagesDao(ctx.db);
  const controller = new ObsController({
    onStatus: (status) => ctx.hub.publish('obs.status', status),
    onHealth: createHealthLog(ctx),
  });
  // The settings the graphics read on every GO, kept from their last change rather than read from the database each time.
  let current = settings.get();
  let logo: { hash: string; image: OverlayImage | null } | null = null;
  const graphics = new GraphicsRenderer({
    obs: controller,
    timers: realTimers,
    theme: () => current.overlayTheme,
    logo: (theme) => {
      if (theme.logo === null) return null;
      if (logo?.hash !== theme.logo || logo.image === null) {
        const image = images.get(theme.logo);
        logo = { hash: theme.logo, image: image ? { hash: image.hash, path: imageFilePath(ctx.dataDir, image.hash, image.mime) } : null };
      }
      return logo.image;
    },
    native: () => current.obsGraphics === 'native',
    onSent: (_ops, results) => {
      const failed =
        results instanceof Error ? [results.message] : results.flatMap((r) => (r.ok ? [] : [r.message ?? `OBS error ${r.code}`]));
      if (failed.length > 0) console.warn(`[livecue] graphics: ${failed.length} OBS request(s) failed: ${failed[0]}`);
    },
  });
  // A new theme or logo, or the other renderer chosen: draw again.
  const offSettings = ctx.hub.subscribe('settings', () => {
    current = settings.get();
    graphics.refresh();
  });

  const applySaved = () => {
    const saved = dao.read();
    controller.configure(
      saved ? { url: saved.url, password: secrets.get(OBS_PASSWORD_SECRET) ?? undefined } : null,
      saved?.enabled ?? true,
    );
  };
  // Connects at start-up when a connection was saved and enabled.
  applySaved();

  const graphicsSetup = () => ({ renderer: current.obsGraphics, showScene: current.obsShowScene });

  const snapshotOrOffline = () => {
    const link = controller.requireLink();
    const snap = controller.snapshot;
    if (!snap) throw new DomainError('CONFLICT', 'OBS is not synced yet', { reason: 'OBS_OFFLINE' });
    return { link, snap };
  };

  return {
    controller,
    status: (): ObsStatus => controller.status(),
    configure(input: MethodParsedInput<'obs.configure'>): ObsStatus {
      if (input.password !== undefined) {
        if (input.password === '') secrets.delete(OBS_PASSWORD_SECRET);
        else secrets.set(OBS_PASSWORD_SECRET, input.password);
      }
      dao.write({ url: input.url, enabled: input.enabled });
      // The URL is not secret; the password never goes into the event log.
      ctx.events.append({ type: 'obs.configured', payload: { url: input.url, enabled: input.enabled } });
      applySaved();
      return controller.status();
    },
    reconnect(): ObsStatus {
      controller.reconnect();
      return controller.status();
    },
    /** The show runtime's batches: refused while OBS is away, yet put on screen when it is back (see `runShow`). */
    run: (actions: ObsOp[]): Promise<ObsActionResult[]> => controller.runShow(actions),
    /** LiveCue's graphics in OBS, kept equal to the running show. */
    graphics,
    /** An operator's one-off actions (`obs.run`): refused while OBS is away and never replayed later. */
    runNow: (actions: ObsAction[]): Promise<ObsActionResult[]> => controller.run(actions),
    async output(output: ObsOutputKind, action: 'start' | 'stop'): Promise<ObsStatus> {
      const { link, snap } = snapshotOrOffline();
      // What follows is LiveCue's doing, not an incident.
      controller.outputs.expect(output, action);
      await setOutput(link, snap.availableRequests, output, action).catch((error: unknown) => {
        controller.outputs.forget(output);
        throw error;
      });
      return controller.status();
    },
    /** Starts an output and resolves once OBS says it started, or with why it did not (never throws). */
    async startOutput(output: ObsOutputKind, timeoutMs = OUTPUT_START_TIMEOUT_MS): Promise<OutputStartResult> {
      let ready: ReturnType<typeof snapshotOrOffline>;
      try {
        ready = snapshotOrOffline();
      } catch {
        return outputFailed(output, { problem: 'OBS_OFFLINE', subject: null });
      }
      const { link, snap } = ready;
      return startConfirmed(
        { link, available: snap.availableRequests, watch: controller.outputs, timeoutMs, onThisPc: isLoopbackUrl(controller.url) },
        output,
      );
    },
    onOutputChange: (listener: (change: OutputChange) => void): (() => void) => controller.outputs.onChange(listener),
    async recordChapter(name: string | undefined): Promise<{ supported: boolean }> {
      const { link, snap } = snapshotOrOffline();
      return { supported: await addRecordChapter(link, snap.availableRequests, name) };
    },
    /** Builds the graphics over the camera, remembers the show's camera scene and renderer, and draws the graphics afresh. */
    async setup(input: SetupInput): Promise<SetupReport> {
      const report = await runSetupAssistant(controller.requireLink(), input, options.overlayUrl ? { overlayUrl: options.overlayUrl } : {});
      settings.update({ obsGraphics: report.renderer, ...(report.showScene !== null ? { obsShowScene: report.showScene } : {}) });
      graphics.reset();
      return { ...report, showScene: report.showScene ?? settings.get().obsShowScene };
    },
    cameraOptions: (): Promise<CameraOptions> => cameraOptions(controller.requireLink()),
    async preflight(showId: string): Promise<PreflightReport> {
      const show = ctx.db.prepare<[string], { id: string }>('SELECT id FROM shows WHERE id = ?').get(showId);
      if (!show) throw DomainError.notFound('Show', showId, ['showId']);
      const rows = ctx.db
        .prepare<[string], { id: string; type: string; config: string }>('SELECT id, type, config FROM cues WHERE show_id = ?')
        .all(showId);
      const cues: PreflightCue[] = rows.map((r) => ({ id: r.id, type: r.type, config: JSON.parse(r.config) as Record<string, unknown> }));
      return preflight(controller.requireLink(), cues, graphicsSetup());
    },
    /** The same check for cues the caller has already read (the session preflight). */
    preflightCues: (cues: readonly PreflightCue[]): Promise<PreflightReport> => preflight(controller.requireLink(), cues, graphicsSetup()),
    async screenshot(source: string | undefined, width: number) {
      const { link, snap } = snapshotOrOffline();
      const name = source ?? snap.currentScene;
      if (!name) throw new DomainError('CONFLICT', 'OBS has no program scene', { reason: 'OBS_REQUEST_FAILED' });
      return screenshot(link, name, width);
    },
    health: () => controller.health,
    close: () => {
      offSettings();
      graphics.close();
      controller.close();
    },
  };
}

export type ObsService = ReturnType<typeof createObsService>;
