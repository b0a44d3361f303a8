import { useState } from 'react';
import { ProviderDueListDocument, ProviderOrdersDocument } from '@mentor/operations';
import { useQuery } from '../api';
import { useI18n } from '../i18n';
import { Pager, Query } from '../ui';

export function ProviderView() {
  const { t, term, date } = useI18n();
  const due = useQuery(ProviderDueListDocument);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const orders = useQuery(ProviderOrdersDocument, { first: 10, after: cursors.at(-1) });
  return (
    <div className="columns">
      <section>
        <h2>{t('orders')}</h2>
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
                        <td>{node.reference}</td>
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
      <section>
        <h2>{t('dueList')}</h2>
        <Query state={due}>
          {({ dueList }) => (
            <>
              <h3>{t('awaitingAcceptance')}</h3>
              <ul>
                {dueList.awaitingAcceptance.map((order) => (
                  <li key={order.id}>
                    {order.reference} · {date(order.startDate)}
                  </li>
                ))}
              </ul>
              <h3>{t('awaitingMentor')}</h3>
              <ul>
                {dueList.awaitingMentor.map((order) => (
                  <li key={order.id}>
                    {order.reference} · {date(order.startDate)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Query>
      </section>
    </div>
  );
}
