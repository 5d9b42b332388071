import type { RuntimeCommand } from '../domain/runtime';
import type { MethodName, TopicName } from './contract';

/**
 * Who holds a token. The console (the launch token, or the Electron window over IPC) may do everything; the
 * overlay page's token goes into OBS's browser-source URL, where it is written into OBS's scene file and easy to
 * copy, so it may only read what the on-stream graphics need. A paired phone or tablet has its own token with the
 * role it was paired for: `remote-view` reads what the prompter shows, `remote-control` may also run the show
 * (GO, standby, counters, 成交, PANIC) but never end it, edit anything or manage devices.
 */
export type AccessRole = 'console' | 'overlay' | 'remote-control' | 'remote-view';

/** Read-only requests the overlay page makes: the live session, the theme, image bytes, the server clock. */
const OVERLAY_METHODS = ['session.current', 'settings.get', 'image.read', 'app.ping', 'app.about'] as const satisfies readonly MethodName[];

/** Topics the overlay page listens to. */
const OVERLAY_TOPICS = ['session.state', 'settings'] as const satisfies readonly TopicName[];

/** What the prompter and a view-only phone read: the overlay's reads plus the on-air product's talking points. */
const REMOTE_VIEW_METHODS = [...OVERLAY_METHODS, 'product.get'] as const satisfies readonly MethodName[];
const REMOTE_VIEW_TOPICS = [...OVERLAY_TOPICS, 'obs.status'] as const satisfies readonly TopicName[];

/** A control phone may also send live commands, of these kinds only. */
const REMOTE_CONTROL_METHODS = [...REMOTE_VIEW_METHODS, 'session.command'] as const satisfies readonly MethodName[];
const REMOTE_COMMANDS = [
  'go',
  'setStandby',
  'increment',
  'sale',
  'readGauge',
  'panic',
] as const satisfies readonly RuntimeCommand['type'][];

const allowed: Record<Exclude<AccessRole, 'console'>, { methods: ReadonlySet<string>; topics: ReadonlySet<string> }> = {
  overlay: { methods: new Set(OVERLAY_METHODS), topics: new Set(OVERLAY_TOPICS) },
  'remote-view': { methods: new Set(REMOTE_VIEW_METHODS), topics: new Set(REMOTE_VIEW_TOPICS) },
  'remote-control': { methods: new Set(REMOTE_CONTROL_METHODS), topics: new Set(REMOTE_VIEW_TOPICS) },
};
const remoteCommands: ReadonlySet<string> = new Set(REMOTE_COMMANDS);

export function mayInvoke(role: AccessRole, method: string): boolean {
  return role === 'console' || allowed[role].methods.has(method);
}

export function maySubscribe(role: AccessRole, topic: string): boolean {
  return role === 'console' || allowed[role].topics.has(topic);
}

/** Whether a role may send this live command (checked on top of mayInvoke('session.command')). */
export function mayCommand(role: AccessRole, commandType: string): boolean {
  return role === 'console' || (role === 'remote-control' && remoteCommands.has(commandType));
}
