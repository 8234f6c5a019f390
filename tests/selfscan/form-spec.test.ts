// The self-scan form's description and the take-over proposal from the core: e-mail path, languages, latest wins.

import fc from 'fast-check';
import { readTeam } from '../../shared/scan/team';
import { buildFormSpec } from '../../shared/selfscan/form-spec';
import type { FormResponseState, FormState } from '../../shared/selfscan/form-types';
import { proposalWrite, proposeTakeOver } from '../../shared/selfscan/proposal';
import { FORM_TEXTS } from '../../shared/selfscan/texts';
import { selfscanLogEntries } from '../../shared/selfscan/tracking';

function teamWith(header: readonly string[], rows: readonly (readonly unknown[])[]) {
  return readTeam({
    sheet: 'Teammatrix',
    exists: true,
    grid: { values: [[...header], ...rows.map((r) => [...r])] as never },
  })!;
}

const plain = teamWith(
  ['Naam', 'Adviseur', 'Coach'],
  [
    ['Anna', 2, null],
    ['Bram', null, 1],
  ],
);
const withEmail = teamWith(
  ['Naam', 'E-mail', 'Adviseur', 'Coach'],
  [
    ['Anna', 'anna@school.nl', 2, null],
    ['Bram', 'bram@school.nl', null, 1],
  ],
);

function formOf(lang: 'nl' | 'en', email: boolean): FormState {
  const spec = buildFormSpec(email ? withEmail : plain, lang);
  return {
    url: 'https://docs.google.com/forms/d/e/x/viewform',
    items: spec.items.map((item, index) => ({ id: index + 1, title: item.title, rows: item.rows ?? null })),
    responses: [],
  };
}

describe('the form description', () => {
  it('collects the e-mail address instead of asking the name where the matrix has an E-mail column', () => {
    const spec = buildFormSpec(withEmail, 'nl');
    expect(spec.email).toBe(true);
    expect(spec.items.some((item) => item.type === 'list')).toBe(false);
    expect(spec.description).toContain(FORM_TEXTS.nl.emailNote);
    // The E-mail column is no competency: the grid asks the level columns only.
    expect(spec.items[0]).toMatchObject({ type: 'grid', rows: ['Adviseur', 'Coach'] });
  });

  it('matches an e-mail response to its person, whatever its case', () => {
    const state = formOf('nl', true);
    const response: FormResponseState = {
      id: 'r1',
      time: 5,
      email: 'Bram@School.nl',
      taken: false,
      answers: [[1, ['4 - Expert', '']]],
    };
    const proposal = proposeTakeOver(withEmail, { ...state, responses: [response] });
    expect(proposal.people).toEqual([
      expect.objectContaining({ name: 'Bram', sheetRow: 3, changes: [{ header: 'Adviseur', before: null, now: 4 }] }),
    ]);
    expect(proposal.anonymous).toBe(0);
    const stranger = proposeTakeOver(withEmail, { ...state, responses: [{ ...response, email: 'x@elders.nl' }] });
    expect(stranger).toEqual({ people: [], anonymous: 1 });
  });

  it('takes over an English form as a Dutch one: levels by their words, n/a as n.v.t., yes as ja', () => {
    const en = formOf('en', false);
    const response: FormResponseState = {
      id: 'r1',
      time: 1,
      email: '',
      taken: false,
      answers: [
        [1, 'Anna'],
        [2, ['3 - Advanced', 'n/a / cannot judge']],
      ],
    };
    const [anna] = proposeTakeOver(plain, { ...en, responses: [response] }).people;
    expect(anna!.changes).toEqual([
      { header: 'Adviseur', before: 2, now: 3 },
      { header: 'Coach', before: null, now: 'n.v.t.' },
    ]);
    expect(proposalWrite(plain, anna!)).toMatchObject({
      row: 2,
      expectedName: 'Anna',
      responses: ['r1'],
      cells: [
        { header: 'Adviseur', expected: 2, value: 3 },
        { header: 'Coach', expected: null, value: 'n.v.t.' },
      ],
    });
  });

  it('whatever order the responses come in, the latest per person wins and the others are listed', () => {
    const state = formOf('nl', false);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 5 }), (levels) => {
        const responses: FormResponseState[] = levels.map((level, index) => ({
          id: `r${index}`,
          time: 1000 + index * 7,
          email: '',
          taken: false,
          answers: [
            [1, 'Bram'],
            [2, ['', FORM_TEXTS.nl.levels[level]!]],
          ],
        }));
        const shuffled = [...responses].reverse();
        const [bram] = proposeTakeOver(plain, { ...state, responses: shuffled }).people;
        const last = levels[levels.length - 1]!;
        expect(bram!.latest.id).toBe(`r${levels.length - 1}`);
        expect(bram!.older.map((r) => r.id).sort()).toEqual(
          responses
            .slice(0, -1)
            .map((r) => r.id)
            .sort(),
        );
        expect(bram!.changes).toEqual(last === 1 ? [] : [{ header: 'Coach', before: 1, now: last }]);
      }),
    );
  });
});

test("the Sheets take-over's sixth column counts as Bron where its header is absent", () => {
  const grid = {
    values: [
      ['Tijd', 'Naam', 'Kolom', 'Eerder', 'Nu'],
      [new Date(5), 'Anna', 'Coach', null, 2, 'zelfscan'],
    ],
  };
  expect(selfscanLogEntries(grid)).toEqual([{ time: 5, name: 'Anna' }]);
});
