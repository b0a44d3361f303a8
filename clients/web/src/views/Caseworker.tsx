import { useState, type FormEvent } from 'react';
import {
  CaseworkerDueListDocument,
  CaseworkerYouthDocument,
  CaseworkerYouthsDocument,
  OrderFormOptionsDocument,
  OrderPictureDocument,
  PlaceOrderDocument,
  type GoalKind,
} from '@mentor/operations';
import { ApiError, execute, useQuery } from '../api';
import { formatHours, LanguageContext, useT } from '../i18n';
import { link, useRoute } from '../route';
import { DeliveryChart, ErrorBox, Field, Pager, Query, today } from '../ui';
import { useContext } from 'react';

const PAGE = 10;

export function CaseworkerView() {
  const [view, id] = useRoute();
  if (view === 'order' && id) return <OrderPicture id={id} />;
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
  const t = useT();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [search, setSearch] = useState('');
  const state = useQuery(CaseworkerYouthsDocument, { first: PAGE, after: cursors.at(-1), search: search || undefined });
  return (
    <section aria-labelledby="youths-heading">
      <h2 id="youths-heading">{t('youths')}</h2>
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
                            {order.reference} · {order.status}
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

function DueList() {
  const t = useT();
  const state = useQuery(CaseworkerDueListDocument);
  return (
    <section aria-labelledby="due-heading">
      <h2 id="due-heading">{t('followUpsDue')}</h2>
      <Query state={state}>
        {({ dueList }) => (
          <>
            {dueList.followUpsDue.length === 0 ? <p>{t('nothingDue')}</p> : null}
            <ul className="due">
              {dueList.followUpsDue.slice(0, 15).map((order) => (
                <li key={order.id}>
                  <a href={link('order', order.id)}>{order.reference}</a> {order.youth?.firstName} {order.youth?.lastName} · {order.followUpDue}
                </li>
              ))}
            </ul>
            <h3>{t('underDelivering')}</h3>
            <ul className="due">
              {dueList.underDelivering.slice(0, 10).map((order) => (
                <li key={order.id}>
                  <a href={link('order', order.id)}>{order.reference}</a> {order.youth?.firstName} · {order.deliveredHours}/{order.totalHours}
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
  const t = useT();
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
              <dd>{youth.targetGroup}</dd>
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
                  <a href={link('order', node.id)}>{node.reference}</a> · {node.status} · {node.startDate} – {node.endDate}
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

function OrderPicture({ id }: { id: string }) {
  const t = useT();
  const language = useContext(LanguageContext);
  const state = useQuery(OrderPictureDocument, { id });
  return (
    <Query state={state}>
      {({ order }) =>
        order ? (
          <article data-testid="order-picture">
            <a href="#/">← {t('youths')}</a>
            <h2>
              {t('order')} {order.reference} <span className={`status ${order.status}`}>{order.status}</span>
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
                  {t('deliveredHours')}: <strong data-testid="delivered-hours">{formatHours(order.deliveredHours, language)}</strong> / {formatHours(order.totalHours, language)}
                </p>
                <p>
                  {t('period')}: {order.startDate} – {order.endDate}
                </p>
                <p>
                  {t('followUpDue')}: {order.followUpDue ?? '—'}
                </p>
                <p>
                  {t('effectAssessmentDue')}: {order.effectAssessmentDue ?? '—'}
                </p>
              </div>
            </div>
            <h3>{t('deliveredVsPlanned')}</h3>
            <DeliveryChart weeks={order.weeklyReconciliation} />
            <h3>{t('goal')}</h3>
            <p>{order.goal}</p>
            <h3>{t('schedule')}</h3>
            <ul className="entries">
              {(order.schedules ?? []).flatMap((schedule) => schedule.entries).map((entry) => (
                <li key={entry.id}>
                  {entry.date} {entry.startTime}–{entry.endTime} · {entry.place} · {entry.activity}
                </li>
              ))}
            </ul>
            <h3>{t('followUps')}</h3>
            <ul>
              {(order.followUps ?? []).map((followUp) => (
                <li key={followUp.id}>
                  {followUp.date} · {followUp.progression} · {followUp.nextStep}
                </li>
              ))}
            </ul>
            <h3>{t('sessions')}</h3>
            <ul>
              {order.sessions?.edges.map(({ node }) => (
                <li key={node.id}>
                  {node.date} · {node.minutes} min · {node.form} · {node.journalNote}
                </li>
              ))}
            </ul>
          </article>
        ) : null
      }
    </Query>
  );
}

function PlaceOrderForm({ youthId }: { youthId: string }) {
  const t = useT();
  const options = useQuery(OrderFormOptionsDocument);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [placed, setPlaced] = useState<string | null>(null);
  const [providerId, setProviderId] = useState('');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    setErrors({});
    setFailure(null);
    try {
      const { placeOrder } = await execute(PlaceOrderDocument, {
        input: {
          youthId,
          providerId: text('providerId'),
          institutionId: text('institutionId'),
          goalKind: text('goalKind') as GoalKind,
          goal: text('goal'),
          tasks: text('tasks').split('\n').map((task) => task.trim()).filter(Boolean),
          requestedActivities: form.getAll('requestedActivities').map(String),
          weeklyHours: Number(text('weeklyHours')),
          weeks: Number(text('weeks')),
          startDate: text('startDate'),
          deliveryMunicipalityCode: text('deliveryMunicipalityCode'),
          idempotencyKey: crypto.randomUUID(),
        },
      });
      setPlaced(placeOrder.id);
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fieldErrors).length) setErrors(error.fieldErrors);
      else setFailure(error instanceof ApiError ? error : new ApiError([{ message: String(error) }], ''));
    }
  }

  if (placed) {
    return (
      <p role="status">
        {t('saved')}: <a href={link('order', placed)}>{t('order')}</a>
      </p>
    );
  }
  return (
    <Query state={options}>
      {({ providers, institutions }) => {
        const provider = providers.edges.find(({ node }) => node.id === providerId)?.node ?? providers.edges[0]?.node;
        return (
          <form className="form" onSubmit={submit} aria-label={t('placeOrder')}>
            <h2>{t('placeOrder')}</h2>
            {failure ? <ErrorBox error={failure} /> : null}
            <Field name="providerId" label={t('provider')} error={errors.providerId}>
              <select name="providerId" value={provider?.id} onChange={(event) => setProviderId(event.target.value)}>
                {providers.edges.map(({ node }) => (
                  <option key={node.id} value={node.id}>
                    {node.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field name="institutionId" label={t('institution')} error={errors.institutionId}>
              <select name="institutionId">
                {institutions.edges.map(({ node }) => (
                  <option key={node.id} value={node.id}>
                    {node.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field name="goalKind" label={t('goalKind')} error={errors.goalKind}>
              <select name="goalKind" defaultValue="EDUCATION">
                <option value="EDUCATION">Uddannelsesrettet / Education</option>
                <option value="EMPLOYMENT">Beskæftigelsesrettet / Employment</option>
              </select>
            </Field>
            <Field name="goal" label={t('goal')} error={errors.goal}>
              <textarea name="goal" defaultValue="Gennemføre grundforløbet og komme i praktik" />
            </Field>
            <Field name="tasks" label={t('tasks')} error={errors.tasks}>
              <textarea name="tasks" defaultValue={'Støtte til fremmøde\nStruktur i hverdagen'} />
            </Field>
            <fieldset className={errors.requestedActivities ? 'field invalid' : 'field'}>
              <legend>{t('requestedActivities')}</legend>
              {provider?.activities.map((activity, index) => (
                <label key={activity} className="check">
                  <input type="checkbox" name="requestedActivities" value={activity} defaultChecked={index === 0} /> {activity}
                </label>
              ))}
              {errors.requestedActivities ? (
                <span className="field-error" role="alert" data-error-for="requestedActivities">
                  {errors.requestedActivities}
                </span>
              ) : null}
            </fieldset>
            <Field name="weeklyHours" label={t('weeklyHours')} error={errors.weeklyHours}>
              <input name="weeklyHours" type="number" step="0.5" defaultValue="1" />
            </Field>
            <Field name="weeks" label={t('weeks')} error={errors.weeks}>
              <input name="weeks" type="number" defaultValue="13" />
            </Field>
            <Field name="startDate" label={t('startDate')} error={errors.startDate}>
              <input name="startDate" type="date" defaultValue={today()} />
            </Field>
            <Field name="deliveryMunicipalityCode" label={t('deliveryMunicipalityCode')} error={errors.deliveryMunicipalityCode}>
              <input name="deliveryMunicipalityCode" defaultValue="101" />
            </Field>
            <button type="submit">{t('submit')}</button>
          </form>
        );
      }}
    </Query>
  );
}
