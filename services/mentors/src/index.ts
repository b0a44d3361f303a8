import { runSubgraph } from '@mentor/common';
import { dataSourceSpec } from './data-source.js';
import { createServer } from './server.js';

await runSubgraph('mentors', { dataSourceSpec, createServer });
