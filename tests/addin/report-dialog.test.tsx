/** @jest-environment jsdom */
// Excel's report dialog over a fake of Office's dialog API: report.html beside the task pane, the report sent
// with messageChild once the page is ready (in parts), shown in a script-free frame with Print and Close; no
// DialogApi 1.2 or a failing displayDialogAsync is a clear error in the panel.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import { ExcelBridge } from '../../addin/excel/bridge';
import { type OfficeDialogs, openReportDialog, reportPageUrl } from '../../addin/excel/report-dialog';
import { type DialogOffice, startReportDialog } from '../../addin/report/dialog-page';
import { PART_SIZE, parseMessage, type ReportPart } from '../../addin/report/messages';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import { errorText } from '../../shared/ui/i18n';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { renderPanel } from '../ui/render';
import { type FakeDialogPage, fakeOfficeDialogs } from './fake/dialog';
import { emptySheet, fakeExcel } from './fake-excel';

const PANE = 'https://teamscan.test/addin/taskpane.html?_host_Info=Excel$Win32$16.01$nl-NL';
const REPORT = [
  '<!doctype html>',
  '<html lang="en">',
  `<head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"></head>`,
  '<body><h1>Team picture</h1><svg role="img"></svg></body>',
  '</html>',
].join('\n');

/** The built page's markup (its scripts do not run in jsdom; the test starts the page's logic itself). */
function loadDialogPage(): Document {
  const page = document.implementation.createHTMLDocument('report');
  page.documentElement.innerHTML = readFileSync(join(__dirname, '../../addin/report/report.html'), 'utf8')
    .replace(/^[\s\S]*?<html[^>]*>/, '')
    .replace(/<\/html>\s*$/, '');
  return page;
}

function withPage() {
  const page = loadDialogPage();
  const fake = fakeOfficeDialogs({ onOpen: (dialog) => startReportDialog(dialog.office as DialogOffice, page) });
  return { page, fake, office: fake.office as OfficeDialogs };
}

const frameOf = (page: Document) => page.getElementById('report') as HTMLIFrameElement;

test('opens report.html on the task pane’s origin and folder, then shows the report the pane sends', async () => {
  const { page, fake, office } = withPage();
  await openReportDialog(office, PANE, { title: 'Team report', html: REPORT });
  expect(fake.opened.map((open) => open.url)).toEqual(['https://teamscan.test/addin/report.html']);
  expect(fake.opened[0]!.options).toEqual(expect.objectContaining({ displayInIframe: false, height: 85, width: 70 }));
  // The page said it was ready before anything was sent; the report arrived whole.
  expect(fake.sentToParent.map((message) => parseMessage(message)?.type)).toEqual(['ready']);
  await waitFor(() => expect(frameOf(page).srcdoc).toBe(REPORT));
  expect(frameOf(page).hidden).toBe(false);
  // The frame runs no script: the sandbox allows its document to be printed and read by the page, nothing else.
  expect(frameOf(page).getAttribute('sandbox')).toBe('allow-same-origin allow-modals');
  const print = page.getElementById('print') as HTMLButtonElement;
  expect(print.disabled).toBe(false);
  expect(print.textContent).toBe('Print or save as PDF');
  expect(page.getElementById('close')!.textContent).toBe('Close');
  expect(page.documentElement.lang).toBe('en');
});

test('a long report goes in parts of at most PART_SIZE characters and arrives whole', async () => {
  const { page, fake, office } = withPage();
  const html = REPORT.replace('</h1>', `</h1><p>${'é'.repeat(PART_SIZE * 2 + 17)}</p>`);
  await openReportDialog(office, PANE, { title: 'Team report', html });
  const parts = fake.sentToChild.map((message) => parseMessage<ReportPart>(message)!);
  expect(parts.map((part) => [part.index, part.count])).toEqual([
    [0, 3],
    [1, 3],
    [2, 3],
  ]);
  expect(parts.every((part) => part.text.length <= PART_SIZE)).toBe(true);
  await waitFor(() => expect(frameOf(page).srcdoc).toBe(html));
});

test('Close asks the pane to close the dialog; Print prints the frame only', async () => {
  const { page, fake, office } = withPage();
  await openReportDialog(office, PANE, { title: 'Team report', html: REPORT });
  await waitFor(() => expect(frameOf(page).srcdoc).toBe(REPORT));
  let printed = 0;
  Object.defineProperty(frameOf(page), 'contentWindow', { value: { print: () => printed++, addEventListener() {} } });
  (page.getElementById('print') as HTMLButtonElement).click();
  expect(printed).toBe(1);
  (page.getElementById('close') as HTMLButtonElement).click();
  await waitFor(() => expect(fake.state.closed).toBe(true));
});

test('after printing, the window closes itself (an open dialog can stop recalculation: office-js#6920)', async () => {
  const { page, fake, office } = withPage();
  let closedAt = 0;
  await openReportDialog(office, PANE, { title: 'Team report', html: REPORT }, () => closedAt++);
  await waitFor(() => expect(frameOf(page).srcdoc).toBe(REPORT));
  const frameWindow = new EventTarget() as EventTarget & { print: () => void };
  frameWindow.print = () => undefined;
  Object.defineProperty(frameOf(page), 'contentWindow', { value: frameWindow });
  (page.getElementById('print') as HTMLButtonElement).click();
  expect(fake.state.closed).toBe(false);
  frameWindow.dispatchEvent(new Event('afterprint'));
  await waitFor(() => expect(fake.state.closed).toBe(true));
  expect(closedAt).toBe(1);
});

test('a page that never registers its handler gets nothing early: the pane waits for "ready"', async () => {
  // No page script at all: nothing is sent, and the user closing the window ends the wait without an error.
  const fake = fakeOfficeDialogs();
  const opening = openReportDialog(fake.office as OfficeDialogs, PANE, { title: 'Team report', html: REPORT });
  await waitFor(() => expect(fake.opened).toHaveLength(1));
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(fake.sentToChild).toEqual([]);
  fake.raiseEvent(12006);
  await expect(opening).resolves.toBeUndefined();
});

test('a page that cannot load (12002) is an error naming the code', async () => {
  const fake = fakeOfficeDialogs();
  const opening = openReportDialog(fake.office as OfficeDialogs, PANE, { title: 'Team report', html: REPORT });
  await waitFor(() => expect(fake.opened).toHaveLength(1));
  await new Promise((resolve) => setTimeout(resolve, 10));
  fake.raiseEvent(12002);
  await expect(opening).rejects.toThrow(/12002/);
});

test('without DialogApi 1.2 nothing opens and the error says what this Excel lacks', async () => {
  const fake = fakeOfficeDialogs({ dialogApi12: false });
  const error = await openReportDialog(fake.office as OfficeDialogs, PANE, { title: 'x', html: REPORT }).catch(
    (caught: unknown) => caught,
  );
  expect(fake.opened).toEqual([]);
  expect(errorText(error, 'nl')).toMatch(/DialogApi 1\.2 ontbreekt/);
  expect(errorText(error, 'en')).toMatch(/DialogApi 1\.2 is missing/);
});

test.each([
  [12007, /al een Teamscan-venster open/],
  [12009, /geweigerd of door de browser tegengehouden/],
  [12004, /Office-fout 12004: Domain is not trusted/],
])('displayDialogAsync failing with %i is a keyed error', async (code, text) => {
  const fake = fakeOfficeDialogs({ failWith: { code, message: 'Domain is not trusted' } });
  const error = await openReportDialog(fake.office as OfficeDialogs, PANE, { title: 'x', html: REPORT }).catch(
    (caught: unknown) => caught,
  );
  expect(errorText(error, 'nl')).toMatch(text);
});

test('Ignore on Office on the web’s prompt (12009) says the window was blocked and how to allow it, nl and en', async () => {
  const fake = fakeOfficeDialogs({ prompt: 'ignore' });
  const error = await openReportDialog(fake.office as OfficeDialogs, PANE, { title: 'x', html: REPORT }).catch(
    (caught: unknown) => caught,
  );
  expect(fake.state.busy).toBe(false);
  expect(errorText(error, 'nl')).toMatch(/niet geopend.*kies "Toestaan".*pop-ups voor deze site toe/);
  expect(errorText(error, 'en')).toMatch(/did not open.*choose "Allow".*allow pop-ups for this site/);
});

test('Allow on the prompt opens the report window', async () => {
  const fake = fakeOfficeDialogs({ prompt: 'allow' });
  void openReportDialog(fake.office as OfficeDialogs, PANE, { title: 'x', html: REPORT }).catch(() => undefined);
  await waitFor(() => expect(fake.state.busy).toBe(true));
});

test('reportPageUrl drops the pane’s query and keeps its folder', () => {
  expect(reportPageUrl('https://example.org/teamscan/addin/taskpane.html?x=1#y')).toBe(
    'https://example.org/teamscan/addin/report.html',
  );
});

describe('in the panel on the ExcelBridge', () => {
  const globals = globalThis as { Office?: unknown };
  afterEach(() => {
    delete globals.Office;
  });

  async function excelPanel(
    failWith?: { code: number; message: string },
    withDialogPage = false,
    prompt?: 'allow' | 'ignore',
  ) {
    const excel = fakeExcel({ sheets: [emptySheet('Blad1')] });
    const bridge = new ExcelBridge(excel.run, 'nl-NL');
    const plan = buildWorkbookPlan({
      profile: findBuiltinProfile('npuls')!,
      detail: 'gebieden',
      lang: 'nl',
      names: ['Anna', 'Bram'],
    });
    await bridge.applyPlan(plan);
    // The fake computes no formulas: without the Dekking sheet the report takes the default norms.
    excel.book.sheets = excel.book.sheets.filter((sheet) => sheet.name !== 'Dekking');
    const page = loadDialogPage();
    const fake = fakeOfficeDialogs({
      ...(failWith ? { failWith } : {}),
      ...(prompt ? { prompt } : {}),
      ...(withDialogPage
        ? { onOpen: (dialog: FakeDialogPage) => startReportDialog(dialog.office as DialogOffice, page) }
        : {}),
    });
    globals.Office = fake.office;
    const rendered = renderPanel(bridge);
    await rendered.user.click(await screen.findByRole('tab', { name: 'Dekking' }));
    return { fake, ...rendered, reports: await screen.findByTestId('team-reports') };
  }

  test('Teamrapport opens report.html with displayDialogAsync', async () => {
    const { fake, user, reports } = await excelPanel();
    await user.click(within(reports).getByRole('button', { name: 'Teamrapport' }));
    await waitFor(() => expect(fake.opened).toHaveLength(1));
    expect(fake.opened[0]!.url).toBe(new URL('report.html', window.location.href).href);
  });

  test('while the report window is open the panel says so; closing it removes the notice', async () => {
    const { fake, user, reports } = await excelPanel(undefined, true);
    await user.click(within(reports).getByRole('button', { name: 'Teamrapport' }));
    const notice = await within(reports).findByTestId('report-window-open');
    expect(notice.textContent).toMatch(/Het rapportvenster staat open.*Teamscan-formules/);
    fake.raiseEvent(12006);
    await waitFor(() => expect(within(reports).queryByTestId('report-window-open')).toBeNull());
  });

  test('a failing displayDialogAsync shows its error in the panel', async () => {
    const { user, reports } = await excelPanel({ code: 12007, message: 'busy' });
    await user.click(within(reports).getByRole('button', { name: 'Teamrapport' }));
    const alert = await within(reports).findByRole('alert');
    expect(alert.textContent).toMatch(/Er staat al een Teamscan-venster open/);
  });

  test('Ignore on the web’s prompt: the panel says the report window was blocked and how to allow it', async () => {
    const { fake, user, reports } = await excelPanel(undefined, false, 'ignore');
    await user.click(within(reports).getByRole('button', { name: 'Teamrapport' }));
    const alert = await within(reports).findByRole('alert');
    expect(alert.textContent).toMatch(/Het rapportvenster is niet geopend.*"Toestaan".*pop-ups voor deze site/);
    expect(fake.opened).toHaveLength(1);
    expect(within(reports).queryByTestId('report-window-open')).toBeNull();
  });
});
