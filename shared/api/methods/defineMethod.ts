import { z } from 'zod';

/**
 * `query`: reads only. `command`: may write; the backend runs commands through its write gate
 * so they never collide with a long write such as a large import being applied. `job`: long work
 * that takes the write gate itself for its long write (an import commit), so it is not wrapped.
 */
export type MethodKind = 'query' | 'command' | 'job';

/** A request in the contract: what goes in, what comes out, one line on what it does. */
export function defineMethod<I extends z.ZodType, O extends z.ZodType>(spec: { input: I; output: O; summary: string }) {
  return { ...spec, kind: 'command' as MethodKind };
}

/** A read-only request. */
export function defineQuery<I extends z.ZodType, O extends z.ZodType>(spec: { input: I; output: O; summary: string }) {
  return { ...spec, kind: 'query' as MethodKind };
}

/** Long work that writes through the gate's long-write path itself. */
export function defineJob<I extends z.ZodType, O extends z.ZodType>(spec: { input: I; output: O; summary: string }) {
  return { ...spec, kind: 'job' as MethodKind };
}

/** Input of requests that take no arguments. */
export const NoInput = z.object({}).strict();
