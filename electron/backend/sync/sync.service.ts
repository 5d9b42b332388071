import { createHubClient, type HubClientOptions } from '../../../shared/api/hub/hubClient';
import { EnrollmentCode } from '../../../shared/api/hub/hubDevice';
import type { TargetsResponse } from '../../../shared/api/hub/hubProducer';
import type { PublicationTarget, PublishResponse } from '../../../shared/api/hub/hubPublications';
import { parseHubAddress } from '../../../shared/domain/sync/hubAddress';
import type { SyncProblem, SyncStatus } from '../../../shared/domain/sync/syncStatus';
import { createBackoff } from '../../../shared/timing/backoff';
import { realTimers } from '../../../shared/timing/timers';
import type { BackendContext } from '../backendContext';
import { DomainError } from '../dispatch/domainError';
import type { SecretStore } from '../secrets/secretStore';
import type { ShowPackageServices } from '../showPackage/services';
import { applyWaiting, type DownloadDeps, pullPublications, reportDeliveries } from './download';
import { createInboxDao } from './inbox.dao';
import { createOutbox } from './outbox';
import { createProducer } from './producer';
import { stateOf, toDomainError, toProblem } from './syncProblems';
import { DEVICE_CREDENTIAL_SECRET } from './syncSecrets';
import { createSyncStateDao } from './syncState.dao';
import { uploadOutbox } from './upload';

export interface SyncServiceOptions {
  /** Time between turns while all is well. */
  intervalMs?: number;
  /** Wait after an event is appended before uploading, so a burst of events goes in one batch. */
  nudgeDelayMs?: number;
  /** First and largest retry delay after a failed turn (full jitter in between). */
  retryBaseMs?: number;
  retryCapMs?: number;
  random?: () => number;
  /** Per-request limit and fetch (tests inject a fetch that loses answers). */
  http?: Omit<HubClientOptions, 'baseUrl'>;
}

type HubAddressInput = { hubUrl: string; confirmInsecure: boolean };

/**
 * The store's link to head office: enrollment, a background loop that uploads the outbox and pulls
 * publications, and the producer's publishing. Nothing here is awaited by show commands: appending an event
 * only nudges the loop (debounced), and the loop's writes are short transactions through the write gate.
 */
export function createSyncService(
  ctx: BackendContext,
  secrets: SecretStore,
  services: ShowPackageServices,
  options: SyncServiceOptions = {},
) {
  const intervalMs = options.intervalMs ?? 60_000;
  const nudgeDelayMs = options.nudgeDelayMs ?? 2_000;
  const state = createSyncStateDao(ctx.db);
  const outbox = createOutbox(ctx.db);
  const inbox = createInboxDao(ctx.db);
  // Closing the backend cancels a request in flight instead of waiting for its timeout.
  const closing = new AbortController();
  const http = { ...options.http, signal: closing.signal };
  const producer = createProducer({ db: ctx.db, secrets, services, clientOptions: http });
  const backoff = createBackoff({
    jitter: 'full',
    baseMs: options.retryBaseMs ?? 1_000,
    capMs: options.retryCapMs ?? 5 * 60_000,
    ...(options.random ? { random: options.random } : {}),
  });

  // realTimers unrefs: a pending retry or nudge must not keep a closing process alive.
  let timer: unknown = null;
  let nudgeTimer: unknown = null;
  let running: Promise<void> | null = null;
  let again = false;
  // After a failure the next try waits for the backoff: new events only update the status meanwhile, so a
  // store offline for a whole live show does not knock on the hub every few seconds.
  let retrying = false;
  let stopped = true;
  let lastPublished = '';
  let unsubscribe: (() => void) | null = null;

  function status(): SyncStatus {
    const sync = state.get();
    const counts = inbox.counts();
    const signIn = producer.current();
    let linkState: SyncStatus['state'] = 'off';
    const pending = outbox.size();
    if (sync) {
      if (sync.revokedAt !== null) linkState = 'revoked';
      else if (sync.lastError) linkState = stateOf(sync.lastError);
      else linkState = pending > 0 ? 'pending' : 'synced';
    }
    return {
      hubUrl: sync?.hubUrl ?? null,
      store: sync ? { code: sync.store.code, name: sync.store.name, region: sync.store.region, group: sync.store.group } : null,
      deviceName: sync?.deviceName ?? null,
      state: linkState,
      pendingEvents: pending,
      lastSyncAt: sync?.lastSyncAt ?? null,
      lastError: sync?.lastError ?? null,
      clockSkewMs: sync?.clockSkewMs ?? null,
      publications: { received: counts.received, deferred: counts.deferred, failed: counts.failed },
      producer: signIn ? { ...signIn.account, hubUrl: signIn.hubUrl } : null,
    };
  }

  /** Publishes the status on its topic when it differs from what subscribers saw last. */
  function publishStatus(): SyncStatus {
    const now = status();
    const json = JSON.stringify(now);
    if (json !== lastPublished) {
      lastPublished = json;
      ctx.hub.publish('sync.status', now);
    }
    return now;
  }

  function schedule(delayMs: number): void {
    if (stopped) return;
    if (timer) realTimers.clearTimeout(timer);
    timer = realTimers.setTimeout(() => {
      timer = null;
      void turn();
    }, delayMs);
  }

  function nudge(): void {
    if (stopped || nudgeTimer) return;
    nudgeTimer = realTimers.setTimeout(() => {
      nudgeTimer = null;
      publishStatus();
      if (!retrying) void turn();
    }, nudgeDelayMs);
  }

  /** One pass: upload everything, pull, apply, report. At most one runs; a request meanwhile runs once more after it. */
  function turn(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let ok: boolean;
      do {
        again = false;
        ok = await onePass();
      } while (again && ok && !stopped);
    })().finally(() => {
      running = null;
    });
    return running;
  }

  /** False when it failed (a retry is scheduled with backoff). */
  async function onePass(): Promise<boolean> {
    const sync = state.get();
    if (!sync || sync.revokedAt !== null) return true;
    const credential = secrets.get(DEVICE_CREDENTIAL_SECRET);
    try {
      if (!credential) throw new Error('the device credential is missing from this PC; leave and enroll again');
      const client = createHubClient({ ...http, baseUrl: sync.hubUrl });
      const upload = { client, credential, outbox, state, gate: ctx.writeGate, clock: ctx.clock };
      await uploadOutbox(upload);
      const deps: DownloadDeps = { ctx, client, credential, services, inbox, gate: ctx.writeGate, state, waiting: outbox.size };
      await pullPublications(deps);
      await applyWaiting(deps);
      await reportDeliveries(deps);
      // Applying a publication logs events of its own (the import, the replaced show): send those too.
      await uploadOutbox(upload);
      await ctx.writeGate.run(() => {
        state.answered(ctx.clock.now());
        state.setError(null);
      });
      backoff.reset();
      retrying = false;
      schedule(intervalMs);
      return true;
    } catch (error) {
      const problem: SyncProblem = toProblem(error, ctx.clock.now());
      if (problem.code === 'BAD_RESPONSE' || problem.code === 'REJECTED') console.warn(`[livecue] sync: ${problem.detail}`);
      await ctx.writeGate.run(() => {
        state.setError(problem);
        if (problem.code === 'REVOKED') state.revoked(ctx.clock.now());
      });
      // A revoked device stops for good (its data stays); anything else is retried with backoff.
      if (problem.code !== 'REVOKED') schedule(backoff.next());
      retrying = true;
      return false;
    } finally {
      publishStatus();
    }
  }

  function checkAddress(input: HubAddressInput, field = 'hubUrl'): string {
    const address = parseHubAddress(input.hubUrl);
    if (!address.ok) throw new DomainError('INVALID_PAYLOAD', address.message, { path: [field] });
    if (address.kind === 'public-http' && !input.confirmInsecure) {
      throw new DomainError(
        'CONFLICT',
        `${address.url} is plain HTTP across the internet: anyone on the way could read this PC's credential. Use https://, or confirm to send it anyway`,
        { path: [field], reason: 'INSECURE_ADDRESS' },
      );
    }
    return address.url;
  }

  /** Lets a turn in flight finish, so it never writes the answer of one enrollment into another. */
  async function quiesce(): Promise<void> {
    if (timer) realTimers.clearTimeout(timer);
    timer = null;
    await running;
  }

  async function enroll(input: HubAddressInput & { code: string; deviceName: string }): Promise<SyncStatus> {
    const hubUrl = checkAddress(input);
    const code = EnrollmentCode.safeParse(input.code);
    if (!code.success) throw new DomainError('INVALID_PAYLOAD', `The enrollment code ${code.error.issues[0]?.message}`, { path: ['code'] });
    const client = createHubClient({ ...http, baseUrl: hubUrl });
    await quiesce();
    let answer: Awaited<ReturnType<typeof client.call<'enroll'>>>;
    try {
      answer = await client.call('enroll', {
        body: { code: code.data, deviceName: input.deviceName, appVersion: ctx.appVersion, localDeviceId: ctx.events.deviceId },
      });
    } catch (error) {
      throw toDomainError(error, ['code']);
    }
    secrets.set(DEVICE_CREDENTIAL_SECRET, answer.credential);
    // Not a command of the gate (it waits for a sync turn): its writes pass the gate themselves.
    await ctx.writeGate.run(() => {
      state.enroll({ hubUrl, deviceId: answer.deviceId, deviceName: input.deviceName, store: answer.store });
      state.answered(ctx.clock.now(), answer.hubTime - ctx.clock.now());
    });
    backoff.reset();
    retrying = false;
    if (!stopped) schedule(0);
    return publishStatus();
  }

  /** Forgets the credential and the enrollment. Shows, sessions and events stay; so does the outbox, for a later enrollment. */
  async function leave(): Promise<SyncStatus> {
    await quiesce();
    secrets.delete(DEVICE_CREDENTIAL_SECRET);
    await ctx.writeGate.run(() => state.forget());
    return publishStatus();
  }

  return {
    status,
    enroll,
    leave,
    /** Runs a turn now and answers when it is done. */
    async syncNow(): Promise<SyncStatus> {
      await turn();
      return status();
    },
    start(): void {
      if (!stopped) return;
      stopped = false;
      unsubscribe = ctx.events.onAppend(nudge);
      schedule(0);
    },
    /** Final (the backend is closing): cancels a request in flight and waits for the turn to wind down. */
    async stop(): Promise<void> {
      stopped = true;
      closing.abort();
      unsubscribe?.();
      if (timer) realTimers.clearTimeout(timer);
      if (nudgeTimer) realTimers.clearTimeout(nudgeTimer);
      timer = null;
      nudgeTimer = null;
      await running;
    },
    async producerSignIn(input: HubAddressInput & { username: string; password: string }): Promise<SyncStatus> {
      await producer.signIn(checkAddress(input), input.username, input.password);
      return publishStatus();
    },
    producerSignOut(): SyncStatus {
      producer.signOut();
      return publishStatus();
    },
    targets: (): Promise<TargetsResponse> => producer.targets(),
    publishShow: (showId: string, target: PublicationTarget): Promise<PublishResponse> => producer.publishShow(showId, target),
    publishCatalog: (target: PublicationTarget): Promise<PublishResponse> => producer.publishCatalog(target),
    publishCoupons: (target: PublicationTarget): Promise<PublishResponse> => producer.publishCoupons(target),
  };
}

export type SyncService = ReturnType<typeof createSyncService>;
