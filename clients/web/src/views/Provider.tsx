import { useState } from 'react';
import {
  AcceptOrderDocument,
  AssignMentorDocument,
  CertifyMentorDocument,
  ProviderDueListDocument,
  ProviderExperienceReportsDocument,
  ProviderMentorRecordsDocument,
  ProviderMentorSuggestionsDocument,
  ProviderOrderDocument,
  ProviderOrdersDocument,
  PublishScheduleDocument,
  RecordScreeningDocument,
  RecordTrainingDocument,
  RegisterMentorDocument,
  RejectOrderDocument,
  SignAgreementDocument,
  SubmitExperienceReportDocument,
  type MentorKind,
  type ScheduleKind,
  type ScheduleEntryInput,
  type ScreeningKind,
  type ScreeningResult,
} from '@mentor/operations';
import { asApiError, execute, useQuery, type ApiError } from '../api';
import { ActionForm, choices, type FieldSpec } from '../forms';
import { glossary, useI18n } from '../i18n';
import { link, useRoute } from '../route';
import { ErrorBox, NotFound, Pager, Query } from '../ui';

const ENTRY_ROWS = 3;

export function ProviderView({ providerId }: { providerId: string }) {
  const { t } = useI18n();
  const [view, id] = useRoute();
  return (
    <>
      <nav className="subnav" aria-label={t('actions')}>
        <a href="#/">{t('orders')}</a> <a href={link('mentors')}>{t('mentors')}</a> <a href={link('report')}>{t('experienceReport')}</a>
      </nav>
      {view === 'order' && id ? (
        <ProviderOrder id={id} />
      ) : view === 'mentors' ? (
        <Mentors providerId={providerId} />
      ) : view === 'report' ? (
        <ExperienceReport providerId={providerId} />
      ) : (
        <div className="columns">
          <Orders />
          <DueList />
        </div>
      )}
    </>
  );
}

function Orders() {
  const { t, term } = useI18n();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const orders = useQuery(ProviderOrdersDocument, { first: 10, after: cursors.at(-1) });
  return (
    <section aria-labelledby="provider-orders-heading">
      <h2 id="provider-orders-heading">{t('orders')}</h2>
      <Query state={orders}>
        {({ orders: page }) =>
          page ? (
            <>
              <table className="list" data-testid="provider-orders">
                <thead>
                  <tr>
                    <th>{t('reference')}</th>
                    <th>{t('status')}</th>
                    <th>{t('youth')}</th>
                    <th>{t('mentor')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <td>
                        <a href={link('order', node.id)}>{node.reference}</a>
                      </td>
                      <td>{term('OrderStatus', node.status)}</td>
                      <td>
                        {node.youth?.firstName} {node.youth?.lastName}
                      </td>
                      <td>{node.mentor?.name ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pager page={page} cursors={cursors} onChange={setCursors} />
            </>
          ) : null
        }
      </Query>
    </section>
  );
}

/** Every item of the provider's dueList, each a link to where it is done. */
function DueList() {
  const { t, term, date } = useI18n();
  const due = useQuery(ProviderDueListDocument);
  return (
    <section aria-labelledby="provider-due-heading" data-testid="due-list">
      <h2 id="provider-due-heading">{t('dueList')}</h2>
      <Query state={due}>
        {({ dueList }) => (
          <>
            <h3>{t('awaitingAcceptance')}</h3>
            <ul className="due">
              {dueList.awaitingAcceptance.map((order) => (
                <li key={order.id}>
                  <a href={link('order', order.id)}>{order.reference}</a> · {order.youth?.firstName} {order.youth?.lastName} · {date(order.startDate)}
                </li>
              ))}
            </ul>
            <h3>{t('awaitingMentor')}</h3>
            <ul className="due">
              {dueList.awaitingMentor.map((order) => (
                <li key={order.id}>
                  <a href={link('order', order.id)}>{order.reference}</a> · {order.youth?.firstName} {order.youth?.lastName} · {date(order.startDate)}
                </li>
              ))}
            </ul>
            <h3>{t('expiringCertifications')}</h3>
            <ul className="due">
              {dueList.expiringCertifications.map((certification) => (
                <li key={certification.id}>
                  <a href={link('mentors', certification.mentor.id)}>{certification.mentor.name}</a> · {term('MentorKind', certification.kind)} · {date(certification.validUntil)}
                </li>
              ))}
            </ul>
            <h3>{t('screeningsDue')}</h3>
            <ul className="due">
              {dueList.screeningsDue.map((screening) => (
                <li key={screening.id}>
                  <a href={link('mentors', screening.mentor.id)}>{screening.mentor.name}</a> · {term('ScreeningKind', screening.kind)} · {date(screening.renewalDue)}
                </li>
              ))}
            </ul>
            <h3>{t('experienceReportsDue')}</h3>
            <ul className="due">
              {dueList.experienceReportsDue.map((report) => (
                <li key={report.year}>
                  <a href={link('report', String(report.year))}>
                    {t('experienceReport')} {report.year}
                  </a>{' '}
                  · {t('dueOn')} {date(report.dueOn)}
                </li>
              ))}
            </ul>
          </>
        )}
      </Query>
    </section>
  );
}

function ProviderOrder({ id }: { id: string }) {
  const { t, term, date, number, period } = useI18n();
  const state = useQuery(ProviderOrderDocument, { id });
  return (
    <Query state={state}>
      {({ order }) =>
        order ? (
          <article data-testid="provider-order">
            <h2>
              {t('order')} {order.reference} <span className={`status ${order.status}`}>{term('OrderStatus', order.status)}</span>
            </h2>
            <dl className="facts">
              <dt>{t('youth')}</dt>
              <dd>
                {order.youth?.firstName} {order.youth?.lastName}
              </dd>
              <dt>{t('institution')}</dt>
              <dd>{order.institution.name}</dd>
              <dt>{t('period')}</dt>
              <dd>{period(order.startDate, order.endDate)}</dd>
              <dt>{t('hours')}</dt>
              <dd>
                {number(order.weeklyHours)} × {order.weeks} = {number(order.totalHours)}
              </dd>
              <dt>{t('mentor')}</dt>
              <dd data-testid="order-mentor">{order.mentor?.name ?? '—'}</dd>
            </dl>
            {order.status === 'PLACED' ? (
              <div className="actions">
                <ActionForm
                  id="accept"
                  title={t('accept')}
                  fields={[]}
                  onDone={state.reload}
                  action={async () => {
                    await execute(AcceptOrderDocument, { input: { orderId: order.id, expectedVersion: order.version } });
                    return t('saved');
                  }}
                />
                <ActionForm
                  id="reject"
                  title={t('reject')}
                  fields={[{ name: 'reason', label: t('reason'), kind: 'textarea' }]}
                  onDone={state.reload}
                  action={async (values) => {
                    await execute(RejectOrderDocument, { input: { orderId: order.id, reason: values.text('reason') ?? '', expectedVersion: order.version } });
                    return t('saved');
                  }}
                />
              </div>
            ) : null}
            {order.status === 'ACCEPTED' || order.status === 'ACTIVE' ? <Suggestions orderId={order.id} onAssigned={state.reload} /> : null}
            <h3>{t('agreement')}</h3>
            {order.agreement ? (
              <dl className="facts" data-testid="agreement">
                <dt>{t('goal')}</dt>
                <dd>{order.agreement.goal}</dd>
                <dt>{t('mentor')}</dt>
                <dd>
                  {order.agreement.mentorName} · {order.agreement.mentorContact}
                </dd>
                <dt>{t('tasks')}</dt>
                <dd>{order.agreement.tasks.join(', ')}</dd>
                <dt>{t('duration')}</dt>
                <dd>{period(order.agreement.startDate, order.agreement.endDate)}</dd>
                <dt>{t('hours')}</dt>
                <dd>
                  {number(order.agreement.weeklyHours)} / {number(order.agreement.totalHours)}
                </dd>
                <dt>{t('complaintGuidance')}</dt>
                <dd>{order.agreement.complaintGuidance}</dd>
                <dt>{t('signedOn')}</dt>
                <dd>{date(order.agreement.signedOn)}</dd>
              </dl>
            ) : order.mentor ? (
              <ActionForm
                id="agreement"
                title={t('signAgreement')}
                onDone={state.reload}
                fields={[
                  { name: 'mentorName', label: t('mentorName'), defaultValue: order.mentor.name ?? '' },
                  { name: 'mentorContact', label: t('mentorContact'), defaultValue: [order.mentor.phone, order.mentor.email].filter(Boolean).join(' · ') },
                  { name: 'complaintGuidance', label: t('complaintGuidance'), kind: 'textarea' },
                  { name: 'signedOn', label: t('signedOn'), kind: 'date' },
                ]}
                action={async (values) => {
                  await execute(SignAgreementDocument, {
                    input: {
                      orderId: order.id,
                      mentorName: values.text('mentorName') ?? '',
                      mentorContact: values.text('mentorContact') ?? '',
                      complaintGuidance: values.text('complaintGuidance'),
                      signedOn: values.text('signedOn'),
                      expectedVersion: order.version,
                    },
                  });
                  return t('saved');
                }}
              >
                {/* The items the agreement takes from the order, shown so the coordinator checks them before recording it. */}
                <dl className="facts">
                  <dt>{t('goal')}</dt>
                  <dd>{order.goal}</dd>
                  <dt>{t('tasks')}</dt>
                  <dd>{(order.tasks ?? []).join(', ')}</dd>
                  <dt>{t('duration')}</dt>
                  <dd>{period(order.startDate, order.endDate)}</dd>
                  <dt>{t('hours')}</dt>
                  <dd>
                    {number(order.weeklyHours)} / {number(order.totalHours)}
                  </dd>
                </dl>
              </ActionForm>
            ) : null}
            <h3>{t('schedule')}</h3>
            <ul className="entries" data-testid="schedule">
              {(order.schedules ?? []).flatMap((schedule) =>
                schedule.entries.map((entry) => (
                  <li key={entry.id}>
                    {term('ScheduleKind', schedule.kind)} · {date(entry.date)} {entry.startTime}–{entry.endTime} · {entry.place} · {entry.activity}
                  </li>
                )),
              )}
            </ul>
            {order.status === 'ACCEPTED' || order.status === 'ACTIVE' ? <PublishSchedule orderId={order.id} activities={order.requestedActivities ?? []} onDone={state.reload} /> : null}
          </article>
        ) : (
          <NotFound />
        )
      }
    </Query>
  );
}

function Suggestions({ orderId, onAssigned }: { orderId: string; onAssigned(): void }) {
  const { t, term, number, reason } = useI18n();
  const state = useQuery(ProviderMentorSuggestionsDocument, { orderId });
  const [error, setError] = useState<ApiError | null>(null);
  async function assign(mentorId: string) {
    setError(null);
    try {
      await execute(AssignMentorDocument, { input: { orderId, mentorId } });
      onAssigned();
    } catch (caught) {
      setError(asApiError(caught));
    }
  }
  return (
    <section aria-labelledby="suggestions-heading">
      <h3 id="suggestions-heading">{t('suggestions')}</h3>
      {error ? <ErrorBox error={error} /> : null}
      <Query state={state}>
        {({ suggestMentors }) => (
          <table className="list" data-testid="suggestions">
            <thead>
              <tr>
                <th>{t('mentor')}</th>
                <th>{t('kind')}</th>
                <th>{t('score')}</th>
                <th>{t('reasons')}</th>
                <th>{t('assign')}</th>
              </tr>
            </thead>
            <tbody>
              {(suggestMentors ?? []).map((suggestion) => (
                <tr key={suggestion.mentor.id} data-mentor={suggestion.mentor.id}>
                  <td>{suggestion.mentor.name}</td>
                  <td>{term('MentorKind', suggestion.mentor.kind)}</td>
                  <td>{number(suggestion.score)}</td>
                  <td>
                    <ul>
                      {suggestion.reasonDetails.map((detail, index) => (
                        <li key={index} data-reason={detail.code}>
                          {reason(detail)}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <button type="button" disabled={!suggestion.eligible} onClick={() => void assign(suggestion.mentor.id)} aria-label={`${t('assign')} ${suggestion.mentor.name ?? ''}`}>
                      {t('assign')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Query>
    </section>
  );
}

function PublishSchedule({ orderId, activities, onDone }: { orderId: string; activities: string[]; onDone(): void }) {
  const { t, term } = useI18n();
  const rows = Array.from({ length: ENTRY_ROWS }, (_, index) => index);
  const fields: FieldSpec[] = [
    { name: 'kind', label: t('scheduleKind'), kind: 'select', options: choices(['WEEKLY', 'MONTHLY'] as ScheduleKind[], (code) => term('ScheduleKind', code)), defaultValue: 'WEEKLY' },
    { name: 'validFrom', label: t('validFrom'), kind: 'date', defaultValue: '' },
    { name: 'validTo', label: t('validTo'), kind: 'date', defaultValue: '' },
    ...rows.flatMap((index): FieldSpec[] => [
      { name: `entries[${index}].date`, label: `${t('entry')} ${index + 1}: ${t('date')}`, kind: 'date', defaultValue: '' },
      { name: `entries[${index}].startTime`, label: `${t('entry')} ${index + 1}: ${t('startTime')}`, defaultValue: '' },
      { name: `entries[${index}].endTime`, label: `${t('entry')} ${index + 1}: ${t('endTime')}`, defaultValue: '' },
      { name: `entries[${index}].place`, label: `${t('entry')} ${index + 1}: ${t('place')}`, defaultValue: '' },
      { name: `entries[${index}].activity`, label: `${t('entry')} ${index + 1}: ${t('activity')}`, kind: 'select', options: activities.map((activity) => [activity, activity] as const) },
    ]),
  ];
  return (
    <ActionForm
      id="schedule"
      title={t('publishSchedule')}
      fields={fields}
      onDone={onDone}
      action={async (values) => {
        // Rows left empty are not entries.
        const entries: ScheduleEntryInput[] = rows
          .filter((index) => values.text(`entries[${index}].date`))
          .map((index) => ({
            date: values.text(`entries[${index}].date`) ?? '',
            startTime: values.text(`entries[${index}].startTime`) ?? '',
            endTime: values.text(`entries[${index}].endTime`) ?? '',
            place: values.text(`entries[${index}].place`) ?? '',
            activity: values.text(`entries[${index}].activity`) ?? '',
          }));
        await execute(PublishScheduleDocument, {
          input: { orderId, kind: (values.text('kind') ?? '') as ScheduleKind, validFrom: values.text('validFrom') ?? '', validTo: values.text('validTo') ?? '', entries, idempotencyKey: crypto.randomUUID() },
        });
        return t('saved');
      }}
    />
  );
}

function Mentors({ providerId }: { providerId: string }) {
  const { t, term, date, number } = useI18n();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const state = useQuery(ProviderMentorRecordsDocument, { providerId, first: 20, after: cursors.at(-1) });
  const mentorKinds = choices(Object.keys(glossary.MentorKind) as MentorKind[], (code) => term('MentorKind', code));
  const targetGroups = choices(Object.keys(glossary.TargetGroup), (code) => term('TargetGroup', code));
  return (
    <section aria-labelledby="mentors-heading">
      <h2 id="mentors-heading">{t('mentors')}</h2>
      <ActionForm
        id="register-mentor"
        title={t('registerMentor')}
        onDone={state.reload}
        fields={[
          { name: 'firstName', label: t('firstName') },
          { name: 'lastName', label: t('lastName') },
          { name: 'phone', label: t('phone') },
          { name: 'email', label: t('email') },
          { name: 'kind', label: t('kind'), kind: 'select', options: mentorKinds },
          { name: 'languages', label: t('languages'), kind: 'checks', options: choices(Object.keys(glossary.LanguageCode), (code) => term('LanguageCode', code)) },
          { name: 'targetGroups', label: t('targetGroups'), kind: 'checks', options: targetGroups },
          { name: 'capacityHoursPerWeek', label: t('capacity'), kind: 'number' },
        ]}
        action={async (values) => {
          const { registerMentor } = await execute(RegisterMentorDocument, {
            input: {
              providerId,
              firstName: values.text('firstName') ?? '',
              lastName: values.text('lastName') ?? '',
              phone: values.text('phone'),
              email: values.text('email'),
              kind: (values.text('kind') ?? '') as MentorKind,
              languages: values.all('languages'),
              targetGroups: values.all('targetGroups'),
              capacityHoursPerWeek: values.number('capacityHoursPerWeek'),
              idempotencyKey: crypto.randomUUID(),
            },
          });
          return `${t('saved')}: ${registerMentor.name ?? ''}`;
        }}
      />
      <Query state={state}>
        {({ mentors }) => (
          <>
            <table className="list" data-testid="mentors">
              <thead>
                <tr>
                  <th>{t('name')}</th>
                  <th>{t('kind')}</th>
                  <th>{t('certifications')}</th>
                  <th>{t('screenings')}</th>
                  <th>{t('trainings')}</th>
                  <th>{t('actions')}</th>
                </tr>
              </thead>
              <tbody>
                {mentors.edges.map(({ node }) => (
                  <tr key={node.id} data-mentor={node.id}>
                    <td>
                      {node.name}
                      <br />
                      <small>
                        {term('CertificationStatus', node.certificationStatus)} · {t('capacity')}: {number(node.capacityHoursPerWeek ?? 0)}
                      </small>
                    </td>
                    <td>{term('MentorKind', node.kind)}</td>
                    <td>
                      {(node.certifications ?? []).map((certification) => (
                        <div key={certification.id}>
                          {term('MentorKind', certification.kind)} · {date(certification.validUntil)}
                        </div>
                      ))}
                    </td>
                    <td>
                      {(node.screenings ?? []).map((screening) => (
                        <div key={screening.id}>
                          {term('ScreeningKind', screening.kind)} · {term('ScreeningResult', screening.result)} · {t('renewalDue')} {date(screening.renewalDue)}
                        </div>
                      ))}
                    </td>
                    <td>
                      {(node.trainings ?? []).map((training) => (
                        <div key={training.id}>
                          {date(training.heldOn)} · {training.topic} · {number(training.hours)} t
                        </div>
                      ))}
                    </td>
                    <td>
                      <MentorActions mentorId={node.id} onDone={state.reload} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager page={mentors} cursors={cursors} onChange={setCursors} />
          </>
        )}
      </Query>
    </section>
  );
}

function MentorActions({ mentorId, onDone }: { mentorId: string; onDone(): void }) {
  const { t, term } = useI18n();
  return (
    <>
      <ActionForm
        id={`certify-${mentorId}`}
        title={t('certify')}
        onDone={onDone}
        fields={[
          { name: 'kind', label: t('kind'), kind: 'select', options: choices(Object.keys(glossary.MentorKind) as MentorKind[], (code) => term('MentorKind', code)) },
          { name: 'issuedBy', label: t('issuedBy') },
          { name: 'issuedOn', label: t('issuedOn'), kind: 'date' },
          { name: 'validUntil', label: t('validUntil'), kind: 'date', defaultValue: '' },
          { name: 'taskDescription', label: t('taskDescription'), kind: 'textarea' },
        ]}
        action={async (values) => {
          await execute(CertifyMentorDocument, {
            input: {
              mentorId,
              kind: (values.text('kind') ?? '') as MentorKind,
              issuedBy: values.text('issuedBy') ?? '',
              issuedOn: values.text('issuedOn') ?? '',
              validUntil: values.text('validUntil') ?? '',
              taskDescription: values.text('taskDescription') ?? '',
              idempotencyKey: crypto.randomUUID(),
            },
          });
          return t('saved');
        }}
      />
      <ActionForm
        id={`screening-${mentorId}`}
        title={t('recordScreening')}
        onDone={onDone}
        fields={[
          { name: 'kind', label: t('kind'), kind: 'select', options: choices(Object.keys(glossary.ScreeningKind) as ScreeningKind[], (code) => term('ScreeningKind', code)) },
          { name: 'checkedOn', label: t('checkedOn'), kind: 'date' },
          { name: 'result', label: t('result'), kind: 'select', options: choices(Object.keys(glossary.ScreeningResult) as ScreeningResult[], (code) => term('ScreeningResult', code)) },
        ]}
        action={async (values) => {
          await execute(RecordScreeningDocument, {
            input: {
              mentorId,
              kind: (values.text('kind') ?? '') as ScreeningKind,
              checkedOn: values.text('checkedOn') ?? '',
              result: (values.text('result') ?? '') as ScreeningResult,
              idempotencyKey: crypto.randomUUID(),
            },
          });
          return t('saved');
        }}
      />
      <ActionForm
        id={`training-${mentorId}`}
        title={t('recordTraining')}
        onDone={onDone}
        fields={[
          { name: 'heldOn', label: t('heldOn'), kind: 'date' },
          { name: 'topic', label: t('topic') },
          { name: 'hours', label: t('hours'), kind: 'number' },
          { name: 'givenBy', label: t('givenBy') },
        ]}
        action={async (values) => {
          await execute(RecordTrainingDocument, {
            input: {
              mentorId,
              heldOn: values.text('heldOn') ?? '',
              topic: values.text('topic') ?? '',
              hours: values.number('hours'),
              givenBy: values.text('givenBy') ?? '',
              idempotencyKey: crypto.randomUUID(),
            },
          });
          return t('saved');
        }}
      />
    </>
  );
}

function ExperienceReport({ providerId }: { providerId: string }) {
  const { t, date } = useI18n();
  const [, yearParameter] = useRoute();
  const year = Number(yearParameter) || new Date().getFullYear() - 1;
  const state = useQuery(ProviderExperienceReportsDocument, { providerId, year });
  const save = (publish: boolean) => async (values: { text(name: string): string | undefined }) => {
    const draft = state.data?.experienceReports.find((report) => !report.published);
    await execute(SubmitExperienceReportDocument, {
      input: {
        providerId,
        year: Number(values.text('year')),
        themes: (values.text('themes') ?? '').split('\n').map((theme) => theme.trim()).filter(Boolean),
        text: values.text('text') ?? '',
        publish,
        expectedVersion: draft?.version,
        idempotencyKey: crypto.randomUUID(),
      },
    });
    return publish ? t('saved') : `${t('saved')}: ${t('draft')}`;
  };
  return (
    <section aria-labelledby="report-heading">
      <h2 id="report-heading">
        {t('experienceReport')} {year}
      </h2>
      <nav className="subnav" aria-label={t('year')}>
        {[0, 1, 2, 3].map((back) => {
          const shown = new Date().getFullYear() - back;
          return (
            <a key={shown} href={link('report', String(shown))} aria-current={shown === year ? 'page' : undefined}>
              {shown}
            </a>
          );
        })}
      </nav>
      <Query state={state}>
        {({ experienceReports }) => {
          const report = experienceReports[0];
          const fields: FieldSpec[] = [
            { name: 'year', label: t('year'), kind: 'number', defaultValue: String(year) },
            { name: 'themes', label: t('themes'), kind: 'textarea', defaultValue: report?.themes.join('\n') ?? '' },
            { name: 'text', label: t('text'), kind: 'textarea', defaultValue: report?.text ?? '' },
          ];
          return (
            <>
              {report ? (
                <p data-testid="report-state">
                  {report.published ? `${t('submittedOn')} ${date(report.submittedOn)}` : t('draft')} · {t('dueOn')} {date(report.dueOn)}
                </p>
              ) : null}
              {report?.published ? (
                <p>{report.text}</p>
              ) : (
                <>
                  <ActionForm key={`draft-${report?.version ?? 0}`} id="report-draft" title={t('saveDraft')} fields={fields} onDone={state.reload} action={save(false)} />
                  <ActionForm key={`submit-${report?.version ?? 0}`} id="report-submit" title={t('submitReport')} fields={fields} onDone={state.reload} action={save(true)} />
                </>
              )}
            </>
          );
        }}
      </Query>
    </section>
  );
}
