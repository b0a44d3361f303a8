/** The vocabulary of the orders subgraph: enum values as the schema spells them, and the service standard's shape. */

export const orderStatuses = ['DRAFT', 'PLACED', 'ACCEPTED', 'ACTIVE', 'COMPLETED', 'REJECTED', 'CANCELLED'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

/** Target groups for mentor support (målgrupper) in the Gribskov service standard, seed 003. */
export const targetGroups = [
  'ACTIVITY_READY_CASH_BENEFIT',
  'SINGLE_PARENT_EDUCATION_ORDER',
  'PSYCHIATRIC_DISCHARGE',
  'PRISON_RELEASE',
  'YOUTH_TRANSITION_TO_EDUCATION',
  'RESOURCE_COURSE',
  'FOREIGN_NATIONAL',
  'YOUNG_FOREIGN_NATIONAL_IN_EDUCATION',
  'FLEX_JOB',
  'SICKNESS_BENEFIT',
  'EARLY_RETIREMENT_PENSION',
] as const;
export type TargetGroup = (typeof targetGroups)[number];

/** The legal basis a caseworker usually cites for each target group. */
export const usualLegalBasis: Record<TargetGroup, string> = {
  ACTIVITY_READY_CASH_BENEFIT: 'LAB § 31 b',
  SINGLE_PARENT_EDUCATION_ORDER: 'LAB § 31 b, stk. 3',
  PSYCHIATRIC_DISCHARGE: 'LAB § 31 b, stk. 2',
  PRISON_RELEASE: 'LAB § 31 b, stk. 4',
  YOUTH_TRANSITION_TO_EDUCATION: 'LAB § 31 b',
  RESOURCE_COURSE: 'LAB § 68 a',
  FOREIGN_NATIONAL: 'Integrationsloven § 23 d',
  YOUNG_FOREIGN_NATIONAL_IN_EDUCATION: 'Integrationsloven § 23 d',
  FLEX_JOB: 'LAB § 31 b',
  SICKNESS_BENEFIT: 'LAB § 31 b',
  EARLY_RETIREMENT_PENSION: 'LAB § 31 b',
};

export const goalKinds = ['EMPLOYMENT', 'EDUCATION'] as const;
export type GoalKind = (typeof goalKinds)[number];

export const sessionForms = ['IN_PERSON', 'PHONE', 'DIGITAL'] as const;
export type SessionForm = (typeof sessionForms)[number];

export const sessionPlaces = ['INSTITUTION', 'WORKPLACE', 'CITY', 'HOME'] as const;
export type SessionPlace = (typeof sessionPlaces)[number];

/** The journaling phases of seed 001. */
export const sessionPhases = ['OUTREACH', 'COURSE', 'HANDOVER'] as const;
export type SessionPhase = (typeof sessionPhases)[number];

export const scheduleKinds = ['WEEKLY', 'MONTHLY'] as const;
export type ScheduleKind = (typeof scheduleKinds)[number];

export const progressions = ['SIGNIFICANT', 'SOME', 'NONE', 'SETBACK'] as const;
export type Progression = (typeof progressions)[number];

export const effectLevels = ['CLEAR', 'SOME', 'NONE'] as const;
export type EffectLevel = (typeof effectLevels)[number];

export const recommendations = ['END_AS_PLANNED', 'CONTINUE_SAME_INTENSITY', 'CONTINUE_LOWER_INTENSITY', 'EXTEND', 'END_EARLY'] as const;
export type Recommendation = (typeof recommendations)[number];

export const outcomeKinds = ['COMPLETED_EDUCATION', 'TRANSFERRED_TO_OTHER_PLAN', 'DROPPED_OUT', 'OTHER'] as const;
export type OutcomeKind = (typeof outcomeKinds)[number];

export type AgeGroup = 'AGE_13_17' | 'AGE_18_25' | 'AGE_26_29' | 'AGE_30_PLUS';

/** The delivery municipalities of the Copenhagen bridge-building contract (seed 000 §1.3). */
export const copenhagenAreaMunicipalities: Record<string, string> = {
  '101': 'København',
  '147': 'Frederiksberg',
  '165': 'Albertslund',
  '151': 'Ballerup',
  '153': 'Brøndby',
  '155': 'Dragør',
  '240': 'Egedal',
  '190': 'Furesø',
  '157': 'Gentofte',
  '159': 'Gladsaxe',
  '161': 'Glostrup',
  '163': 'Herlev',
  '167': 'Hvidovre',
  '169': 'Høje-Taastrup',
  '183': 'Ishøj',
  '230': 'Rudersdal',
  '175': 'Rødovre',
  '185': 'Tårnby',
  '187': 'Vallensbæk',
};

export interface ServiceLevel {
  level: number;
  description: string;
  /** Hours per week from (exclusive for levels above 1) and to (inclusive); null means no upper limit. */
  minWeeklyHours: number;
  maxWeeklyHours: number | null;
  /** Weeks before the level must be reassessed; null means the general limit applies. */
  maxWeeksBeforeReassessment: number | null;
}

/** A service standard's rules, stored as jsonb so a new version is data, not a deployment. */
export interface ServiceStandardRules {
  summary: string;
  source: string;
  weeklyHours: { min: number; max: number | null };
  /** Weeks granted at a time, for the first grant and for each extension. */
  weeksPerGrant: { min: number; max: number };
  /** Weeks beyond which an extension needs a recorded special justification. */
  weeksWithoutSpecialJustification: number;
  maxTotalWeeks: number;
  /** Where the support may be delivered; absent means anywhere. */
  deliveryMunicipalityCodes?: string[];
  /** Institution types an order may be delivered at; absent means any. */
  institutionTypes?: string[];
  levels?: ServiceLevel[];
  followUpEveryWeeks: number;
  effectAssessmentDaysBeforeEnd: number;
  /** Target groups who must see their mentor at least once a week. */
  weeklyContactTargetGroups: TargetGroup[];
  complaintGuidance: string;
}
