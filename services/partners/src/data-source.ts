import type { DataSourceSpec } from '@mentor/common';
import { entities } from './entities/index.js';
import { migrations } from './migrations/index.js';

/** The partners database: its entities and the explicit, ordered list of migrations. */
export function dataSourceSpec(url: string): DataSourceSpec {
  return { url, entities, migrations };
}
