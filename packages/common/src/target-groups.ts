/** The kinds of mentor DESIGN §2 names. */
export type MentorKind = 'SOCIAL' | 'PROFESSIONAL' | 'DISCHARGE_COORDINATOR' | 'RELEASE_COORDINATOR' | 'STUDY_START_COORDINATOR' | 'COMPANY' | 'VOLUNTEER';

/**
 * Which mentor kinds fit which target group (målgruppe): the one table rule 9, the ranking and the
 * demo world's assignments read (here, in common, so the demo obeys it).
 * The codes are the orders subgraph's `TargetGroup` values; `name` is how the reasons name a group,
 * `label` its Danish name, `made` the kinds made for it, `suits` the kinds that can also take it on.
 * Sources:
 * - seed 001: the social mentor for activity-ready cash-benefit and education-benefit recipients, and it
 *   "can be from a job centre, a provider or a voluntary organisation"; the professional (faglig) mentor
 *   to keep people in education, company placements or jobs, also bought out from a company or school;
 *   the discharge coordinator for psychiatry and the release coordinator for prison as their own kinds.
 * - seed 002: volunteer mentors for children and young people aged 13–17 and 18–25.
 * - seed 003 (Gribskov): the target groups; the discharge coordinator "a mentor with special competences
 *   for the target group"; sickness benefit, resource courses and early retirement pensions served
 *   mostly by company mentors (virksomhedsmentor); flex-jobbers supported at the workplace.
 * - seed 000: the study-start coordinator bridges young people into vocational and adult education.
 */
export const targetGroupFit = {
  ACTIVITY_READY_CASH_BENEFIT: {
    name: 'activity-ready cash-benefit recipients',
    label: 'Aktivitetsparate kontanthjælpsmodtagere',
    made: ['SOCIAL'],
    suits: ['VOLUNTEER'],
  },
  SINGLE_PARENT_EDUCATION_ORDER: {
    name: 'single parents on education benefit with an education order',
    label: 'Enlige forsørgere på uddannelseshjælp med uddannelsespålæg',
    made: ['PROFESSIONAL'],
    suits: ['STUDY_START_COORDINATOR', 'SOCIAL'],
  },
  PSYCHIATRIC_DISCHARGE: {
    name: 'people discharged from a psychiatric ward',
    label: 'Udskrivning fra psykiatrisk afdeling',
    made: ['DISCHARGE_COORDINATOR'],
    suits: [],
  },
  PRISON_RELEASE: {
    name: 'inmates about to be released',
    label: 'Løsladelse fra fængsel',
    made: ['RELEASE_COORDINATOR'],
    suits: [],
  },
  YOUTH_TRANSITION_TO_EDUCATION: {
    name: 'young people under 30 starting ordinary education',
    label: 'Unge under 30 ved overgang til ordinær uddannelse',
    made: ['STUDY_START_COORDINATOR', 'PROFESSIONAL'],
    suits: ['SOCIAL', 'VOLUNTEER'],
  },
  RESOURCE_COURSE: {
    name: 'people in a resource course',
    label: 'Personer i ressourceforløb',
    made: ['SOCIAL'],
    suits: ['PROFESSIONAL', 'COMPANY'],
  },
  FOREIGN_NATIONAL: {
    name: 'foreign nationals under the Integration Act',
    label: 'Udlændinge efter integrationsloven',
    made: ['SOCIAL', 'PROFESSIONAL'],
    suits: ['COMPANY'],
  },
  YOUNG_FOREIGN_NATIONAL_IN_EDUCATION: {
    name: 'foreign nationals under 30 in ordinary education',
    label: 'Udlændinge under 30 på ordinær uddannelse',
    made: ['PROFESSIONAL', 'STUDY_START_COORDINATOR'],
    suits: ['SOCIAL'],
  },
  FLEX_JOB: {
    name: 'flex-jobbers',
    label: 'Fleksjobbere',
    made: ['COMPANY'],
    suits: ['PROFESSIONAL'],
  },
  SICKNESS_BENEFIT: {
    name: 'sickness-benefit recipients',
    label: 'Sygedagpengemodtagere',
    made: ['COMPANY'],
    suits: ['SOCIAL', 'PROFESSIONAL'],
  },
  EARLY_RETIREMENT_PENSION: {
    name: 'early-retirement pensioners returning to work',
    label: 'Førtidspensionister på vej tilbage til arbejdsmarkedet',
    made: ['COMPANY'],
    suits: ['SOCIAL', 'PROFESSIONAL'],
  },
} as const satisfies Record<string, { name: string; label: string; made: readonly MentorKind[]; suits: readonly MentorKind[] }>;

export type TargetGroup = keyof typeof targetGroupFit;

/** MADE: the kind made for the group; SUITS: a kind that can take it on; NONE: not a kind for it. */
export type KindFit = 'MADE' | 'SUITS' | 'NONE';

export function isTargetGroup(value: string): value is TargetGroup {
  return Object.hasOwn(targetGroupFit, value);
}

export function kindFit(kind: MentorKind, targetGroup: TargetGroup): KindFit {
  const fit = targetGroupFit[targetGroup];
  if ((fit.made as readonly MentorKind[]).includes(kind)) return 'MADE';
  if ((fit.suits as readonly MentorKind[]).includes(kind)) return 'SUITS';
  return 'NONE';
}

