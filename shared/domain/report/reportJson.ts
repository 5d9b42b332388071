import { SessionReport } from './sessionReport';

/** The stable JSON export: the report exactly as its versioned schema describes it. */
export function reportToJson(report: SessionReport): string {
  return `${JSON.stringify(SessionReport.parse(report), null, 2)}\n`;
}

/** Reads an export back, refusing anything the schema does not describe. */
export function reportFromJson(json: string): SessionReport {
  return SessionReport.parse(JSON.parse(json));
}
