import type { BaseContext } from '@mentor/common';
import type { Loaders } from './loaders.js';

export type Context = BaseContext<Loaders>;
