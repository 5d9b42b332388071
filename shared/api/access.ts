import type { MethodName, TopicName } from './contract';

/**
 * Who holds a token. The console (the launch token, or the Electron window over IPC) may do everything; the
 * overlay page's token goes into OBS's browser-source URL, where it is written into OBS's scene file and easy to
 * copy, so it may only read what the on-stream graphics need.
 */
export type AccessRole = 'console' | 'overlay';

/** Read-only requests the overlay page makes: the live session, the theme, image bytes, the server clock. */
export const OVERLAY_METHODS = [
  'session.current',
  'settings.get',
  'image.read',
  'app.ping',
  'app.about',
] as const satisfies readonly MethodName[];

/** Topics the overlay page listens to. */
export const OVERLAY_TOPICS = ['session.state', 'settings'] as const satisfies readonly TopicName[];

const overlayMethods: ReadonlySet<string> = new Set(OVERLAY_METHODS);
const overlayTopics: ReadonlySet<string> = new Set(OVERLAY_TOPICS);

export function mayInvoke(role: AccessRole, method: string): boolean {
  return role === 'console' || overlayMethods.has(method);
}

export function maySubscribe(role: AccessRole, topic: string): boolean {
  return role === 'console' || overlayTopics.has(topic);
}
