import { useState, type FormEvent } from 'react';
import { LogSessionDocument, MyYouthsDocument, type SessionForm, type SessionPhase, type SessionPlace } from '@mentor/operations';
import { ApiError, execute, useQuery } from '../api';
import { useT } from '../i18n';
import { ErrorBox, Field, Pager, Query, today } from '../ui';

function weekBounds(): [string, string] {
  const now = new Date();
  const monday = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7)));
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  return [monday.toISOString().slice(0, 10), sunday.toISOString().slice(0, 10)];
}

export function MentorView() {
  const t = useT();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const state = useQuery(MyYouthsDocument, { first: 10, after: cursors.at(-1) });
  const [from, to] = weekBounds();
  return (
    <Query state={state}>
      {({ orders }) =>
        orders ? (
          <div className="columns">
            <section>
              <h2>{t('myYouths')}</h2>
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
                  <p>
                    {t('deliveredHours')}: <strong data-testid="mentor-delivered">{node.deliveredHours}</strong> / {node.totalHours}
                  </p>
                  <LogSession orderId={node.id} activities={node.requestedActivities ?? []} onLogged={state.reload} />
                </div>
              ))}
              <Pager page={orders} cursors={cursors} onChange={setCursors} />
            </section>
            <section>
              <h2>{t('thisWeek')}</h2>
              <ul className="entries" data-testid="week">
                {orders.edges.flatMap(({ node }) =>
                  (node.schedules ?? [])
                    .flatMap((schedule) => schedule.entries)
                    .filter((entry) => entry.date >= from && entry.date <= to)
                    .map((entry) => (
                      <li key={entry.id}>
                        {entry.date} {entry.startTime}–{entry.endTime} · {node.youth?.firstName} · {entry.place} · {entry.activity}
                      </li>
                    )),
                )}
              </ul>
            </section>
          </div>
        ) : null
      }
    </Query>
  );
}

function LogSession({ orderId, activities, onLogged }: { orderId: string; activities: string[]; onLogged(): void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  if (!open) return <button onClick={() => setOpen(true)}>{t('logSession')}</button>;
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    setError(null);
    try {
      await execute(LogSessionDocument, {
        input: {
          orderId,
          date: text('date'),
          minutes: Number(text('minutes')),
          form: text('form') as SessionForm,
          place: text('form') === 'IN_PERSON' ? (text('place') as SessionPlace) : undefined,
          specialReason: text('form') === 'IN_PERSON' ? undefined : 'HOSPITALISED',
          activities: activities.slice(0, 1),
          journalNote: text('journalNote'),
          phase: text('phase') as SessionPhase,
          idempotencyKey: crypto.randomUUID(),
        },
      });
      setOpen(false);
      onLogged();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError([{ message: String(caught) }], ''));
    }
  }
  const fieldErrors = error?.fieldErrors ?? {};
  return (
    <form className="form" onSubmit={submit} aria-label={t('logSession')}>
      <Field name="date" label={t('date')} error={fieldErrors.date}>
        <input name="date" type="date" defaultValue={today()} />
      </Field>
      <Field name="minutes" label={t('minutes')} error={fieldErrors.minutes}>
        <input name="minutes" type="number" defaultValue="60" />
      </Field>
      <Field name="form" label={t('form')} error={fieldErrors.form}>
        <select name="form" defaultValue="IN_PERSON">
          <option value="IN_PERSON">Fremmøde / In person</option>
          <option value="PHONE">Telefon / Phone</option>
          <option value="DIGITAL">Digitalt / Digital</option>
        </select>
      </Field>
      <Field name="place" label={t('place')} error={fieldErrors.place}>
        <select name="place" defaultValue="INSTITUTION">
          <option value="INSTITUTION">Uddannelsessted / Institution</option>
          <option value="CITY">Byen / City</option>
          <option value="WORKPLACE">Arbejdsplads / Workplace</option>
          <option value="HOME">Hjemme / Home</option>
        </select>
      </Field>
      <Field name="phase" label={t('phase')} error={fieldErrors.phase}>
        <select name="phase" defaultValue="COURSE">
          <option value="OUTREACH">Opsøgende / Outreach</option>
          <option value="COURSE">Forløb / Course</option>
          <option value="HANDOVER">Overdragelse / Handover</option>
        </select>
      </Field>
      <Field name="journalNote" label={t('journalNote')} error={fieldErrors.journalNote}>
        <textarea name="journalNote" defaultValue="Gennemgik ugens skema og lektier." />
      </Field>
      {error && !Object.keys(fieldErrors).length ? <ErrorBox error={error} /> : null}
      <button type="submit">{t('submit')}</button>
    </form>
  );
}
