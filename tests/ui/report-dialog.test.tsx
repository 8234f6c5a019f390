/** @jest-environment jsdom */
// The panel's report buttons: Dekking opens the team and anonymous reports, Scan the personal one, through
// HostBridge.openReport; progress while it is made, the core's refusal and a host failure shown in the panel.
// Also the printable page the preview and Sheets show: one hashed script, the report's policy kept.

import { createHash } from 'node:crypto';
import { act, screen, waitFor, within } from '@testing-library/react';
import { PreviewBridge } from '../../preview/bridge';
import type { WorkbookStore } from '../../preview/store';
import type { HostBridge, ReportView } from '../../shared/host/bridge';
import { localDate } from '../../shared/host/snapshot';
import { fillTemplate } from '../../shared/i18n/message';
import { REPORT_MESSAGES } from '../../shared/i18n/ui-messages-report';
import { readTeam } from '../../shared/scan/team';
import { makeReport } from '../../shared/ui/report/make-report';
import { PRINT_SCRIPT, PRINT_SCRIPT_HASH, printablePage } from '../../shared/ui/report/printable';
import { FIXED_NOW, injectedBridge, writeAt } from '../preview/helpers';
import { renderPanel } from './render';

/** The preview's bridge with openReport recorded (or held, or failing) instead of opening a window. */
class RecordingBridge extends PreviewBridge {
  readonly reports: ReportView[] = [];
  next: (report: ReportView) => Promise<void> = async () => {};

  override async openReport(report: ReportView): Promise<void> {
    this.reports.push(report);
    await this.next(report);
  }
}

const NAMES = ['Anna', 'Bram', 'Chris', 'Dirk', 'Eva'];

async function team(scanned: number) {
  const { store } = await injectedBridge(NAMES);
  // Without the Dekking sheet the default norms apply; the sheet's own norms: see the makeReport test below.
  store.set({ ...store.workbook, sheets: store.workbook.sheets.filter((sheet) => sheet.name !== 'Dekking') });
  const bridge = new RecordingBridge(store as WorkbookStore, 'nl-NL', () => FIXED_NOW);
  for (let index = 0; index < scanned; index++) {
    await writeAt(bridge, {
      row: index + 2,
      expectedName: NAMES[index]!,
      cells: [0, 1, 2, 3, 4, 5].map((c) => ({ column: 4 + c, value: (index + c) % 5 })),
    });
  }
  return bridge;
}

async function openCoverage(bridge: RecordingBridge, lang?: 'nl' | 'en') {
  const rendered = renderPanel(bridge, lang);
  await rendered.user.click(await screen.findByRole('tab', { name: lang === 'en' ? 'Coverage' : 'Dekking' }));
  return { ...rendered, reports: await screen.findByTestId('team-reports') };
}

test('Teamrapport opens the core’s team report, with its chart, through the bridge', async () => {
  const bridge = await team(3);
  const { user, reports } = await openCoverage(bridge);
  await user.click(within(reports).getByRole('button', { name: 'Teamrapport' }));
  await waitFor(() => expect(bridge.reports).toHaveLength(1));
  const [report] = bridge.reports;
  expect(report!.title).toBe('Teamrapport');
  expect(report!.html).toMatch(/^<!doctype html>/);
  expect(report!.html).toContain('<svg');
  expect(report!.html).toContain('<html lang="nl">');
  for (const name of ['Anna', 'Bram', 'Chris']) expect(report!.html).toContain(name);
  expect(report!.html).toContain(localDate(new Date()));
  await waitFor(() => expect(screen.queryByTestId('report-busy')).toBeNull());
});

test.each([
  ['nl', 'Anoniem teamrapport'],
  ['en', 'Anonymous team report'],
] as const)(
  'below five scanned people the anonymous button is disabled with its reason (docs/design.md#9-reliability-and-privacy, %s)',
  async (lang, label) => {
    const bridge = await team(4);
    const { user, reports } = await openCoverage(bridge, lang);
    const button = within(reports).getByRole('button', { name: label });
    // Disabled but focusable (Fluent's disabledFocusable), so a screen reader reads the reason with it.
    expect(button.getAttribute('aria-disabled')).toBe('true');
    await user.click(button);
    const why = within(reports).getByTestId('report-anonymous-why');
    expect(why.textContent).toBe(fillTemplate(REPORT_MESSAGES.reportAnonymousTooFew[lang], { minimum: 5, scanned: 4 }));
    expect(why.textContent).toContain(lang === 'nl' ? 'vanaf 5 gescande mensen; nu zijn het er 4' : 'at least 5');
    expect(button.getAttribute('aria-describedby')).toBe(why.id);
    // The click started nothing: no report being made, none opened, no refusal shown.
    expect(within(reports).queryByTestId('report-busy')).toBeNull();
    expect(within(reports).queryByRole('alert')).toBeNull();
    expect(bridge.reports).toHaveLength(0);
  },
);

test('with five scanned people the anonymous report opens and names nobody', async () => {
  const bridge = await team(5);
  const { user, reports } = await openCoverage(bridge);
  expect(within(reports).queryByTestId('report-anonymous-why')).toBeNull();
  await user.click(within(reports).getByRole('button', { name: 'Anoniem teamrapport' }));
  await waitFor(() => expect(bridge.reports).toHaveLength(1));
  expect(bridge.reports[0]!.title).toBe('Anoniem teamrapport');
  for (const name of NAMES) expect(bridge.reports[0]!.html).not.toContain(name);
});

test('the anonymous report shows the progress since the snapshot chosen under Vergelijk met, over the five in both rounds (docs/design.md#9-reliability-and-privacy)', async () => {
  const bridge = await team(5);
  const { user, reports } = await openCoverage(bridge);
  const rounds = await screen.findByTestId('rounds');
  await user.click(within(rounds).getByRole('button', { name: 'Momentopname bewaren' }));
  const sheet = `Scan ${localDate(new Date())}`;
  await waitFor(() => expect(within(rounds).getByRole('status').textContent).toBe(`Bewaard als ${sheet}`));
  await writeAt(bridge, { row: 3, expectedName: 'Bram', cells: [{ column: 5, value: 4 }] });
  await user.selectOptions(await within(rounds).findByRole('combobox', { name: 'Vergelijk met' }), sheet);
  await within(rounds).findByTestId('round-change');
  await user.click(within(reports).getByRole('button', { name: 'Anoniem teamrapport' }));
  await waitFor(() => expect(bridge.reports).toHaveLength(1));
  const { html } = bridge.reports[0]!;
  expect(html).toContain(`Voortgang sinds ${sheet}`);
  expect(html).toContain('(van de 5 mensen die in beide rondes gescand zijn)');
  expect(html).toContain('0 erbij, 0 vertrokken');
  for (const name of NAMES) expect(html).not.toContain(name);
});

test('progress while the report is made, the buttons held; a host failure is shown in the panel', async () => {
  const bridge = await team(3);
  let finish: (error?: Error) => void = () => {};
  bridge.next = () =>
    new Promise((resolve, reject) => {
      finish = (error) => (error ? reject(error) : resolve());
    });
  const { user, reports } = await openCoverage(bridge);
  const teamButton = within(reports).getByRole('button', { name: 'Teamrapport' });
  await user.click(teamButton);
  expect(await within(reports).findByText('Rapport maken…')).toBeTruthy();
  expect((teamButton as HTMLButtonElement).disabled).toBe(true);
  act(() => finish(new Error('Het venster ging niet open')));
  const alert = await within(reports).findByRole('alert');
  expect(alert.textContent).toContain('Het venster ging niet open');
  expect((teamButton as HTMLButtonElement).disabled).toBe(false);
  expect(within(reports).queryByText('Rapport maken…')).toBeNull();
});

test('Persoonlijk rapport in Scan opens the selected person’s report', async () => {
  const bridge = await team(3);
  const { user } = renderPanel(bridge);
  await screen.findByTestId('scan-name');
  act(() => bridge.select({ sheet: 'Teammatrix', row: 3, column: 5 }));
  await waitFor(() => expect(screen.getByTestId('scan-name').textContent).toBe('Bram'));
  await user.click(within(screen.getByTestId('personal-report')).getByRole('button', { name: 'Persoonlijk rapport' }));
  await waitFor(() => expect(bridge.reports).toHaveLength(1));
  expect(bridge.reports[0]!.title).toBe('Persoonlijk rapport: Bram');
  expect(bridge.reports[0]!.html).toContain('Bram');
  expect(bridge.reports[0]!.html).toContain('<svg');
});

test('an English panel makes the English report', async () => {
  const bridge = await team(3);
  const { user, reports } = await openCoverage(bridge, 'en');
  await user.click(within(reports).getByRole('button', { name: 'Team report' }));
  await waitFor(() => expect(bridge.reports).toHaveLength(1));
  expect(bridge.reports[0]!.title).toBe('Team report');
  expect(bridge.reports[0]!.html).toContain('<html lang="en">');
});

describe('printablePage', () => {
  const page = (lang: 'nl' | 'en') =>
    [
      '<!doctype html>',
      `<html lang="${lang}">`,
      `<head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"></head>`,
      '<body><h1>Rapport</h1><p>&lt;/body&gt;</p></body>',
      '</html>',
    ].join('\n');

  test('adds the Print button and its one script, allowed by the script’s own hash and nothing else', () => {
    const html = printablePage(page('nl'));
    const hash = createHash('sha256').update(PRINT_SCRIPT).digest('base64');
    expect(PRINT_SCRIPT_HASH).toBe(`'sha256-${hash}'`);
    expect(html).toContain(
      `content="default-src 'none'; script-src ${PRINT_SCRIPT_HASH}; style-src 'unsafe-inline'; img-src data:"`,
    );
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).toContain(`<script>${PRINT_SCRIPT}</script></body>`);
    expect(html).toContain('<button type="button" id="teamscan-print">Afdrukken of pdf bewaren</button>');
    // The button sits in the report's .print paragraph, which its print CSS hides.
    expect(html).toMatch(/<body><p class="print"><button/);
    expect(html).toContain('<p>&lt;/body&gt;</p>');
  });

  test('labels the button in the report’s language', () => {
    expect(printablePage(page('en'))).toContain('>Print or save as PDF</button>');
  });

  test('refuses a page that is not a report (no policy to extend)', () => {
    expect(() => printablePage('<html><body>x</body></html>')).toThrow(/not a Teamscan report/);
  });
});

test('makeReport takes threshold and target from the Dekking sheet, as the Dekking part does', async () => {
  const bridge = await team(3);
  const reading = await bridge.readSheet('Teammatrix');
  const current = readTeam(reading, await bridge.readSheet('Profiel'))!;
  const withDekking = {
    readSheet: async (sheet: string) =>
      sheet === 'Dekking'
        ? { sheet, exists: true, grid: { values: [['Dekking'], ['Drempel', 3], ['Doel', 1]] } }
        : bridge.readSheet(sheet),
  } as unknown as HostBridge;
  const report = await makeReport(withDekking, current, { kind: 'team' }, 'nl', new Date(2026, 11, 1));
  expect(report.html).toContain('drempel 3, doel 1 · 2026-12-01');
});

test('localDate is the calendar day of the given moment, zero-padded', () => {
  expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
});
