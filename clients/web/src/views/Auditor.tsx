import { useState, type FormEvent } from 'react';
import { AuditorAuditLogByCprDocument, AuditorAuditLogDocument, type AuditOutcome } from '@mentor/operations';
import { ApiError, asApiError, execute } from '../api';
import { glossary, useI18n } from '../i18n';
import { Field, useFormErrors } from '../ui';

interface AuditRow {
  at: string;
  userId: string;
  role: string;
  unit: string;
  fields: string[];
  deniedFields: string[];
  purpose: string;
  requestId: string;
  outcome: AuditOutcome;
}

const csvCell = (value: string) => (/[",\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The rows as CSV for a data-subject access request: one line per read, every column. */
export function auditCsv(youthId: string, rows: AuditRow[]): string {
  const header = ['youthId', 'at', 'userId', 'role', 'unit', 'fields', 'deniedFields', 'purpose', 'requestId', 'outcome'];
  const lines = rows.map((row) => [youthId, row.at, row.userId, row.role, row.unit, row.fields.join(' '), row.deniedFields.join(' '), row.purpose, row.requestId, row.outcome].map(csvCell).join(','));
  return [header.join(','), ...lines].join('\n') + '\n';
}

/**
 * An auditor's search in a youth's access history (by the youth's id or, for a data-subject access
 * request, CPR number; by dates, purpose and outcome) and its export. A CPR number that is no youth's
 * shows an empty history, as the API answers it.
 */
export function AuditorView() {
  const { t, term, language } = useI18n();
  const [error, setError] = useState<ApiError | null>(null);
  const [result, setResult] = useState<{ youthId: string; rows: AuditRow[] } | null>(null);
  const [purpose, setPurpose] = useState('');
  const [outcome, setOutcome] = useState('');
  const errors = useFormErrors(error, ['youthId', 'cpr']);

  async function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    setError(null);
    try {
      const from = text('from');
      const to = text('to');
      const period = { from: from ? `${from}T00:00:00Z` : undefined, to: to ? `${to}T23:59:59.999Z` : undefined };
      const cpr = text('cpr');
      if (!cpr && !text('youthId')) {
        setError(new ApiError([{ message: 'youthId: is required', extensions: { code: 'BAD_USER_INPUT', field: 'youthId', rule: 'required' } }], ''));
        setResult(null);
        return;
      }
      // A CPR number, when given, is what the request came with; the id it answers under goes in the export.
      const auditLog = cpr
        ? (await execute(AuditorAuditLogByCprDocument, { cpr, ...period })).auditLogByCpr
        : (await execute(AuditorAuditLogDocument, { youthId: text('youthId'), ...period })).auditLog;
      const rows = [...(auditLog?.records ?? []), ...(auditLog?.partnerRecords ?? [])].sort((a, b) => a.at.localeCompare(b.at));
      setResult({ youthId: auditLog?.youthId ?? text('youthId'), rows });
    } catch (caught) {
      setError(asApiError(caught));
      setResult(null);
    }
  }

  const rows = (result?.rows ?? []).filter((row) => (!purpose || row.purpose.toLowerCase().includes(purpose.toLowerCase())) && (!outcome || row.outcome === outcome));
  const time = new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Europe/Copenhagen' });
  const download = (name: string, type: string, body: string) => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([body], { type }));
    link.download = name;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('auditLog')}</h2>
      <form className="form" onSubmit={search} aria-label={t('search')}>
        <p id="audit-search-hint">
          {t('auditSearchHint')}
        </p>
        <Field name="youthId" label={t('youthId')} error={errors.at('youthId')}>
          <input name="youthId" aria-describedby="audit-search-hint" autoComplete="off" />
        </Field>
        <Field name="cpr" label={t('cpr')} error={errors.at('cpr')}>
          <input name="cpr" inputMode="numeric" aria-describedby="audit-search-hint" autoComplete="off" />
        </Field>
        <Field name="from" label={t('from')}>
          <input name="from" type="date" />
        </Field>
        <Field name="to" label={t('to')}>
          <input name="to" type="date" />
        </Field>
        <button type="submit">{t('search')}</button>
      </form>
      {errors.top}
      {result ? (
        <>
          <div className="filters">
            <Field name="purpose" label={t('purpose')}>
              <input name="purpose" value={purpose} onChange={(event) => setPurpose(event.target.value)} />
            </Field>
            <Field name="outcome" label={t('outcome')}>
              <select name="outcome" value={outcome} onChange={(event) => setOutcome(event.target.value)}>
                <option value="">{t('all')}</option>
                {Object.keys(glossary.AuditOutcome).map((code) => (
                  <option key={code} value={code}>
                    {term('AuditOutcome', code)}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <p role="status" data-testid="audit-count">
            {rows.length} {t('records')}
          </p>
          <div className="buttons">
            <button type="button" onClick={() => download(`adgangshistorik-${result.youthId}.csv`, 'text/csv;charset=utf-8', auditCsv(result.youthId, rows))}>
              {t('exportCsv')}
            </button>
            <button type="button" onClick={() => download(`adgangshistorik-${result.youthId}.json`, 'application/json', JSON.stringify({ youthId: result.youthId, records: rows }, null, 2))}>
              {t('exportJson')}
            </button>
          </div>
          <table className="list" data-testid="audit">
            <thead>
              <tr>
                <th>{t('at')}</th>
                <th>{t('user')}</th>
                <th>{t('role')}</th>
                <th>{t('unit')}</th>
                <th>{t('purpose')}</th>
                <th>{t('fields')}</th>
                <th>{t('outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.requestId}-${row.at}-${row.fields.join()}`} data-outcome={row.outcome}>
                  <td>{time.format(new Date(row.at))}</td>
                  <td>{row.userId}</td>
                  <td>{term('Role', row.role)}</td>
                  <td>{row.unit}</td>
                  <td>{row.purpose}</td>
                  <td>
                    {row.fields.join(', ')}
                    {row.deniedFields.length ? ` (${t('deniedFields')}: ${row.deniedFields.join(', ')})` : ''}
                  </td>
                  <td>{term('AuditOutcome', row.outcome)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
