import { createStore, issueEnrollmentCode, listStores, revokeDevice } from '../console/consoleStores';
import { publicationStores, publicationsStatus } from '../console/publicationStatus';
import { enrollDevice } from '../enrollment/enrollDevice';
import { limitEnrollmentFailures } from '../enrollment/enrollmentRateLimit';
import { type IngestDeps, ingestBatch } from '../ingest/ingestBatch';
import { login } from '../producers/login';
import { publishTargets, storeSessions } from '../producers/storeSessions';
import { missingImages, uploadImage } from '../publications/images';
import { publish } from '../publications/publish';
import { imageFor, publicationsPage, recordDeliveries } from '../publications/storePublications';
import { readSessionReport } from '../reports/storedSessionReports';
import { exportResults } from '../results/exportResults';
import { queryResults } from '../results/queryResults';
import { resultSessions } from '../results/resultSessions';
import type { HubHandlers } from './registerEndpoints';

const HUB_VERSION = '0.1.0';

/** Each route of the contract, wired to the module that does the work. */
export function createHubHandlers(deps: IngestDeps): HubHandlers {
  const { db, clock } = deps;
  return {
    health: async () => ({ ok: true, version: HUB_VERSION, database: db.kind, hubTime: clock() }),
    enroll: ({ body, clientIp }) => {
      const now = clock();
      return limitEnrollmentFailures(db, clientIp, now, body.code, () => enrollDevice(db, body, now));
    },
    device: async ({ caller }) => ({ deviceId: caller.deviceId, store: caller.store, hubTime: clock() }),
    ingest: ({ caller, body }) => ingestBatch(deps, caller, body),
    publications: ({ caller, query }) => publicationsPage(db, caller, query, clock()),
    deliveries: ({ caller, body }) => recordDeliveries(db, caller, body, clock()),
    image: ({ caller, params }) => imageFor(db, caller, params.sha256),
    login: ({ body, clientIp }) => login(db, body, clientIp, clock()),
    targets: ({ caller }) => publishTargets(db, caller),
    imagesMissing: ({ body }) => missingImages(db, body.hashes),
    imageUpload: ({ body }) => uploadImage(db, body, clock()),
    publish: ({ caller, body }) => publish(db, caller, body, clock()),
    storeSessions: ({ caller, params }) => storeSessions(db, caller, params.storeCode),
    sessionReport: ({ caller, params }) => readSessionReport(db, caller, params.storeCode, params.sessionId, clock()),
    me: async ({ caller }) => ({ username: caller.username, displayName: caller.displayName, role: caller.role, regions: caller.regions }),
    stores: ({ caller }) => listStores(db, caller, clock()),
    createStore: ({ caller, body }) => createStore(db, caller, body, clock()),
    enrollmentCode: ({ caller, params, body }) => issueEnrollmentCode(db, caller, params.storeCode, body.ttlDays, clock()),
    revokeDevice: ({ caller, params }) => revokeDevice(db, caller, params.storeCode, params.deviceId, clock()),
    publicationsStatus: ({ caller }) => publicationsStatus(db, caller),
    publicationStores: ({ caller, params }) => publicationStores(db, caller, params.publicationId),
    results: ({ caller, query }) => queryResults(db, caller, query),
    resultsExport: ({ caller, query }) => exportResults(db, caller, query),
    resultSessions: ({ caller, params, query }) => resultSessions(db, caller, params.storeCode, query),
  };
}
