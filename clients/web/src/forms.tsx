import { useState, type FormEvent, type ReactNode } from 'react';
import { asApiError, type ApiError } from './api';
import { useI18n } from './i18n';
import { Field, today, useFormErrors } from './ui';

/** One input of an action form; `name` is the API input field whose broken rules it shows. */
export interface FieldSpec {
  name: string;
  label: string;
  kind?: 'text' | 'textarea' | 'date' | 'number' | 'select' | 'checkbox' | 'checks';
  /** For select and checks: value and label. A select without a default starts at "Choose …". */
  options?: readonly (readonly [value: string, label: string])[];
  defaultValue?: string;
  /** Shown only when this returns true for the form's current values (e.g. the place only in person). */
  when?: (values: Record<string, string>) => boolean;
}

/** The values of a submitted form; empty text is undefined, numbers take a decimal comma. */
export interface FormValues {
  text(name: string): string | undefined;
  number(name: string): number;
  all(name: string): string[];
  checked(name: string): boolean;
}

function valuesOf(form: HTMLFormElement): FormValues {
  const data = new FormData(form);
  const text = (name: string) => {
    const value = String(data.get(name) ?? '').trim();
    return value === '' ? undefined : value;
  };
  return {
    text,
    number: (name) => {
      const value = text(name);
      return value === undefined ? Number.NaN : Number(value.replace(',', '.'));
    },
    all: (name) => data.getAll(name).map(String),
    checked: (name) => data.get(name) !== null,
  };
}

/**
 * An action as a form behind a button: each broken rule at its field, every other error at the
 * top, and after saving a status line with what `saved` returns (an order's reference, say).
 */
export function ActionForm({
  id,
  title,
  fields,
  action,
  onDone,
  open: startOpen = false,
  children,
}: {
  id: string;
  title: string;
  fields: FieldSpec[];
  action(values: FormValues): Promise<ReactNode>;
  onDone?(): void;
  open?: boolean;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(startOpen);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<ReactNode>(null);
  const [current, setCurrent] = useState<Record<string, string>>(() => Object.fromEntries(fields.map((field) => [field.name, field.defaultValue ?? ''])));
  const errors = useFormErrors(
    error,
    fields.filter((field) => !field.when || field.when(current)).map((field) => field.name),
  );
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      const result = await action(valuesOf(event.currentTarget));
      setSaved(result ?? t('saved'));
      setOpen(false);
      onDone?.();
    } catch (caught) {
      setError(asApiError(caught));
    }
  }
  return (
    <div className="action" data-action={id}>
      {saved ? (
        <p role="status" className="saved" data-testid={`saved-${id}`}>
          {saved}
        </p>
      ) : null}
      {!open ? (
        <button type="button" onClick={() => (setOpen(true), setSaved(null))}>
          {title}
        </button>
      ) : (
        <form
          className="form"
          onSubmit={submit}
          aria-label={title}
          noValidate
          onChange={(event) => {
            const target = event.target as unknown as HTMLInputElement;
            if (target.name) setCurrent((values) => ({ ...values, [target.name]: target.type === 'checkbox' ? (target.checked ? 'on' : '') : target.value }));
          }}
        >
          <h3>{title}</h3>
          {errors.top}
          {children}
          {fields
            .filter((field) => !field.when || field.when(current))
            .map((field) => (
              <Input key={field.name} field={field} error={errors.at(field.name)} />
            ))}
          <div className="buttons">
            <button type="submit">{t('submit')}</button>
            <button type="button" className="secondary" onClick={() => (setOpen(false), setError(null))}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

function Input({ field, error }: { field: FieldSpec; error?: string }) {
  const { t } = useI18n();
  const { name, kind = 'text', options = [], defaultValue } = field;
  if (kind === 'checks' || kind === 'checkbox') {
    const choices = kind === 'checkbox' ? [['on', field.label] as const] : options;
    return (
      <fieldset className={error ? 'field invalid' : 'field'} data-field={name}>
        {kind === 'checks' ? <legend>{field.label}</legend> : null}
        {choices.map(([value, label]) => (
          <label key={value} className="check">
            <input type="checkbox" name={name} value={value} defaultChecked={kind === 'checkbox' && defaultValue === 'on'} /> {label}
          </label>
        ))}
        {error ? (
          <span className="field-error" role="alert" data-error-for={name}>
            {error}
          </span>
        ) : null}
      </fieldset>
    );
  }
  return (
    <Field name={name} label={field.label} error={error}>
      {kind === 'textarea' ? (
        <textarea name={name} defaultValue={defaultValue} />
      ) : kind === 'select' ? (
        <select name={name} defaultValue={defaultValue ?? ''}>
          {defaultValue === undefined ? <option value="">{t('choose')}</option> : null}
          {options.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      ) : (
        <input
          name={name}
          type={kind === 'date' ? 'date' : 'text'}
          inputMode={kind === 'number' ? 'decimal' : undefined}
          defaultValue={kind === 'date' && defaultValue === undefined ? today() : defaultValue}
        />
      )}
    </Field>
  );
}

/** The options of a glossary enum, for a select. */
export function choices<Code extends string>(codes: readonly Code[], label: (code: Code) => string): [Code, string][] {
  return codes.map((code) => [code, label(code)]);
}
