import { z } from 'zod';

export const ProducerRole = z.enum(['admin', 'producer', 'viewer']);
export type ProducerRole = z.infer<typeof ProducerRole>;

export const ProducerAccount = z.object({
  username: z.string(),
  displayName: z.string(),
  role: ProducerRole,
  /** Regions this account may publish to and read; empty = every region. */
  regions: z.array(z.string()),
});
export type ProducerAccount = z.infer<typeof ProducerAccount>;

/** `POST /v1/auth/login`. */
export const LoginRequest = z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) }).strict();
export const LoginResponse = z.object({
  /** Bearer token for producer requests; the hub keeps only its hash. */
  token: z.string().min(32).max(200),
  expiresAt: z.number().int(),
  account: ProducerAccount,
});
export type LoginResponse = z.infer<typeof LoginResponse>;

/** `GET /v1/targets` (producer): what a publication can be sent to, within the account's regions. */
export const TargetsResponse = z.object({
  storeCount: z.number().int().nonnegative(),
  regions: z.array(z.object({ region: z.string(), storeCount: z.number().int().nonnegative() })),
  groups: z.array(z.object({ group: z.string(), storeCount: z.number().int().nonnegative() })),
});
export type TargetsResponse = z.infer<typeof TargetsResponse>;
