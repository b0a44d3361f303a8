import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '@mentor/common';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  file: string;
  /** Sampled time outside `(idle)`, in milliseconds. */
  busyMs: number;
  byPackage: { name: string; share: number }[];
  byFunction: { name: string; share: number }[];
}

/** Who a source URL belongs to: an npm package, one of ours, or Node itself. */
export function ownerOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node (core)';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules !== -1) {
    const [scope, name] = url.slice(modules + '/node_modules/'.length).split('/');
    return scope!.startsWith('@') ? `${scope}/${name}` : scope!;
  }
  const local = path.relative(repoRoot, url.replace(/^file:\/\//, ''));
  return local.startsWith('..') ? url : `ours: ${local.split(path.sep).slice(0, 2).join('/')}`;
}

/** The `count` largest totals as shares of `whole`, largest first (ties by name, so a summary reads the same each time). */
export function topShares(totals: Map<string, number>, whole: number, count: number): { name: string; share: number }[] {
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([name, amount]) => ({ name, share: amount / whole }));
}

/** Self time per package and per function, as shares of the busy time. */
export function summariseProfile(file: string, profile: CpuProfile): ProfileSummary {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, index) => {
    const node = nodes.get(id);
    const micros = profile.timeDeltas[index] ?? 0;
    if (!node || node.callFrame.functionName === '(idle)') return;
    busy += micros;
    const owner = ownerOf(node.callFrame.url, node.callFrame.functionName);
    byPackage.set(owner, (byPackage.get(owner) ?? 0) + micros);
    const where = node.callFrame.url ? `${path.basename(node.callFrame.url)}:${node.callFrame.lineNumber + 1}` : '';
    const name = `${node.callFrame.functionName || '(anonymous)'} ${where} [${owner}]`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
  });
  return { file, busyMs: busy / 1000, byPackage: topShares(byPackage, busy, 12), byFunction: topShares(byFunction, busy, 15) };
}

/** Summaries of every profile in the directory. */
export async function summariseProfiles(directory: string): Promise<ProfileSummary[]> {
  const files = (await readdir(directory)).filter((file) => file.endsWith('.cpuprofile')).sort();
  return Promise.all(files.map(async (file) => summariseProfile(file, JSON.parse(await readFile(path.join(directory, file), 'utf8')) as CpuProfile)));
}

export function formatSummary(summary: ProfileSummary): string {
  const percent = (share: number) => `${(share * 100).toFixed(1).padStart(5)}%`;
  return [
    `${summary.file}: ${(summary.busyMs / 1000).toFixed(1)} s busy`,
    '  by package (self time):',
    ...summary.byPackage.map((entry) => `    ${percent(entry.share)}  ${entry.name}`),
    '  hottest functions (self time):',
    ...summary.byFunction.map((entry) => `    ${percent(entry.share)}  ${entry.name}`),
  ].join('\n');
}
