import type { z } from 'zod';
import { ImportProgress } from '../domain/import/importProgress';
import { ObsStreamHealth } from '../domain/obsActions';
import { ObsStatus } from '../domain/obsStatus';
import { RemoteInfo } from '../domain/remote/remoteDevice';
import { SessionUpdate } from '../domain/session/sessionView';
import { Settings } from '../domain/settings';
import { SyncStatus } from '../domain/sync/syncStatus';
import { appMethods } from './methods/app.methods';
import { catalogMethods } from './methods/catalog.methods';
import { imagesMethods } from './methods/images.methods';
import { importMethods } from './methods/import.methods';
import { obsMethods } from './methods/obs.methods';
import { overlayMethods } from './methods/overlay.methods';
import { platformImportMethods } from './methods/platformImport.methods';
import { remoteMethods } from './methods/remote.methods';
import { reportMethods } from './methods/report.methods';
import { sessionMethods } from './methods/session.methods';
import { settingsMethods } from './methods/settings.methods';
import { showPackageMethods } from './methods/showPackage.methods';
import { showsMethods } from './methods/shows.methods';
import { storeMethods } from './methods/store.methods';
import { syncMethods } from './methods/sync.methods';

/**
 * The API contract: every request and every subscription topic, with schemas for what goes in
 * and what comes out. Both transports and every client use this table and nothing else.
 * Each domain declares its requests in `methods/<domain>.methods.ts`.
 */
export const methods = {
  ...appMethods,
  ...settingsMethods,
  ...obsMethods,
  ...overlayMethods,
  ...storeMethods,
  ...sessionMethods,
  ...reportMethods,
  ...importMethods,
  ...platformImportMethods,
  ...catalogMethods,
  ...imagesMethods,
  ...showsMethods,
  ...showPackageMethods,
  ...syncMethods,
  ...remoteMethods,
} as const;

export const topics = {
  settings: Settings,
  'obs.status': ObsStatus,
  'obs.health': ObsStreamHealth,
  'import.progress': ImportProgress,
  'session.state': SessionUpdate,
  'sync.status': SyncStatus,
  'remote.info': RemoteInfo,
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

export type Topics = typeof topics;
export type TopicName = keyof Topics;
export type TopicData<T extends TopicName> = z.output<Topics[T]>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(methods, name);
}

export function isTopicName(name: string): name is TopicName {
  return Object.hasOwn(topics, name);
}
