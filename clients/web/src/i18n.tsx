import { createContext, useContext } from 'react';

const labels = {
  appName: ['Mentornetværket', 'Mentor network'],
  signIn: ['Log ind', 'Sign in'],
  signOut: ['Log ud', 'Sign out'],
  demoUsers: ['Demobrugere (udvikling)', 'Demo users (development)'],
  token: ['Adgangstoken', 'Access token'],
  signInWithToken: ['Log ind med token', 'Sign in with token'],
  loading: ['Henter …', 'Loading …'],
  error: ['Fejl', 'Error'],
  retry: ['Prøv igen', 'Retry'],
  next: ['Næste side', 'Next page'],
  first: ['Første side', 'First page'],
  back: ['Tilbage', 'Back'],
  of: ['af', 'of'],
  search: ['Søg', 'Search'],
  youths: ['Unge', 'Youths'],
  myYouths: ['Mine unge', 'My youths'],
  students: ['Elever med mentorstøtte', 'Students with mentor support'],
  guidedYouths: ['Unge jeg guider', 'Youths I guide'],
  name: ['Navn', 'Name'],
  cpr: ['CPR-nr.', 'CPR no.'],
  ageGroup: ['Aldersgruppe', 'Age group'],
  targetGroup: ['Målgruppe', 'Target group'],
  orders: ['Ordrer', 'Orders'],
  order: ['Ordre', 'Order'],
  status: ['Status', 'Status'],
  period: ['Periode', 'Period'],
  hours: ['Timer', 'Hours'],
  weeklyHours: ['Timer pr. uge', 'Hours per week'],
  weeks: ['Uger', 'Weeks'],
  deliveredHours: ['Leverede timer', 'Delivered hours'],
  plannedHours: ['Planlagte timer', 'Planned hours'],
  deliveredVsPlanned: ['Leveret mod planlagt pr. uge', 'Delivered vs planned per week'],
  youth: ['Ung', 'Youth'],
  mentor: ['Mentor', 'Mentor'],
  provider: ['Leverandør', 'Provider'],
  institution: ['Uddannelsesinstitution', 'Institution'],
  schedule: ['Skema', 'Schedule'],
  thisWeek: ['Ugens skema', "This week's schedule"],
  noEntries: ['Ingen aftaler', 'No appointments'],
  followUps: ['Opfølgninger', 'Follow-ups'],
  followUpDue: ['Næste opfølgning', 'Next follow-up due'],
  followUpsDue: ['Opfølgninger der forfalder', 'Follow-ups due'],
  effectAssessmentDue: ['Effektvurdering senest', 'Effect assessment due'],
  underDelivering: ['Underlevering', 'Under-delivering'],
  nothingDue: ['Intet forfalder', 'Nothing due'],
  contact: ['Kontakt', 'Contact'],
  address: ['Adresse', 'Address'],
  specialNeeds: ['Skånebehov', 'Accommodation needs'],
  healthNotes: ['Helbredsoplysninger', 'Health notes'],
  caseNotes: ['Sagsnotater', 'Case notes'],
  goal: ['Mål', 'Goal'],
  tasks: ['Opgaver', 'Tasks'],
  activities: ['Aktiviteter', 'Activities'],
  placeOrder: ['Bestil mentorstøtte', 'Place an order'],
  submit: ['Send', 'Submit'],
  saved: ['Gemt', 'Saved'],
  goalKind: ['Formål', 'Goal kind'],
  startDate: ['Startdato', 'Start date'],
  deliveryMunicipality: ['Leverancekommune', 'Delivery municipality'],
  requestedActivities: ['Ønskede aktiviteter', 'Requested activities'],
  enrollments: ['Indskrivninger', 'Enrollments'],
  programme: ['Uddannelse', 'Programme'],
  attendanceConcerns: ['Bekymrende fravær', 'Attendance concerns'],
  reportConcern: ['Indberet bekymrende fravær', 'Report an attendance concern'],
  description: ['Beskrivelse', 'Description'],
  teachingHours: ['I undervisningstiden', 'In teaching hours'],
  progress: ['Forløb', 'Progress'],
  transitions: ['Overgange', 'Transitions'],
  logSession: ['Registrér samtale', 'Log a session'],
  date: ['Dato', 'Date'],
  minutes: ['Minutter', 'Minutes'],
  form: ['Form', 'Form'],
  place: ['Sted', 'Place'],
  phase: ['Fase', 'Phase'],
  journalNote: ['Journalnotat', 'Journal note'],
  sessions: ['Samtaler', 'Sessions'],
  dueList: ['Forfaldne opgaver', 'Due'],
  awaitingAcceptance: ['Afventer accept', 'Awaiting acceptance'],
  awaitingMentor: ['Mangler mentor', 'Awaiting a mentor'],
  noAccess: ['Din rolle har ingen visning her.', 'Your role has no view here.'],
  open: ['Åbn', 'Open'],
  outcome: ['Resultat', 'Outcome'],
  english: ['English', 'English'],
  dansk: ['Dansk', 'Dansk'],
  languageSwitch: ['Skift sprog til engelsk', 'Switch language to Danish'],
  reference: ['Reference', 'Reference'],
  startDateShort: ['Start', 'Start'],
  formErrors: ['Formularen har fejl', 'The form has errors'],
  specialReason: ['Særlig grund til ikke at mødes fysisk', 'Special reason for not meeting in person'],
  specialReasonText: ['Beskriv grunden', 'Describe the reason'],
  choose: ['Vælg …', 'Choose …'],
  day: ['Dag', 'Day'],
  time: ['Tid', 'Time'],
  activity: ['Aktivitet', 'Activity'],
  roles: ['Roller', 'Roles'],
  pagination: ['Sider', 'Pages'],
  cancel: ['Annullér', 'Cancel'],
  registerYouth: ['Opret ung', 'Register a youth'],
  firstName: ['Fornavn', 'First name'],
  lastName: ['Efternavn', 'Last name'],
  phone: ['Telefon', 'Phone'],
  email: ['E-mail', 'E-mail'],
  legalBasis: ['Lovgrundlag', 'Legal basis'],
  actions: ['Handlinger', 'Actions'],
  recordFollowUp: ['Registrér opfølgning', 'Record a follow-up'],
  statusAssessment: ['Statusvurdering', 'Status assessment'],
  progression: ['Progression', 'Progression'],
  nextStep: ['Næste skridt', 'Next step'],
  recordEffect: ['Registrér effektvurdering', 'Record an effect assessment'],
  effect: ['Effekt', 'Effect'],
  assessment: ['Vurdering', 'Assessment'],
  recommendation: ['Anbefaling', 'Recommendation'],
  recordSps: ['Registrér afklaring af handicapkompensation og SPS', 'Record the SPS clarification'],
  spsClarification: ['Afklaring af handicapkompensation og SPS', 'SPS clarification'],
  clarifiedOn: ['Afklaret den', 'Clarified on'],
  text: ['Tekst', 'Text'],
  homeVisitConsent: ['Samtykke til hjemmebesøg', 'Home-visit consent'],
  recordHomeVisitConsent: ['Registrér samtykke til hjemmebesøg', 'Record home-visit consent'],
  consentGiven: ['Den unge giver samtykke til hjemmebesøg', 'The youth consents to home visits'],
  extendOrder: ['Forlæng ordren', 'Extend the order'],
  weeksToAdd: ['Uger der lægges til', 'Weeks to add'],
  specialJustification: ['Særlig begrundelse (kræves ud over 2×3 måneder)', 'Special justification (needed beyond 2×3 months)'],
  completeOrder: ['Afslut ordren', 'Complete the order'],
  youthSatisfaction: ['Den unges tilfredshed (1–5)', "The youth's satisfaction (1–5)"],
  note: ['Bemærkning', 'Note'],
  cancelOrder: ['Annullér ordren', 'Cancel the order'],
  reason: ['Begrundelse', 'Reason'],
  effectAssessments: ['Effektvurderinger', 'Effect assessments'],
  extensions: ['Forlængelser', 'Extensions'],
  yes: ['Ja', 'Yes'],
  no: ['Nej', 'No'],
} as const;

export type Label = keyof typeof labels;
export type Language = 'da' | 'en';

type Pair = readonly [da: string, en: string];

/**
 * The one glossary of the API's codes: every enum value a person can see, in Danish and English.
 * A code missing here shows as itself, so a new enum value is visible rather than hidden.
 */
export const glossary = {
  Role: {
    CASEWORKER: ['Sagsbehandler', 'Caseworker'],
    PROVIDER_COORDINATOR: ['Koordinator hos leverandør', 'Provider coordinator'],
    MENTOR: ['Mentor', 'Mentor'],
    INSTITUTION_STAFF: ['Uddannelsesinstitution', 'Institution staff'],
    YOUTH_GUIDE: ['Ungeguide', 'Youth guide'],
    SOCIAL_WORKER: ['Socialrådgiver', 'Social worker'],
    AUDITOR: ['Revisor', 'Auditor'],
  },
  OrderStatus: {
    DRAFT: ['Kladde', 'Draft'],
    PLACED: ['Bestilt', 'Placed'],
    ACCEPTED: ['Accepteret', 'Accepted'],
    ACTIVE: ['Aktiv', 'Active'],
    COMPLETED: ['Afsluttet', 'Completed'],
    REJECTED: ['Afvist', 'Rejected'],
    CANCELLED: ['Annulleret', 'Cancelled'],
  },
  TargetGroup: {
    ACTIVITY_READY_CASH_BENEFIT: ['Aktivitetsparat kontanthjælpsmodtager', 'Activity-ready cash benefit recipient'],
    SINGLE_PARENT_EDUCATION_ORDER: ['Enlig forsørger med uddannelsespålæg', 'Single parent with an education order'],
    PSYCHIATRIC_DISCHARGE: ['Udskrivning fra psykiatrisk afdeling', 'Discharge from psychiatry'],
    PRISON_RELEASE: ['Løsladelse fra fængsel', 'Release from prison'],
    YOUTH_TRANSITION_TO_EDUCATION: ['Ung under 30 på vej i uddannelse', 'Youth under 30 starting education'],
    RESOURCE_COURSE: ['Person i ressourceforløb', 'Person in a resource course'],
    FOREIGN_NATIONAL: ['Udlænding efter integrationsloven', 'Foreign national (Integration Act)'],
    YOUNG_FOREIGN_NATIONAL_IN_EDUCATION: ['Udlænding under 30 i uddannelse', 'Foreign national under 30 in education'],
    FLEX_JOB: ['Fleksjobber', 'Flex-job holder'],
    SICKNESS_BENEFIT: ['Sygedagpengemodtager', 'Sickness benefit recipient'],
    EARLY_RETIREMENT_PENSION: ['Førtidspensionist', 'Early retirement pensioner'],
  },
  AgeGroup: {
    AGE_13_17: ['13–17 år', 'Aged 13–17'],
    AGE_18_25: ['18–25 år', 'Aged 18–25'],
    AGE_26_29: ['26–29 år', 'Aged 26–29'],
    AGE_30_PLUS: ['30 år og derover', 'Aged 30 and over'],
  },
  GoalKind: {
    EMPLOYMENT: ['Beskæftigelsesrettet', 'Employment'],
    EDUCATION: ['Uddannelsesrettet', 'Education'],
  },
  DeliveryStatus: {
    UNDER: ['Underlevering', 'Under plan'],
    ON_PLAN: ['Som planlagt', 'On plan'],
    OVER: ['Overlevering', 'Over plan'],
  },
  ScheduleKind: {
    WEEKLY: ['Ugeskema', 'Weekly'],
    MONTHLY: ['Månedsskema', 'Monthly'],
  },
  SessionForm: {
    IN_PERSON: ['Fysisk fremmøde', 'In person'],
    PHONE: ['Telefon', 'Phone'],
    DIGITAL: ['Digitalt', 'Digital'],
  },
  SessionPlace: {
    INSTITUTION: ['Uddannelsesstedet', 'The institution'],
    WORKPLACE: ['Arbejdspladsen', 'The workplace'],
    CITY: ['I byen', 'In town'],
    HOME: ['Hjemme hos den unge', "The youth's home"],
  },
  SessionPhase: {
    OUTREACH: ['Opsøgende', 'Outreach'],
    COURSE: ['Forløb', 'Course'],
    HANDOVER: ['Overdragelse', 'Handover'],
  },
  SpecialReason: {
    HOSPITALISED: ['Indlagt', 'Hospitalised'],
    IMPRISONED: ['Indsat', 'Imprisoned'],
    OTHER: ['Anden grund (beskriv)', 'Another reason (describe)'],
  },
  Progression: {
    SIGNIFICANT: ['Betydelig fremgang', 'Significant progress'],
    SOME: ['Nogen fremgang', 'Some progress'],
    NONE: ['Ingen fremgang', 'No progress'],
    SETBACK: ['Tilbagegang', 'Setback'],
  },
  EffectLevel: {
    CLEAR: ['Tydelig effekt', 'Clear effect'],
    SOME: ['Nogen effekt', 'Some effect'],
    NONE: ['Ingen effekt', 'No effect'],
  },
  Recommendation: {
    END_AS_PLANNED: ['Afslut som planlagt', 'End as planned'],
    CONTINUE_SAME_INTENSITY: ['Fortsæt med samme intensitet', 'Continue at the same intensity'],
    CONTINUE_LOWER_INTENSITY: ['Fortsæt med lavere intensitet', 'Continue at a lower intensity'],
    EXTEND: ['Forlæng', 'Extend'],
    END_EARLY: ['Afslut før tid', 'End early'],
  },
  OutcomeKind: {
    COMPLETED_EDUCATION: ['Gennemført uddannelse', 'Completed education'],
    TRANSFERRED_TO_OTHER_PLAN: ['Overgået til anden plan', 'Transferred to another plan'],
    DROPPED_OUT: ['Afbrudt', 'Dropped out'],
    OTHER: ['Andet', 'Other'],
  },
  AuditOutcome: {
    ALLOWED: ['Tilladt', 'Allowed'],
    DENIED: ['Afvist', 'Denied'],
    PARTIAL: ['Delvist', 'Partial'],
  },
  EnrollmentStatus: {
    ACTIVE: ['Indskrevet', 'Enrolled'],
    COMPLETED: ['Gennemført', 'Completed'],
    TRANSFERRED: ['Overflyttet', 'Transferred'],
    DROPPED_OUT: ['Udmeldt', 'Dropped out'],
  },
  MentorKind: {
    SOCIAL: ['Social mentor', 'Social mentor'],
    PROFESSIONAL: ['Faglig mentor', 'Professional mentor'],
    DISCHARGE_COORDINATOR: ['Udskrivningskoordinator', 'Discharge coordinator'],
    RELEASE_COORDINATOR: ['Udslusningskoordinator', 'Release coordinator'],
    STUDY_START_COORDINATOR: ['Studiestartskoordinator', 'Study start coordinator'],
    COMPANY: ['Virksomhedsmentor', 'Company mentor'],
    VOLUNTEER: ['Frivillig mentor', 'Volunteer mentor'],
  },
  CertificationStatus: {
    VALID: ['Gyldig', 'Valid'],
    EXPIRING: ['Udløber snart', 'Expiring'],
    EXPIRED: ['Udløbet', 'Expired'],
  },
  ScreeningKind: {
    CHILD_PROTECTION: ['Børneattest', 'Child protection check'],
    CRIMINAL_RECORD: ['Straffeattest', 'Criminal record check'],
  },
  ScreeningResult: {
    CLEAR: ['Ren', 'Clear'],
    NOT_CLEAR: ['Ikke ren', 'Not clear'],
  },
  InstitutionType: {
    VOCATIONAL: ['Erhvervsskole', 'Vocational school'],
    ADULT_EDUCATION: ['Voksenuddannelsescenter (VUC)', 'Adult education centre'],
    PRODUCTION_SCHOOL: ['Produktionsskole', 'Production school'],
    OTHER: ['Anden institution', 'Other institution'],
  },
  /** BAD_USER_INPUT rules (extensions.rule) as a person reads them. */
  Rule: {
    required: ['Skal udfyldes.', 'Required.'],
    maxLength: ['Teksten er for lang.', 'The text is too long.'],
    controlCharacters: ['Teksten indeholder ugyldige tegn.', 'The text contains invalid characters.'],
    id: ['Vælg en gyldig værdi.', 'Choose a valid value.'],
    cprFormat: ['Et CPR-nummer skrives DDMMÅÅ-XXXX.', 'A CPR number is DDMMYY-XXXX.'],
    cprDate: ['CPR-nummeret indeholder ikke en gyldig dato.', 'The CPR number does not hold a real date.'],
    cvrFormat: ['Et CVR-nummer er 8 cifre.', 'A CVR number is 8 digits.'],
    cvrChecksum: ['CVR-nummeret er ikke gyldigt.', 'The CVR number is not valid.'],
    emailFormat: ['Skriv en gyldig e-mailadresse.', 'Enter a valid e-mail address.'],
    minimumAge: ['Den unge er for ung til mentorstøtte.', 'The youth is too young for mentor support.'],
    weeklyHoursRange: ['Timer pr. uge skal være mellem 0,5 og 2.', 'Weekly hours must be between 0.5 and 2.'],
    weeksRange: ['Antal uger skal være mellem 2 og 13.', 'Weeks must be between 2 and 13.'],
    startDateNotPast: ['Startdatoen må ikke ligge i fortiden.', 'The start date must not be in the past.'],
    serviceStandardInForce: ['Servicestandarden gælder ikke på den dato.', 'The service standard is not in force on that date.'],
    deliveryMunicipality: ['Vælg en af de 19 leverancekommuner.', 'Choose one of the 19 delivery municipalities.'],
    providerDeliversInMunicipality: ['Leverandøren leverer ikke i den kommune.', 'The provider does not deliver in that municipality.'],
    institutionOrderable: ['Institutionen er ikke en godkendt erhvervsskole eller VUC.', 'The institution is not an approved vocational school or adult education centre.'],
    knownProvider: ['Ukendt leverandør.', 'Unknown provider.'],
    activitiesInCatalogue: ['Aktiviteten findes ikke i leverandørens katalog.', "The activity is not in the provider's catalogue."],
    requestedActivitiesPlanned: ['Alle ønskede aktiviteter skal indgå i planen.', 'Every requested activity must be in the plan.'],
    deliveredWithinTotal: ['Leverede timer må ikke overstige ordrens timer.', "Delivered hours must not exceed the order's hours."],
    specialReasonRequired: ['Telefon- og digitale samtaler kræver en særlig grund.', 'Phone and digital sessions need a special reason.'],
    placeRequired: ['Vælg hvor samtalen fandt sted.', 'Choose where the session took place.'],
    homeVisitConsent: ['Hjemmebesøg kræver den unges samtykke.', "A home visit needs the youth's consent."],
    spsClarificationRequired: ['Afklaring af handicapkompensation og SPS skal registreres først.', 'The SPS clarification must be recorded first.'],
    specialJustificationRequired: ['Forlængelsen kræver en særlig begrundelse.', 'The extension needs a special justification.'],
    maxTotalWeeks: ['Bevillingen må ikke overstige 12 måneder i alt.', 'The grant must not exceed 12 months in total.'],
    periodLength: ['Perioden har en ugyldig længde.', 'The period has an invalid length.'],
    serviceLevelWeeks: ['Perioden passer ikke til serviceniveauet.', 'The period does not fit the service level.'],
    dateOrder: ['Slutdatoen skal ligge efter startdatoen.', 'The end date must be after the start date.'],
    timeRange: ['Sluttidspunktet skal ligge efter starttidspunktet.', 'The end time must be after the start time.'],
    notInFuture: ['Datoen må ikke ligge i fremtiden.', 'The date must not be in the future.'],
    publishedInAdvance: ['Et skema skal offentliggøres mindst en dag før det gælder.', 'A schedule must be published at least one day before it takes effect.'],
    followUpOverdue: ['Opfølgningen er overskredet.', 'The follow-up is overdue.'],
    mentorEligibility: ['Mentoren opfylder ikke kravene til forløbet.', 'The mentor does not meet the requirements of the order.'],
    mentorCapacity: ['Mentoren har ikke kapacitet.', 'The mentor has no capacity left.'],
    mentorRequired: ['Ordren skal have en mentor først.', 'The order needs a mentor first.'],
    orderStatus: ['Ordrens status tillader ikke handlingen.', "The order's status does not allow this."],
    statusTransition: ['Ordrens status tillader ikke handlingen.', "The order's status does not allow this."],
    satisfactionScale: ['Tilfredshed angives fra 1 til 5.', 'Satisfaction is from 1 to 5.'],
    reused: ['Formularen er allerede sendt.', 'The form was already sent.'],
    cursor: ['Ugyldig side.', 'Invalid page.'],
    pageSize: ['Ugyldig sidestørrelse.', 'Invalid page size.'],
  },
} as const satisfies Record<string, Record<string, Pair>>;

export type Glossary = keyof typeof glossary;

/** The 19 delivery municipalities of DESIGN §6 rule 3, by code. */
export const municipalities: readonly (readonly [code: string, name: string])[] = [
  ['101', 'København'],
  ['147', 'Frederiksberg'],
  ['165', 'Albertslund'],
  ['151', 'Ballerup'],
  ['153', 'Brøndby'],
  ['155', 'Dragør'],
  ['240', 'Egedal'],
  ['190', 'Furesø'],
  ['157', 'Gentofte'],
  ['159', 'Gladsaxe'],
  ['161', 'Glostrup'],
  ['163', 'Herlev'],
  ['167', 'Hvidovre'],
  ['169', 'Høje-Taastrup'],
  ['183', 'Ishøj'],
  ['230', 'Rudersdal'],
  ['175', 'Rødovre'],
  ['185', 'Tårnby'],
  ['187', 'Vallensbæk'],
];

export const LanguageContext = createContext<Language>('da');

const locales: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };
const dateFormats = { da: new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }), en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }) };

export function useT(): (label: Label) => string {
  const language = useContext(LanguageContext);
  return (label) => labels[label][language === 'da' ? 0 : 1];
}

/** A code from the glossary in the current language; an unknown code shows as itself. */
export function term(kind: Glossary, code: string | null | undefined, language: Language): string {
  if (code == null) return '—';
  const pair = (glossary[kind] as Record<string, Pair>)[code];
  return pair ? pair[language === 'da' ? 0 : 1] : code;
}

/** `2026-12-04` → `4. dec. 2026` (Danish) or `4 Dec 2026`; anything else unchanged. */
export function formatDate(value: string | null | undefined, language: Language): string {
  if (!value) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  return dateFormats[language].format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

export function formatHours(hours: number, language: Language): string {
  return hours.toLocaleString(locales[language], { maximumFractionDigits: 2 });
}

/** Labels, glossary codes, dates and numbers in the current language. */
export function useI18n() {
  const language = useContext(LanguageContext);
  return {
    language,
    t: (label: Label) => labels[label][language === 'da' ? 0 : 1],
    term: (kind: Glossary, code: string | null | undefined) => term(kind, code, language),
    date: (value: string | null | undefined) => formatDate(value, language),
    number: (value: number) => formatHours(value, language),
    period: (from: string | null | undefined, to: string | null | undefined) => `${formatDate(from, language)} – ${formatDate(to, language)}`,
  };
}
