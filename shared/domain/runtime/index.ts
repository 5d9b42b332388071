export { RuntimeCommand } from './commands';
export type { Effect } from './effects';
export { cueActions, desiredActions, panicActions } from './obsEffects';
export { reduce } from './reduce';
export { CatalogLookup, GaugeReading, RunningCue, RuntimeCue, RuntimeState } from './runtimeState';
export { startSession, toRuntimeCue } from './session';
export { formatCountdown, formatPriceFen } from './templates';
export { plannedTimeline, projectedEndAt } from './timeline';
