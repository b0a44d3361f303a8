import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

// Debian's headless Chromium (`apt-get install chromium`); CHROMIUM_PATH points elsewhere.
export const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate) => existsSync(candidate));
export const webBuilt = existsSync(fileURLToPath(new URL('../../clients/web/dist/index.html', import.meta.url)));
/** False where the browser tests skip: a developer's machine without Chromium or the web build. */
export const browserAvailable = Boolean(executablePath && webBuilt);

// CI sets REQUIRE_BROWSER so a missing browser fails instead of skipping.
if (process.env.REQUIRE_BROWSER && !browserAvailable) {
  throw new Error(`REQUIRE_BROWSER is set but ${!executablePath ? 'Chromium' : 'the web build'} is missing`);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core in the page: the serious and critical violations of WCAG 2.x A/AA, as `rule (help): targets`. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: await axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations;
  });
  return (violations as AxeViolation[])
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.help}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/**
 * A new browser context whose page records every request that leaves `base` (the gateway). axe is
 * injected by the tests, so the page's CSP is bypassed; Danish locale for the date inputs.
 */
export async function openPage(browser: Browser, base: string, options: { phone?: boolean; timezoneId?: string } = {}): Promise<{ page: Page; outside: string[] }> {
  const context = await browser.newContext({
    bypassCSP: true,
    locale: 'da-DK',
    viewport: options.phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  const page = await context.newPage();
  const outside: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${base}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  return { page, outside };
}
