import { describe, expect, test } from 'vitest';
import { checkSession, type LogSessionInput, type SessionContext } from './session.js';

const context: SessionContext = { order: { startDate: '2026-11-01', endDate: '2027-01-30', totalHours: 13 }, deliveredMinutes: 0, homeVisitConsent: false, today: '2026-11-23' };
const session: LogSessionInput = { date: '2026-11-20', minutes: 60, form: 'IN_PERSON', place: 'INSTITUTION', journalNote: 'Møde på skolen.', phase: 'COURSE' };
const rules = (input: LogSessionInput, ctx = context) => checkSession(input, ctx).map((violation) => `${violation.field}:${violation.rule}`);

describe('logging a session', () => {
  test('accepts an in-person session at the institution', () => {
    expect(rules(session)).toEqual([]);
  });

  test('phone and video need a special reason, and have no place', () => {
    expect(rules({ ...session, form: 'PHONE', place: null })).toEqual(['specialReason:specialReasonRequired']);
    expect(rules({ ...session, form: 'DIGITAL', place: null, specialReason: 'IMPRISONED' })).toEqual([]);
    expect(rules({ ...session, form: 'PHONE', specialReason: 'HOSPITALISED' })).toEqual(['place:placeOnlyInPerson']);
  });

  test('in person needs a place, and at home the youth’s recorded consent', () => {
    expect(rules({ ...session, place: null })).toEqual(['place:placeRequired']);
    expect(rules({ ...session, place: 'HOME' })).toEqual(['place:homeVisitConsent']);
    expect(rules({ ...session, place: 'HOME' }, { ...context, homeVisitConsent: true })).toEqual([]);
    // Consent to home visits does not open phone contact.
    expect(rules({ ...session, form: 'PHONE', place: null }, { ...context, homeVisitConsent: true })).toEqual(['specialReason:specialReasonRequired']);
  });

  test('a text special reason is enough; a blank one is not', () => {
    expect(rules({ ...session, form: 'DIGITAL', place: null, specialReason: 'Bor midlertidigt på Bornholm.' })).toEqual([]);
    expect(rules({ ...session, form: 'DIGITAL', place: null, specialReason: '   ' })).toEqual(['specialReason:specialReasonRequired']);
  });

  test('lies within the order, not in the future, and has a journal note', () => {
    expect(rules({ ...session, date: '2026-11-24' })).toEqual(['date:notInFuture']);
    expect(rules({ ...session, date: '2026-10-31' })).toEqual(['date:withinOrderPeriod']);
    expect(rules({ ...session, journalNote: '' })).toEqual(['journalNote:required']);
    expect(rules({ ...session, minutes: 0 })).toEqual(['minutes:minutesRange']);
  });

  test('never takes delivered hours beyond the order’s total (rule 2)', () => {
    expect(rules(session, { ...context, deliveredMinutes: 720 })).toEqual([]);
    expect(rules(session, { ...context, deliveredMinutes: 721 })).toEqual(['minutes:deliveredWithinTotal']);
    expect(rules({ ...session, minutes: 1 }, { ...context, deliveredMinutes: 779 })).toEqual([]);
    expect(rules({ ...session, minutes: 1 }, { ...context, deliveredMinutes: 780 })).toEqual(['minutes:deliveredWithinTotal']);
  });
});
