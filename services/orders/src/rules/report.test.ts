import { describe, expect, test } from 'vitest';
import { checkReportPeriod, hoursAndMinutes, nationalReportCsv, REPORT_HEADER } from './report.js';

describe('the national report', () => {
  test('weekly hours as hours and minutes', () => {
    expect(hoursAndMinutes(1)).toEqual([1, 0]);
    expect(hoursAndMinutes(1.5)).toEqual([1, 30]);
    expect(hoursAndMinutes(0.75)).toEqual([0, 45]);
    expect(hoursAndMinutes(2)).toEqual([2, 0]);
  });

  test('a header row, `;` between fields and CRLF line ends, one line per order', () => {
    const csv = nationalReportCsv(
      [
        { cpr: '150305-4322', startDate: '2026-01-05', endDate: '2026-04-05', weeklyHours: 1.5 },
        { cpr: '020604-4411', startDate: '2026-02-02', endDate: '2026-03-01', weeklyHours: 0.5 },
      ],
      'b3c1f0de-6f0e-4c4e-9f55-3f1a6f2d9c11',
    );
    expect(csv).toBe(
      `${REPORT_HEADER.join(';')}\r\n` +
        '150305-4322;2026-01-05;2026-04-05;1;30;b3c1f0de-6f0e-4c4e-9f55-3f1a6f2d9c11\r\n' +
        '020604-4411;2026-02-02;2026-03-01;0;30;b3c1f0de-6f0e-4c4e-9f55-3f1a6f2d9c11\r\n',
    );
    expect(nationalReportCsv([], 'Ungeindsatsen; Nord')).toBe(`${REPORT_HEADER.join(';')}\r\n`);
  });

  test('a field holding the separator is quoted', () => {
    const csv = nationalReportCsv([{ cpr: '150305-4322', startDate: '2026-01-05', endDate: '2026-04-05', weeklyHours: 1 }], 'Jobcenter "Nord"; Unge');
    expect(csv.split('\r\n')[1]).toBe('150305-4322;2026-01-05;2026-04-05;1;0;"Jobcenter ""Nord""; Unge"');
  });

  test('covers a year at most, forwards', () => {
    expect(checkReportPeriod('2026-01-01', '2026-12-31')).toEqual([]);
    expect(checkReportPeriod('2024-01-01', '2024-12-31')).toEqual([]);
    expect(checkReportPeriod('2026-01-01', '2027-01-02')).toMatchObject([{ field: 'to', rule: 'periodLength' }]);
    expect(checkReportPeriod('2026-02-01', '2026-01-31')).toMatchObject([{ field: 'to', rule: 'dateOrder' }]);
  });
});
