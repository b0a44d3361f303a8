import { test } from 'vitest';
import { startTestStack, type TestStackOptions } from './stack.js';

/**
 * `test` with the whole stack as the file-scoped fixture `system`: started for the first test that
 * asks for it, shared by the file's tests, stopped after the last. Tests extend it with fixtures
 * of their own for the case data each needs, built through the gateway.
 */
export function testWithStack(options: TestStackOptions = {}) {
  return test.extend('system', { scope: 'file' }, async ({}, { onCleanup }) => {
    const system = await startTestStack(options);
    onCleanup(() => system.stop());
    return system;
  });
}
