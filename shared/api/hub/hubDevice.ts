import { z } from 'zod';

/** A store as the hub knows it. `code` is the brand's own store number (unique). */
export const HubStore = z.object({
  id: z.uuid(),
  code: z.string().min(1).max(64),
  name: z.string().min(1).max(200),
  region: z.string().max(100),
  group: z.string().max(100),
});
export type HubStore = z.infer<typeof HubStore>;

/**
 * Enrollment codes are 10 characters from an alphabet with no look-alikes (no 0/O, 1/I/L), shown as
 * XXXXX-XXXXX; typed in any case, with or without the dash or spaces.
 */
export const ENROLLMENT_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export function normalizeEnrollmentCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}
export const EnrollmentCode = z
  .string()
  .transform(normalizeEnrollmentCode)
  .pipe(z.string().regex(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/, 'must be the 10-character enrollment code (XXXXX-XXXXX)'));

export const EnrollRequest = z
  .object({
    code: EnrollmentCode,
    /** What the associate calls this PC, shown at head office. */
    deviceName: z.string().trim().min(1).max(100),
    appVersion: z.string().min(1).max(50),
    /** The store database's own device id (its event-log identity), kept as a fact. */
    localDeviceId: z.string().min(1).max(100),
  })
  .strict();
export type EnrollRequest = z.input<typeof EnrollRequest>;

export const EnrollResponse = z.object({
  deviceId: z.uuid(),
  store: HubStore,
  /** Bearer credential for this device only; the hub keeps only its hash. Shown once. */
  credential: z.string().min(32).max(200),
  hubTime: z.number().int(),
});
export type EnrollResponse = z.infer<typeof EnrollResponse>;

/** `GET /v1/device`: who the credential is; doubles as the reachability check. */
export const DeviceInfo = z.object({
  deviceId: z.uuid(),
  store: HubStore,
  hubTime: z.number().int(),
});
export type DeviceInfo = z.infer<typeof DeviceInfo>;
