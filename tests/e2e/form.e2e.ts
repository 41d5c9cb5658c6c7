import {cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {axeViolations} from './axe';
import {recordedPage, startSession, type Session} from './fixture';
import {loadContent} from '../../src/content/load';
import {validateContent} from '../../src/content/validate';
import {formatProblem} from '../../src/content/problems';

const screenshotDir = join(__dirname, '../../test-results/screenshots');
const siteDir = join(__dirname, '../..');
const path = '/praktijk-aanmelden';
const draftKey = 'kennisbank-jeugdpreventie:praktijk-aanmelden:concept';

let session: Session;
beforeAll(async () => {
  session = await startSession();
  mkdirSync(screenshotDir, {recursive: true});
});
afterAll(() => session?.close());

/** Waits until React has hydrated the form (the submit button is enabled only then). */
async function openForm(page: Page): Promise<void> {
  await page.goto(session.origin + path, {waitUntil: 'networkidle'});
  await page.waitForSelector('button[type=submit]:not([disabled])');
}

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.focus(selector);
  await page.keyboard.type(text);
}

async function check(page: Page, selector: string): Promise<void> {
  await page.focus(selector);
  await page.keyboard.press('Space');
  expect(await page.isChecked(selector), `${selector} is niet aangevinkt`).toBe(true);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Fills every required field except the gemeente, by keyboard only. */
async function fillWithoutGemeente(page: Page): Promise<void> {
  await typeInto(page, '#veld-title', 'Samen Spelen in de Speeltuin');
  await typeInto(page, '#veld-summary', 'Wekelijkse speelochtend in de buurtspeeltuin waar ouders van peuters elkaar ontmoeten en tips krijgen van het CJG.');
  await page.focus('#veld-provincie');
  await page.keyboard.type('Utrecht');
  expect(await page.inputValue('#veld-provincie')).toBe('utrecht');
  // A decimal comma, as Dutch keyboards and habits give it.
  await typeInto(page, '#veld-coordinaten-lat', '52,156');
  await typeInto(page, '#veld-coordinaten-lon', '5.12');
  await typeInto(page, '#veld-startjaar', '2021');
  await check(page, '#veld-doelgroepen-ouders');
  await check(page, '#veld-leeftijdsfasen-0-4');
  await check(page, '#veld-settings-wijk-en-buurt');
  await check(page, '#veld-themas-opvoedondersteuning');
  await check(page, '#veld-factoren-laagdrempelig-contact');
  await check(page, '#veld-preventieniveau');
  await typeInto(page, '#veld-partners', 'Gemeente Teststad');
  await page.keyboard.press('Enter');
  await page.keyboard.type('CJG Teststad');
  await typeInto(page, '#veld-kerncijfers-0-label', 'Ouders per speelochtend');
  await typeInto(page, '#veld-kerncijfers-0-waarde', '8-12');
  await typeInto(page, '#veld-kerncijfers-0-jaar', '2023');
  await typeInto(page, '#veld-bron-titel', 'Evaluatie Samen Spelen');
  await typeInto(page, '#veld-bron-uitgever', 'Gemeente Teststad');
  await typeInto(page, '#veld-bron-jaar', '2024');
  await typeInto(page, '#veld-body-inHetKort', 'Elke woensdag spelen peuters in de buurtspeeltuin terwijl hun ouders koffie drinken. Een CJG-medewerker schuift aan.');
  await typeInto(page, '#veld-body-aanpak', '- Elke woensdag van 9.30 tot 11.00 uur.\n- Vrijwilligers zetten {koffie} klaar.');
}

async function submitByKeyboard(page: Page): Promise<void> {
  await page.focus('button[type=submit]');
  await page.keyboard.press('Enter');
}

describe('praktijk aanmelden', () => {
  it('checks by keyboard, keeps the draft, and produces a file that passes validation', async () => {
    const context = await session.browser.newContext({viewport: {width: 1280, height: 900}});
    const {page, record} = await recordedPage(context, session.origin);
    await openForm(page);
    await fillWithoutGemeente(page);
    await submitByKeyboard(page);

    // The error summary gets focus and names the missing field; the message sits at the field.
    await page.waitForSelector('[role=alert]');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    const summary = await page.textContent('[role=alert]');
    expect(summary).toContain('Gemeente: Vul de gemeente in');
    expect(await page.textContent('#veld-gemeente-fout')).toContain('Vul de gemeente in');
    expect(await page.getAttribute('#veld-gemeente', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#veld-gemeente', 'aria-describedby')).toContain('veld-gemeente-fout');
    expect(await axeViolations(page)).toEqual([]);
    for (const [label, width] of [['telefoon', 390], ['desktop', 1280]] as const) {
      await page.setViewportSize({width, height: 900});
      await page.screenshot({path: join(screenshotDir, `aanmelden-fouten-${label}.png`), fullPage: true});
    }
    await page.setViewportSize({width: 1280, height: 900});

    // The summary links to the field: Tab to the link, Enter, and the gemeente has focus.
    await page.focus('[role=alert]');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('veld-gemeente');

    // After the first submit a field is checked again when it loses focus.
    await page.keyboard.type('Teststad');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('#veld-gemeente-fout').count()).toBe(0);
    expect(await page.getAttribute('#veld-gemeente', 'aria-invalid')).toBeNull();
    // That was the only problem, so the summary is gone too.
    expect(await page.locator('[role=alert]').count()).toBe(0);

    // The draft survives a reload.
    await expect.poll(() => page.evaluate((key) => window.localStorage.getItem(key) !== null, draftKey)).toBe(true);
    await page.reload({waitUntil: 'networkidle'});
    await page.waitForSelector('text=/Je concept van .+ is teruggezet/');
    expect(await page.inputValue('#veld-title')).toBe('Samen Spelen in de Speeltuin');
    expect(await page.isChecked('#veld-factoren-laagdrempelig-contact')).toBe(true);
    expect(await page.inputValue('#veld-kerncijfers-0-jaar')).toBe('2023');

    // The form is now complete. Submit: focus moves to the result, which holds the MDX file.
    expect(await page.inputValue('#veld-gemeente')).toBe('Teststad');
    await submitByKeyboard(page);
    await page.waitForSelector('#mdx-uitvoer', {state: 'attached'});
    expect(await focusedId(page)).toBe('resultaat-titel');
    expect(await page.locator('[role=alert]').count()).toBe(0);
    const mdx = await page.inputValue('#mdx-uitvoer');
    expect(mdx).toMatch(/^---\ntitle: Samen Spelen in de Speeltuin\n/);
    expect(mdx).toContain('gemeente: Teststad');

    // The last step says what happens next and offers both routes.
    const result = (await page.textContent('section[aria-labelledby=resultaat-titel]')) ?? '';
    expect(result).toContain('De redactie van de kennisbank leest hem na');
    expect(result).toContain('ongeveer twee weken');
    expect(result).toMatch(/als reactie op GitHub, of per e-mail/);
    // "Meld aan via GitHub" opens the issue form with the checked fields filled in.
    const issueHref = (await page.getAttribute('a:text("Meld aan via GitHub")', 'href')) ?? '';
    const issueUrl = new URL(issueHref);
    expect(issueUrl.origin + issueUrl.pathname).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/issues\/new$/);
    const params = Object.fromEntries(issueUrl.searchParams);
    expect(params).toMatchObject({
      template: 'praktijk-aanmelden.yml',
      title: '[Praktijk]: Samen Spelen in de Speeltuin',
      titel: 'Samen Spelen in de Speeltuin',
      gemeente: 'Teststad',
      provincie: 'Utrecht (utrecht)',
      lat: expect.stringMatching(/^52\.\d+$/),
      lon: '5.12',
      factoren: 'Laagdrempelig contact (laagdrempelig-contact)',
      kerncijfers: 'Ouders per speelochtend: 8-12 (2023)',
      'bron-jaar': '2024',
    });
    expect(params.inHetKort).toContain('Elke woensdag spelen peuters');
    // "Stuur naar de redactie" is a mailto: to the configured address, naming the practice.
    const mailHref = (await page.getAttribute('a:text("Stuur naar de redactie")', 'href')) ?? '';
    const mail = new URL(mailHref);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.pathname).toBe('redactie@koplopersnetwerk-jeugdpreventie.nl');
    expect(mail.searchParams.get('subject')).toBe('Nieuwe praktijk voor de kennisbank: Samen Spelen in de Speeltuin (Teststad)');
    expect(mail.searchParams.get('body')).toContain('samen-spelen-in-de-speeltuin-teststad.mdx');
    // The file and the "new file" link wait under "Voor wie met GitHub werkt".
    expect(await page.isVisible('#mdx-uitvoer')).toBe(false);
    await page.click('summary:text("Voor wie met GitHub werkt")');
    const github = await page.getAttribute('a:text("Open op GitHub als nieuw bestand")', 'href');
    expect(github).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/new\/main\/docs\/praktijken\?filename=samen-spelen-in-de-speeltuin-teststad\.mdx&value=---/);
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => document.getElementById('resultaat-titel')?.scrollIntoView());
    for (const [label, width] of [['telefoon', 390], ['desktop', 1280]] as const) {
      await page.setViewportSize({width, height: 900});
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `horizontale scroll op ${width}px`).toBe(true);
      await page.locator('section[aria-labelledby=resultaat-titel]').screenshot({path: join(screenshotDir, `aanmelden-resultaat-${label}.png`)});
    }

    // The mail route downloads the checked file too (the mailto: itself is not followed here).
    await page.route('mailto:*', (route) => route.abort());
    const [mailDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.evaluate(() => {
        const link = Array.from(document.getElementsByTagName('a')).find((a) => a.textContent === 'Stuur naar de redactie')!;
        link.addEventListener('click', (event: Event) => event.preventDefault(), {once: true});
        link.click();
      }),
    ]);
    expect(mailDownload.suggestedFilename()).toBe('samen-spelen-in-de-speeltuin-teststad.mdx');

    // Download gives the same file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:text("Download .mdx")')]);
    expect(download.suggestedFilename()).toBe('samen-spelen-in-de-speeltuin-teststad.mdx');

    // The file passes the same validation as `npm run validate`, next to the real content.
    const tmp = mkdtempSync(join(tmpdir(), 'aanmelden-'));
    try {
      cpSync(join(siteDir, 'docs'), join(tmp, 'docs'), {recursive: true});
      writeFileSync(join(tmp, 'docs/praktijken/samen-spelen-in-de-speeltuin-teststad.mdx'), mdx);
      const content = loadContent(tmp);
      expect(content.praktijken.map((p) => p.slug)).toContain('samen-spelen-in-de-speeltuin-teststad');
      expect(validateContent(content).map(formatProblem)).toEqual([]);
    } finally {
      rmSync(tmp, {recursive: true, force: true});
    }

    // "Begin opnieuw" asks first; "Nee" keeps everything, "Ja" wipes form and draft.
    await page.click('button:text("Begin opnieuw")');
    await page.waitForSelector('dialog[open]');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Nee, ga terug');
    await page.keyboard.press('Enter');
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(await page.inputValue('#veld-title')).toBe('Samen Spelen in de Speeltuin');
    await page.click('button:text("Begin opnieuw")');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.inputValue('#veld-title')).toBe('');
    await expect.poll(() => page.evaluate((key) => window.localStorage.getItem(key), draftKey)).toBeNull();

    expect(record.consoleErrors).toEqual([]);
    expect(await record.cspViolations()).toEqual([]);
    expect(record.foreignRequests).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  }, 120_000);

  it('refuses a javascript: link at its field, with a Dutch message, instead of rewriting it', async () => {
    const context = await session.browser.newContext({viewport: {width: 1280, height: 900}});
    const page = await context.newPage();
    await openForm(page);
    await fillWithoutGemeente(page);
    await typeInto(page, '#veld-gemeente', 'Teststad');
    await typeInto(page, '#veld-body-resultaten', 'Lees [het verslag](javascript:alert(1)).');
    await submitByKeyboard(page);
    await page.waitForSelector('#veld-body-resultaten-fout');
    expect(await page.textContent('#veld-body-resultaten-fout')).toContain('Deze link is niet veilig; gebruik een webadres dat begint met https://');
    expect(await page.locator('#mdx-uitvoer').count()).toBe(0);
    expect(await page.inputValue('#veld-body-resultaten')).toBe('Lees [het verslag](javascript:alert(1)).');
    await context.close();
  }, 120_000);

  it('has no axe violations before anything is filled in', async () => {
    const context = await session.browser.newContext({viewport: {width: 1280, height: 900}});
    const page = await context.newPage();
    await openForm(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator('input[type=checkbox][id^=veld-factoren]').count()).toBe(14);
    expect(await page.locator('[tabindex]:not([tabindex="-1"]):not([tabindex="0"])').count()).toBe(0);
    for (const [label, width] of [['telefoon', 390], ['desktop', 1280]] as const) {
      await page.setViewportSize({width, height: 900});
      await page.screenshot({path: join(screenshotDir, `aanmelden-leeg-${label}.png`), fullPage: true});
    }
    await context.close();
  });

  it('shows the form and the way out to GitHub without JavaScript', async () => {
    const context = await session.browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(session.origin + path);
    expect(await page.locator('form input#veld-gemeente').count()).toBe(1);
    const text = await page.textContent('main');
    expect(text).toContain('Dit formulier heeft JavaScript nodig');
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.some((href) => /\/issues\/new\?template=praktijk-aanmelden\.yml$/.test(href))).toBe(true);
    expect(links.some((href) => /\/blob\/main\/CONTRIBUTING\.md$/.test(href))).toBe(true);
    await context.close();
  });
});
