import type { RuleViolation } from '@mentor/common';
import { periodViolations } from './metrics.js';

/** The national report covers at most a year at a time. */
export const MAX_REPORT_DAYS = 366;

export function checkReportPeriod(from: string, to: string): RuleViolation[] {
  return periodViolations(from, to, MAX_REPORT_DAYS);
}

export interface ReportRow {
  cpr: string;
  startDate: string;
  endDate: string;
  weeklyHours: number;
}

export const REPORT_HEADER = ['CPR-nummer', 'Startdato', 'Slutdato', 'Timer pr. uge', 'Minutter pr. uge', 'Ansvarlig myndighed'];

/** Average weekly hours as whole hours and minutes: 1.5 → [1, 30]. */
export function hoursAndMinutes(weeklyHours: number): [number, number] {
  const minutes = Math.round(weeklyHours * 60);
  return [Math.floor(minutes / 60), minutes % 60];
}

/** A field as a spreadsheet reads it: quoted when it holds the separator, a quote or a line break. */
function field(value: string | number): string {
  const text = String(value);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The national report of mentor support (one line per order): CPR, start and end date, hours and
 * minutes per week and the responsible authority, `;`-separated with CRLF line ends, as Danish
 * spreadsheets open it.
 */
export function nationalReportCsv(rows: readonly ReportRow[], authority: string): string {
  const lines = [REPORT_HEADER, ...rows.map((row) => [row.cpr, row.startDate, row.endDate, ...hoursAndMinutes(row.weeklyHours), authority])];
  return lines.map((line) => line.map(field).join(';')).join('\r\n') + '\r\n';
}
