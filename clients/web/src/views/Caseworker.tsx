import { useState, type FormEvent } from 'react';
import {
  CancelOrderDocument,
  CompleteOrderDocument,
  ExtendOrderDocument,
  RecordEffectAssessmentDocument,
  RecordFollowUpDocument,
  RecordHomeVisitConsentDocument,
  RecordSpsClarificationDocument,
  RegisterYouthDocument,
  type EffectLevel,
  type OutcomeKind,
  type Progression,
  type Recommendation,
  type TargetGroup,
  CaseworkerDueListDocument,
  CaseworkerYouthDocument,
  CaseworkerYouthsDocument,
  OrderFormOptionsDocument,
  OrderPictureDocument,
  PlaceOrderDocument,
  type GoalKind,
} from '@mentor/operations';
import { ApiError, asApiError, execute, useQuery } from '../api';
import { municipalities, useI18n } from '../i18n';
import { link, useRoute } from '../route';
import { DeliveryChart, Field, NotFound, Pager, Query, today, useFormErrors } from '../ui';
import { ActionForm, choices, type FieldSpec } from '../forms';
import { glossary } from '../i18n';

const PAGE = 10;

export function CaseworkerView() {
  const [view, id, action] = useRoute();
  if (view === 'order' && id) return <OrderPicture id={id} openAction={action} />;
  if (view === 'youth' && id) return <YouthCase id={id} />;
  if (view === 'new-order' && id) return <PlaceOrderForm youthId={id} />;
  return (
    <div className="columns">
      <Youths />
      <DueList />
    </div>
  );
}

function Youths() {
  const { t, term, date, number, period } = useI18n();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [search, setSearch] = useState('');
  const state = useQuery(CaseworkerYouthsDocument, { first: PAGE, after: cursors.at(-1), search: search || undefined });
  return (
    <section aria-labelledby="youths-heading">
      <h2 id="youths-heading">{t('youths')}</h2>
      <RegisterYouth onDone={() => setCursors([null])} />
      <input
        type="search"
        placeholder={t('search')}
        aria-label={t('search')}
        value={search}
        onChange={(event) => {
          setSearch(event.target.value);
          setCursors([null]);
        }}
      />
      <Query state={state}>
        {({ youths }) =>
          youths ? (
            <>
              <table className="list" data-testid="youths">
                <thead>
                  <tr>
                    <th>{t('name')}</th>
                    <th>{t('cpr')}</th>
                    <th>{t('orders')}</th>
                  </tr>
                </thead>
                <tbody>
                  {youths.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <td>
                        <a href={link('youth', node.id)}>
                          {node.firstName} {node.lastName}
                        </a>
                      </td>
                      <td>{node.cpr}</td>
                      <td>
                        {node.orders?.edges.map(({ node: order }) => (
                          <a key={order.id} href={link('order', order.id)} className={`status ${order.status}`}>
                            {order.reference} · {term('OrderStatus', order.status)}
                          </a>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pager page={youths} cursors={cursors} onChange={setCursors} />
            </>
          ) : null
        }
      </Query>
    </section>
  );
}

/** Every item of the caseworker's dueList, each a link to the order with the form where it is done. */
function DueList() {
  const { t, date, number } = useI18n();
  const state = useQuery(CaseworkerDueListDocument);
  const name = (youth: { firstName?: string | null; lastName?: string | null } | null | undefined) => `${youth?.firstName ?? ''} ${youth?.lastName ?? ''}`;
  return (
    <section aria-labelledby="due-heading" data-testid="due-list">
      <h2 id="due-heading">{t('dueList')}</h2>
      <Query state={state}>
        {({ dueList }) => (
          <>
            <h3>{t('followUpsDue')}</h3>
            {dueList.followUpsDue.length === 0 ? <p>{t('nothingDue')}</p> : null}
            <ul className="due" data-due="follow-ups">
              {dueList.followUpsDue.map((order) => (
                <li key={order.id}>
                  <a href={link('order', order.id, 'follow-up')}>{order.reference}</a> {name(order.youth)} · {date(order.followUpDue)}
                </li>
              ))}
            </ul>
            <h3>{t('effectAssessmentsDue')}</h3>
            {dueList.effectAssessmentsDue.length === 0 ? <p>{t('nothingDue')}</p> : null}
            <ul className="due" data-due="effect-assessments">
              {dueList.effectAssessmentsDue.map((order) => (
                <li key={order.id}>
                  <a href={link('order', order.id, 'effect-assessment')}>{order.reference}</a> {name(order.youth)} · {date(order.effectAssessmentDue)}
                </li>
              ))}
            </ul>
            <h3>{t('underDelivering')}</h3>
            {dueList.underDelivering.length === 0 ? <p>{t('nothingDue')}</p> : null}
            <ul className="due" data-due="under-delivering">
              {dueList.underDelivering.map((order) => (
                <li key={order.id}>
                  <a href={link('order', order.id)}>{order.reference}</a> {name(order.youth)} · {number(order.deliveredHours)}/{number(order.totalHours)}
                </li>
              ))}
            </ul>
            <h3>{t('missedWeeklyContacts')}</h3>
            {dueList.missedWeeklyContacts.length === 0 ? <p>{t('nothingDue')}</p> : null}
            <ul className="due" data-due="missed-contacts">
              {dueList.missedWeeklyContacts.map((order) => (
                <li key={order.id}>
                  <a href={link('order', order.id, 'follow-up')}>{order.reference}</a> {name(order.youth)} · {(order.missedContactWeeks ?? []).map(date).join(', ')}
                </li>
              ))}
            </ul>
          </>
        )}
      </Query>
    </section>
  );
}

function YouthCase({ id }: { id: string }) {
  const { t, term, date, number, period } = useI18n();
  const state = useQuery(CaseworkerYouthDocument, { id });
  return (
    <Query state={state}>
      {({ youth }) =>
        youth ? (
          <article>
            <a href="#/">← {t('youths')}</a>
            <h2>
              {youth.firstName} {youth.lastName}
            </h2>
            <dl className="facts">
              <dt>{t('cpr')}</dt>
              <dd>{youth.cpr}</dd>
              <dt>{t('address')}</dt>
              <dd>{youth.address}</dd>
              <dt>{t('contact')}</dt>
              <dd>{[youth.phone, youth.email].filter(Boolean).join(' · ')}</dd>
              <dt>{t('targetGroup')}</dt>
              <dd>{term('TargetGroup', youth.targetGroup)}</dd>
              <dt>{t('specialNeeds')}</dt>
              <dd>{youth.specialNeeds ?? '—'}</dd>
              <dt>{t('healthNotes')}</dt>
              <dd>{youth.healthNotes ?? '—'}</dd>
              <dt>{t('caseNotes')}</dt>
              <dd>{youth.caseNotes ?? '—'}</dd>
            </dl>
            <h3>{t('orders')}</h3>
            <ul>
              {youth.orders?.edges.map(({ node }) => (
                <li key={node.id}>
                  <a href={link('order', node.id)}>{node.reference}</a> · {term('OrderStatus', node.status)} · {period(node.startDate, node.endDate)}
                </li>
              ))}
            </ul>
            <a className="button" href={link('new-order', youth.id)}>
              {t('placeOrder')}
            </a>
          </article>
        ) : null
      }
    </Query>
  );
}

function OrderPicture({ id, openAction }: { id: string; openAction?: string }) {
  const { t, term, date, number, period } = useI18n();
  const state = useQuery(OrderPictureDocument, { id });
  return (
    <Query state={state}>
      {({ order }) =>
        order ? (
          <article data-testid="order-picture">
            <a href="#/">← {t('youths')}</a>
            <h2>
              {t('order')} {order.reference} <span className={`status ${order.status}`}>{term('OrderStatus', order.status)}</span>
            </h2>
            <div className="cards">
              <div className="card">
                <h3>{t('youth')}</h3>
                <p>
                  {order.youth?.firstName} {order.youth?.lastName} · {order.youth?.cpr}
                </p>
                <p>{order.youth?.specialNeeds}</p>
              </div>
              <div className="card">
                <h3>{t('mentor')}</h3>
                <p>{order.mentor?.name ?? '—'}</p>
                <p>{[order.mentor?.phone, order.mentor?.email].filter(Boolean).join(' · ')}</p>
                <p>
                  {t('provider')}: {order.provider.name}
                </p>
              </div>
              <div className="card">
                <h3>{t('institution')}</h3>
                <p>{order.institution.name}</p>
                <p>{order.institution.address}</p>
              </div>
              <div className="card">
                <h3>{t('hours')}</h3>
                <p>
                  {t('deliveredHours')}: <strong data-testid="delivered-hours">{number(order.deliveredHours)}</strong> / {number(order.totalHours)}
                </p>
                <p>
                  {t('period')}: {period(order.startDate, order.endDate)}
                </p>
                <p>
                  {t('followUpDue')}: {date(order.followUpDue)}
                </p>
                <p>
                  {t('effectAssessmentDue')}: {date(order.effectAssessmentDue)}
                </p>
              </div>
            </div>
            {['COMPLETED', 'CANCELLED', 'REJECTED'].includes(order.status) ? null : (
              <OrderActions key={openAction} openAction={openAction} orderId={order.id} youthId={order.youth?.id} homeVisitConsent={order.youth?.homeVisitConsent ?? false} onDone={state.reload} />
            )}
            <h3>{t('spsClarification')}</h3>
            <p data-testid="sps">{order.spsClarification ? `${date(order.spsClarification.clarifiedOn)}: ${order.spsClarification.text}` : '—'}</p>
            {order.outcome ? (
              <p data-testid="outcome">
                {t('outcome')}: {term('OutcomeKind', order.outcome.kind)} · {t('youthSatisfaction')}: {order.outcome.youthSatisfaction ?? '—'}
              </p>
            ) : null}
            {order.cancellationReason ? (
              <p>
                {t('reason')}: {order.cancellationReason}
              </p>
            ) : null}
            <h3>{t('deliveredVsPlanned')}</h3>
            <DeliveryChart weeks={order.weeklyReconciliation} />
            <h3>{t('goal')}</h3>
            <p>{order.goal}</p>
            <h3>{t('schedule')}</h3>
            <ul className="entries">
              {(order.schedules ?? []).flatMap((schedule) => schedule.entries).map((entry) => (
                <li key={entry.id}>
                  {date(entry.date)} {entry.startTime}–{entry.endTime} · {entry.place} · {entry.activity}
                </li>
              ))}
            </ul>
            <h3>{t('followUps')}</h3>
            <ul>
              {(order.followUps ?? []).map((followUp) => (
                <li key={followUp.id}>
                  {date(followUp.date)} · {term('Progression', followUp.progression)} · {followUp.nextStep}
                </li>
              ))}
            </ul>
            <h3>{t('effectAssessments')}</h3>
            <ul data-testid="effect-assessments">
              {(order.effectAssessments ?? []).map((effect) => (
                <li key={effect.id}>
                  {date(effect.date)} · {term('EffectLevel', effect.effect)} · {term('Recommendation', effect.recommendation)} · {effect.assessment}
                </li>
              ))}
            </ul>
            <h3>{t('extensions')}</h3>
            <ul data-testid="extensions">
              {(order.extensions ?? []).map((extension) => (
                <li key={extension.id}>
                  +{extension.weeks} {t('weeks').toLowerCase()} · {period(extension.previousEndDate, extension.newEndDate)} {extension.specialJustification ? `· ${extension.specialJustification}` : ''}
                </li>
              ))}
            </ul>
            <h3>{t('sessions')}</h3>
            <ul>
              {order.sessions?.edges.map(({ node }) => (
                <li key={node.id}>
                  {date(node.date)} · {node.minutes} min · {term('SessionForm', node.form)} · {node.journalNote}
                </li>
              ))}
            </ul>
          </article>
        ) : (
          <NotFound />
        )
      }
    </Query>
  );
}

const ORDER_FIELDS = ['youthId', 'providerId', 'institutionId', 'goalKind', 'goal', 'tasks', 'requestedActivities', 'weeklyHours', 'weeks', 'startDate', 'deliveryMunicipalityCode', 'overlapJustification'];

function PlaceOrderForm({ youthId }: { youthId: string }) {
  const { t, term } = useI18n();
  const options = useQuery(OrderFormOptionsDocument);
  const youths = useQuery(CaseworkerYouthsDocument, { first: 200 });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [placed, setPlaced] = useState<{ id: string; reference: string } | null>(null);
  const [providerId, setProviderId] = useState('');
  const errors = useFormErrors(failure, ORDER_FIELDS);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    setFailure(null);
    try {
      const { placeOrder } = await execute(PlaceOrderDocument, {
        input: {
          youthId: text('youthId'),
          providerId: text('providerId'),
          institutionId: text('institutionId'),
          goalKind: text('goalKind') as GoalKind,
          goal: text('goal'),
          tasks: text('tasks').split('\n').map((task) => task.trim()).filter(Boolean),
          requestedActivities: form.getAll('requestedActivities').map(String),
          weeklyHours: Number(text('weeklyHours').replace(',', '.')),
          weeks: Number(text('weeks')),
          startDate: text('startDate'),
          deliveryMunicipalityCode: text('deliveryMunicipalityCode'),
          overlapJustification: text('overlapJustification').trim() || undefined,
          idempotencyKey: crypto.randomUUID(),
        },
      });
      setPlaced(placeOrder);
    } catch (error) {
      setFailure(asApiError(error));
    }
  }

  if (placed) {
    return (
      <p role="status" data-testid="saved">
        {t('saved')}: {t('order')} <a href={link('order', placed.id)}>{placed.reference}</a>
      </p>
    );
  }
  return (
    <Query state={options}>
      {({ providers, institutions }) => {
        const provider = providers.edges.find(({ node }) => node.id === providerId)?.node ?? providers.edges[0]?.node;
        return (
          <form className="form" onSubmit={submit} aria-labelledby="place-order-heading" noValidate>
            <h2 id="place-order-heading">{t('placeOrder')}</h2>
            {errors.top}
            <Field name="youthId" label={t('youth')} error={errors.at('youthId')}>
              <select name="youthId" defaultValue={youthId}>
                {youths.data?.youths?.edges.some(({ node }) => node.id === youthId) ? null : <option value={youthId}>{youthId}</option>}
                {youths.data?.youths?.edges.map(({ node }) => (
                  <option key={node.id} value={node.id}>
                    {node.firstName} {node.lastName}
                  </option>
                ))}
              </select>
            </Field>
            <Field name="providerId" label={t('provider')} error={errors.at('providerId')}>
              <select name="providerId" value={provider?.id} onChange={(event) => setProviderId(event.target.value)}>
                {providers.edges.map(({ node }) => (
                  <option key={node.id} value={node.id}>
                    {node.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field name="institutionId" label={t('institution')} error={errors.at('institutionId')}>
              <select name="institutionId">
                {institutions.edges.map(({ node }) => (
                  <option key={node.id} value={node.id}>
                    {node.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field name="goalKind" label={t('goalKind')} error={errors.at('goalKind')}>
              <select name="goalKind" defaultValue="EDUCATION">
                <option value="EDUCATION">{term('GoalKind', 'EDUCATION')}</option>
                <option value="EMPLOYMENT">{term('GoalKind', 'EMPLOYMENT')}</option>
              </select>
            </Field>
            <Field name="goal" label={t('goal')} error={errors.at('goal')}>
              <textarea name="goal" />
            </Field>
            <Field name="tasks" label={t('tasks')} error={errors.at('tasks')}>
              <textarea name="tasks" />
            </Field>
            <fieldset className={errors.at('requestedActivities') ? 'field invalid' : 'field'}>
              <legend>{t('requestedActivities')}</legend>
              {provider?.activities.map((activity) => (
                <label key={activity} className="check">
                  <input type="checkbox" name="requestedActivities" value={activity} /> {activity}
                </label>
              ))}
              {errors.at('requestedActivities') ? (
                <span className="field-error" role="alert" data-error-for="requestedActivities">
                  {errors.at('requestedActivities')}
                </span>
              ) : null}
            </fieldset>
            <Field name="weeklyHours" label={t('weeklyHours')} error={errors.at('weeklyHours')}>
              <input name="weeklyHours" inputMode="decimal" defaultValue="1" />
            </Field>
            <Field name="weeks" label={t('weeks')} error={errors.at('weeks')}>
              <input name="weeks" type="number" defaultValue="13" />
            </Field>
            <Field name="startDate" label={t('startDate')} error={errors.at('startDate')}>
              <input name="startDate" type="date" defaultValue={today()} />
            </Field>
            <Field name="deliveryMunicipalityCode" label={t('deliveryMunicipality')} error={errors.at('deliveryMunicipalityCode')}>
              <select name="deliveryMunicipalityCode" defaultValue="101">
                {municipalities.map(([code, name]) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </select>
            </Field>
            <Field name="overlapJustification" label={t('overlapJustification')} error={errors.at('overlapJustification')}>
              <textarea name="overlapJustification" rows={2} />
            </Field>
            <button type="submit">{t('submit')}</button>
          </form>
        );
      }}
    </Query>
  );
}

function RegisterYouth({ onDone }: { onDone(): void }) {
  const { t, term } = useI18n();
  const fields: FieldSpec[] = [
    { name: 'firstName', label: t('firstName') },
    { name: 'lastName', label: t('lastName') },
    { name: 'cpr', label: t('cpr') },
    { name: 'address', label: t('address') },
    { name: 'phone', label: t('phone') },
    { name: 'email', label: t('email') },
    { name: 'targetGroup', label: t('targetGroup'), kind: 'select', options: choices(Object.keys(glossary.TargetGroup) as TargetGroup[], (code) => term('TargetGroup', code)) },
    { name: 'legalBasis', label: t('legalBasis') },
    { name: 'specialNeeds', label: t('specialNeeds'), kind: 'textarea' },
    { name: 'healthNotes', label: t('healthNotes'), kind: 'textarea' },
    { name: 'caseNotes', label: t('caseNotes'), kind: 'textarea' },
  ];
  return (
    <ActionForm
      id="register-youth"
      title={t('registerYouth')}
      fields={fields}
      onDone={onDone}
      action={async (values) => {
        const { registerYouth } = await execute(RegisterYouthDocument, {
          input: {
            firstName: values.text('firstName') ?? '',
            lastName: values.text('lastName') ?? '',
            cpr: values.text('cpr') ?? '',
            address: values.text('address') ?? '',
            phone: values.text('phone'),
            email: values.text('email'),
            targetGroup: (values.text('targetGroup') ?? '') as TargetGroup,
            legalBasis: values.text('legalBasis') ?? '',
            specialNeeds: values.text('specialNeeds'),
            healthNotes: values.text('healthNotes'),
            caseNotes: values.text('caseNotes'),
            idempotencyKey: crypto.randomUUID(),
          },
        });
        return (
          <>
            {t('saved')}:{' '}
            <a href={link('youth', registerYouth.id)}>
              {registerYouth.firstName} {registerYouth.lastName}
            </a>{' '}
            · <a href={link('new-order', registerYouth.id)}>{t('placeOrder')}</a>
          </>
        );
      }}
    />
  );
}

/** What a caseworker does on an order that is still running. */
function OrderActions({ orderId, youthId, homeVisitConsent, onDone, openAction }: { orderId: string; youthId?: string; homeVisitConsent: boolean; onDone(): void; openAction?: string }) {
  const { t, term } = useI18n();
  const enumChoices = <Kind extends 'Progression' | 'EffectLevel' | 'Recommendation' | 'OutcomeKind'>(kind: Kind) =>
    choices(Object.keys(glossary[kind]), (code) => term(kind, code));
  return (
    <section className="actions" aria-labelledby="order-actions-heading">
      <h3 id="order-actions-heading">{t('actions')}</h3>
      <ActionForm
        id="follow-up"
        open={openAction === 'follow-up'}
        title={t('recordFollowUp')}
        onDone={onDone}
        fields={[
          { name: 'date', label: t('date'), kind: 'date' },
          { name: 'statusAssessment', label: t('statusAssessment'), kind: 'textarea' },
          { name: 'progression', label: t('progression'), kind: 'select', options: enumChoices('Progression') },
          { name: 'nextStep', label: t('nextStep'), kind: 'textarea' },
        ]}
        action={async (values) => {
          await execute(RecordFollowUpDocument, {
            input: {
              orderId,
              date: values.text('date') ?? '',
              statusAssessment: values.text('statusAssessment') ?? '',
              progression: (values.text('progression') ?? '') as Progression,
              nextStep: values.text('nextStep') ?? '',
              idempotencyKey: crypto.randomUUID(),
            },
          });
          return t('saved');
        }}
      />
      <ActionForm
        id="effect-assessment"
        open={openAction === 'effect-assessment'}
        title={t('recordEffect')}
        onDone={onDone}
        fields={[
          { name: 'date', label: t('date'), kind: 'date' },
          { name: 'effect', label: t('effect'), kind: 'select', options: enumChoices('EffectLevel') },
          { name: 'assessment', label: t('assessment'), kind: 'textarea' },
          { name: 'recommendation', label: t('recommendation'), kind: 'select', options: enumChoices('Recommendation') },
        ]}
        action={async (values) => {
          await execute(RecordEffectAssessmentDocument, {
            input: {
              orderId,
              date: values.text('date') ?? '',
              effect: (values.text('effect') ?? '') as EffectLevel,
              assessment: values.text('assessment') ?? '',
              recommendation: (values.text('recommendation') ?? '') as Recommendation,
              idempotencyKey: crypto.randomUUID(),
            },
          });
          return t('saved');
        }}
      />
      <ActionForm
        id="sps"
        title={t('recordSps')}
        onDone={onDone}
        fields={[
          { name: 'text', label: t('text'), kind: 'textarea' },
          { name: 'clarifiedOn', label: t('clarifiedOn'), kind: 'date' },
        ]}
        action={async (values) => {
          await execute(RecordSpsClarificationDocument, { input: { orderId, text: values.text('text') ?? '', clarifiedOn: values.text('clarifiedOn') ?? '' } });
          return t('saved');
        }}
      />
      {youthId ? (
        <ActionForm
          id="home-visit-consent"
          title={t('recordHomeVisitConsent')}
          onDone={onDone}
          fields={[{ name: 'consent', label: t('consentGiven'), kind: 'checkbox', defaultValue: homeVisitConsent ? 'on' : '' }]}
          action={async (values) => {
            const { recordHomeVisitConsent } = await execute(RecordHomeVisitConsentDocument, { input: { youthId, consent: values.checked('consent') } });
            return `${t('saved')}: ${t('homeVisitConsent')} ${recordHomeVisitConsent.homeVisitConsent ? t('yes') : t('no')}`;
          }}
        />
      ) : null}
      <ActionForm
        id="extend"
        title={t('extendOrder')}
        onDone={onDone}
        fields={[
          { name: 'weeks', label: t('weeksToAdd'), kind: 'number' },
          { name: 'specialJustification', label: t('specialJustification'), kind: 'textarea' },
        ]}
        action={async (values) => {
          await execute(ExtendOrderDocument, { input: { orderId, weeks: values.number('weeks'), specialJustification: values.text('specialJustification') } });
          return t('saved');
        }}
      />
      <ActionForm
        id="complete"
        title={t('completeOrder')}
        onDone={onDone}
        fields={[
          { name: 'outcome', label: t('outcome'), kind: 'select', options: enumChoices('OutcomeKind') },
          { name: 'youthSatisfaction', label: t('youthSatisfaction'), kind: 'select', options: ['1', '2', '3', '4', '5'].map((value) => [value, value] as const) },
          { name: 'note', label: t('note'), kind: 'textarea' },
        ]}
        action={async (values) => {
          const satisfaction = values.text('youthSatisfaction');
          await execute(CompleteOrderDocument, {
            input: { orderId, outcome: (values.text('outcome') ?? '') as OutcomeKind, youthSatisfaction: satisfaction ? Number(satisfaction) : undefined, note: values.text('note') },
          });
          return t('saved');
        }}
      />
      <ActionForm
        id="cancel"
        title={t('cancelOrder')}
        onDone={onDone}
        fields={[{ name: 'reason', label: t('reason'), kind: 'textarea' }]}
        action={async (values) => {
          await execute(CancelOrderDocument, { input: { orderId, reason: values.text('reason') ?? '' } });
          return t('saved');
        }}
      />
    </section>
  );
}
