import type { ReactNode } from 'react';
import type { ApiError, QueryState, Violation } from './api';
import { glossary, useI18n, useT } from './i18n';

export function Loading() {
  const t = useT();
  return <p className="loading" role="status">{t('loading')}</p>;
}

/** A broken rule in the current language: the glossary's text for its rule, else the server's message. */
export function useRuleText(): (violation: Violation) => string {
  const { language } = useI18n();
  return (violation) => {
    const pair = (glossary.Rule as Record<string, readonly [string, string]>)[violation.rule];
    return pair ? pair[language === 'da' ? 0 : 1] : violation.message;
  };
}

/** An API field (`entries[2].activity`) by the name a person knows it under (`Skemaets aftaler`); an unknown one as itself. */
function useFieldLabel(): (field: string) => string {
  const { term } = useI18n();
  return (field) => {
    const base = field.replace(/\[\d+\]/g, '').split('.')[0]!;
    return base in glossary.Field ? term('Field', base) : field;
  };
}

export function ErrorBox({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t, term } = useI18n();
  const ruleText = useRuleText();
  const fieldLabel = useFieldLabel();
  const violations = error.violations;
  const code = error.code;
  return (
    <div className="error" role="alert" data-code={code}>
      <strong>{t('error')}</strong>{' '}
      {violations.length
        ? violations.map((violation) => `${fieldLabel(violation.field)}: ${ruleText(violation)}`).join(' · ')
        : code && code in glossary.ErrorCode
          ? term('ErrorCode', code)
          : error.message}
      {error.requestId ? <small className="request-id"> ({t('requestId')}: {error.requestId})</small> : null}
      {onRetry ? <button onClick={onRetry}>{t('retry')}</button> : null}
    </div>
  );
}

/**
 * A form's errors: `at(field)` for the broken rules of a field the form shows, and `top` for every
 * other error (a rule on a field the form lacks, or a refusal), so nothing is ever dropped.
 */
export function useFormErrors(error: ApiError | null, fields: readonly string[]): { at(field: string): string | undefined; top: ReactNode } {
  const t = useT();
  const ruleText = useRuleText();
  const fieldLabel = useFieldLabel();
  if (!error) return { at: () => undefined, top: null };
  const violations = error.violations;
  const at = (field: string) => {
    const own = violations.filter((violation) => violation.field === field);
    return own.length ? own.map(ruleText).join(' ') : undefined;
  };
  const elsewhere = violations.filter((violation) => !fields.includes(violation.field));
  const top = !violations.length ? (
    <ErrorBox error={error} />
  ) : (
    <div className="error" role="alert" data-testid="form-errors">
      <strong>{t('formErrors')}</strong>
      {elsewhere.length ? (
        <ul>
          {elsewhere.map((violation) => (
            <li key={`${violation.field}:${violation.rule}`} data-error-for={violation.field}>
              {fieldLabel(violation.field)}: {ruleText(violation)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
  return { at, top };
}

/** What a page shows for something the API answers as null: missing, or not the caller's to see. */
export function NotFound() {
  const { term } = useI18n();
  return (
    <p className="error" role="alert" data-code="NOT_FOUND">
      {term('ErrorCode', 'NOT_FOUND')}
    </p>
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
    <nav className="pager" aria-label={t('pagination')}>
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
  const { t, date, number } = useI18n();
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
                <title>{`${date(week.weekStart)}: ${t('plannedHours')} ${number(week.plannedHours)}`}</title>
              </rect>
              <rect className="delivered" x={12} y={height - delivered} width={11} height={delivered}>
                <title>{`${date(week.weekStart)}: ${t('deliveredHours')} ${number(week.deliveredHours)}`}</title>
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

const copenhagenDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in Denmark (YYYY-MM-DD), the day the services call today, wherever the browser's clock is set; the UTC date lags it around midnight. */
export function today(): string {
  return copenhagenDate.format(new Date());
}
