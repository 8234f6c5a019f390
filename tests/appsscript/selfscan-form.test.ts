// The self-scan form in Google Sheets through the built project: made from the matrix, taken back with races.

import { SheetsBridge } from '../../appsscript/sidebar/bridge';
import { ServerClient } from '../../appsscript/sidebar/client';
import { LOG_SHEET } from '../../shared/host/change-log';
import type { Language } from '../../shared/i18n/language';
import { builtinProfileOrFail } from '../../shared/profiles/resolve';
import { readTeam, type Team } from '../../shared/scan/team';
import { buildFormSpec } from '../../shared/selfscan/form-spec';
import { proposeTakeOver } from '../../shared/selfscan/proposal';
import { takeOverPerson } from '../../shared/selfscan/take-over';
import { FORM_TEXTS } from '../../shared/selfscan/texts';
import { trackFromForm } from '../../shared/selfscan/tracking';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { SHEET_MATRIX, SHEET_PROFILE } from '../../shared/workbook/plan';
import { columnOf } from './fake/edits';
import type { FakeForm } from './fake/forms';
import { type LoadedGas, loadGas } from './fake/load-gas';
import { scriptRunOver } from './fake/script-run';

const NAMES = ['Anna', 'Bram', 'Chris'];

function bridgeOver(loaded: LoadedGas, lang: Language = 'nl'): SheetsBridge {
  const idle = { setTimeout: () => 0, clearTimeout: () => {} };
  const visible = { hidden: () => false, onChange: () => () => {} };
  return new SheetsBridge(new ServerClient(scriptRunOver(loaded)), { locale: lang, lang }, idle, visible);
}

async function team(bridge: SheetsBridge): Promise<Team> {
  const [matrix, profile] = await Promise.all([bridge.readSheet(SHEET_MATRIX), bridge.readSheet(SHEET_PROFILE)]);
  return readTeam(matrix, profile)!;
}

function setUp(detail: 'gebieden' | 'competenties', lang: Language = 'nl') {
  const loaded = loadGas();
  const plan = buildWorkbookPlan({ profile: builtinProfileOrFail('npuls'), detail, lang, names: NAMES });
  expect(loaded.call('teamscanApplyPlan', plan, lang)).toEqual({ ok: true, value: null });
  return { loaded, bridge: bridgeOver(loaded, lang), matrix: loaded.gas.spreadsheet.getSheetByName(SHEET_MATRIX)! };
}

async function madeForm(loaded: LoadedGas, bridge: SheetsBridge, lang: Language): Promise<FakeForm> {
  const made = await bridge.createSelfscanForm(buildFormSpec(await team(bridge), lang));
  expect(made.url).toMatch(/^https:\/\/docs\.google\.com\/forms\//);
  return loaded.gas.forms.forms[0]!;
}

const at = (minute: number) => new Date(2026, 0, 5, 10, minute);

describe('the self-scan form', () => {
  it.each(['nl', 'en'] as const)(
    'is made for the matrix at gebieden in %s: names, one grid, wishes, no summary',
    async (lang) => {
      const { loaded, bridge } = setUp('gebieden', lang);
      const form = await madeForm(loaded, bridge, lang);
      const texts = FORM_TEXTS[lang];
      expect(form.title).toBe(texts.title(builtinProfileOrFail('npuls').title));
      expect(form.publishingSummary).toBe(false);
      expect(form.allowResponseEdits).toBe(true);
      expect(form.collectEmail).toBe(false);
      expect(form.destination).toEqual({ type: 'SPREADSHEET', id: 'spreadsheet1' });
      expect(form.description).toContain(texts.explanation[0]);
      const [person, grid, ...rest] = form.items;
      expect(person).toMatchObject({ type: 'LIST', title: texts.person, choices: NAMES, required: true });
      expect(grid).toMatchObject({ type: 'GRID', required: false });
      expect(grid!.columns).toEqual([...texts.levels, texts.notApplicable]);
      // One row per area column of the matrix, at gebieden in one grid.
      const team0 = await team(bridge);
      expect(grid!.rows).toEqual(team0.layout.fields.map((f) => f.header));
      expect(grid!.help).toContain(team0.layout.fields[0]!.text);
      const wishAreas = team0.layout.areas.filter((a) => a.wishColumn !== undefined);
      expect(rest.map((i) => i.type)).toEqual(wishAreas.map(() => 'MULTIPLE_CHOICE'));
      expect(rest[0]!.choices).toEqual([...texts.yesNo]);
    },
  );

  it('has one grid per area at competenties, the item texts as its help', async () => {
    const { loaded, bridge } = setUp('competenties');
    const form = await madeForm(loaded, bridge, 'nl');
    const t = await team(bridge);
    const grids = form.items.filter((i) => i.type === 'GRID');
    expect(grids).toHaveLength(t.layout.areas.filter((a) => a.groups.some((g) => g.fields.length)).length);
    const first = t.layout.areas[0]!.groups.flatMap((g) => g.fields);
    expect(grids[0]!.rows).toEqual(first.map((f) => f.header));
    expect(grids[0]!.help).toContain(first[0]!.text);
  });
});

describe('the createForm endpoint', () => {
  it('refuses a description of another shape or size before making anything', () => {
    const { loaded } = setUp('gebieden');
    const grid = { type: 'grid', title: 'G', help: '', choices: ['a'] };
    for (const spec of [
      null,
      { title: 'x', description: 'y', email: false, items: [grid] },
      { title: 'x'.repeat(20_000), description: 'y', email: false, items: [] },
      { title: 'x', description: 'y', email: false, items: [{ ...grid, rows: ['r'], choices: [] }] },
    ]) {
      expect(loaded.call('teamscanCreateForm', spec)).toMatchObject({ ok: false });
    }
    expect(loaded.gas.forms.forms).toHaveLength(0);
    expect(loaded.gas.documentProperties.size).toBe(0);
  });
});

describe('taking the responses over', () => {
  async function answered() {
    const { loaded, bridge, matrix } = setUp('gebieden');
    const form = await madeForm(loaded, bridge, 'nl');
    const t = await team(bridge);
    const [adviseur, coach] = t.layout.fields.map((f) => f.header);
    const grid = form.items.find((i) => i.type === 'GRID')!.title;
    const respond = (name: string, answers: Record<string, string>, minute: number) =>
      loaded.gas.forms.respond(form, { [FORM_TEXTS.nl.person]: name, [grid]: answers }, at(minute));
    return { loaded, bridge, matrix, form, respond, adviseur: adviseur!, coach: coach! };
  }

  it('proposes per person the cells that change; the latest response wins, older ones listed', async () => {
    const { bridge, respond, adviseur, coach } = await answered();
    respond('Anna', { [adviseur]: '1 - In ontwikkeling' }, 1);
    respond('Anna', { [adviseur]: '3 - Gevorderd', [coach]: 'n.v.t. / kan ik niet beoordelen' }, 5);
    respond('Bram', { [adviseur]: '' }, 2);
    const proposal = proposeTakeOver(await team(bridge), (await bridge.readSelfscanForm())!);
    const anna = proposal.people.find((p) => p.name === 'Anna')!;
    expect(anna.changes).toEqual([
      { header: adviseur, before: '', now: 3 },
      { header: coach, before: '', now: 'n.v.t.' },
    ]);
    expect(anna.older).toHaveLength(1);
    expect(proposal.people.find((p) => p.name === 'Bram')!.changes).toEqual([]);
  });

  it('writes under the lock, logs with source zelfscan, marks, and a second run takes nothing', async () => {
    const { loaded, bridge, matrix, respond, adviseur } = await answered();
    respond('Anna', { [adviseur]: '2 - Bekwaam' }, 1);
    const t = await team(bridge);
    const proposal = proposeTakeOver(t, (await bridge.readSelfscanForm())!);
    const outcome = await takeOverPerson(
      t,
      proposal.people[0]!,
      (w) => bridge.takeOverRow(w),
      () => team(bridge),
    );
    expect(outcome).toMatchObject({ status: 'done', conflicts: [] });
    expect(matrix.valueAt(2, columnOf(matrix, adviseur))).toBe(2);
    const log = loaded.gas.spreadsheet.getSheetByName(LOG_SHEET)!;
    expect(log.valueAt(1, 6)).toBe('Bron');
    expect([log.valueAt(2, 2), log.valueAt(2, 3), log.valueAt(2, 5), log.valueAt(2, 6)]).toEqual([
      'Anna',
      adviseur,
      2,
      'zelfscan',
    ]);
    // The user corrects the cell by hand; a second take-over proposes nothing for Anna.
    matrix.values.set(`2,${columnOf(matrix, adviseur)}`, 1);
    const again = proposeTakeOver(await team(bridge), (await bridge.readSelfscanForm())!);
    expect(again.people).toEqual([]);
  });

  it('writes a level in the bound matrix’s own scale: 3 on 1–5 as 4; a level yes/no cannot express is named, not written', async () => {
    const { bridge, matrix, respond, adviseur, coach } = await answered();
    respond('Anna', { [adviseur]: '3 - Gevorderd', [coach]: '1 - In ontwikkeling' }, 1);
    const read = async (scale: 'ja-nee' | '1-5') => {
      const [m, p] = await Promise.all([bridge.readSheet(SHEET_MATRIX), bridge.readSheet(SHEET_PROFILE)]);
      // A bound matrix: its header row given (row 1), with the scale stored in its binding.
      return readTeam(m, p, 1, scale)!;
    };
    const state = (await bridge.readSelfscanForm())!;
    const yesNo = proposeTakeOver(await read('ja-nee'), state).people[0]!;
    expect(yesNo.changes).toEqual([]);
    expect(yesNo.unexpressed).toEqual([adviseur, coach]);
    const oneToFive = await read('1-5');
    const proposal = proposeTakeOver(oneToFive, state).people[0]!;
    expect(proposal.changes).toEqual([
      { header: adviseur, before: '', now: 4 },
      { header: coach, before: '', now: 2 },
    ]);
    expect(proposal.unexpressed).toEqual([]);
    const outcome = await takeOverPerson(
      oneToFive,
      proposal,
      (w) => bridge.takeOverRow(w),
      () => read('1-5'),
    );
    expect(outcome).toMatchObject({ status: 'done', conflicts: [] });
    expect([matrix.valueAt(2, columnOf(matrix, adviseur)), matrix.valueAt(2, columnOf(matrix, coach))]).toEqual([4, 2]);
  });

  it('never overwrites a cell edited between reading the responses and taking them over: a conflict, the rest written', async () => {
    const { bridge, matrix, respond, adviseur, coach } = await answered();
    respond('Anna', { [adviseur]: '2 - Bekwaam', [coach]: '4 - Expert' }, 1);
    const t = await team(bridge);
    const proposal = proposeTakeOver(t, (await bridge.readSelfscanForm())!);
    // A colleague types in Anna's Adviseur cell meanwhile.
    matrix.values.set(`2,${columnOf(matrix, adviseur)}`, 1);
    const outcome = await takeOverPerson(
      t,
      proposal.people[0]!,
      (w) => bridge.takeOverRow(w),
      () => team(bridge),
    );
    expect(outcome).toEqual({
      status: 'done',
      written: [{ header: coach, before: '', now: 4 }],
      conflicts: [{ header: adviseur, before: '', matrix: 1, answer: 2 }],
    });
    expect(matrix.valueAt(2, columnOf(matrix, adviseur))).toBe(1);
    expect(matrix.valueAt(2, columnOf(matrix, coach))).toBe(4);
  });

  it('two take-overs at once: the second writes nothing and says the response was taken', async () => {
    const { loaded, bridge, respond, adviseur } = await answered();
    respond('Bram', { [adviseur]: '3 - Gevorderd' }, 1);
    const other = bridgeOver(loaded);
    const [mine, theirs] = [await team(bridge), await team(other)];
    const state = (await bridge.readSelfscanForm())!;
    const [a, b] = [proposeTakeOver(mine, state).people[0]!, proposeTakeOver(theirs, state).people[0]!];
    const results = await Promise.all([
      takeOverPerson(
        mine,
        a,
        (w) => bridge.takeOverRow(w),
        () => team(bridge),
      ),
      takeOverPerson(
        theirs,
        b,
        (w) => other.takeOverRow(w),
        () => team(other),
      ),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['done', 'taken']);
    const log = loaded.gas.spreadsheet.getSheetByName(LOG_SHEET)!;
    expect(log.getLastRow()).toBe(2);
  });

  it('adds a person not in the matrix below it, logged by name', async () => {
    const { loaded, bridge, matrix, respond, adviseur } = await answered();
    const form = loaded.gas.forms.forms[0]!;
    // The dropdown was edited in Forms by hand to hold a new colleague.
    form.items[0]!.choices.push('Dana');
    respond('Dana', { [adviseur]: '2 - Bekwaam' }, 1);
    const t = await team(bridge);
    const dana = proposeTakeOver(t, (await bridge.readSelfscanForm())!).people.find((p) => p.name === 'Dana')!;
    expect(dana.sheetRow).toBeUndefined();
    expect(
      await takeOverPerson(
        t,
        dana,
        (w) => bridge.takeOverRow(w),
        () => team(bridge),
      ),
    ).toMatchObject({ status: 'done' });
    const nameColumn = columnOf(matrix, t.layout.nameHeader);
    expect(matrix.valueAt(5, nameColumn)).toBe('Dana');
    expect(matrix.valueAt(5, columnOf(matrix, adviseur))).toBe(2);
    expect((await team(bridge)).reading.people.map((p) => p.name)).toContain('Dana');
  });
});

describe('tracking the responses in Sheets', () => {
  it('counts who answered, names who not yet, and who answered after the last take-over', async () => {
    const { loaded, bridge } = setUp('gebieden');
    const form = await madeForm(loaded, bridge, 'nl');
    const grid = form.items.find((i) => i.type === 'GRID')!;
    const respond = (name: string, level: string, minute: number) =>
      loaded.gas.forms.respond(
        form,
        { [FORM_TEXTS.nl.person]: name, [grid.title]: { [grid.rows[0]!]: level } },
        at(minute),
      );
    respond('Anna', '2 - Bekwaam', 1);
    let t = await team(bridge);
    const [anna] = proposeTakeOver(t, (await bridge.readSelfscanForm())!).people;
    await takeOverPerson(
      t,
      anna!,
      (w) => bridge.takeOverRow(w),
      () => team(bridge),
    );
    respond('Bram', '1 - In ontwikkeling', 2);
    t = await team(bridge);
    const state = (await bridge.readSelfscanForm())!;
    const tracking = trackFromForm(t, state, (await bridge.readSheet(LOG_SHEET)).grid);
    expect(tracking).toMatchObject({
      total: 3,
      answered: ['Anna', 'Bram'],
      notYet: ['Chris'],
      percent: 67,
      inLastTakeOver: ['Anna'],
      sinceTakeOver: ['Bram'],
    });
    expect(tracking.lastTakeOver).toEqual(expect.any(Number));
  });
});
