import { writeFile } from 'node:fs/promises';
import { composeSupergraph, supergraphPath } from './compose.js';

// Writes gateway/supergraph.graphql, the file the gateway serves and a test keeps fresh.
const supergraph = await composeSupergraph();
await writeFile(supergraphPath, supergraph);
process.stdout.write(`composed ${supergraphPath}\n`);
