import { z } from 'zod';
import { About } from '../domain/about';
import { ObsStatus } from '../domain/obsStatus';
import { LanguagePreference, Settings } from '../domain/settings';

/**
 * The API contract: every request and every subscription topic, with schemas for what goes in
 * and what comes out. Both transports and every client use this table and nothing else.
 */
const NoInput = z.object({}).strict();

function method<I extends z.ZodType, O extends z.ZodType>(spec: { input: I; output: O; summary: string }) {
  return spec;
}

export const methods = {
  'app.about': method({
    summary: 'Application version, host, data directory and SQLite version.',
    input: NoInput,
    output: About,
  }),
  'app.ping': method({
    summary: 'Echoes a string back; used for liveness and round-trip measurement.',
    input: z.object({ echo: z.string().max(65_536) }).strict(),
    output: z.object({ echo: z.string(), serverTime: z.number() }),
  }),
  'settings.get': method({
    summary: 'Current user settings.',
    input: NoInput,
    output: Settings,
  }),
  'settings.update': method({
    summary: 'Changes some settings; returns them all. Publishes on the `settings` topic.',
    input: z.object({ language: LanguagePreference.optional() }).strict(),
    output: Settings,
  }),
  'obs.status': method({
    summary: 'OBS connection state.',
    input: NoInput,
    output: ObsStatus,
  }),
} as const;

export const topics = {
  settings: Settings,
  'obs.status': ObsStatus,
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
