import { z } from 'zod';

/** A request in the contract: what goes in, what comes out, one line on what it does. */
export function defineMethod<I extends z.ZodType, O extends z.ZodType>(spec: { input: I; output: O; summary: string }) {
  return spec;
}

/** Input of requests that take no arguments. */
export const NoInput = z.object({}).strict();
