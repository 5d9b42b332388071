import { z } from 'zod';

/**
 * `query`: reads only. `command`: may write; the backend runs commands through its write gate
 * so they never collide with a long write such as a large import being applied. `live`: a command
 * of the running show, which always makes a long write step aside. `job`: long work
 * that takes the write gate itself for its long write (an import commit), so it is not wrapped.
 */
export type MethodKind = 'query' | 'command' | 'live' | 'job';

/** A request in the contract: what goes in, what comes out, one line on what it does. */
export function defineMethod<I extends z.ZodType, O extends z.ZodType>(spec: { input: I; output: O; summary: string }) {
  return { ...spec, kind: 'command' as MethodKind };
}

/** A read-only request. */
export function defineQuery<I extends z.ZodType, O extends z.ZodType>(spec: { input: I; output: O; summary: string }) {
  return { ...spec, kind: 'query' as MethodKind };
}

/** A live-show command (GO, panic, counters): like a command, but it always preempts long writes. */
export function defineLive<I extends z.ZodType, O extends z.ZodType>(spec: { input: I; output: O; summary: string }) {
  return { ...spec, kind: 'live' as MethodKind };
}

/** Long work that writes through the gate's long-write path itself. */
export function defineJob<I extends z.ZodType, O extends z.ZodType>(spec: { input: I; output: O; summary: string }) {
  return { ...spec, kind: 'job' as MethodKind };
}

/** Input of requests that take no arguments. */
export const NoInput = z.object({}).strict();
