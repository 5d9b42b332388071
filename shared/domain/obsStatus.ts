import { z } from 'zod';

/**
 * OBS connection state as the UI shows it.
 * - `not_configured`: no connection settings saved yet. `disabled`: saved, but the user turned control off.
 * - `connecting` → `syncing` (reading scenes and outputs after identify) → `ready`.
 * - `paused`: OBS is switching scene collection; requests would fail with "not ready".
 * - `lost`: the connection dropped; LiveCue probes OBS's port and reconnects once it accepts (`retryAt`: after a
 *   failed handshake, when the probing resumes).
 * - `wrong_password`, `incompatible`, `kicked`: waiting for the user; no automatic retry.
 */
export const ObsConnectionState = z.enum([
  'not_configured',
  'disabled',
  'connecting',
  'syncing',
  'ready',
  'paused',
  'lost',
  'wrong_password',
  'incompatible',
  'kicked',
]);
export type ObsConnectionState = z.infer<typeof ObsConnectionState>;

/** One sentence per state for people, in both UI languages (also used in logs and the headless host). */
export const obsStateSentences: Record<ObsConnectionState, { 'zh-CN': string; en: string }> = {
  not_configured: { 'zh-CN': '尚未设置 OBS 连接。', en: 'No OBS connection has been set up yet.' },
  disabled: { 'zh-CN': 'OBS 控制已关闭。', en: 'OBS control is turned off.' },
  connecting: { 'zh-CN': '正在连接 OBS……', en: 'Connecting to OBS…' },
  syncing: { 'zh-CN': '已连接，正在读取 OBS 的场景和输出状态……', en: 'Connected; reading scenes and outputs from OBS…' },
  ready: { 'zh-CN': 'OBS 已就绪。', en: 'OBS is ready.' },
  paused: {
    'zh-CN': 'OBS 正在切换场景集合，切换完成后自动恢复。',
    en: 'OBS is switching scene collection; control resumes when it is done.',
  },
  lost: {
    'zh-CN': '与 OBS 的连接已断开，正在等待自动重连。请确认 OBS 已打开。',
    en: 'The connection to OBS was lost; LiveCue retries by itself. Check that OBS is open.',
  },
  wrong_password: {
    'zh-CN': 'OBS 拒绝了密码。请在 OBS 的“工具 → WebSocket 服务器设置”中查看密码并重新填写。',
    en: 'OBS refused the password. Check it in OBS under Tools → WebSocket Server Settings and enter it again.',
  },
  incompatible: {
    'zh-CN': '这个 OBS 版本不兼容。需要 OBS Studio 28 或更新版本（内置 obs-websocket 5）。',
    en: 'This OBS version is not compatible. OBS Studio 28 or newer (with obs-websocket 5) is needed.',
  },
  kicked: {
    'zh-CN': 'OBS 断开了 LiveCue 的连接（可能有人在 OBS 中操作了）。点击“重新连接”。',
    en: 'OBS disconnected LiveCue (someone may have done so in OBS). Click Reconnect.',
  },
};

export const ObsOutputs = z.object({
  streaming: z.boolean(),
  recording: z.boolean(),
  /** null when this OBS has no virtual camera (not installed or not available on this system). */
  virtualCam: z.boolean().nullable(),
});
export type ObsOutputs = z.infer<typeof ObsOutputs>;

/**
 * One output as OBS reports it (its `…StateChanged` events, or Get…Status at resync), never as a start request
 * returned: `starting` and `stopping` are OBS's own in-between states, `reconnecting` a stream that lost its server.
 */
export const ObsOutputState = z.enum(['off', 'starting', 'on', 'reconnecting', 'paused', 'stopping']);
export type ObsOutputState = z.infer<typeof ObsOutputState>;

/** Something that happened to an output that LiveCue did not ask for (someone stopped it in OBS, the server dropped). */
const ObsOutputIncident = z.object({
  kind: z.enum(['stopped', 'reconnecting']),
  at: z.number().int().nonnegative(),
});

export const ObsOutputInfo = z.object({
  state: ObsOutputState,
  /** When it entered `state` (epoch ms, backend clock). */
  since: z.number().int().nonnegative(),
  /**
   * When it last went on (epoch ms), kept through reconnecting and pause so the elapsed time runs on; at resync
   * it is worked back from OBS's own `outputDuration`. Null while off.
   */
  startedAt: z.number().int().nonnegative().nullable(),
  /** The latest change LiveCue did not ask for, until the output is started again. */
  incident: ObsOutputIncident.nullable(),
});
export type ObsOutputInfo = z.infer<typeof ObsOutputInfo>;

export const ObsOutputStates = z.object({
  stream: ObsOutputInfo,
  record: ObsOutputInfo,
  /** null when this OBS has no virtual camera. */
  virtualCam: ObsOutputInfo.nullable(),
});
export type ObsOutputStates = z.infer<typeof ObsOutputStates>;

export const ObsStatus = z.object({
  state: ObsConnectionState,
  /** Human sentence for `state`, English (the UI translates `state` itself). */
  message: z.string().optional(),
  /** The URL in use (never the password). */
  url: z.string().optional(),
  /** When the next automatic retry happens (epoch ms), in `lost`. */
  retryAt: z.number().optional(),
  /** Failed attempts since the last stable connection. */
  attempt: z.number().int().nonnegative().optional(),
  obsVersion: z.string().optional(),
  websocketVersion: z.string().optional(),
  currentScene: z.string().nullable().optional(),
  outputs: ObsOutputs.optional(),
  /** OBS's canvas (base resolution): what LiveCue's graphics are laid out for. */
  canvas: z.object({ width: z.number().int().positive(), height: z.number().int().positive() }).optional(),
  /** Per output: state, since when, and since when it has been on (`outputs` holds the same as booleans). */
  outputStates: ObsOutputStates.optional(),
  /** Managed scenes/sources LiveCue expected and did not find at the last resync. */
  missing: z.array(z.string()).optional(),
  /** Last low-level reason (close code and text), for support. */
  detail: z.string().optional(),
});
export type ObsStatus = z.infer<typeof ObsStatus>;
