import { describe, expect, it } from 'vitest';
import {
  certificationFit,
  criterionWeights,
  deliversInMunicipality,
  freeCapacity,
  kindForTargetGroup,
  loadsByMentor,
  rankMentors,
  rankMentorsViolations,
  sharedLanguage,
  type RankingCandidate,
  type RankingRequest,
} from './ranking.js';

const period = { from: '2026-03-01', to: '2026-05-31' };
const certified = (kind: RankingCandidate['kind'], validUntil = '2026-12-31') => ({ kind, issuedOn: '2025-01-01', validUntil });

describe('certificationFit', () => {
  it('scores a certification of the kind made for the target group above one that suits it', () => {
    expect(certificationFit([certified('SOCIAL')], period, 'ACTIVITY_READY_CASH_BENEFIT')).toEqual({
      points: 1,
      reason: 'Certified as social mentor until 2026-12-31, the kind made for activity-ready cash-benefit recipients',
      detail: { code: 'certifiedKindMadeForTargetGroup', mentorKind: 'SOCIAL', validUntil: '2026-12-31', targetGroup: 'ACTIVITY_READY_CASH_BENEFIT' },
    });
    expect(certificationFit([certified('VOLUNTEER')], period, 'ACTIVITY_READY_CASH_BENEFIT')).toMatchObject({ points: 0.5 });
    expect(certificationFit([certified('VOLUNTEER')], period, 'ACTIVITY_READY_CASH_BENEFIT').detail.code).toBe('certifiedKindSuitsTargetGroup');
    expect(certificationFit([certified('COMPANY')], period, 'ACTIVITY_READY_CASH_BENEFIT')).toMatchObject({ points: 0, detail: { code: 'certifiedKindNotForTargetGroup', mentorKind: 'COMPANY' } });
    expect(certificationFit([certified('COMPANY')], period, null).detail).toEqual({ code: 'certifiedNoTargetGroup', mentorKind: 'COMPANY', validUntil: '2026-12-31' });
  });

  it('picks the best fitting of several certifications', () => {
    const fit = certificationFit([certified('VOLUNTEER'), certified('SOCIAL', '2026-06-30')], period, 'ACTIVITY_READY_CASH_BENEFIT');
    expect(fit).toMatchObject({ points: 1, reason: expect.stringContaining('social mentor until 2026-06-30') });
  });

  it('needs the certification valid on the last day of the order', () => {
    expect(certificationFit([certified('SOCIAL', '2026-05-31')], period, null)).toMatchObject({ points: 1 });
    expect(certificationFit([certified('SOCIAL', '2026-05-30')], period, null)).toEqual({
      points: 0,
      reason: 'No certification valid on every day of the order',
      detail: { code: 'certificationNotValidForPeriod' },
    });
  });
});

describe('freeCapacity', () => {
  it('scores the share of capacity left after this order, and nothing once it is exceeded', () => {
    expect(freeCapacity(10, 4, 1)).toEqual({
      points: 0.5,
      reason: '5 h/week of 10 h/week free after this order (4 h/week on active orders)',
      detail: { code: 'freeCapacity', freeHours: 5, capacityHours: 10, loadHours: 4 },
    });
    expect(freeCapacity(10, 9, 1)).toMatchObject({ points: 0 });
    expect(freeCapacity(10, 9, 1).reason).toContain('free after this order');
    expect(freeCapacity(10, 9.5, 1)).toEqual({
      points: 0,
      reason: "This order's 1 h/week on top of the 9.5 h/week already carried exceeds the capacity of 10 h/week",
      detail: { code: 'capacityExceeded', weeklyHours: 1, loadHours: 9.5, capacityHours: 10 },
    });
  });
});

describe('kindForTargetGroup', () => {
  it('scores the kind made for the group, a suitable kind, and knowing the group', () => {
    expect(kindForTargetGroup('SOCIAL', ['Aktivitetsparate kontanthjælpsmodtagere'], 'ACTIVITY_READY_CASH_BENEFIT')).toEqual({
      points: 1,
      reason: 'A social mentor, the kind made for activity-ready cash-benefit recipients, and knows the target group',
      detail: { code: 'kindMadeForTargetGroup', mentorKind: 'SOCIAL', targetGroup: 'ACTIVITY_READY_CASH_BENEFIT', knowsTargetGroup: true },
    });
    expect(kindForTargetGroup('SOCIAL', [], 'ACTIVITY_READY_CASH_BENEFIT').points).toBeCloseTo(0.8);
    expect(kindForTargetGroup('VOLUNTEER', [], 'ACTIVITY_READY_CASH_BENEFIT').points).toBeCloseTo(0.4);
    expect(kindForTargetGroup('VOLUNTEER', [], 'ACTIVITY_READY_CASH_BENEFIT').detail).toEqual({
      code: 'kindSuitsTargetGroup',
      mentorKind: 'VOLUNTEER',
      targetGroup: 'ACTIVITY_READY_CASH_BENEFIT',
      knowsTargetGroup: false,
    });
    expect(kindForTargetGroup('COMPANY', [], 'PRISON_RELEASE')).toEqual({
      points: 0,
      reason: 'A company mentor (virksomhedsmentor), not a kind for inmates about to be released',
      detail: { code: 'kindNotForTargetGroup', mentorKind: 'COMPANY', targetGroup: 'PRISON_RELEASE', knowsTargetGroup: false },
    });
    expect(kindForTargetGroup('COMPANY', [], null)).toEqual({
      points: 0,
      reason: 'A company mentor (virksomhedsmentor); no target group given',
      detail: { code: 'kindNoTargetGroup', mentorKind: 'COMPANY' },
    });
  });
});

describe('sharedLanguage and deliversInMunicipality', () => {
  it("scores the share of the youth's languages the mentor speaks", () => {
    expect(sharedLanguage(['da', 'ar'], ['da', 'ar'])).toEqual({ points: 1, reason: 'Speaks da, ar with the youth', detail: { code: 'speaksYouthLanguage', languages: ['da', 'ar'] } });
    expect(sharedLanguage(['da'], ['da', 'ar'])).toMatchObject({ points: 0.5 });
    expect(sharedLanguage(['da'], ['da', 'ar']).detail).toEqual({ code: 'speaksYouthLanguage', languages: ['da'] });
    expect(sharedLanguage(['da'], ['so'])).toEqual({ points: 0, reason: "Speaks none of the youth's languages (so)", detail: { code: 'speaksNoYouthLanguage', languages: ['so'] } });
    expect(sharedLanguage(['da'], null)).toEqual({ points: 0, reason: 'No language given for the youth', detail: { code: 'noYouthLanguage' } });
  });

  it('scores delivery in the order’s municipality', () => {
    expect(deliversInMunicipality(['101', '147'], '147')).toEqual({
      points: 1,
      reason: 'The provider delivers in municipality 147',
      detail: { code: 'deliversInMunicipality', municipalityCode: '147' },
    });
    expect(deliversInMunicipality(['101'], '147')).toEqual({
      points: 0,
      reason: 'The provider does not deliver in municipality 147',
      detail: { code: 'doesNotDeliverInMunicipality', municipalityCode: '147' },
    });
    expect(deliversInMunicipality(['101'], null)).toMatchObject({ points: 0, detail: { code: 'noDeliveryMunicipality' } });
  });
});

describe('rankMentors', () => {
  const base: RankingCandidate = {
    id: '00000000-0000-4000-8000-000000000001',
    firstName: 'Mette',
    lastName: 'Jensen',
    kind: 'SOCIAL',
    status: 'ACTIVE',
    capacityHoursPerWeek: 10,
    languages: ['da'],
    targetGroups: ['Aktivitetsparate kontanthjælpsmodtagere'],
    certifications: [certified('SOCIAL')],
    screenings: [],
    trainings: [],
  };
  const request: RankingRequest = {
    ...period,
    youthUnder18: false,
    targetGroup: 'ACTIVITY_READY_CASH_BENEFIT',
    weeklyHours: 1,
    municipalityCode: '101',
    languages: ['da', 'ar'],
    deliveryMunicipalityCodes: ['101'],
    loads: new Map(),
  };
  const best = base;
  const arabic = { ...base, id: '00000000-0000-4000-8000-000000000002', lastName: 'Hussein', languages: ['da', 'ar'] };
  const busy = { ...base, id: '00000000-0000-4000-8000-000000000003', lastName: 'Andersen' };
  const lapsed = { ...base, id: '00000000-0000-4000-8000-000000000004', lastName: 'Aagaard', certifications: [certified('SOCIAL', '2026-04-01')] };
  const full = { ...base, id: '00000000-0000-4000-8000-000000000005', lastName: 'Berg' };

  it('puts eligible mentors first, best score first, with a reason per criterion', () => {
    const loads = new Map([
      [busy.id, 8],
      [full.id, 9.5],
    ]);
    const ranked = rankMentors([lapsed, busy, best, full, arabic], { ...request, loads });
    expect(ranked.map((ranking) => [ranking.mentorId, ranking.eligible])).toEqual([
      [arabic.id, true],
      [best.id, true],
      [busy.id, true],
      [full.id, false],
      [lapsed.id, false],
    ]);
    // 30 certification + 25 × 0.9 capacity + 20 kind + 15 language + 10 municipality.
    expect(ranked[0]!.score).toBe(97.5);
    expect(ranked[1]!.score).toBe(90);
    expect(ranked[0]!.reasons).toEqual([
      'Certified as social mentor until 2026-12-31, the kind made for activity-ready cash-benefit recipients',
      '9 h/week of 10 h/week free after this order (0 h/week on active orders)',
      'A social mentor, the kind made for activity-ready cash-benefit recipients, and knows the target group',
      'Speaks da, ar with the youth',
      'The provider delivers in municipality 101',
    ]);
    // The same reasons as codes with their values, one for each, in the same order.
    expect(ranked[0]!.reasonDetails).toEqual([
      { code: 'certifiedKindMadeForTargetGroup', mentorKind: 'SOCIAL', validUntil: '2026-12-31', targetGroup: 'ACTIVITY_READY_CASH_BENEFIT' },
      { code: 'freeCapacity', freeHours: 9, capacityHours: 10, loadHours: 0 },
      { code: 'kindMadeForTargetGroup', mentorKind: 'SOCIAL', targetGroup: 'ACTIVITY_READY_CASH_BENEFIT', knowsTargetGroup: true },
      { code: 'speaksYouthLanguage', languages: ['da', 'ar'] },
      { code: 'deliversInMunicipality', municipalityCode: '101' },
    ]);
    for (const ranking of ranked) expect(ranking.reasonDetails).toHaveLength(ranking.reasons.length);
  });

  it('gives ineligible mentors their eligibility reasons, code first', () => {
    const [fullRanking] = rankMentors([full], { ...request, loads: new Map([[full.id, 9.5]]) });
    expect(fullRanking).toMatchObject({ eligible: false, reasons: ["capacityExceeded: the order's hours on top of the active orders exceed the mentor's capacity"] });
    expect(fullRanking!.reasonDetails).toEqual([{ code: 'capacityExceeded', weeklyHours: 1, loadHours: 9.5, capacityHours: 10 }]);
    const [wrongKind] = rankMentors([base], { ...request, targetGroup: 'PRISON_RELEASE' });
    expect(wrongKind!.reasons).toEqual(['certificationKindDoesNotFitTargetGroup: no certification valid for the order is of a kind that fits the target group']);
    expect(wrongKind!.reasonDetails).toEqual([{ code: 'certificationKindDoesNotFitTargetGroup', targetGroup: 'PRISON_RELEASE' }]);
    const [minor] = rankMentors([base], { ...request, youthUnder18: true });
    expect(minor!.reasons.map((reason) => reason.split(':')[0])).toEqual(['childProtectionCheckNotCurrent', 'criminalRecordCheckNotCurrent']);
    expect(minor!.reasonDetails).toEqual([{ code: 'childProtectionCheckNotCurrent' }, { code: 'criminalRecordCheckNotCurrent' }]);
  });

  it('orders equal scores by name', () => {
    const twin = { ...base, id: '00000000-0000-4000-8000-000000000009', lastName: 'Andersen' };
    expect(rankMentors([base, twin], request).map((ranking) => ranking.mentorId)).toEqual([twin.id, base.id]);
  });

  it('weighs the criteria to a score out of 100', () => {
    expect(Object.values(criterionWeights).reduce((sum, weight) => sum + weight, 0)).toBe(100);
  });
});

describe('rankMentorsViolations', () => {
  const input = {
    providerId: '00000000-0000-4000-8000-00000000000a',
    from: '2026-03-01',
    to: '2026-05-31',
    targetGroup: 'FLEX_JOB',
    weeklyHours: 1,
    municipalityCode: '101',
    languages: ['da'],
    loads: [{ mentorId: '00000000-0000-4000-8000-000000000001', weeklyHours: 3 }],
  };
  const problems = (changes: Partial<typeof input>) => rankMentorsViolations({ ...input, ...changes }).map((v) => `${v.field}:${v.rule}`);

  it('accepts a complete request, and one without the optional facts', () => {
    expect(problems({})).toEqual([]);
    expect(rankMentorsViolations({ ...input, targetGroup: null, municipalityCode: null, languages: null, loads: [] })).toEqual([]);
  });

  it('names the field and rule of each broken rule', () => {
    expect(problems({ providerId: 'brobyg' })).toEqual(['providerId:id']);
    expect(problems({ to: '2026-02-28' })).toEqual(['to:periodOrder']);
    expect(problems({ targetGroup: 'Fleksjobbere' })).toEqual(['targetGroup:targetGroup']);
    expect(problems({ weeklyHours: 0 })).toEqual(['weeklyHours:range']);
    expect(problems({ weeklyHours: 37 })).toEqual([]);
    expect(problems({ weeklyHours: 37.5 })).toEqual(['weeklyHours:range']);
    expect(problems({ municipalityCode: 'København' })).toEqual(['municipalityCode:municipalityCode']);
    expect(problems({ languages: ['dansk'] })).toEqual(['languages:languageCode']);
    expect(problems({ loads: [{ mentorId: 'x', weeklyHours: 1 }] })).toEqual(['loads[0].mentorId:id']);
    expect(problems({ loads: [{ mentorId: input.loads[0]!.mentorId, weeklyHours: -1 }] })).toEqual(['loads[0].weeklyHours:range']);
  });

  it('adds up a mentor listed twice', () => {
    const id = input.loads[0]!.mentorId;
    expect(loadsByMentor([{ mentorId: id, weeklyHours: 1.5 }, { mentorId: id, weeklyHours: 2 }])).toEqual(new Map([[id, 3.5]]));
  });
});
