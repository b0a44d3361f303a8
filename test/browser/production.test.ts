import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoUsers } from '@mentor/testkit';
import {
  CaseworkerYouthsDocument,
  documentId,
  GuidedYouthsDocument,
  InstitutionStudentsDocument,
  operationName,
  ProviderOrdersDocument,
  type TrustedDocument,
} from '@mentor/operations';
import { startTestStack, type TestStack } from '../support/stack.js';
import { browserAvailable, launchBrowser, openPage } from './browser.js';

// Production accepts only the trusted documents of `npm run documents`: every view of every role
// must work with them alone, the auditor's access history included.
// A page on a busy 2-core machine (CI runs the browser files beside each other) may take seconds to settle.
vi.setConfig({ expect: { poll: { timeout: 10_000, interval: 50 } } });

let system: TestStack;
let browser: Browser;
let base: string;

async function run<Data>(user: keyof typeof demoUsers, document: TrustedDocument<Data, any>, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await system.token(user)}` },
    body: JSON.stringify({ documentId: documentId(document), operationName: operationName(document), variables }),
  });
  const body = (await response.json()) as { data?: Data; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

describe.skipIf(!browserAvailable)('the web view in production (trusted documents only)', () => {
  beforeAll(async () => {
    [system, browser] = await Promise.all([startTestStack({ youths: 20, production: true }), launchBrowser()]);
    base = system.stack.gateway.url.replace(/\/graphql$/, '');
  });

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  /** Signs in with a token (production has no demo sign-in) and records every GraphQL error code the page receives. */
  async function signIn(user: keyof typeof demoUsers): Promise<{ page: Page; codes: string[] }> {
    const { page } = await openPage(browser, base);
    const codes: string[] = [];
    page.on('response', async (response) => {
      if (!response.url().endsWith('/graphql')) return;
      const body = (await response.json().catch(() => null)) as { errors?: { extensions?: { code?: string } }[] } | null;
      for (const error of body?.errors ?? []) codes.push(error.extensions?.code ?? 'NO_CODE');
    });
    await page.goto(base);
    await page.locator('textarea[name=token]').fill(await system.token(user));
    await page.getByRole('button', { name: 'Log ind med token' }).click();
    await expect.poll(() => page.getByTestId('who').textContent()).toContain(demoUsers[user]!.name);
    return { page, codes };
  }

  /** Opens each route and waits for `ready`; no view may show an error or get one from the gateway. */
  async function visit(user: keyof typeof demoUsers, routes: [route: string, ready: string][]) {
    const { page, codes } = await signIn(user);
    for (const [route, ready] of routes) {
      await page.goto(`${base}/${route}`);
      await expect.poll(() => page.locator(ready).count(), { message: `${user} ${route}` }).toBeGreaterThan(0);
      expect(await page.locator('main [role=alert]').count(), `${user} ${route}`).toBe(0);
    }
    expect(codes).toEqual([]);
    await page.context().close();
  }

  it('caseworker: youths, a youth, an order with its actions, the order form and the due list', async () => {
    const { youths } = await run('caseworker', CaseworkerYouthsDocument, { first: 5 });
    const youth = youths!.edges.find(({ node }) => node.orders?.edges.length)!.node;
    const order = youth.orders!.edges[0]!.node;
    await visit('caseworker', [
      ['#/', '[data-due] , [data-testid=youths] tbody tr'],
      [`#/youth/${youth.id}`, 'a.button'],
      [`#/order/${order.id}`, '[data-testid=order-picture]'],
      [`#/new-order/${youth.id}`, 'select[name=deliveryMunicipalityCode]'],
    ]);
  });

  it('provider: orders, an order with its suggestions, mentors and the experience report', async () => {
    const { orders } = await run('provider', ProviderOrdersDocument, { first: 5 });
    await visit('provider', [
      ['#/', '[data-testid=provider-orders] tbody tr'],
      [`#/order/${orders!.edges[0]!.node.id}`, '[data-testid=provider-order]'],
      ['#/mentors', '[data-testid=mentors] tbody tr'],
      ['#/report/2025', '#report-heading'],
    ]);
  });

  it('mentor, institution, youth guide and social worker: their views', async () => {
    await visit('mentor', [['#/', '[data-order]']]);
    const { youths: students } = await run('institution', InstitutionStudentsDocument, { first: 5 });
    const orderId = students!.edges.find(({ node }) => node.orders?.edges.length)!.node.orders!.edges[0]!.node.id;
    await visit('institution', [
      ['#/', '.enrollments > li'],
      [`#/schedule/${orderId}`, 'article h2'],
    ]);
    const { youths: guided } = await run('youth-guide', GuidedYouthsDocument, { first: 5 });
    await visit('youth-guide', [
      ['#/', '[data-testid=guided] tbody tr'],
      [`#/youth/${guided!.edges[0]!.node.id}`, 'article h2'],
    ]);
    await visit('social-worker', [['#/', '[data-testid=consented] tbody tr']]);
  });

  it('auditor: a youth’s access history through the trusted AuditorAuditLog document', async () => {
    const { youths } = await run('caseworker', CaseworkerYouthsDocument, { first: 1 });
    const { page, codes } = await signIn('auditor');
    await page.locator('[name=youthId]').fill(youths!.edges[0]!.node.id);
    await page.getByRole('button', { name: 'Søg' }).click();
    await expect.poll(() => page.getByTestId('audit').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(codes).toEqual([]);
    await page.context().close();
  });
});
