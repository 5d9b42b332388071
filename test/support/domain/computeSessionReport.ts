import { createReportAccumulator, type ReportOptions } from '../../../shared/domain/report/reportAccumulator';
import type { ReportEvent } from '../../../shared/domain/report/reportEvent';
import type { SessionReport } from '../../../shared/domain/report/sessionReport';

/** The whole report from events already in memory (log order); `now` measures a still-live session. */
export function computeSessionReport(events: Iterable<ReportEvent>, options: ReportOptions & { now: number }): SessionReport {
  const { now, ...rest } = options;
  const acc = createReportAccumulator(rest);
  for (const event of events) acc.add(event);
  return acc.finish(now);
}
