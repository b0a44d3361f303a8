/**
 * Waiting on a condition instead of sleeping: a fixed sleep is too long on a fast machine and too
 * short on a loaded one; a poll ends as soon as the condition holds and fails, naming what it
 * waited for, only at the deadline.
 */

export interface WaitOptions {
  /** How long to keep asking, in milliseconds. */
  timeout?: number;
  /** How long to pause between two asks, in milliseconds. */
  interval?: number;
  /** What is awaited, for the failure; a function is asked at the deadline (e.g. for what was seen last). */
  message?: string | (() => string);
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Asks `condition` until it answers true, at least once and then every `interval` ms until
 * `timeout` ms have passed; then rejects with `message`. An error thrown by `condition` rejects at
 * once: a condition that cannot be asked is a failure, not a "not yet".
 */
export async function waitFor(condition: () => boolean | Promise<boolean>, { timeout = 15_000, interval = 100, message = 'the condition' }: WaitOptions = {}): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await condition()) return;
    if (Date.now() >= deadline) {
      throw new Error(`waitFor: still waiting after ${timeout} ms for ${typeof message === 'function' ? message() : message}`);
    }
    await pause(Math.min(interval, Math.max(0, deadline - Date.now())));
  }
}

/**
 * Reads `read` until `holds` accepts what it reads, and returns that; rejects at the deadline
 * with `message` and the last value read.
 */
export async function waitForValue<T>(read: () => Promise<T>, holds: (value: T) => boolean, options: WaitOptions = {}): Promise<T> {
  let last: { value: T } | undefined;
  const { message = 'the value to hold' } = options;
  await waitFor(
    async () => {
      last = { value: await read() };
      return holds(last.value);
    },
    { ...options, message: () => `${typeof message === 'function' ? message() : message}; last read: ${JSON.stringify(last?.value)?.slice(0, 2_000)}` },
  );
  return last!.value;
}
