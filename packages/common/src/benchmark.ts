/**
 * The benchmark's `hive-no-shield` target measures what authorization and audit cost by switching
 * them off. That switch is a function call, not configuration: no environment variable or file can
 * turn it on, and it refuses to act in production.
 */
let unguarded = false;

export function unguardForBenchmark(): void {
  if (process.env.NODE_ENV === 'production') throw new Error('Permissions and audit cannot be switched off in production');
  unguarded = true;
}

export function isUnguardedForBenchmark(): boolean {
  return unguarded;
}
