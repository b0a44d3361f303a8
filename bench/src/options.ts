/** A numeric command-line option: its value, or `fallback` when it was not given; refused unless positive (and whole, when asked). */
export function positive(name: string, text: string | undefined, fallback: number, whole = false): number {
  const value = text === undefined ? fallback : Number(text);
  if (!Number.isFinite(value) || value <= 0 || (whole && !Number.isInteger(value))) throw new Error(`--${name} takes a positive ${whole ? 'whole ' : ''}number`);
  return value;
}
