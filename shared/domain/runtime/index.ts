export type { Rejection, RejectReason } from './commands';
export { RuntimeCommand } from './commands';
export type { Effect, LogEvent } from './effects';
export { cueActions, defaultActions, desiredActions, panicActions } from './obsEffects';
export { reduce } from './reduce';
export type { ReduceResult } from './result';
export {
  CatalogLookup,
  FollowMode,
  GaugeReading,
  PendingStart,
  RunningCue,
  RuntimeCue,
  RuntimeState,
  SessionSetup,
  StartTrigger,
} from './runtimeState';
export { startSession, toRuntimeCue } from './session';
export { fillTemplate, formatCountdown, formatPriceFen } from './templates';
export type { TimelineEntry } from './timeline';
export { overrunMs, plannedStartOf, plannedTimeline, projectedEndAt, remainingMs } from './timeline';
