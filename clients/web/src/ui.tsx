import type { ReactNode } from 'react';
import type { ApiError, QueryState } from './api';
import { useT } from './i18n';

export function Loading() {
  const t = useT();
  return <p className="loading" role="status">{t('loading')}</p>;
}

export function ErrorBox({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const t = useT();
  return (
    <div className="error" role="alert">
      <strong>{t('error')}</strong> {error.code ? `[${error.code}] ` : ''}
      {error.message}
      {onRetry ? <button onClick={onRetry}>{t('retry')}</button> : null}
    </div>
  );
}

/** Loading and errors for a query, then its data. */
export function Query<Data>({ state, children }: { state: QueryState<Data>; children: (data: Data) => ReactNode }) {
  if (state.error) return <ErrorBox error={state.error} onRetry={state.reload} />;
  if (!state.data) return <Loading />;
  return <>{children(state.data)}</>;
}

export interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: unknown[];
}

/** Cursor pagination: the cursors of the pages seen so far, so Back works too. */
export function Pager({ page, cursors, onChange }: { page: Page; cursors: (string | null)[]; onChange(cursors: (string | null)[]): void }) {
  const t = useT();
  return (
    <nav className="pager" aria-label="pagination">
      <button disabled={cursors.length <= 1} onClick={() => onChange(cursors.slice(0, -1))}>
        {t('back')}
      </button>
      <span>
        {page.edges.length} {t('of')} {page.totalCount}
      </span>
      <button disabled={!page.pageInfo.hasNextPage} onClick={() => onChange([...cursors, page.pageInfo.endCursor ?? null])}>
        {t('next')}
      </button>
    </nav>
  );
}

export function Field({ label, error, children, name }: { label: string; error?: string; children: ReactNode; name: string }) {
  return (
    <label className={error ? 'field invalid' : 'field'} data-field={name}>
      <span>{label}</span>
      {children}
      {error ? (
        <span className="field-error" role="alert" data-error-for={name}>
          {error}
        </span>
      ) : null}
    </label>
  );
}

/** Planned against delivered hours per week, as bars. */
export function DeliveryChart({ weeks }: { weeks: { weekStart: string; plannedHours: number; deliveredHours: number }[] }) {
  const t = useT();
  if (weeks.length === 0) return <p>—</p>;
  const max = Math.max(1, ...weeks.flatMap((week) => [week.plannedHours, week.deliveredHours]));
  const width = 28;
  const height = 120;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${weeks.length * width + 10} ${height + 20}`} role="img" aria-label={t('deliveredVsPlanned')}>
        {weeks.map((week, index) => {
          const planned = (week.plannedHours / max) * height;
          const delivered = (week.deliveredHours / max) * height;
          return (
            <g key={week.weekStart} transform={`translate(${index * width + 5},0)`}>
              <rect className="planned" x={0} y={height - planned} width={11} height={planned}>
                <title>{`${week.weekStart}: ${t('plannedHours')} ${week.plannedHours}`}</title>
              </rect>
              <rect className="delivered" x={12} y={height - delivered} width={11} height={delivered}>
                <title>{`${week.weekStart}: ${t('deliveredHours')} ${week.deliveredHours}`}</title>
              </rect>
              <text x={11} y={height + 14} textAnchor="middle">
                {index + 1}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span className="swatch planned" /> {t('plannedHours')} <span className="swatch delivered" /> {t('deliveredHours')}
      </figcaption>
    </figure>
  );
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
