import { DEMO_SCREENING_DUE_FROM_DAYS, demoId, demoMentors, demoProviders, demoToday, random, type DemoMentor, type MentorKind } from '@mentor/testkit';
import type { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import { Certification, ExperienceReport, Mentor, Provider, Screening, Supervision, Training } from './entities/index.js';
import { addDays, addYears, toIsoDate, yearOf, type IsoDate } from './rules/dates.js';
import { experienceReportDueOn } from './rules/experienceReport.js';
import { targetGroupFit } from './rules/targetGroups.js';

/** Rows per INSERT statement: well under PostgreSQL's 65,535 bind parameters for every table here. */
const CHUNK_SIZE = 1_000;
/** Serialises concurrent seeders (several replicas starting at once); any constant unique to this subgraph. */
const SEED_LOCK = 4_002_001;

/** The target groups each kind knows, named as the fit table names them where it has them. */
const targetGroupsByKind: Record<MentorKind, string[]> = {
  SOCIAL: [targetGroupFit.ACTIVITY_READY_CASH_BENEFIT.label, targetGroupFit.RESOURCE_COURSE.label],
  PROFESSIONAL: [targetGroupFit.YOUTH_TRANSITION_TO_EDUCATION.label, 'Uddannelsesparate unge'],
  DISCHARGE_COORDINATOR: [targetGroupFit.PSYCHIATRIC_DISCHARGE.label],
  RELEASE_COORDINATOR: [targetGroupFit.PRISON_RELEASE.label],
  STUDY_START_COORDINATOR: [targetGroupFit.YOUTH_TRANSITION_TO_EDUCATION.label, 'Unge på VUC'],
  COMPANY: [targetGroupFit.FLEX_JOB.label, targetGroupFit.SICKNESS_BENEFIT.label],
  VOLUNTEER: ['Børn og unge 13–17 år', 'Unge 18–25 år'],
};

/** Monthly group supervision over the last four months, oldest first. */
const supervisionTopics = [
  'Gruppesupervision: at skabe kontakt',
  'Gruppesupervision: når aftaler bliver aflyst',
  'Gruppesupervision: bekymring og underretning',
  'Gruppesupervision: at afslutte en mentorrelation',
];

const taskDescriptionByKind: Record<MentorKind, string> = {
  SOCIAL:
    'Motiverende samtaler, opbygning af en tillidsrelation, ledsagelse til møder i kommunen, behandlingssystemet og væresteder, koordinering med den koordinerende sagsbehandler.',
  PROFESSIONAL:
    'Fastholdelse i uddannelse og praktik: faglig sparring, hjælp til struktur og lektieplan, kontakt til studievejleder og praktiksted.',
  DISCHARGE_COORDINATOR:
    'Kontakt til borgeren op til tre måneder før udskrivning fra psykiatrisk afdeling, koordinering med afdelingen, egen læge og Socialforvaltningen, plan for bolig, forsørgelse og uddannelse.',
  RELEASE_COORDINATOR:
    'Møder før løsladelse, koordinering med Kriminalforsorgen, hjælp til bolig og forsørgelse, bisidder ved møder i kommunen og i retten.',
  STUDY_START_COORDINATOR:
    'Støtte til studiestart: introduktion til skolen, skema og studieteknik, kontakt til studievejleder og SPS-vejleder, opfølgning de første uger.',
  COMPANY: 'Oplæring og daglig støtte på arbejdspladsen, introduktion til kolleger og arbejdsopgaver, opfølgning med jobcentret om fastholdelse.',
  VOLUNTEER: 'Ugentlige aftaler med den unge om skole, fritid og fremtid, rollemodel og lyttende voksen, kontakt til koordinatoren ved bekymring.',
};

/** Per provider: e-mail domain, the nearest manager who certifies, the coordinator who checks certificates. */
const providerStaff = new Map(
  [
    { domain: 'brobygmentor.dk', manager: 'Lone Vestergaard, faglig leder', coordinator: 'Karen Dahl' },
    { domain: 'ungekraft.dk', manager: 'Peter Munk, daglig leder', coordinator: 'Jesper Holm' },
    { domain: 'frivilligmentor.dk', manager: 'Susanne Krag, frivilligkoordinator', coordinator: 'Susanne Krag' },
  ].map((staff, index) => [demoProviders[index]!.id, staff] as const),
);

function staffOf(providerId: string) {
  const staff = providerStaff.get(providerId);
  if (!staff) throw new Error(`No demo staff for provider ${providerId}`);
  return staff;
}

function emailLocalPart(mentor: DemoMentor): string {
  const ascii = (text: string) =>
    text
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa')
      .replace(/[^a-z]/g, '');
  return `${ascii(mentor.firstName)}.${ascii(mentor.lastName)}`;
}

function certificationPeriod(state: DemoMentor['certification'], today: IsoDate): { issuedOn: IsoDate; validUntil: IsoDate } {
  if (state === 'VALID') return { issuedOn: addYears(today, -1), validUntil: addYears(today, 1) };
  const validUntil = state === 'EXPIRING' ? addDays(today, 14) : addDays(today, -10);
  return { issuedOn: addYears(validUntil, -2), validUntil };
}

async function insertChunked<T extends ObjectLiteral>(manager: EntityManager, entity: new () => T, rows: T[]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK_SIZE) {
    await manager.createQueryBuilder().insert().into(entity).values(rows.slice(start, start + CHUNK_SIZE)).execute();
  }
}

/** An entity instance from plain values, as TypeORM's insert builder expects. */
function row<T extends ObjectLiteral>(entity: new () => T, values: Partial<T>): T {
  return Object.assign(new entity(), values);
}

/**
 * Each demo provider's agreement (rammeaftale), relative to this year: two running for some years,
 * the volunteer network's ended last year, so it still owes the report for its last year (rule 14).
 */
function demoAgreements(year: number): { agreementStartDate: IsoDate; agreementEndDate: IsoDate | null }[] {
  return [
    { agreementStartDate: `${year - 4}-04-01`, agreementEndDate: null },
    { agreementStartDate: `${year - 3}-08-15`, agreementEndDate: null },
    { agreementStartDate: `${year - 5}-01-01`, agreementEndDate: `${year - 1}-06-30` },
  ];
}

/**
 * Loads the demo providers and mentors from the shared plan in @mentor/common, dated from
 * demoToday(), once. `youths` does not change this subgraph's data.
 */
export async function seed(db: DataSource, _options: { youths: number }): Promise<{ seeded: boolean }> {
  return db.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    if (await manager.existsBy(Provider, { id: demoProviders[0]!.id })) return { seeded: false };

    const today = toIsoDate(demoToday());
    const next = random(4002);
    const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));

    const year = yearOf(today);
    const agreements = demoAgreements(year);
    const providers = demoProviders.map((provider, index) => row(Provider, { ...provider, ...agreements[index]! }));
    const mentors: Mentor[] = [];
    const certifications: Certification[] = [];
    const screenings: Screening[] = [];
    const trainings: Training[] = [];
    const supervisions: Supervision[] = [];

    for (const [index, mentor] of demoMentors.entries()) {
      const staff = staffOf(mentor.providerId);
      mentors.push(
        row(Mentor, {
          id: mentor.id,
          providerId: mentor.providerId,
          firstName: mentor.firstName,
          lastName: mentor.lastName,
          phone: `+45 ${between(20, 31)} ${between(10, 99)} ${between(10, 99)} ${between(10, 99)}`,
          // The demo has repeated names; the index keeps addresses unique.
          email: `${emailLocalPart(mentor)}${index}@${staff.domain}`,
          kind: mentor.kind,
          languages: mentor.languages,
          targetGroups: targetGroupsByKind[mentor.kind],
          capacityHoursPerWeek: mentor.capacityHours,
          status: 'ACTIVE',
          version: 1,
        }),
      );
      certifications.push(
        row(Certification, {
          id: demoId('certification', index),
          mentorId: mentor.id,
          kind: mentor.kind,
          issuedBy: staff.manager,
          ...certificationPeriod(mentor.certification, today),
          taskDescription: taskDescriptionByKind[mentor.kind],
        }),
      );
      if (mentor.screened) {
        // Both checks clear within the last two years; the straffeattest falls due for renewal within 30 days.
        screenings.push(
          row(Screening, {
            id: demoId('screening', `${index}-child-protection`),
            mentorId: mentor.id,
            kind: 'CHILD_PROTECTION',
            checkedOn: addDays(today, -between(60, 400)),
            result: 'CLEAR',
            checkedBy: staff.coordinator,
          }),
          row(Screening, {
            id: demoId('screening', `${index}-criminal-record`),
            mentorId: mentor.id,
            kind: 'CRIMINAL_RECORD',
            checkedOn: addDays(addYears(today, -2), between(DEMO_SCREENING_DUE_FROM_DAYS, DEMO_SCREENING_DUE_FROM_DAYS + 9)),
            result: 'CLEAR',
            checkedBy: staff.coordinator,
          }),
        );
      }
      if (mentor.kind === 'VOLUNTEER' && mentor.trained) {
        const startedOn = addDays(today, -between(300, 500));
        trainings.push(
          row(Training, {
            id: demoId('training', `${index}-basic`),
            mentorId: mentor.id,
            heldOn: startedOn,
            topic: 'Grundkursus for frivillige mentorer',
            hours: 6,
            givenBy: 'Frivilligt Mentornetværk København, uddannelsesteamet',
          }),
          row(Training, {
            id: demoId('training', `${index}-boundaries`),
            mentorId: mentor.id,
            heldOn: addDays(startedOn, 14),
            topic: 'Tavshedspligt, underretningspligt og grænser i mentorrollen',
            hours: 3,
            givenBy: 'Center for Sikker By',
          }),
        );
        for (const [month, topic] of supervisionTopics.entries()) {
          supervisions.push(
            row(Supervision, {
              id: demoId('supervision', `${index}-${month}`),
              mentorId: mentor.id,
              heldOn: addDays(today, -30 * (supervisionTopics.length - month) + between(0, 5)),
              topic,
              hours: 2,
              givenBy: 'Marianne Brix, psykolog',
            }),
          );
        }
      }
    }

    const reportYear = year - 1;
    // Reports for the agreements' earlier years, all submitted on time; the last year's are above and below.
    const earlierReports = [
      {
        provider: 0,
        years: [year - 3, year - 2],
        themes: ['Fastholdelse i uddannelse', 'Mentorstøtte på skolen'],
        text: (covered: number) =>
          `Erfaringsopsamling for ${covered}: mentorsamtaler på skolen i skoletiden gav flest fremmøder, og tidlig kontakt til studievejlederen forebyggede frafald.`,
      },
      {
        provider: 1,
        years: [year - 2],
        themes: ['Struktur i hverdagen', 'Samarbejde med jobcentret'],
        text: (covered: number) => `Erfaringsopsamling for ${covered}: faste ugeplaner og korte opfølgningsmøder med sagsbehandleren hjalp de unge videre.`,
      },
      {
        // The volunteer network's agreement ended last year; its report for that year is still owed.
        provider: 2,
        years: [year - 4, year - 3, year - 2],
        themes: ['Rekruttering af frivillige', 'Supervision af frivillige mentorer', 'Match mellem mentor og ung'],
        text: (covered: number) =>
          `Erfaringsopsamling for ${covered}: match blev bedst, når den unge selv var med til at vælge mentor, og månedlig gruppesupervision holdt på de frivillige.`,
      },
    ];
    // A month ago, but no earlier than the year after the report year and no later than the due date.
    const earliest = `${reportYear + 1}-01-01`;
    const monthAgo = addDays(today, -30);
    const submittedOn = monthAgo < earliest ? earliest : monthAgo > experienceReportDueOn(reportYear) ? experienceReportDueOn(reportYear) : monthAgo;
    const reports = [
      {
        id: demoId('experience-report', `0-${reportYear}`),
        providerId: demoProviders[0]!.id,
        year: reportYear,
        themes: ['Fastholdelse i uddannelse', 'Samarbejde med studievejledere', 'Overgangen fra grundforløb til hovedforløb'],
        text:
          'I året har vores mentorer især arbejdet med at fastholde unge i de første uger af grundforløbet. Faste ugentlige møder på skolen og en tæt kontakt til studievejlederen har virket bedst; ' +
          'de unge, der mødte deres mentor inden studiestart, faldt sjældnere fra. Vi foreslår, at skemaet for mentorstøtten udleveres sammen med skolens eget skema, og at overgangen til hovedforløbet planlægges allerede midt i forløbet.',
        submittedOn,
        published: true,
        version: 1,
      },
      {
        id: demoId('experience-report', `1-${reportYear}`),
        providerId: demoProviders[1]!.id,
        year: reportYear,
        themes: ['Unge på VUC', 'Struktur i hverdagen'],
        text: 'Udkast: Erfaringer med ugentlige mentorsamtaler for unge på VUC, herunder hjælp til at planlægge skoleuge, arbejde og fritid.',
        submittedOn: null,
        published: false,
        version: 1,
      },
      ...earlierReports.flatMap(({ provider, years, themes, text }) =>
        years.map((covered) => ({
          id: demoId('experience-report', `${provider}-${covered}`),
          providerId: demoProviders[provider]!.id,
          year: covered,
          themes,
          text: text(covered),
          submittedOn: `${covered + 1}-09-${between(10, 29)}`,
          published: true,
          version: 1,
        })),
      ),
    ].map((report) => row(ExperienceReport, report));

    await insertChunked(manager, Provider, providers);
    await insertChunked(manager, Mentor, mentors);
    await insertChunked(manager, Certification, certifications);
    await insertChunked(manager, Screening, screenings);
    await insertChunked(manager, Training, trainings);
    await insertChunked(manager, Supervision, supervisions);
    await insertChunked(manager, ExperienceReport, reports);
    return { seeded: true };
  });
}
