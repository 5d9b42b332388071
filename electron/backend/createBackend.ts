import { mkdirSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ApiResult } from '../../shared/api/errors';
import type { HostKind } from '../../shared/domain/about';
import { createAppHandlers } from './app/app.handlers';
import type { BackendContext } from './backendContext';
import { createCatalogHandlers } from './catalog/catalog.handlers';
import { resumeProductImport } from './catalog/guardedProductImport';
import { type Clock, systemClock } from './clock';
import { createCoreServices } from './coreServices';
import { createDispatcher } from './dispatch/dispatcher';
import type { Handlers } from './dispatch/handlers';
import { TopicHub } from './dispatch/topicHub';
import { createEventStore } from './events/eventStore';
import { createImagesHandlers } from './images/images.handlers';
import { createImportHandlers } from './import/import.handlers';
import { createObsHandlers } from './obs/obs.handlers';
import { createObsService } from './obs/obs.service';
import { createOverlayHandlers } from './overlay/overlay.handlers';
import { createOverlayAccess, type OverlayAccess } from './overlay/overlayAccess';
import { createPlatformImportHandlers } from './platformImport/platformImport.handlers';
import { createRemoteHandlers } from './remote/remote.handlers';
import { createRemoteService, type RemoteAccess } from './remote/remote.service';
import { createReportHandlers } from './report/report.handlers';
import { createFileSecretStore } from './secrets/fileSecretStore';
import type { SecretStore } from './secrets/secretStore';
import { createSessionHandlers } from './session/session.handlers';
import { createSessionService } from './session/session.service';
import { createSettingsHandlers } from './settings/settings.handlers';
import { showPackageServices } from './showPackage/services';
import { createShowPackageHandlers } from './showPackage/showPackage.handlers';
import { createShowsHandlers } from './shows/shows.handlers';
import { createCheckpointer } from './store/checkpointer';
import { openStore } from './store/openStore';
import { createStoreHandlers } from './store/store.handlers';
import { WriteGate } from './store/writeGate';
import { createSyncHandlers } from './sync/sync.handlers';
import { createSyncService, type SyncServiceOptions } from './sync/sync.service';

export interface BackendOptions {
  dataDir: string;
  appVersion: string;
  host: HostKind;
  clock?: Clock;
  /** better-sqlite3 addon for this runtime; omitted under plain Node. */
  nativeBinding?: string;
  electronVersion?: string | null;
  /** Where passwords are kept; defaults to a 0600 file in the data folder (headless host). */
  secrets?: SecretStore;
  /** Head-office sync timing and HTTP (tests shorten the intervals and inject fetch). */
  sync?: SyncServiceOptions;
}

export interface Backend {
  /** The single entry point for every request, from every transport. Never throws. */
  dispatch(method: string, payload: unknown): Promise<ApiResult<unknown>>;
  /** Subscribes to a contract topic; unknown topics get a structured error. */
  subscribe(topic: string, listener: (data: unknown) => void): ApiResult<() => void>;
  readonly dataDir: string;
  readonly databaseFile: string;
  /** The overlay page's token and URL, for the transports that admit it and the server that serves the page. */
  readonly overlay: OverlayAccess;
  /** Paired phones and tablets: their tokens, pairing, connections, and where they reach the PC. */
  readonly remote: RemoteAccess;
  /** Closes the database and drops every subscriber. Idempotent. */
  close(): Promise<void>;
}

export const DATABASE_FILE_NAME = 'livecue.db';

/** The log is copied back into the database once it grows past this. */
const WAL_CHECKPOINT_BYTES = 4 * 1024 * 1024;
const CHECKPOINT_CHECK_MS = 10_000;

/** How often the backend checks whether the daily backup is due (a store PC may run for days). */
const BACKUP_CHECK_MS = 60 * 60 * 1000;

/** Creates the whole backend. Does not import 'electron': it runs under plain Node as well. */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const clock = options.clock ?? systemClock;
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const store = await openStore({
    dataDir,
    fileName: DATABASE_FILE_NAME,
    now: () => clock.now(),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const { db, file: databaseFile } = store;
  // Checkpoints run on a worker, never inside a commit on this thread (a GO could pay for a big one).
  db.pragma('wal_autocheckpoint = 0');
  const checkpointer = createCheckpointer({
    file: databaseFile,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  let checkpointing: Promise<unknown> | null = null;
  const checkpointSoon = () => {
    checkpointing ??= checkpointer
      .checkpoint()
      .catch((error: unknown) => console.error('[livecue] checkpoint failed', error))
      .finally(() => {
        checkpointing = null;
      });
  };
  for (const notice of store.notices) console.warn(`[livecue] database: ${JSON.stringify(notice)}`);
  const hub = new TopicHub();
  const ctx: BackendContext = {
    db,
    clock,
    hub,
    events: createEventStore(db, clock),
    writeGate: new WriteGate({ now: () => clock.monotonic() }),
    nativeBinding: options.nativeBinding,
    checkpointSoon,
    dataDir,
    databaseFile,
    appVersion: options.appVersion,
    host: options.host,
    electronVersion: options.electronVersion ?? null,
  };

  // The composition root: every service is built here, once, and handed to what uses it.
  const secrets = options.secrets ?? createFileSecretStore(dataDir);
  const core = createCoreServices(ctx);
  const packages = showPackageServices(ctx, core);
  const overlay = createOverlayAccess(secrets, ctx.events);
  // The setup assistant points OBS's browser source at the overlay page, where OBS has one.
  const obs = createObsService(ctx, secrets, core.settings, { overlayUrl: () => overlay.info().url });
  const sessions = createSessionService(ctx, obs, core);
  const sync = createSyncService(ctx, secrets, packages, options.sync);
  const remote = createRemoteService(ctx);

  // Each domain contributes the handlers for its own methods table; the type checks that all are present.
  const handlers: Handlers = {
    ...createAppHandlers(ctx),
    ...createSettingsHandlers(core.settings),
    ...createObsHandlers(obs),
    ...createOverlayHandlers(overlay),
    ...createStoreHandlers(ctx, store),
    ...createImportHandlers(ctx, core),
    ...createPlatformImportHandlers(ctx),
    ...createCatalogHandlers(core),
    ...createImagesHandlers(core.images),
    ...createShowsHandlers(ctx, core.shows),
    ...createShowPackageHandlers(ctx, packages),
    ...createSessionHandlers(sessions),
    ...createReportHandlers(ctx, core.reports),
    ...createSyncHandlers(sync),
    ...createRemoteHandlers(remote),
  };

  const { dispatch, subscribe } = createDispatcher(handlers, hub, ctx.writeGate);
  // In the background: a store with no hub does nothing here; an enrolled one uploads what it missed.
  sync.start();
  let closed = false;
  // An import a crash cut short while applying is finished now, between commands like any import.
  const resuming = resumeProductImport(ctx, { stopped: () => closed })
    .then((outcome) => {
      if (outcome)
        console.warn(`[livecue] finished a product import cut short: ${outcome.created.length} created, ${outcome.updated.length} updated`);
    })
    .catch((error: unknown) => console.error('[livecue] finishing a product import cut short failed; retried at the next start', error));
  const backupTimer = setInterval(() => {
    store.dailyBackupIfDue().catch((error: unknown) => console.error('[livecue] daily backup failed', error));
  }, BACKUP_CHECK_MS);
  backupTimer.unref();
  const checkpointTimer = setInterval(() => {
    stat(`${databaseFile}-wal`).then(
      (info) => {
        if (info.size > WAL_CHECKPOINT_BYTES) checkpointSoon();
      },
      () => {},
    );
  }, CHECKPOINT_CHECK_MS);
  checkpointTimer.unref();

  return {
    dispatch,
    subscribe,
    dataDir,
    databaseFile,
    overlay,
    remote: remote.access,
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(backupTimer);
      clearInterval(checkpointTimer);
      await sync.stop();
      await resuming;
      remote.close();
      sessions.close();
      obs.close();
      await checkpointing;
      await checkpointer.close();
      hub.clear();
      db.close();
    },
  };
}
