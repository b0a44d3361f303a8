import { useState } from 'react';
import { SocialWorkerYouthsDocument } from '@mentor/operations';
import { useQuery } from '../api';
import { useI18n } from '../i18n';
import { Pager, Query } from '../ui';

/** The youths who consented to share with social services, with exactly the fields §4 gives a social worker. */
export function SocialWorkerView() {
  const { t, term } = useI18n();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const state = useQuery(SocialWorkerYouthsDocument, { first: 10, after: cursors.at(-1) });
  return (
    <section aria-labelledby="consented-heading">
      <h2 id="consented-heading">{t('consentedYouths')}</h2>
      <Query state={state}>
        {({ youths }) =>
          youths ? (
            <>
              <table className="list" data-testid="consented">
                <thead>
                  <tr>
                    <th>{t('name')}</th>
                    <th>{t('ageGroup')}</th>
                    <th>{t('specialNeeds')}</th>
                    <th>{t('healthNotes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {youths.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <td>
                        {node.firstName} {node.lastName}
                      </td>
                      <td>{term('AgeGroup', node.ageGroup)}</td>
                      <td>{node.specialNeeds ?? '—'}</td>
                      <td>{node.healthNotes ?? '—'}</td>
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
