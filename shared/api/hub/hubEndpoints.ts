import { z } from 'zod';
import { SessionReport } from '../../domain/report/sessionReport';
import { Sha256Hex } from '../../domain/showPackage/showPackageFormat';
import {
  ConsoleStore,
  CreateStoreRequest,
  EnrollmentCodeRequest,
  EnrollmentCodeResponse,
  PublicationStoresResponse,
  PublicationsStatusResponse,
  ResultSessionsResponse,
  ResultsExportQuery,
  ResultsQuery,
  ResultsResponse,
  RevokeDeviceResponse,
  StoresResponse,
} from './hubConsole';
import { DeviceInfo, EnrollRequest, EnrollResponse } from './hubDevice';
import { IngestRequest, IngestResponse } from './hubIngest';
import { LoginRequest, LoginResponse, ProducerAccount, TargetsResponse } from './hubProducer';
import {
  DeliveryReport,
  ImagesMissingRequest,
  ImagesMissingResponse,
  ImageUpload,
  PublicationsPage,
  PublicationsQuery,
  PublishRequest,
  PublishResponse,
} from './hubPublications';

/**
 * The hub's HTTP contract: every route, who may call it, and schemas for what goes in and comes out.
 * The hub validates requests and the store validates answers with these same schemas.
 *
 * `auth`: `none`; `device` = `Authorization: Bearer <device credential>` (a store PC);
 * `producer` = `Authorization: Bearer <producer token>` (a head-office account, see `roles`).
 * `response: null` = the body is raw bytes (images), not JSON.
 */
export type HubAuth = 'none' | 'device' | 'producer';

interface EndpointSpec {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  auth: HubAuth;
  /** Producer roles allowed (producer routes only). */
  roles?: readonly ('admin' | 'producer' | 'viewer')[];
  summary: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType | null;
}

function endpoint<const S extends EndpointSpec>(spec: S): S {
  return spec;
}

const Health = z.object({
  ok: z.literal(true),
  version: z.string(),
  database: z.enum(['postgres', 'pglite']),
  hubTime: z.number().int(),
});

export const StoreSessionSummary = z.object({
  sessionId: z.string(),
  deviceId: z.uuid(),
  events: z.number().int().nonnegative(),
  firstReceivedAt: z.number().int(),
  lastReceivedAt: z.number().int(),
});
export type StoreSessionSummary = z.infer<typeof StoreSessionSummary>;

const StoreCodeParam = z.object({ storeCode: z.string().min(1).max(64) }).strict();

export const hubEndpoints = {
  health: endpoint({
    method: 'GET',
    path: '/v1/health',
    auth: 'none',
    summary: 'Liveness and which database the hub runs on.',
    response: Health,
  }),
  enroll: endpoint({
    method: 'POST',
    path: '/v1/enroll',
    auth: 'none',
    summary: 'Trades a one-time enrollment code for this device’s own credential. The code is spent.',
    body: EnrollRequest,
    response: EnrollResponse,
  }),
  device: endpoint({
    method: 'GET',
    path: '/v1/device',
    auth: 'device',
    summary: 'Who the credential is. DEVICE_REVOKED once revoked.',
    response: DeviceInfo,
  }),
  ingest: endpoint({
    method: 'POST',
    path: '/v1/events',
    auth: 'device',
    summary:
      'Uploads a batch of the device’s events; idempotent on (device, epoch, seq) and event id; acknowledges the highest contiguous seq.',
    body: IngestRequest,
    response: IngestResponse,
  }),
  publications: endpoint({
    method: 'GET',
    path: '/v1/publications',
    auth: 'device',
    summary: 'Publications for this store after its cursor, oldest first.',
    query: PublicationsQuery,
    response: PublicationsPage,
  }),
  deliveries: endpoint({
    method: 'POST',
    path: '/v1/deliveries',
    auth: 'device',
    summary: 'What became of each publication at this store (received / applied / deferred / failed).',
    body: DeliveryReport,
    response: z.object({ recorded: z.number().int().nonnegative() }),
  }),
  image: endpoint({
    method: 'GET',
    path: '/v1/images/:sha256',
    auth: 'device',
    summary: 'An image by its SHA-256, for a device that has a publication naming it (or a producer). Raw bytes.',
    params: z.object({ sha256: Sha256Hex }).strict(),
    response: null,
  }),
  login: endpoint({
    method: 'POST',
    path: '/v1/auth/login',
    auth: 'none',
    summary: 'Producer sign-in.',
    body: LoginRequest,
    response: LoginResponse,
  }),
  targets: endpoint({
    method: 'GET',
    path: '/v1/targets',
    auth: 'producer',
    roles: ['admin', 'producer', 'viewer'],
    summary: 'Regions and groups the account can publish to, with store counts.',
    response: TargetsResponse,
  }),
  imagesMissing: endpoint({
    method: 'POST',
    path: '/v1/images/missing',
    auth: 'producer',
    roles: ['admin', 'producer'],
    summary: 'Which of these image hashes the hub does not hold yet.',
    body: ImagesMissingRequest,
    response: ImagesMissingResponse,
  }),
  imageUpload: endpoint({
    method: 'POST',
    path: '/v1/images',
    auth: 'producer',
    roles: ['admin', 'producer'],
    summary: 'Stores one image under its SHA-256 (checked against the bytes). Idempotent.',
    body: ImageUpload,
    response: z.object({ sha256: Sha256Hex, created: z.boolean() }),
  }),
  publish: endpoint({
    method: 'POST',
    path: '/v1/publications',
    auth: 'producer',
    roles: ['admin', 'producer'],
    summary: 'Publishes a show, catalog or coupons to all stores, a region, a group or one store (within the account’s regions).',
    body: PublishRequest,
    response: PublishResponse,
  }),
  storeSessions: endpoint({
    method: 'GET',
    path: '/v1/stores/:storeCode/sessions',
    auth: 'producer',
    roles: ['admin', 'producer', 'viewer'],
    summary: 'The sessions a store has uploaded, newest first.',
    params: StoreCodeParam,
    response: z.object({ sessions: z.array(StoreSessionSummary) }),
  }),
  sessionReport: endpoint({
    method: 'GET',
    path: '/v1/stores/:storeCode/sessions/:sessionId/report',
    auth: 'producer',
    roles: ['admin', 'producer', 'viewer'],
    summary: 'A session’s review, computed from the ingested events by the same code as the app.',
    params: StoreCodeParam.extend({ sessionId: z.string().min(1).max(64) }).strict(),
    response: SessionReport,
  }),
  // The head-office web console (see hubConsole.ts).
  me: endpoint({
    method: 'GET',
    path: '/v1/me',
    auth: 'producer',
    roles: ['admin', 'producer', 'viewer'],
    summary: 'The signed-in account.',
    response: ProducerAccount,
  }),
  stores: endpoint({
    method: 'GET',
    path: '/v1/stores',
    auth: 'producer',
    roles: ['admin', 'producer', 'viewer'],
    summary: 'Stores within the account’s regions: devices, last seen, events waiting, and what is live now.',
    response: StoresResponse,
  }),
  createStore: endpoint({
    method: 'POST',
    path: '/v1/stores',
    auth: 'producer',
    roles: ['admin', 'producer'],
    summary: 'Creates a store in one of the account’s regions. CONFLICT when the code is taken.',
    body: CreateStoreRequest,
    response: ConsoleStore,
  }),
  enrollmentCode: endpoint({
    method: 'POST',
    path: '/v1/stores/:storeCode/enrollment-codes',
    auth: 'producer',
    roles: ['admin', 'producer'],
    summary: 'A one-time enrollment code for a store PC, with its QR code.',
    params: StoreCodeParam,
    body: EnrollmentCodeRequest,
    response: EnrollmentCodeResponse,
  }),
  revokeDevice: endpoint({
    method: 'POST',
    path: '/v1/stores/:storeCode/devices/:deviceId/revoke',
    auth: 'producer',
    roles: ['admin', 'producer'],
    summary: 'Revokes a store device’s credential; it stops syncing and keeps its local data.',
    params: StoreCodeParam.extend({ deviceId: z.uuid() }).strict(),
    response: RevokeDeviceResponse,
  }),
  publicationsStatus: endpoint({
    method: 'GET',
    path: '/v1/publications/status',
    auth: 'producer',
    roles: ['admin', 'producer', 'viewer'],
    summary: 'Publications, newest first, with how many target stores received, applied, deferred or failed each.',
    response: PublicationsStatusResponse,
  }),
  publicationStores: endpoint({
    method: 'GET',
    path: '/v1/publications/:publicationId/stores',
    auth: 'producer',
    roles: ['admin', 'producer', 'viewer'],
    summary: 'Each target store of a publication (within the account’s regions) and its latest delivery status.',
    params: z.object({ publicationId: z.coerce.number().int().positive() }).strict(),
    response: PublicationStoresResponse,
  }),
  results: endpoint({
    method: 'GET',
    path: '/v1/results',
    auth: 'producer',
    roles: ['admin', 'producer', 'viewer'],
    summary: 'Results across stores for a date range: leaderboard, products, coupons and tasks, days.',
    query: ResultsQuery,
    response: ResultsResponse,
  }),
  resultsExport: endpoint({
    method: 'GET',
    path: '/v1/results/export',
    auth: 'producer',
    roles: ['admin', 'producer', 'viewer'],
    summary: 'The same results as a CSV or XLSX file. Raw bytes.',
    query: ResultsExportQuery,
    response: null,
  }),
  resultSessions: endpoint({
    method: 'GET',
    path: '/v1/results/stores/:storeCode/sessions',
    auth: 'producer',
    roles: ['admin', 'producer', 'viewer'],
    summary: 'A store’s sessions in a results range, newest first, for drilling down to a review.',
    params: StoreCodeParam,
    query: ResultsQuery,
    response: ResultSessionsResponse,
  }),
} as const;

export type HubEndpoints = typeof hubEndpoints;
export type HubEndpointName = keyof HubEndpoints;
