// Excel probes on the workbook and Office: requirement sets and build, a compare-and-set save refused after a
// change, a snapshot protected, the change log hidden, and a dialog taking a long message in parts.

import { LOG_SHEET } from '../../shared/host/change-log';
import { failed, notApplicable, type Probe, passed, shown, verdict } from '../../shared/selftest/probe';
import { errorMessage } from '../../shared/selftest/runner';
import { officeErrorCode } from '../excel/cell-values';
import { REQUIRED_SETS } from '../taskpane/requirements';
import type { ExcelProbeHost } from './host';

/** The sets the result lists beside the ones the panel requires (what a bug report needs to know). */
const LISTED_SETS = [
  ...REQUIRED_SETS.map((set) => `${set.name} ${set.version}`),
  'ExcelApi 1.17',
  'CustomFunctionsRuntime 1.3',
  'CustomFunctionsRuntime 1.5',
  'DialogApi 1.2',
];

export const requirementSets: Probe<ExcelProbeHost> = {
  id: 'requirement-sets',
  checks: {
    nl: 'API-sets die het paneel vraagt, met build en platform',
    en: 'API sets the panel needs, with build and platform',
  },
  expected: REQUIRED_SETS.map((set) => `${set.name} ${set.version}`).join(', '),
  run: async ({ office }) => {
    const ask = office.isSetSupported;
    if (!ask)
      return notApplicable({
        nl: 'Office.context.requirements ontbreekt',
        en: 'Office.context.requirements is missing',
      });
    const answer = (text: string) => {
      const [name, version] = text.split(' ') as [string, string];
      try {
        return ask(name, version);
      } catch {
        return false;
      }
    };
    const build = `build ${office.diagnostics?.version ?? '?'}, ${office.diagnostics?.platform ?? '?'}`;
    const listed = [...new Set(LISTED_SETS)].map((set) => `${set}: ${answer(set) ? 'ja' : 'nee'}`).join(', ');
    const missing = REQUIRED_SETS.filter((set) => !answer(`${set.name} ${set.version}`));
    return verdict(missing.length === 0, `${build}; ${listed}`);
  },
};

const HEADER = ['Naam', 'coach'];

/**
 * The form reads the row (one batch), a colleague changes the cell (another batch), the form saves with the value
 * it read: the save must be refused (cellChanged) and the colleague's value stay (docs/design.md#9-reliability-and-privacy).
 */
export const compareAndSet: Probe<ExcelProbeHost> = {
  id: 'compare-and-set',
  checks: {
    nl: 'Opslaan weigert als de cel tussen lezen en opslaan veranderde',
    en: 'Saving is refused when the cell changed between reading and saving',
  },
  expected: { nl: 'geweigerd, de nieuwe waarde blijft', en: 'refused, the new value stays' },
  run: async ({ run, bridge, sheet }) => {
    await run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange('A1:B2').values = [HEADER, ['Proef', 1]];
      await context.sync();
    });
    const loaded = await bridge.readSheet(sheet);
    const expected = loaded.grid.values[1]?.[1] ?? null;
    await run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange('B2').values = [[2]];
      await context.sync();
    });
    let refusal = '';
    try {
      await bridge.writeRow({
        sheet,
        headerRow: 1,
        row: 2,
        nameHeader: 'Naam',
        expectedName: 'Proef',
        cells: [{ header: 'coach', expected: typeof expected === 'object' ? null : expected, value: 3 }],
      });
    } catch (error) {
      refusal = errorMessage(error);
    }
    const after = (await bridge.readSheet(sheet)).grid.values[1]?.[1];
    const seen = `${refusal ? `geweigerd/refused: ${refusal}` : 'opgeslagen/saved'}; B2 → ${shown(after)}`;
    return verdict(refusal !== '' && after === 2, seen);
  },
};

/** A snapshot of the temporary sheet (removed with it): protected, and a write into it refused. */
export const snapshotProtected: Probe<ExcelProbeHost> = {
  id: 'snapshot-protected',
  checks: {
    nl: 'Een momentopname is beveiligd en weigert een schrijfactie',
    en: 'A snapshot is protected and refuses a write',
  },
  expected: { nl: 'beveiligd; schrijven geweigerd', en: 'protected; write refused' },
  run: async (host) => {
    const { run, bridge, sheet } = host;
    await run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange('A1:B2').values = [HEADER, ['Proef', 2]];
      await context.sync();
    });
    const name = await bridge.saveSnapshot({ sheet, date: host.office.today });
    host.made.push(name);
    return run(async (context) => {
      const snapshot = context.workbook.worksheets.getItem(name);
      snapshot.protection.load('protected');
      await context.sync();
      const isProtected = snapshot.protection.protected;
      snapshot.getRange('B2').values = [[4]];
      let refused = '';
      try {
        await context.sync();
      } catch (error) {
        refused = officeErrorCode(error) ?? errorMessage(error);
      }
      return verdict(
        isProtected && refused !== '',
        `${name}: protected ${shown(isProtected)}; ${refused ? `geweigerd/refused (${refused})` : 'geschreven/written'}`,
      );
    });
  },
};

/** The change log is a hidden sheet; the probe only reads its visibility (n.v.t. before the first save). */
export const hiddenLog: Probe<ExcelProbeHost> = {
  id: 'hidden-log',
  checks: { nl: `Het wijzigingslogboek "${LOG_SHEET}" is verborgen`, en: `The change log "${LOG_SHEET}" is hidden` },
  expected: 'Hidden / VeryHidden',
  run: ({ run }) =>
    run(async (context) => {
      const log = context.workbook.worksheets.getItemOrNullObject(LOG_SHEET);
      log.load('visibility');
      await context.sync();
      if (log.isNullObject) {
        return notApplicable({
          nl: 'nog geen logboek (er is nog niet opgeslagen)',
          en: 'no log yet (nothing saved so far)',
        });
      }
      return verdict(log.visibility !== 'Visible', String(log.visibility));
    }),
};

/** The report dialog's message in parts: a page of 30,000 characters reaches the dialog, which then closes. */
export const DIALOG_MESSAGE_LENGTH = 30_000;

export const dialogParts: Probe<ExcelProbeHost> = {
  id: 'dialog-parts',
  checks: {
    nl: `Een venster opent, ontvangt ${DIALOG_MESSAGE_LENGTH.toLocaleString('nl-NL')} tekens in delen en sluit`,
    en: `A dialog opens, receives ${DIALOG_MESSAGE_LENGTH.toLocaleString('en-US')} characters in parts and closes`,
  },
  expected: { nl: 'ontvangen, gesloten', en: 'received, closed' },
  run: async ({ office }) => {
    if (!office.openDialog) return notApplicable({ nl: 'geen venster-API', en: 'no dialog API' });
    const filler = 'Teamscan '.repeat(Math.ceil(DIALOG_MESSAGE_LENGTH / 9)).slice(0, DIALOG_MESSAGE_LENGTH - 40);
    const html = `<!doctype html><title>Zelftest</title><p>${filler}</p>`;
    let closed = false;
    const close = await office.openDialog({ title: 'Teamscan-zelftest', html }, () => {
      closed = true;
    });
    close();
    for (let i = 0; i < 20 && !closed; i++) await office.wait(50);
    return closed
      ? passed(`${html.length} tekens/characters; gesloten/closed`)
      : failed(`${html.length} tekens/characters; niet gesloten/not closed`);
  },
};
