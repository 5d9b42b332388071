import { z } from 'zod';
import { Id } from '../../domain/catalog/common';
import { SyncStatus } from '../../domain/sync/syncStatus';
import { TargetsResponse } from '../hub/hubProducer';
import { PublicationTarget, PublishResponse } from '../hub/hubPublications';
import { defineJob, defineMethod, defineQuery, NoInput } from './defineMethod';

const HubUrl = z.string().trim().min(1, 'the hub address is required').max(500);
/** Plain HTTP to an address that is neither loopback nor on the local network needs this set, after asking the user. */
const ConfirmInsecure = z.boolean().default(false);

export const syncMethods = {
  'sync.status': defineQuery({
    summary: 'This PC’s link to head office: enrollment, what is waiting, the last error.',
    input: NoInput,
    output: SyncStatus,
  }),
  // Jobs, not commands: they wait for a sync turn, which applies show packages as long writes of the write gate.
  'sync.enroll': defineJob({
    summary:
      'Enrolls this PC as a store with the one-time code from head office; the credential is kept in the OS keychain. ' +
      'Refused with reason INSECURE_ADDRESS for plain HTTP beyond this network unless confirmInsecure.',
    input: z
      .object({
        hubUrl: HubUrl,
        code: z.string().trim().min(1, 'the enrollment code is required').max(40),
        deviceName: z.string().trim().min(1).max(100),
        confirmInsecure: ConfirmInsecure,
      })
      .strict(),
    output: SyncStatus,
  }),
  'sync.leave': defineJob({
    summary: 'Stops syncing and forgets the credential. Local data (shows, sessions, events) stays.',
    input: NoInput,
    output: SyncStatus,
  }),
  'sync.now': defineJob({ summary: 'Uploads and pulls now instead of at the next interval.', input: NoInput, output: SyncStatus }),
  'sync.producerSignIn': defineMethod({
    summary: 'Signs this LiveCue in with a head-office producer account, for publishing shows to stores.',
    input: z
      .object({
        hubUrl: HubUrl,
        username: z.string().trim().min(1).max(100),
        password: z.string().min(1).max(200),
        confirmInsecure: ConfirmInsecure,
      })
      .strict(),
    output: SyncStatus,
  }),
  'sync.producerSignOut': defineMethod({ summary: 'Forgets the producer sign-in.', input: NoInput, output: SyncStatus }),
  'sync.targets': defineQuery({
    summary: 'The regions and groups the signed-in producer can publish to.',
    input: NoInput,
    output: TargetsResponse,
  }),
  'sync.publishShow': defineMethod({
    summary: 'Publishes a show (its package: products, coupons, tasks, images) to all stores, a region, a group or one store (发布到门店).',
    input: z.object({ showId: Id, target: PublicationTarget }).strict(),
    output: PublishResponse,
  }),
  'sync.publishCatalog': defineMethod({
    summary: 'Publishes the whole product catalog (with images) to all stores, a region, a group or one store; stores upsert it by SKU.',
    input: z.object({ target: PublicationTarget }).strict(),
    output: PublishResponse,
  }),
  'sync.publishCoupons': defineMethod({
    summary: 'Publishes every coupon with the products it applies to; a store creates them once and updates them with each new version.',
    input: z.object({ target: PublicationTarget }).strict(),
    output: PublishResponse,
  }),
} as const;
