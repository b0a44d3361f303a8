import { useState } from 'react';
import { GuidedYouthDocument, GuidedYouthsDocument } from '@mentor/operations';
import { useQuery } from '../api';
import { useI18n } from '../i18n';
import { link, useRoute } from '../route';
import { Pager, Query } from '../ui';

export function YouthGuideView() {
  const [view, id] = useRoute();
  if (view === 'youth' && id) return <GuidedYouth id={id} />;
  return <Guided />;
}

function Progress({ delivered, total }: { delivered: number; total: number }) {
  return <progress max={total || 1} value={Math.min(delivered, total)} aria-label={`${delivered} / ${total}`} />;
}

function Guided() {
  const { t, term, date, number, period } = useI18n();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const state = useQuery(GuidedYouthsDocument, { first: 10, after: cursors.at(-1) });
  return (
    <section>
      <h2>{t('guidedYouths')}</h2>
      <Query state={state}>
        {({ youths }) =>
          youths ? (
            <>
              <table className="list" data-testid="guided">
                <thead>
                  <tr>
                    <th>{t('name')}</th>
                    <th>{t('status')}</th>
                    <th>{t('progress')}</th>
                  </tr>
                </thead>
                <tbody>
                  {youths.edges.map(({ node }) => {
                    const order = node.orders?.edges[0]?.node;
                    return (
                      <tr key={node.id}>
                        <td>
                          <a href={link('youth', node.id)}>
                            {node.firstName} {node.lastName}
                          </a>
                        </td>
                        <td>{term('OrderStatus', order?.status)}</td>
                        <td>{order ? <Progress delivered={order.deliveredHours} total={order.totalHours} /> : null}</td>
                      </tr>
                    );
                  })}
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

function GuidedYouth({ id }: { id: string }) {
  const { t, term, date, number, period } = useI18n();
  const state = useQuery(GuidedYouthDocument, { id });
  return (
    <Query state={state}>
      {({ youth }) =>
        youth ? (
          <article>
            <a href="#/">← {t('guidedYouths')}</a>
            <h2>
              {youth.firstName} {youth.lastName}
            </h2>
            <p>{[youth.phone, youth.email].filter(Boolean).join(' · ')}</p>
            <h3>{t('orders')}</h3>
            {youth.orders?.edges.map(({ node }) => (
              <div className="card" key={node.id}>
                <p>
                  <strong>{node.reference}</strong> · {term('OrderStatus', node.status)} · {period(node.startDate, node.endDate)}
                </p>
                <p>
                  {t('goal')}: {node.goal}
                </p>
                <p>
                  {t('deliveredHours')}: {number(node.deliveredHours)} / {number(node.totalHours)} <Progress delivered={node.deliveredHours} total={node.totalHours} />
                </p>
                <p>
                  {t('mentor')}: {node.mentor?.name ?? '—'}
                </p>
                <ul>
                  {(node.followUps ?? []).map((followUp) => (
                    <li key={followUp.id}>
                      {date(followUp.date)} · {term('Progression', followUp.progression)} · {followUp.nextStep}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
            <h3>{t('transitions')}</h3>
            <ul>
              {(youth.enrollments ?? []).map((enrollment) => (
                <li key={enrollment.id}>
                  {period(enrollment.startDate, enrollment.endedOn ?? enrollment.expectedEndDate)} · {enrollment.institution.name} · {enrollment.programme} · {term('EnrollmentStatus', enrollment.status)}
                </li>
              ))}
            </ul>
          </article>
        ) : null
      }
    </Query>
  );
}
