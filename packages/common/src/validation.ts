import { RuleViolation } from './errors.js';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/** CVR: 8 digits, the first not 0, modulus 11 with weights 2,7,6,5,4,3,2,1. */
export function cvrViolation(field: string, cvr: string): RuleViolation | null {
  if (!/^[1-9]\d{7}$/.test(cvr)) return new RuleViolation(field, 'cvrFormat', `${field}: a CVR number is 8 digits`);
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  const sum = [...cvr].reduce((total, digit, index) => total + Number(digit) * weights[index]!, 0);
  if (sum % 11 !== 0) return new RuleViolation(field, 'cvrChecksum', `${field}: ${cvr} fails the CVR modulus-11 check`);
  return null;
}

export interface CprCheck {
  violation: RuleViolation | null;
  birthDate?: string;
  /** False when the check digit fails; a warning only, since 2007 such numbers are issued. */
  modulus11: boolean;
}

function century(year: number, seventh: number): number | null {
  if (seventh <= 3) return 1900;
  if (seventh === 4 || seventh === 9) return year <= 36 ? 2000 : 1900;
  if (seventh >= 5 && seventh <= 8) return year <= 57 ? 2000 : 1800;
  return null;
}

/** CPR: DDMMYY-SSSS, a real date, century from the 7th digit; modulus 11 only warns. */
export function checkCpr(field: string, cpr: string): CprCheck {
  const match = /^(\d{2})(\d{2})(\d{2})-?(\d{4})$/.exec(cpr);
  if (!match) return { violation: new RuleViolation(field, 'cprFormat', `${field}: a CPR number is DDMMYY-SSSS`), modulus11: false };
  const [, dd, mm, yy, serial] = match as unknown as [string, string, string, string, string];
  const base = century(Number(yy), Number(serial[0]));
  const year = base === null ? NaN : base + Number(yy);
  const date = new Date(Date.UTC(year, Number(mm) - 1, Number(dd)));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(dd) || date.getUTCMonth() !== Number(mm) - 1) {
    return { violation: new RuleViolation(field, 'cprDate', `${field}: ${dd}${mm}${yy} is not a real date`), modulus11: false };
  }
  const digits = `${dd}${mm}${yy}${serial}`;
  const weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
  const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * weights[index]!, 0);
  return { violation: null, birthDate: date.toISOString().slice(0, 10), modulus11: sum % 11 === 0 };
}

/** Normalises a CPR to DDMMYY-SSSS. */
export function formatCpr(cpr: string): string {
  const digits = cpr.replace('-', '');
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}

// Control characters other than tab and line breaks have no place in text a person wrote (and
// PostgreSQL refuses NUL outright).
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export function requireText(field: string, value: string | null | undefined, maxLength = 2000): RuleViolation | null {
  if (value === null || value === undefined || value.trim() === '') return new RuleViolation(field, 'required', `${field}: is required`);
  return optionalText(field, value, maxLength);
}

export function optionalText(field: string, value: string | null | undefined, maxLength = 2000): RuleViolation | null {
  if (value === null || value === undefined) return null;
  if (value.length > maxLength) return new RuleViolation(field, 'maxLength', `${field}: at most ${maxLength} characters`);
  if (CONTROL_CHARACTERS.test(value)) return new RuleViolation(field, 'controlCharacters', `${field}: must not contain control characters`);
  return null;
}

export function requireUuid(field: string, value: string): RuleViolation | null {
  return isUuid(value) ? null : new RuleViolation(field, 'id', `${field}: not a valid id`);
}

/** The violations that are not null, in order. */
export function violations(...checks: (RuleViolation | null)[]): RuleViolation[] {
  return checks.filter((check): check is RuleViolation => check !== null);
}
