import type { BaseContext } from '@mentor/common';
import type { Loaders } from './loaders.js';

/** What every resolver, rule and command of the partners subgraph receives per request. */
export type Context = BaseContext<Loaders>;
