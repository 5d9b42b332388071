import type { reportMethods } from '../../../shared/api/methods/report.methods';
import type { BackendContext } from '../backendContext';
import type { DomainHandlers } from '../dispatch/handlers';
import type { ReportService } from './report.service';
import { createReportSessionsDao } from './reportSessions.dao';

export function createReportHandlers(ctx: BackendContext, reports: ReportService): DomainHandlers<typeof reportMethods> {
  const sessions = createReportSessionsDao(ctx.db);
  return {
    'report.sessions': ({ limit, before }) => sessions.list(limit, before),
    'report.session': ({ sessionId }) => reports.report(sessionId),
    'report.export': ({ sessionId, format, language }) => reports.exportReport(sessionId, format, language),
  };
}
