import { useState, type FormEvent } from 'react';
import {
  EnrollYouthDocument,
  UpdateEnrollmentStatusDocument,
  type EnrollmentStatus,
  type OrderStatus,
  InstitutionEnrollableStudentsDocument,
  InstitutionEnrollmentsDocument,
  InstitutionOrderScheduleDocument,
  InstitutionStudentsDocument,
  ReportAttendanceConcernDocument,
} from '@mentor/operations';
import { ApiError, asApiError, execute, useQuery } from '../api';
import { useI18n } from '../i18n';
import { link, useRoute } from '../route';
import { ErrorBox, Field, Pager, Query, today } from '../ui';
import { ActionForm, choices } from '../forms';

/** Only what the matrix gives institution staff: names, age group, the support's status and dates, entries in teaching hours. */
export function InstitutionView({ institutionId }: { institutionId: string }) {
  const [view, id] = useRoute();
  if (view === 'schedule' && id) return <TeachingHoursSchedule orderId={id} />;
  return (
    <div className="columns">
      <Students institutionId={institutionId} />
      <Enrollments institutionId={institutionId} />
    </div>
  );
}

function Students({ institutionId }: { institutionId: string }) {
  const { t, term, date, number, period } = useI18n();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const state = useQuery(InstitutionStudentsDocument, { first: 10, after: cursors.at(-1) });
  return (
    <section>
      <h2>{t('students')}</h2>
      <Query state={state}>
        {({ youths }) =>
          youths ? (
            <>
              <table className="list" data-testid="students">
                <thead>
                  <tr>
                    <th>{t('name')}</th>
                    <th>{t('ageGroup')}</th>
                    <th>{t('orders')}</th>
                  </tr>
                </thead>
                <tbody>
                  {youths.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <td>
                        {node.firstName} {node.lastName}
                      </td>
                      <td>{term('AgeGroup', node.ageGroup)}</td>
                      <td>
                        {node.orders?.edges.map(({ node: order }) => (
                          <a key={order.id} href={link('schedule', order.id)}>
                            {term('OrderStatus', order.status)} · {period(order.startDate, order.endDate)} · {number(order.weeklyHours)} t/u
                          </a>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pager page={youths} cursors={cursors} onChange={setCursors} />
              <EnrollForm institutionId={institutionId} pageStudents={enrollable(youths.edges, institutionId)} onDone={state.reload} />
            </>
          ) : null
        }
      </Query>
    </section>
  );
}

interface Student {
  id: string;
  firstName?: string | null;
  lastName?: string | null;
  orders?: { edges: { node: { status: OrderStatus; institution?: { id: string } | null } }[] } | null;
}

/** An order in these states was placed and stands (the API's rule for who staff may enroll). */
const PLACED: readonly OrderStatus[] = ['PLACED', 'ACCEPTED', 'ACTIVE', 'COMPLETED'];

/** The students staff may enroll: those with a placed order delivered at the institution. */
function enrollable(edges: readonly { node: Student }[], institutionId: string): Student[] {
  return edges
    .map(({ node }) => node)
    .filter((student) => student.orders?.edges.some(({ node: order }) => order.institution?.id === institutionId && PLACED.includes(order.status)));
}

/** Search results at most; more matches ask for more of the name. */
const SEARCH_SIZE = 50;

/**
 * Enrolling a student: the students of the page shown that staff may enroll, or any such student
 * found by name across every page (the API's youth search, audited by the kind of its term).
 */
function EnrollForm({ institutionId, pageStudents, onDone }: { institutionId: string; pageStudents: Student[]; onDone(): void }) {
  const { t } = useI18n();
  const [term, setTerm] = useState('');
  const [found, setFound] = useState<{ students: Student[]; more: boolean } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  async function find() {
    setError(null);
    if (!term.trim()) return setFound(null);
    try {
      const { youths } = await execute(InstitutionEnrollableStudentsDocument, { search: term.trim(), first: SEARCH_SIZE });
      setFound({ students: enrollable(youths?.edges ?? [], institutionId), more: (youths?.totalCount ?? 0) > (youths?.edges.length ?? 0) });
    } catch (caught) {
      setError(asApiError(caught));
    }
  }
  const students = found?.students ?? pageStudents;
  return (
    <ActionForm
      id="enroll"
      title={t('enrollYouth')}
      onDone={onDone}
      fields={[
        { name: 'youthId', label: t('youth'), kind: 'select', options: students.map((student) => [student.id, `${student.firstName ?? ''} ${student.lastName ?? ''}`] as const) },
        { name: 'programme', label: t('programme') },
        { name: 'startDate', label: t('startDate'), kind: 'date' },
        { name: 'expectedEndDate', label: t('expectedEndDate'), kind: 'date', defaultValue: '' },
      ]}
      action={async (values) => {
        await execute(EnrollYouthDocument, {
          input: {
            youthId: values.text('youthId') ?? '',
            institutionId,
            programme: values.text('programme') ?? '',
            startDate: values.text('startDate') ?? '',
            expectedEndDate: values.text('expectedEndDate'),
            idempotencyKey: crypto.randomUUID(),
          },
        });
        return t('saved');
      }}
    >
      <div className="search" data-testid="student-search">
        <Field name="studentSearch" label={t('findStudent')}>
          <input
            name="studentSearch"
            type="search"
            value={term}
            onChange={(event) => setTerm(event.target.value)}
            onKeyDown={(event) => {
              // Enter searches; it does not send the enrollment.
              if (event.key === 'Enter') {
                event.preventDefault();
                void find();
              }
            }}
          />
        </Field>
        <button type="button" onClick={() => void find()}>
          {t('findStudentButton')}
        </button>
        {error ? <ErrorBox error={error} /> : null}
        {found ? (
          <p role="status" data-testid="students-found">
            {found.students.length} {t('studentsFound')}
            {found.more ? ` ${t('narrowSearch')}` : ''}
          </p>
        ) : null}
      </div>
    </ActionForm>
  );
}

function Enrollments({ institutionId }: { institutionId: string }) {
  const { t, term, date, number, period } = useI18n();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const state = useQuery(InstitutionEnrollmentsDocument, { institutionId, first: 10, after: cursors.at(-1) });
  return (
    <section>
      <h2>{t('enrollments')}</h2>
      <Query state={state}>
        {({ institution }) =>
          institution?.enrollments ? (
            <>
              <ul className="enrollments">
                {institution.enrollments.edges.map(({ node }) => (
                  <li key={node.id}>
                    <strong>
                      {node.youth.firstName} {node.youth.lastName}
                    </strong>{' '}
                    · {node.programme} · {term('EnrollmentStatus', node.status)}
                    <ul>
                      {node.attendanceConcerns.map((concern) => (
                        <li key={concern.id}>
                          {date(concern.reportedOn)}: {concern.description}
                        </li>
                      ))}
                    </ul>
                    <ConcernForm enrollmentId={node.id} onReported={state.reload} />
                    {node.status === 'ACTIVE' ? (
                      <ActionForm
                        id={`end-${node.id}`}
                        title={t('endEnrollment')}
                        onDone={state.reload}
                        fields={[
                          { name: 'status', label: t('status'), kind: 'select', options: choices(['COMPLETED', 'TRANSFERRED', 'DROPPED_OUT'] as EnrollmentStatus[], (code) => term('EnrollmentStatus', code)) },
                          { name: 'endedOn', label: t('endedOn'), kind: 'date' },
                        ]}
                        action={async (values) => {
                          await execute(UpdateEnrollmentStatusDocument, {
                            input: { enrollmentId: node.id, status: (values.text('status') ?? '') as EnrollmentStatus, endedOn: values.text('endedOn') ?? '', expectedVersion: node.version },
                          });
                          return t('saved');
                        }}
                      />
                    ) : null}
                  </li>
                ))}
              </ul>
              <Pager page={institution.enrollments} cursors={cursors} onChange={setCursors} />
            </>
          ) : null
        }
      </Query>
    </section>
  );
}

function ConcernForm({ enrollmentId, onReported }: { enrollmentId: string; onReported(): void }) {
  const { t, term, date, number, period } = useI18n();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  if (!open) return <button onClick={() => setOpen(true)}>{t('reportConcern')}</button>;
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    try {
      await execute(ReportAttendanceConcernDocument, {
        input: { enrollmentId, reportedOn: String(form.get('reportedOn')), description: String(form.get('description')), idempotencyKey: crypto.randomUUID() },
      });
      setOpen(false);
      onReported();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError([{ message: String(caught) }], ''));
    }
  }
  return (
    <form className="form inline" onSubmit={submit}>
      <Field name="reportedOn" label={t('date')} error={error?.fieldErrors.reportedOn}>
        <input name="reportedOn" type="date" defaultValue={today()} />
      </Field>
      <Field name="description" label={t('description')} error={error?.fieldErrors.description}>
        <textarea name="description" />
      </Field>
      {error && !Object.keys(error.fieldErrors).length ? <ErrorBox error={error} /> : null}
      <button type="submit">{t('submit')}</button>
    </form>
  );
}

function TeachingHoursSchedule({ orderId }: { orderId: string }) {
  const { t, term, date, number, period } = useI18n();
  const state = useQuery(InstitutionOrderScheduleDocument, { orderId });
  return (
    <Query state={state}>
      {({ order }) =>
        order ? (
          <article>
            <a href="#/">← {t('students')}</a>
            <h2>
              {t('schedule')} · {t('teachingHours')}
            </h2>
            <p>
              {term('OrderStatus', order.status)} · {period(order.startDate, order.endDate)}
            </p>
            <ul className="entries">
              {(order.schedules ?? []).flatMap((schedule) => schedule.entries).map((entry) => (
                <li key={entry.id}>
                  {date(entry.date)} {entry.startTime}–{entry.endTime} · {entry.place} · {entry.activity}
                </li>
              ))}
            </ul>
          </article>
        ) : null
      }
    </Query>
  );
}
