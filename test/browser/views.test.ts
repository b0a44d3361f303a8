import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { danishToday, type Identity } from '@mentor/common';
import { demoProviders, demoUsers, orderableInstitutions } from '@mentor/testkit';
import { startTestStack, type TestStack } from '../support/stack.js';
import { accessibilityProblems, browserAvailable, launchBrowser, openPage as open } from './browser.js';

const screenshots = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

// A page on a busy 2-core machine (CI runs the browser files beside each other) may take seconds to settle.
vi.setConfig({ expect: { poll: { timeout: 10_000, interval: 50 } } });

let system: TestStack;
let browser: Browser;
let base: string;

/** Every request a page made that did not go to the gateway itself. */
const outside = new WeakMap<Page, string[]>();

describe.skipIf(!browserAvailable)('the web view in a browser', () => {
  beforeAll(async () => {
    [system, browser] = await Promise.all([startTestStack({ youths: 40 }), launchBrowser()]);
    base = system.stack.gateway.url.replace(/\/graphql$/, '');
    await mkdir(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  async function signIn(user: keyof typeof demoUsers | Identity, options: { phone?: boolean; timezoneId?: string } = {}): Promise<Page> {
    const page = await openPage(options);
    await page.goto(base);
    await page.locator('textarea[name=token]').fill(await system.token(user));
    await page.getByRole('button', { name: 'Log ind med token' }).click();
    await expect.poll(() => page.getByTestId('who').textContent()).toContain(typeof user === 'string' ? demoUsers[user]!.name : user.name);
    return page;
  }

  async function openPage(options: { phone?: boolean; timezoneId?: string } = {}): Promise<Page> {
    const { page, outside: foreign } = await open(browser, base, options);
    outside.set(page, foreign);
    return page;
  }

  /** Closes the page's context after checking it loaded nothing from outside the gateway. */
  async function done(page: Page) {
    expect(outside.get(page)).toEqual([]);
    await page.context().close();
  }

  /** The view passes axe (no serious or critical violation), then its screenshot is taken. */
  async function shot(page: Page, name: string) {
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: `${screenshots}${name}.png`, fullPage: true });
  }

  it('the sign-in page passes axe and loads nothing from outside the gateway', async () => {
    const page = await openPage();
    await page.goto(base);
    await expect.poll(() => page.locator('[data-demo]').count()).toBeGreaterThan(0);
    await shot(page, 'sign-in');
    await done(page);
  });

  it('GraphiQL loads with every asset from the gateway, none from outside', async () => {
    const page = await openPage();
    const requests: string[] = [];
    page.context().on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${base}/graphql`);
    await expect.poll(() => page.locator('.graphiql-container').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    // Its script, styles and editor workers came from the gateway's own GraphiQL assets.
    expect(requests).toEqual(expect.arrayContaining(['/graphiql-assets/graphiql.js', '/graphiql-assets/graphiql.css']));
    await expect.poll(() => requests.filter((path) => path.endsWith('.worker.js')).length, { timeout: 20_000 }).toBeGreaterThan(0);
    await done(page);
  });

  it('caseworker: the youths of the unit, paginated, and an order’s full picture', async () => {
    const page = await signIn('caseworker');
    const rows = page.getByTestId('youths').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(10);
    const first = await rows.first().textContent();
    expect(first).toMatch(/\d{6}-\d{4}/);
    await page.getByRole('button', { name: 'Næste side' }).click();
    await expect.poll(() => rows.first().textContent()).not.toBe(first);
    await page.getByRole('button', { name: 'Tilbage' }).click();
    await expect.poll(() => rows.first().textContent()).toBe(first);
    await shot(page, 'caseworker');

    const { body } = await system.query('caseworker', '{ orders(first: 1, status: ACTIVE) { edges { node { id reference } } } }');
    const order = body.data!.orders.edges[0].node;
    await page.goto(`${base}/#/order/${order.id}`);
    await expect.poll(() => page.getByTestId('order-picture').textContent()).toContain(order.reference);
    expect(await page.locator('figure.chart svg rect.planned').count()).toBeGreaterThan(0);
    await shot(page, 'caseworker-order');
    await done(page);
  });

  it('caseworker and provider: the due list shows every item of the API’s dueList, each a link to where it is done', async () => {
    const { body } = await system.query('caseworker', '{ dueList { followUpsDue { id } effectAssessmentsDue { id } underDelivering { id } missedWeeklyContacts { id } } }');
    const due = body.data!.dueList as Record<string, { id: string }[]>;
    const page = await signIn('caseworker');
    const list = page.getByTestId('due-list');
    const hrefs = (name: string) => list.locator(`[data-due=${name}] a`).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    await expect.poll(() => hrefs('follow-ups')).toEqual(due.followUpsDue!.map(({ id }) => `#/order/${id}/follow-up`));
    // Each list renders on its own: wait for each, not only for the first.
    await expect.poll(() => hrefs('effect-assessments')).toEqual(due.effectAssessmentsDue!.map(({ id }) => `#/order/${id}/effect-assessment`));
    await expect.poll(() => hrefs('under-delivering')).toEqual(due.underDelivering!.map(({ id }) => `#/order/${id}`));
    await expect.poll(() => hrefs('missed-contacts')).toEqual(due.missedWeeklyContacts!.map(({ id }) => `#/order/${id}/follow-up`));
    expect(due.followUpsDue!.length + due.effectAssessmentsDue!.length).toBeGreaterThan(0);
    // A follow-up due opens the order with its follow-up form.
    const first = list.locator('[data-due=follow-ups] a, [data-due=effect-assessments] a').first();
    const target = (await first.getAttribute('href'))!.split('/').at(-1)!;
    await first.click();
    await expect.poll(() => page.locator(`[data-action=${target}] form`).count()).toBe(1);
    await done(page);

    const { body: providerBody } = await system.query('provider', '{ dueList { awaitingAcceptance { id } awaitingMentor { id } expiringCertifications { mentor { id } } screeningsDue { mentor { id } } experienceReportsDue { year } } }');
    const provider = await signIn('provider');
    const providerList = provider.getByTestId('due-list');
    await expect.poll(() => providerList.locator('a').count()).toBe(
      ['awaitingAcceptance', 'awaitingMentor', 'expiringCertifications', 'screeningsDue', 'experienceReportsDue'].reduce((sum, key) => sum + providerBody.data!.dueList[key].length, 0),
    );
    await done(provider);
  });

  it('caseworker: another unit’s order is not shown, and says so in Danish', async () => {
    const { body } = await system.query('caseworker', '{ orders(first: 1) { edges { node { id reference } } } }');
    const order = body.data!.orders.edges[0].node as { id: string; reference: string };
    const page = await signIn('caseworker-frb');
    await page.goto(`${base}/#/order/${order.id}`);
    const alert = page.locator('main [role=alert]');
    await expect.poll(() => alert.textContent()).toBe('Findes ikke, eller du har ikke adgang til det.');
    expect(await page.locator('main').textContent()).not.toContain(order.reference);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => alert.textContent()).toBe('Not found, or not yours to see.');
    await done(page);
  });

  it('caseworker: registers a youth, places an order for them by name and municipality, sees its reference, and cancels it', async () => {
    const page = await signIn('caseworker');
    const register = page.locator('[data-action=register-youth]');
    await register.getByRole('button', { name: 'Opret ung' }).click();
    await register.getByLabel('Fornavn').fill('Rasmus');
    await register.getByLabel('Efternavn').fill('Browserprøve');
    await register.getByLabel('CPR-nr.').fill('120306-4119');
    await register.getByLabel('Adresse').fill('Nørrebrogade 1, 2200 København N');
    await register.getByLabel('Målgruppe').selectOption({ label: 'Ung under 30 på vej i uddannelse' });
    await register.getByLabel('Lovgrundlag').fill('LAB § 31');
    await shot(page, 'caseworker-register-youth');
    await register.getByRole('button', { name: 'Send' }).click();
    const saved = page.getByTestId('saved-register-youth');
    await expect.poll(() => saved.count()).toBe(1);
    const { body: found } = await system.query('caseworker', '{ youths(first: 5, search: "Browserprøve") { edges { node { id firstName targetGroup } } } }');
    const youth = found.data!.youths.edges[0].node as { id: string; firstName: string; targetGroup: string };
    expect(youth).toMatchObject({ firstName: 'Rasmus', targetGroup: 'YOUTH_TRANSITION_TO_EDUCATION' });

    await saved.getByRole('link', { name: 'Bestil mentorstøtte' }).click();
    await page.locator('select[name=youthId]').selectOption({ label: 'Rasmus Browserprøve' });
    await page.locator('textarea[name=goal]').fill('Gennemføre grundforløbet');
    await page.getByLabel('Opgaver').fill('Støtte til fremmøde');
    await page.locator('input[name=requestedActivities]').first().check();
    await page.getByLabel('Leverancekommune').selectOption({ label: 'Frederiksberg' });
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => page.getByTestId('saved').count()).toBe(1);
    const reference = (await page.getByTestId('saved').getByRole('link').textContent())!;
    expect(reference).toMatch(/^ORD-\d{4}-\d{6}$/);
    const { body: placed } = await system.query('caseworker', `{ youth(id: "${youth.id}") { orders(first: 5) { edges { node { id reference status deliveryMunicipalityCode } } } } }`);
    const order = placed.data!.youth.orders.edges[0].node;
    expect(order).toMatchObject({ reference, status: 'PLACED', deliveryMunicipalityCode: '147' });

    await page.getByTestId('saved').getByRole('link').click();
    const cancel = page.locator('[data-action=cancel]');
    await cancel.getByRole('button', { name: 'Annullér ordren' }).click();
    await cancel.getByLabel('Begrundelse').fill('Den unge er flyttet');
    await cancel.getByRole('button', { name: 'Send' }).click();
    await expect.poll(async () => (await system.query('caseworker', `{ order(id: "${order.id}") { status cancellationReason } }`)).body.data!.order).toEqual({ status: 'CANCELLED', cancellationReason: 'Den unge er flyttet' });
    await done(page);
  });

  it('caseworker: every broken rule of an order at once, in Danish, and one for a field the form lacks at the top', async () => {
    const page = await signIn('caseworker');
    const { body } = await system.query('caseworker', '{ youths(first: 1) { edges { node { id } } } }');
    await page.goto(`${base}/#/new-order/${body.data!.youths.edges[0].node.id}`);
    await page.locator('input[name=weeklyHours]').fill('5');
    await page.locator('input[name=weeks]').fill('40');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => page.locator('[data-error-for]').count()).toBeGreaterThan(1);
    expect(await page.locator('[data-field=weeklyHours] [data-error-for=weeklyHours]').textContent()).toBe('Timer pr. uge skal være mellem 0,5 og 2.');
    expect(await page.locator('[data-field=weeks] [data-error-for=weeks]').textContent()).toBe('Antal uger skal være mellem 2 og 13.');
    expect(await page.locator('[data-field=goal] [data-error-for=goal]').textContent()).toBe('Skal udfyldes.');
    await shot(page, 'caseworker-invalid-order');

    // A start in 2020 breaks a rule of the ordering municipality, a field the form does not have: shown at the top.
    await page.locator('input[name=weeklyHours]').fill('1');
    await page.locator('input[name=weeks]').fill('13');
    await page.locator('input[name=startDate]').fill('2020-01-01');
    await page.getByRole('button', { name: 'Send' }).click();
    const top = page.getByTestId('form-errors').locator('[data-error-for=orderingMunicipalityCode]');
    await expect.poll(() => top.count()).toBe(1);
    expect(await top.textContent()).toContain('Servicestandarden gælder ikke på den dato.');
    // Named as the caseworker knows the field, never by the API's name for it.
    expect(await top.textContent()).toContain('Bestillerkommune');
    expect(await top.textContent()).not.toContain('orderingMunicipalityCode');
    await done(page);
  });

  it('caseworker: on a running order records SPS, a follow-up, an effect assessment, home-visit consent, an extension, and completes it', async () => {
    const { body } = await system.query('caseworker', '{ orders(first: 5, status: ACTIVE) { edges { node { id weeks endDate youth { id homeVisitConsent } } } } }');
    const order = body.data!.orders.edges[2].node as { id: string; weeks: number; endDate: string; youth: { id: string; homeVisitConsent: boolean } };
    const page = await signIn('caseworker');
    await page.goto(`${base}/#/order/${order.id}`);
    const action = (id: string) => page.locator(`[data-action=${id}]`);
    const fresh = async () => (await system.query('caseworker', `{ order(id: "${order.id}") { status weeks spsClarification { text } followUps { nextStep progression } effectAssessments { recommendation } youth { homeVisitConsent } outcome { kind youthSatisfaction } } }`)).body.data!.order;

    await action('sps').getByRole('button').click();
    await action('sps').locator('[name=text]').fill('Ingen behov for SPS');
    await action('sps').getByRole('button', { name: 'Send' }).click();
    await expect.poll(async () => (await fresh()).spsClarification?.text).toBe('Ingen behov for SPS');

    await action('follow-up').getByRole('button').click();
    await action('follow-up').locator('[name=statusAssessment]').fill('Møder stabilt op');
    await action('follow-up').locator('[name=progression]').selectOption({ label: 'Nogen fremgang' });
    await action('follow-up').locator('[name=nextStep]').fill('Praktikplads');
    await shot(page, 'caseworker-follow-up');
    await action('follow-up').getByRole('button', { name: 'Send' }).click();
    await expect.poll(async () => (await fresh()).followUps.some((followUp: { nextStep: string; progression: string }) => followUp.nextStep === 'Praktikplads' && followUp.progression === 'SOME')).toBe(true);

    await action('effect-assessment').getByRole('button').click();
    await action('effect-assessment').locator('select[name=effect]').selectOption({ label: 'Tydelig effekt' });
    await action('effect-assessment').locator('[name=assessment]').fill('Klar fremgang i fremmøde');
    await action('effect-assessment').locator('[name=recommendation]').selectOption({ label: 'Afslut som planlagt' });
    await action('effect-assessment').getByRole('button', { name: 'Send' }).click();
    await expect.poll(async () => (await fresh()).effectAssessments.map((effect: { recommendation: string }) => effect.recommendation)).toContain('END_AS_PLANNED');

    await action('home-visit-consent').getByRole('button').click();
    const consent = action('home-visit-consent').getByLabel('Den unge giver samtykke til hjemmebesøg');
    await consent.setChecked(!order.youth.homeVisitConsent);
    await action('home-visit-consent').getByRole('button', { name: 'Send' }).click();
    await expect.poll(async () => (await fresh()).youth.homeVisitConsent).toBe(!order.youth.homeVisitConsent);

    await action('extend').getByRole('button').click();
    await action('extend').locator('[name=weeks]').fill('2');
    await action('extend').getByRole('button', { name: 'Send' }).click();
    await expect.poll(async () => (await fresh()).weeks).toBe(order.weeks + 2);

    await action('complete').getByRole('button').click();
    await action('complete').locator('[name=outcome]').selectOption({ label: 'Gennemført uddannelse' });
    await action('complete').locator('[name=youthSatisfaction]').selectOption('4');
    // The order runs on: completing it early needs the reason.
    await action('complete').locator('[name=note]').fill('Den unge er optaget på uddannelsen før planen');
    await action('complete').getByRole('button', { name: 'Send' }).click();
    await expect.poll(async () => (await fresh()).outcome).toEqual({ kind: 'COMPLETED_EDUCATION', youthSatisfaction: 4 });
    await expect.poll(() => page.getByTestId('outcome').textContent()).toContain('Gennemført uddannelse');
    await shot(page, 'caseworker-completed-order');
    await done(page);
  });

  /** An order placed by the caseworker through the API for the demo provider, starting in a week. */
  async function placedOrder(): Promise<{ id: string; reference: string }> {
    const { body: youths } = await system.query('caseworker', '{ youths(first: 30) { edges { node { id orders(first: 1) { totalCount } } } } }');
    const youth = youths.data!.youths.edges.map(({ node }: { node: { id: string; orders: { totalCount: number } } }) => node).find((node: { orders: { totalCount: number } }) => node.orders.totalCount === 0) ?? youths.data!.youths.edges[0].node;
    const start = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const { body } = await system.query(
      'caseworker',
      'mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id reference } }',
      {
        input: {
          youthId: youth.id,
          providerId: demoProviders[0]!.id,
          institutionId: orderableInstitutions[0]!.id,
          goalKind: 'EDUCATION',
          goal: 'Gennemføre grundforløbet',
          tasks: ['Støtte til fremmøde'],
          requestedActivities: demoProviders[0]!.activities.slice(0, 1),
          weeklyHours: 1,
          weeks: 13,
          startDate: start,
          deliveryMunicipalityCode: '101',
          // The demo youths all have an order already: one support at a time, unless the caseworker says why.
          overlapJustification: 'Skifte af leverandør efter aftale med den unge',
        },
      },
    );
    expect(body.errors).toBeUndefined();
    return body.data!.placeOrder;
  }

  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

  it('provider: accepts a placed order from the due list, assigns a suggested mentor, records the agreement and publishes a schedule; rejects another', async () => {
    const [order, other] = [await placedOrder(), await placedOrder()];
    const page = await signIn('provider');
    const dueList = page.getByTestId('due-list');
    await dueList.getByRole('link', { name: order.reference }).click();
    const fresh = async () =>
      (await system.query('provider', `{ order(id: "${order.id}") { status mentor { id } agreement { complaintGuidance signedOn } schedules { kind entries { date activity } } } }`)).body.data!.order;
    await page.locator('[data-action=accept]').getByRole('button').click();
    await page.locator('[data-action=accept]').getByRole('button', { name: 'Send' }).click();
    await expect.poll(async () => (await fresh()).status).toBe('ACCEPTED');

    const suggestions = page.getByTestId('suggestions');
    await expect.poll(() => suggestions.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await suggestions.locator('th').allTextContents()).toEqual(['Mentor', 'Type', 'Point', 'Begrundelser', 'Tildel']);
    // An ineligible mentor's reasons in Danish, never the API's code.
    expect(await suggestions.textContent()).not.toMatch(/\b[a-z]+[A-Z]\w*: /);
    await shot(page, 'provider-order');
    const eligible = suggestions.locator('tbody tr').filter({ has: page.locator('button:not([disabled])') }).first();
    const mentorId = await eligible.getAttribute('data-mentor');
    await eligible.getByRole('button').click();
    await expect.poll(async () => (await fresh()).mentor?.id).toBe(mentorId);

    const agreement = page.locator('[data-action=agreement]');
    await agreement.getByRole('button').click();
    await agreement.locator('[name=complaintGuidance]').fill('Klage sendes til Jobcenter København');
    await agreement.getByRole('button', { name: 'Send' }).click();
    await expect.poll(async () => (await fresh()).agreement?.complaintGuidance).toBe('Klage sendes til Jobcenter København');
    await expect.poll(() => page.getByTestId('agreement').count()).toBe(1);

    const schedule = page.locator('[data-action=schedule]');
    await schedule.getByRole('button').click();
    await schedule.locator('[name=kind]').selectOption({ label: 'Ugeskema' });
    await schedule.locator('[name=validFrom]').fill(day(7));
    await schedule.locator('[name=validTo]').fill(day(13));
    await schedule.locator('[name="entries[0].date"]').fill(day(8));
    await schedule.locator('[name="entries[0].startTime"]').fill('09:00');
    await schedule.locator('[name="entries[0].endTime"]').fill('10:00');
    await schedule.locator('[name="entries[0].place"]').fill('Skolen');
    await schedule.locator('[name="entries[0].activity"]').selectOption({ index: 1 });
    await schedule.getByRole('button', { name: 'Send' }).click();
    await expect.poll(async () => (await fresh()).schedules).toEqual([{ kind: 'WEEKLY', entries: [{ date: day(8), activity: demoProviders[0]!.activities[0] }] }]);

    await page.goto(`${base}/#/order/${other.id}`);
    const reject = page.locator('[data-action=reject]');
    await reject.getByRole('button').click();
    await reject.locator('[name=reason]').fill('Ingen ledig mentor');
    await reject.getByRole('button', { name: 'Send' }).click();
    await expect.poll(async () => (await system.query('provider', `{ order(id: "${other.id}") { status rejectionReason } }`)).body.data!.order).toEqual({ status: 'REJECTED', rejectionReason: 'Ingen ledig mentor' });
    await done(page);
  });

  it('provider: each suggested mentor’s reasons in Danish from the API’s codes and values, in English too, and no code or English text in the Danish view', async () => {
    const order = await placedOrder();
    const { body: accepted } = await system.query('provider', 'mutation ($input: AcceptOrderInput!) { acceptOrder(input: $input) { status } }', { input: { orderId: order.id } });
    expect(accepted.data!.acceptOrder.status).toBe('ACCEPTED');
    const { body } = await system.query(
      'provider',
      `{ suggestMentors(orderId: "${order.id}") { eligible reasons mentor { id } reasonDetails { code freeHours capacityHours loadHours municipalityCode mentorKind validUntil targetGroup } } }`,
    );
    type Detail = { code: string; freeHours: number | null; capacityHours: number | null; loadHours: number | null; municipalityCode: string | null; mentorKind: string | null; validUntil: string | null };
    const suggestions = body.data!.suggestMentors as { eligible: boolean; reasons: string[]; mentor: { id: string }; reasonDetails: Detail[] }[];
    expect(suggestions.some((suggestion) => suggestion.eligible)).toBe(true);
    // Every reason has its code, one for each of the English reasons.
    for (const suggestion of suggestions) expect(suggestion.reasonDetails.length).toBe(suggestion.reasons.length);

    const page = await signIn('provider');
    await page.goto(`${base}/#/order/${order.id}`);
    const table = page.getByTestId('suggestions');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(suggestions.length);
    const daHours = (value: number) => value.toLocaleString('da-DK', { maximumFractionDigits: 2 });
    for (const suggestion of suggestions) {
      const items = table.locator(`tr[data-mentor="${suggestion.mentor.id}"] li`);
      // The reasons the API gives, in its order, each worded from its code.
      expect(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-reason')))).toEqual(suggestion.reasonDetails.map((detail) => detail.code));
      const texts = await items.allTextContents();
      for (const [index, detail] of suggestion.reasonDetails.entries()) {
        if (detail.code === 'freeCapacity') {
          expect(texts[index]).toBe(`${daHours(detail.freeHours!)} af ${daHours(detail.capacityHours!)} t/uge ledige efter denne ordre (${daHours(detail.loadHours!)} t/uge på aktive ordrer)`);
        }
        if (detail.code === 'deliversInMunicipality') expect(detail.municipalityCode).toBe('101');
        if (detail.code === 'deliversInMunicipality') expect(texts[index]).toBe('Leverandøren leverer i København');
        if (detail.code.startsWith('certifiedKind')) {
          const [year, month, day] = detail.validUntil!.split('-').map(Number);
          const until = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year!, month! - 1, day!)));
          expect(texts[index]).toContain(`Certificeret som `);
          expect(texts[index]).toContain(` til ${until}, `);
        }
      }
      // Never the API's English sentence.
      for (const english of suggestion.reasons) expect(texts).not.toContain(english);
    }
    const danish = (await table.locator('tbody').textContent())!;
    // No code (camelCase) and no English word of the reasons in the Danish view.
    for (const text of await table.locator('li').allTextContents()) expect(text).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/);
    expect(danish).not.toMatch(/\b(free after|the provider|certified|target group|speaks|no language)\b/i);
    expect(danish).toContain('Leverandøren leverer i København');
    await shot(page, 'provider-suggestions');

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => table.locator('th').allTextContents()).toEqual(['Mentor', 'Kind', 'Score', 'Reasons', 'Assign']);
    const first = suggestions.find((suggestion) => suggestion.eligible)!;
    const free = first.reasonDetails.find((detail) => detail.code === 'freeCapacity')!;
    const english = await table.locator(`tr[data-mentor="${first.mentor.id}"] li`).allTextContents();
    expect(english).toContain(`${free.freeHours} of ${free.capacityHours} h/week free after this order (${free.loadHours} h/week on active orders)`);
    expect(english).toContain('The provider delivers in København');
    for (const text of await table.locator('li').allTextContents()) expect(text).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/);
    expect(await accessibilityProblems(page)).toEqual([]);
    await done(page);
  });

  it('provider: registers a mentor and records a certification, a screening and training', async () => {
    const page = await signIn('provider');
    await shot(page, 'provider');
    await page.getByRole('link', { name: 'Mentorer' }).first().click();
    const register = page.locator('[data-action=register-mentor]');
    await register.getByRole('button').click();
    await register.locator('[name=firstName]').fill('Sofie');
    await register.locator('[name=lastName]').fill('Browsertest');
    await register.locator('[name=phone]').fill('+45 20 30 40 50');
    await register.locator('[name=kind]').selectOption({ label: 'Social mentor' });
    await register.getByLabel('Ung under 30 på vej i uddannelse').check();
    await register.getByLabel('Dansk').check();
    await register.locator('[name=capacityHoursPerWeek]').fill('7,5');
    await register.getByRole('button', { name: 'Send' }).click();
    const mentorsQuery = `{ mentors(providerId: "${demoProviders[0]!.id}", first: 50) { edges { node { id name capacityHoursPerWeek certifications { kind issuedBy } screenings { kind result } trainings { topic hours } } } } }`;
    const mentor = async () => (await system.query('provider', mentorsQuery)).body.data!.mentors.edges.map(({ node }: { node: { name: string } }) => node).find((node: { name: string }) => node.name === 'Sofie Browsertest');
    await expect.poll(async () => (await mentor())?.capacityHoursPerWeek).toBe(7.5);
    const { id } = await mentor();

    const row = page.locator(`tr[data-mentor="${id}"]`);
    await expect.poll(() => row.count()).toBe(1);
    const certify = row.locator(`[data-action="certify-${id}"]`);
    await certify.getByRole('button').click();
    await certify.locator('[name=kind]').selectOption({ label: 'Social mentor' });
    await certify.locator('[name=issuedBy]').fill('Karen Dahl');
    await certify.locator('[name=validUntil]').fill(day(365));
    await certify.locator('[name=taskDescription]').fill('Social støtte til unge');
    await certify.getByRole('button', { name: 'Send' }).click();
    await expect.poll(async () => (await mentor()).certifications).toEqual([{ kind: 'SOCIAL', issuedBy: 'Karen Dahl' }]);

    const screening = row.locator(`[data-action="screening-${id}"]`);
    await screening.getByRole('button').click();
    await screening.locator('[name=kind]').selectOption({ label: 'Børneattest' });
    await screening.locator('[name=result]').selectOption({ label: 'Ren' });
    await screening.getByRole('button', { name: 'Send' }).click();
    await expect.poll(async () => (await mentor()).screenings).toEqual([{ kind: 'CHILD_PROTECTION', result: 'CLEAR' }]);

    const training = row.locator(`[data-action="training-${id}"]`);
    await training.getByRole('button').click();
    await training.locator('[name=topic]').fill('Motiverende samtale');
    await training.locator('[name=hours]').fill('2,5');
    await training.locator('[name=givenBy]').fill('Karen Dahl');
    await training.getByRole('button', { name: 'Send' }).click();
    await expect.poll(async () => (await mentor()).trainings).toEqual([{ topic: 'Motiverende samtale', hours: 2.5 }]);
    await shot(page, 'provider-mentors');

    await done(page);
  });

  it('provider: opens the experience report due from the due list, saves a draft and submits it', async () => {
    // The volunteer network owes last year's report in the demo data.
    const volunteers = demoProviders[2]!;
    const coordinator = { sub: demoUsers.provider!.sub, roles: ['PROVIDER_COORDINATOR' as const], org: volunteers.id, name: 'Lene Holm' };
    const page = await signIn(coordinator);
    const year = new Date().getFullYear() - 1;
    await page.getByTestId('due-list').getByRole('link', { name: `Erfaringsrapport ${year}` }).click();
    const draft = page.locator('[data-action=report-draft]');
    await draft.getByRole('button').click();
    await draft.locator('[name=themes]').fill('Fremmøde\nSamarbejde med skolen');
    await draft.locator('[name=text]').fill('Kladde til årets erfaringer.');
    await draft.getByRole('button', { name: 'Send' }).click();
    const report = async () =>
      (await system.query(coordinator, `{ experienceReports(providerId: "${volunteers.id}", year: ${year}) { published themes text } }`)).body.data!.experienceReports;
    await expect.poll(report).toEqual([{ published: false, themes: ['Fremmøde', 'Samarbejde med skolen'], text: 'Kladde til årets erfaringer.' }]);
    await expect.poll(() => page.getByTestId('report-state').textContent()).toContain('Kladde');
    const submit = page.locator('[data-action=report-submit]');
    await submit.getByRole('button').click();
    expect(await submit.locator('[name=text]').inputValue()).toBe('Kladde til årets erfaringer.');
    await submit.locator('[name=text]').fill('Årets erfaringer med mentorstøtte.');
    await submit.getByRole('button', { name: 'Send' }).click();
    await expect.poll(report).toEqual([{ published: true, themes: ['Fremmøde', 'Samarbejde med skolen'], text: 'Årets erfaringer med mentorstøtte.' }]);
    await shot(page, 'provider-report');
    await done(page);
  });

  it('institution: its students, never a CPR number, health or case notes', async () => {
    const page = await signIn('institution');
    const rows = page.getByTestId('students').locator('tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.enrollments > li').count()).toBeGreaterThan(0);
    const text = (await page.locator('body').textContent())!;
    expect(text).not.toMatch(/\d{6}-?\d{4}/);
    // What the caseworker sees of these students' health and case notes appears nowhere on the page.
    const { body } = await system.query('caseworker', '{ youths(first: 40) { edges { node { firstName cpr healthNotes caseNotes } } } }');
    for (const { node } of body.data!.youths.edges) {
      for (const secret of [node.cpr, node.healthNotes, node.caseNotes]) if (secret) expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/Helbred|Sagsnotat|Health notes|Case notes/i);
    await shot(page, 'institution');
    await done(page);
  });

  it('institution: reports an attendance concern and an enrollment’s end, then the student’s new enrollment', async () => {
    const { body } = await system.query('institution', `{ institution(id: "${demoUsers.institution!.org}") { enrollments(first: 20) { edges { node { id status youth { id firstName lastName } } } } } }`);
    const enrollment = body.data!.institution.enrollments.edges
      .map(({ node }: { node: { id: string; status: string; youth: { id: string } } }) => node)
      .find((node: { status: string }) => node.status === 'ACTIVE') as { id: string; youth: { id: string } };
    const enrollments = async () =>
      (await system.query('institution', `{ youth(id: "${enrollment.youth.id}") { enrollments { id programme status attendanceConcerns { description } } } }`)).body.data!.youth.enrollments as {
        id: string;
        programme: string;
        status: string;
        attendanceConcerns: { description: string }[];
      }[];
    const page = await signIn('institution');
    const item = page.locator('.enrollments > li').filter({ has: page.locator(`[data-action="end-${enrollment.id}"]`) });
    await expect.poll(() => item.count()).toBe(1);
    await item.getByRole('button', { name: 'Indberet bekymrende fravær' }).click();
    await item.locator('[name=description]').fill('Fraværende tre dage i træk');
    await item.getByRole('button', { name: 'Send' }).click();
    await expect.poll(async () => (await enrollments()).find((candidate) => candidate.id === enrollment.id)?.attendanceConcerns).toContainEqual({ description: 'Fraværende tre dage i træk' });

    const end = item.locator(`[data-action="end-${enrollment.id}"]`);
    await end.getByRole('button').click();
    await end.locator('[name=status]').selectOption({ label: 'Overflyttet' });
    await shot(page, 'institution-end-enrollment');
    await end.getByRole('button', { name: 'Send' }).click();
    await expect.poll(async () => (await enrollments()).find((candidate) => candidate.id === enrollment.id)?.status).toBe('TRANSFERRED');

    const enroll = page.locator('[data-action=enroll]');
    await enroll.getByRole('button').click();
    await enroll.locator('[name=youthId]').selectOption(enrollment.youth.id);
    await enroll.locator('[name=programme]').fill('EUX Byggeri');
    await enroll.getByRole('button', { name: 'Send' }).click();
    await expect.poll(async () => (await enrollments()).find((candidate) => candidate.programme === 'EUX Byggeri')?.status).toBe('ACTIVE');
    await done(page);
  });

  it('institution: enrolls a student who is not on the page shown, found by name', async () => {
    const institutionId = demoUsers.institution!.org;
    expect(orderableInstitutions.map((institution) => institution.id)).toContain(institutionId);
    const start = day(7);
    /** A youth registered by the caseworker with an order placed at the institution: one of its students. */
    async function student(firstName: string, lastName: string, cpr: string): Promise<string> {
      const { body: registered } = await system.query('caseworker', 'mutation ($input: RegisterYouthInput!) { registerYouth(input: $input) { id } }', {
        input: { firstName, lastName, cpr, address: 'Amagerbrogade 1, 2300 København S', targetGroup: 'YOUTH_TRANSITION_TO_EDUCATION', legalBasis: 'LAB § 31' },
      });
      expect(registered.errors).toBeUndefined();
      const youthId = registered.data!.registerYouth.id as string;
      const { body: placed } = await system.query('caseworker', 'mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }', {
        input: {
          youthId,
          providerId: demoProviders[0]!.id,
          institutionId,
          goalKind: 'EDUCATION',
          goal: 'Gennemføre grundforløbet',
          tasks: ['Støtte til fremmøde'],
          requestedActivities: demoProviders[0]!.activities.slice(0, 1),
          weeklyHours: 1,
          weeks: 13,
          startDate: start,
          deliveryMunicipalityCode: '101',
        },
      });
      expect(placed.errors).toBeUndefined();
      return youthId;
    }
    // More students than one page holds, and one whose last name sorts after every other: on the last page.
    const { body: before } = await system.query('institution', '{ youths(first: 1) { totalCount } }');
    for (let index = before.data!.youths.totalCount as number; index < 11; index++) await student('Fyld', `Elevsen ${index}`, `${10 + index}0905-4122`);
    const youthId = await student('Åse', 'Zylander', '290905-4122');
    const { body: students } = await system.query('institution', '{ youths(first: 10) { totalCount edges { node { id } } } }');
    expect(students.data!.youths.totalCount).toBeGreaterThan(10);
    expect(students.data!.youths.edges.map(({ node }: { node: { id: string } }) => node.id)).not.toContain(youthId);

    const page = await signIn('institution');
    await expect.poll(() => page.getByTestId('students').locator('tbody tr').count()).toBe(10);
    const enroll = page.locator('[data-action=enroll]');
    await enroll.getByRole('button', { name: 'Indberet indskrivning' }).click();
    // Not among the page's students …
    expect(await enroll.locator(`select[name=youthId] option[value="${youthId}"]`).count()).toBe(0);
    // … but found by name, every match one the staff may enroll.
    expect(await enroll.locator('[data-field=studentSearch] span').first().textContent()).toBe('Find elev (navn)');
    await enroll.getByLabel('Find elev (navn)').fill('Zylander');
    await enroll.getByLabel('Find elev (navn)').press('Enter');
    await expect.poll(() => enroll.getByTestId('students-found').textContent()).toBe('1 elever kan indskrives');
    await enroll.locator('select[name=youthId]').selectOption(youthId);
    await enroll.locator('[name=programme]').fill('Grundforløb 1');
    await enroll.locator('[name=startDate]').fill(start);
    await shot(page, 'institution-enroll-search');
    await enroll.getByRole('button', { name: 'Send' }).click();
    await expect.poll(async () => (await system.query('institution', `{ youth(id: "${youthId}") { enrollments { programme status institution { id } } } }`)).body.data!.youth?.enrollments).toEqual([
      { programme: 'Grundforløb 1', status: 'ACTIVE', institution: { id: institutionId } },
    ]);
    // A student whose only order at the institution was cancelled is not offered, though the search may find them.
    const cancelled = await student('Bo', 'Zylander-Aflyst', '280905-4122');
    const { body: orders } = await system.query('caseworker', `{ youth(id: "${cancelled}") { orders(first: 5) { edges { node { id } } } } }`);
    const { body: cancel } = await system.query('caseworker', 'mutation ($input: CancelOrderInput!) { cancelOrder(input: $input) { status } }', {
      input: { orderId: orders.data!.youth.orders.edges[0].node.id, reason: 'Den unge er flyttet' },
    });
    expect(cancel.data!.cancelOrder.status).toBe('CANCELLED');
    await enroll.getByRole('button', { name: 'Indberet indskrivning' }).click();
    await enroll.getByLabel('Find elev (navn)').fill('Zylander');
    await enroll.getByRole('button', { name: 'Find elev', exact: true }).click();
    await expect.poll(() => enroll.getByTestId('students-found').textContent()).toBe('1 elever kan indskrives');
    expect(await enroll.locator('select[name=youthId] option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))).toEqual(['', youthId]);
    expect(await accessibilityProblems(page)).toEqual([]);
    await done(page);
  });

  it('social worker: the consented youths with exactly the fields §4 gives them', async () => {
    const page = await signIn('social-worker');
    const table = page.getByTestId('consented');
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await table.locator('th').allTextContents()).toEqual(['Navn', 'Aldersgruppe', 'Skånebehov', 'Helbredsoplysninger']);
    const { body } = await system.query('social-worker', '{ youths(first: 10) { totalCount edges { node { firstName lastName } } } }');
    expect(await table.locator('tbody tr').count()).toBe(body.data!.youths.edges.length);
    expect((await table.locator('tbody tr').first().textContent())!).toContain(`${body.data!.youths.edges[0].node.firstName} ${body.data!.youths.edges[0].node.lastName}`);
    expect((await page.locator('main').textContent())!).not.toMatch(/\d{6}-\d{4}/);
    await shot(page, 'social-worker');
    await done(page);
  });

  it('auditor: a youth’s access history by dates, purpose and outcome, and its export', async () => {
    const { body } = await system.query('caseworker', '{ youths(first: 1) { edges { node { id } } } }');
    const youthId = body.data!.youths.edges[0].node.id as string;
    // Reads to find: the caseworker's (allowed) and the institution's (refused: not its student, or allowed).
    await system.query('caseworker', `query CaseFile { youth(id: "${youthId}") { firstName healthNotes } }`);
    await system.query('institution', `query Peek { youth(id: "${youthId}") { firstName } }`);
    const page = await signIn('auditor');
    await page.locator('[name=youthId]').fill(youthId);
    const today = new Date().toISOString().slice(0, 10);
    await page.locator('[name=from]').fill(today);
    await page.locator('[name=to]').fill(today);
    await page.getByRole('button', { name: 'Søg' }).click();
    const rows = page.getByTestId('audit').locator('tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const { body: log } = await system.query('auditor', `{ auditLog(youthId: "${youthId}") { records { purpose outcome } partnerRecords { purpose outcome } } }`);
    const all = [...(log.data!.auditLog.records ?? []), ...(log.data!.auditLog.partnerRecords ?? [])] as { purpose: string; outcome: string }[];
    // Reading the log is itself recorded under the youth; which of those reads each side saw depends on timing.
    const ofTheYouth = all.filter((record) => !/auditlog/i.test(record.purpose));
    expect(ofTheYouth.length).toBeGreaterThan(0);
    const youthRows = rows.filter({ hasNotText: /auditlog/i });
    expect(await youthRows.count()).toBe(ofTheYouth.length);
    await shot(page, 'auditor');

    await page.locator('[name=purpose]').fill('CaseFile');
    await expect.poll(() => rows.count()).toBe(ofTheYouth.filter((record) => record.purpose.includes('CaseFile')).length);
    expect(await rows.count()).toBeGreaterThan(0);
    await page.locator('[name=purpose]').fill('');
    await page.locator('select[name=outcome]').selectOption('ALLOWED');
    await expect.poll(() => youthRows.count()).toBe(ofTheYouth.filter((record) => record.outcome === 'ALLOWED').length);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Eksportér (CSV)' }).click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('youthId,at,userId,role,unit,fields,deniedFields,purpose,requestId,outcome');
    expect(lines.slice(1).filter((line) => !/auditlog/i.test(line)).length).toBe(ofTheYouth.filter((record) => record.outcome === 'ALLOWED').length);
    expect(lines.slice(1).every((line) => line.startsWith(`${youthId},`) && line.endsWith(',ALLOWED'))).toBe(true);
    await done(page);
  });

  it('auditor: finds a youth’s access history by CPR number, the search recorded by its kind only; an unknown number shows an empty history', async () => {
    const { body } = await system.query('caseworker', '{ youths(first: 2) { edges { node { id cpr } } } }');
    const youth = body.data!.youths.edges[1].node as { id: string; cpr: string };
    await system.query('caseworker', `query CaseFileByCpr { youth(id: "${youth.id}") { firstName address } }`);
    const page = await signIn('auditor');
    const form = page.getByRole('form', { name: 'Søg' });
    expect(await form.locator('[data-field=cpr] span').first().textContent()).toBe('CPR-nr.');
    await form.locator('[name=cpr]').fill(youth.cpr.replace('-', ''));
    await form.getByRole('button', { name: 'Søg' }).click();
    const rows = page.getByTestId('audit').locator('tbody tr');
    await expect.poll(() => rows.filter({ hasText: 'CaseFileByCpr' }).count()).toBeGreaterThan(0);
    await shot(page, 'auditor-cpr');

    // The same history through the API, by id; the search itself is recorded under the youth and without one, never with the number.
    const { body: log } = await system.query('auditor', `{ auditLog(youthId: "${youth.id}") { records { purpose fields userId } partnerRecords { purpose } } }`);
    const records = log.data!.auditLog.records as { purpose: string; fields: string[]; userId: string }[];
    expect(records.filter((record) => record.purpose.includes('CaseFileByCpr')).length).toBe(await rows.filter({ hasText: 'CaseFileByCpr' }).count());
    expect(records.some((record) => record.userId === demoUsers.auditor!.sub && record.fields.includes('Query.auditLogByCpr(search: CPR)'))).toBe(true);
    expect(JSON.stringify(log.data)).not.toContain(youth.cpr.replace('-', ''));
    expect(JSON.stringify(log.data)).not.toContain(youth.cpr);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Eksportér (CSV)' }).click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.trim().split('\n').slice(1).every((line) => line.startsWith(`${youth.id},`))).toBe(true);
    expect(csv).not.toContain(youth.cpr);

    // A valid number that is no youth's: the same page as an empty history, no error.
    const { body: all } = await system.query('caseworker', '{ youths(first: 100) { edges { node { cpr } } } }');
    const taken = new Set(all.data!.youths.edges.map(({ node }: { node: { cpr: string } }) => node.cpr));
    const unknown = ['010203-1000', '010203-1001', '010203-1002'].find((cpr) => !taken.has(cpr))!;
    await form.locator('[name=cpr]').fill(unknown);
    await form.getByRole('button', { name: 'Søg' }).click();
    await expect.poll(() => page.getByTestId('audit-count').textContent()).toBe('0 poster');
    expect(await page.locator('main [role=alert]').count()).toBe(0);
    // And a term that is no CPR number is refused at the field, in Danish.
    await form.locator('[name=cpr]').fill('12345');
    await form.getByRole('button', { name: 'Søg' }).click();
    await expect.poll(() => form.locator('[data-error-for=cpr]').textContent()).toBe('Et CPR-nummer skrives DDMMÅÅ-XXXX.');
    expect(await accessibilityProblems(page)).toEqual([]);
    await done(page);
  });

  it('youth guide: the youths they guide with order status and progress', async () => {
    const page = await signIn('youth-guide');
    const rows = page.getByTestId('guided').locator('tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    expect(await page.locator('progress').count()).toBeGreaterThan(0);
    await rows.first().locator('a').click();
    await expect.poll(() => page.getByRole('heading', { name: 'Overgange' }).count()).toBe(1);
    await shot(page, 'youth-guide');
    await done(page);
  });

  it('a mentor logs a session at phone width, and the caseworker sees the delivered hours change', async () => {
    const { body } = await system.query('mentor', '{ orders(first: 1, status: ACTIVE) { edges { node { id deliveredHours } } } }');
    const order = body.data!.orders.edges[0].node as { id: string; deliveredHours: number };

    const caseworker = await signIn('caseworker');
    await caseworker.goto(`${base}/#/order/${order.id}`);
    const delivered = caseworker.getByTestId('delivered-hours');
    await expect.poll(() => delivered.textContent()).toBe(order.deliveredHours.toLocaleString('da-DK', { maximumFractionDigits: 2 }));

    // The mentor's browser runs a day behind Denmark until noon Danish time: the week shown is still Denmark's.
    const mentor = await signIn('mentor', { phone: true, timezoneId: 'Pacific/Pago_Pago' });
    const card = mentor.locator(`[data-order="${order.id}"]`);
    await expect.poll(() => card.count()).toBe(1);
    await shot(mentor, 'mentor');
    await card.getByRole('button', { name: 'Registrér samtale' }).click();
    await card.getByLabel('Sted').selectOption('INSTITUTION');
    await card.getByLabel('Journalnotat').fill('Gennemgik ugens skema.');
    await card.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => card.getByTestId('mentor-delivered').textContent()).toBe((order.deliveredHours + 1).toLocaleString('da-DK', { maximumFractionDigits: 2 }));

    await caseworker.reload();
    await expect.poll(() => delivered.textContent()).toBe((order.deliveredHours + 1).toLocaleString('da-DK', { maximumFractionDigits: 2 }));

    // A phone session asks for the special reason (none chosen for the mentor) and never for a place.
    await card.getByRole('button', { name: 'Registrér samtale' }).click();
    expect(await card.locator('textarea[name=journalNote]').inputValue()).toBe('');
    await card.locator('select[name=form]').selectOption({ label: 'Telefon' });
    expect(await card.locator('select[name=place]').count()).toBe(0);
    expect(await card.locator('select[name=specialReason]').inputValue()).toBe('');
    await card.locator('input[name=minutes]').fill('30');
    await card.locator('textarea[name=journalNote]').fill('Ringede til den unge.');
    await card.getByRole('button', { name: 'Send' }).click();
    const reasonError = card.locator('[data-field=specialReason] [data-error-for=specialReason]');
    await expect.poll(() => reasonError.textContent()).toBe('Telefon- og digitale samtaler kræver en særlig grund.');
    await shot(mentor, 'mentor-phone-session');
    await card.locator('select[name=specialReason]').selectOption({ label: 'Indsat' });
    await card.getByRole('button', { name: 'Send' }).click();
    await expect.poll(async () => {
      const { body: sessions } = await system.query('mentor', `{ order(id: "${order.id}") { sessions(first: 50) { edges { node { form place specialReason journalNote } } } } }`);
      return sessions.data!.order.sessions.edges.map(({ node }: { node: unknown }) => node);
    }).toContainEqual({ form: 'PHONE', place: null, specialReason: 'IMPRISONED', journalNote: 'Ringede til den unge.' });
    // The week's appointments across all youths, by day: every entry of the mentor's orders in
    // Denmark's current week, Monday to Sunday, and nothing else.
    const danishDay = new Date(`${danishToday()}T00:00:00Z`);
    const monday = new Date(danishDay.getTime() - ((danishDay.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
    const sunday = new Date(new Date(`${monday}T00:00:00Z`).getTime() + 6 * 86_400_000).toISOString().slice(0, 10);
    const { body: schedules } = await system.query('mentor', '{ orders(first: 20, status: ACTIVE) { totalCount edges { node { schedules { entries { date } } } } } }');
    expect(schedules.errors).toBeUndefined();
    // One page holds the mentor's whole caseload, as it does in the view.
    expect(schedules.data!.orders.totalCount).toBeLessThanOrEqual(20);
    type Scheduled = { node: { schedules: { entries: { date: string }[] }[] | null } };
    const expected = (schedules.data!.orders.edges as Scheduled[])
      .flatMap(({ node }) => (node.schedules ?? []).flatMap((schedule) => schedule.entries.map((entry) => entry.date)))
      .filter((date) => date >= monday && date <= sunday)
      .sort();
    const days = await mentor.getByTestId('week').locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-date')!));
    expect(days).toEqual(expected);
    await done(caseworker);
    await done(mentor);
  });

  it('switches the labels to English', async () => {
    const page = await signIn('youth-guide');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Youths I guide' }).count()).toBe(1);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Dansk' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Unge jeg guider' }).count()).toBe(1);
    await done(page);
  });
});
