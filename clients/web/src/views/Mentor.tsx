import { useState, type FormEvent } from 'react';
import { LogSessionDocument, MyYouthsDocument, type SessionForm, type SessionPhase, type SessionPlace } from '@mentor/operations';
import { ApiError, asApiError, execute, useQuery } from '../api';
import { useI18n } from '../i18n';
import { Field, Query, today, useFormErrors } from '../ui';

function weekBounds(): [string, string] {
  // Denmark's today, as every default date in the view, wherever the browser's clock is set.
  const day = new Date(`${today()}T00:00:00Z`);
  const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  return [monday.toISOString().slice(0, 10), sunday.toISOString().slice(0, 10)];
}

/** A mentor's caseload is small (their capacity); one page holds all of it, so the week is complete. */
const ALL = 200;

export function MentorView() {
  const { t, date } = useI18n();
  const state = useQuery(MyYouthsDocument, { first: ALL });
  const [from, to] = weekBounds();
  return (
    <Query state={state}>
      {({ orders }) => {
        if (!orders) return null;
        // This week's appointments across every youth, by day and time.
        const week = orders.edges
          .flatMap(({ node }) => (node.schedules ?? []).flatMap((schedule) => schedule.entries).map((entry) => ({ entry, youth: node.youth })))
          .filter(({ entry }) => entry.date >= from && entry.date <= to)
          .sort((a, b) => `${a.entry.date} ${a.entry.startTime}`.localeCompare(`${b.entry.date} ${b.entry.startTime}`));
        return (
          <div className="mentor">
            <section aria-labelledby="week-heading">
              <h2 id="week-heading">{t('thisWeek')}</h2>
              {week.length === 0 ? <p>{t('noEntries')}</p> : null}
              <table className="list" data-testid="week">
                <thead>
                  <tr>
                    <th>{t('day')}</th>
                    <th>{t('time')}</th>
                    <th>{t('youth')}</th>
                    <th>{t('place')}</th>
                    <th>{t('activity')}</th>
                  </tr>
                </thead>
                <tbody>
                  {week.map(({ entry, youth }) => (
                    <tr key={entry.id} data-date={entry.date}>
                      <td>{date(entry.date)}</td>
                      <td>
                        {entry.startTime}–{entry.endTime}
                      </td>
                      <td>
                        {youth?.firstName} {youth?.lastName}
                      </td>
                      <td>{entry.place}</td>
                      <td>{entry.activity}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <section aria-labelledby="my-youths-heading">
              <h2 id="my-youths-heading">{t('myYouths')}</h2>
              {orders.edges.map(({ node }) => (
                <div className="card" key={node.id} data-order={node.id}>
                  <h3>
                    {node.youth?.firstName} {node.youth?.lastName}
                  </h3>
                  <p>
                    {node.reference} · {node.institution.name}
                  </p>
                  <p>{[node.youth?.phone, node.youth?.email].filter(Boolean).join(' · ')}</p>
                  {node.youth?.specialNeeds ? (
                    <p>
                      {t('specialNeeds')}: {node.youth.specialNeeds}
                    </p>
                  ) : null}
                  <DeliveredHours delivered={node.deliveredHours} total={node.totalHours} />
                  <LogSession orderId={node.id} activities={node.requestedActivities ?? []} onLogged={state.reload} />
                </div>
              ))}
            </section>
          </div>
        );
      }}
    </Query>
  );
}

function DeliveredHours({ delivered, total }: { delivered: number; total: number }) {
  const { t, number } = useI18n();
  return (
    <p>
      {t('deliveredHours')}: <strong data-testid="mentor-delivered">{number(delivered)}</strong> / {number(total)}
    </p>
  );
}

const SESSION_FIELDS = ['date', 'minutes', 'form', 'place', 'specialReason', 'phase', 'journalNote', 'activities'];

function LogSession({ orderId, activities, onLogged }: { orderId: string; activities: string[]; onLogged(): void }) {
  const { t, term } = useI18n();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [form, setForm] = useState<SessionForm>('IN_PERSON');
  const [reason, setReason] = useState('');
  const errors = useFormErrors(error, SESSION_FIELDS);
  if (!open) return <button onClick={() => setOpen(true)}>{t('logSession')}</button>;
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '');
    setError(null);
    const specialReason = form === 'IN_PERSON' ? undefined : reason === 'OTHER' ? text('specialReasonText') || undefined : reason || undefined;
    try {
      await execute(LogSessionDocument, {
        input: {
          orderId,
          date: text('date'),
          minutes: Number(text('minutes')),
          form,
          place: form === 'IN_PERSON' ? ((text('place') || undefined) as SessionPlace | undefined) : undefined,
          specialReason,
          activities: data.getAll('activities').map(String),
          journalNote: text('journalNote'),
          phase: text('phase') as SessionPhase,
          idempotencyKey: crypto.randomUUID(),
        },
      });
      setOpen(false);
      onLogged();
    } catch (caught) {
      setError(asApiError(caught));
    }
  }
  return (
    <form className="form" onSubmit={submit} aria-label={t('logSession')} noValidate>
      {errors.top}
      <Field name="date" label={t('date')} error={errors.at('date')}>
        <input name="date" type="date" defaultValue={today()} />
      </Field>
      <Field name="minutes" label={t('minutes')} error={errors.at('minutes')}>
        <input name="minutes" type="number" inputMode="numeric" defaultValue="60" />
      </Field>
      <Field name="form" label={t('form')} error={errors.at('form')}>
        <select name="form" value={form} onChange={(event) => setForm(event.target.value as SessionForm)}>
          {(['IN_PERSON', 'PHONE', 'DIGITAL'] as const).map((code) => (
            <option key={code} value={code}>
              {term('SessionForm', code)}
            </option>
          ))}
        </select>
      </Field>
      {form === 'IN_PERSON' ? (
        <Field name="place" label={t('place')} error={errors.at('place')}>
          <select name="place" defaultValue="">
            <option value="">{t('choose')}</option>
            {(['INSTITUTION', 'CITY', 'WORKPLACE', 'HOME'] as const).map((code) => (
              <option key={code} value={code}>
                {term('SessionPlace', code)}
              </option>
            ))}
          </select>
        </Field>
      ) : (
        <>
          <Field name="specialReason" label={t('specialReason')} error={errors.at('specialReason')}>
            <select name="specialReason" value={reason} onChange={(event) => setReason(event.target.value)}>
              <option value="">{t('choose')}</option>
              {(['HOSPITALISED', 'IMPRISONED', 'OTHER'] as const).map((code) => (
                <option key={code} value={code}>
                  {term('SpecialReason', code)}
                </option>
              ))}
            </select>
          </Field>
          {reason === 'OTHER' ? (
            <Field name="specialReasonText" label={t('specialReasonText')}>
              <input name="specialReasonText" />
            </Field>
          ) : null}
        </>
      )}
      {activities.length ? (
        <fieldset className="field">
          <legend>{t('activities')}</legend>
          {activities.map((activity) => (
            <label key={activity} className="check">
              <input type="checkbox" name="activities" value={activity} /> {activity}
            </label>
          ))}
        </fieldset>
      ) : null}
      <Field name="phase" label={t('phase')} error={errors.at('phase')}>
        <select name="phase" defaultValue="COURSE">
          {(['OUTREACH', 'COURSE', 'HANDOVER'] as const).map((code) => (
            <option key={code} value={code}>
              {term('SessionPhase', code)}
            </option>
          ))}
        </select>
      </Field>
      <Field name="journalNote" label={t('journalNote')} error={errors.at('journalNote')}>
        <textarea name="journalNote" />
      </Field>
      <button type="submit">{t('submit')}</button>
    </form>
  );
}
