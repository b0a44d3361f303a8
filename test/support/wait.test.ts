import { describe, expect, it } from 'vitest';
import { waitFor, waitForValue } from './wait.js';

describe('waitFor', () => {
  it('resolves as soon as the condition holds, having asked until then', async () => {
    let asked = 0;
    await waitFor(() => ++asked === 3, { timeout: 1_000, interval: 1 });
    expect(asked).toBe(3);
  });

  it('fails at the deadline, naming what it waited for', async () => {
    let asked = 0;
    const started = Date.now();
    await expect(waitFor(() => (asked++, false), { timeout: 150, interval: 20, message: () => `the flag (asked ${asked} times)` })).rejects.toThrow(
      /^waitFor: still waiting after 150 ms for the flag \(asked \d+ times\)$/,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(asked).toBeGreaterThan(1);
  });

  it('fails at once when the condition cannot be asked', async () => {
    await expect(waitFor(() => Promise.reject(new Error('no database')), { timeout: 10_000 })).rejects.toThrow('no database');
  });
});

describe('waitForValue', () => {
  it('returns the first value that holds', async () => {
    let next = 0;
    expect(await waitForValue(async () => ++next, (value) => value >= 4, { timeout: 1_000, interval: 1 })).toBe(4);
  });

  it('fails at the deadline with the last value read', async () => {
    await expect(waitForValue(async () => ({ status: 503 }), ({ status }) => status === 200, { timeout: 50, interval: 10, message: 'readiness' })).rejects.toThrow(
      'still waiting after 50 ms for readiness; last read: {"status":503}',
    );
  });
});
