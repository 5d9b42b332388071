import { createReportAccumulator, type ReportOptions } from './reportAccumulator';
import type { ReportEvent } from './reportEvent';
import type { SessionReport } from './sessionReport';

/** The whole report from events already in memory (log order); `now` measures a still-live session. */
export function computeSessionReport(events: Iterable<ReportEvent>, options: ReportOptions & { now: number }): SessionReport {
  const { now, ...rest } = options;
  const acc = createReportAccumulator(rest);
  for (const event of events) acc.add(event);
  return acc.finish(now);
}
