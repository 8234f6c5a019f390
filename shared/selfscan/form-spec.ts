// Describes the self-scan form of a matrix (docs/design.md#12-rounds-history-and-reports): person, grids, wishes.

import type { Language } from '../i18n/language';
import type { MatrixReading } from '../matrix/reading';
import type { ScanField } from '../scan/layout';
import type { Team } from '../scan/team';
import { matchKey } from '../text/normalize';
import type { FormItemSpec, FormSpec } from './form-types';
import { FORM_TEXTS } from './texts';

/** A column whose header says it holds e-mail addresses ("E-mail", "Email", "E-mailadres"), as matchKey spells it. */
const EMAIL_HEADER = /^e ?mail(?: ?adres| address)?$/;

/** The 0-based grid column of the matrix's E-mail column, if it has one. */
export function emailColumn(reading: MatrixReading): number | undefined {
  return reading.columns.find((column) => EMAIL_HEADER.test(matchKey(column.header)))?.column;
}

/** The grid's columns: the levels 0–4, then n.v.t. / kan ik niet beoordelen. */
export function levelChoices(lang: Language): string[] {
  return [...FORM_TEXTS[lang].levels, FORM_TEXTS[lang].notApplicable];
}

function help(fields: readonly ScanField[], intro: string): string {
  return [intro, ...fields.map((field) => `${field.header}: ${field.text}`)].join('\n');
}

/**
 * The form for the team's matrix, in `lang`, at the matrix's detail: the person question (a dropdown of the
 * names, or, with an E-mail column, e-mail collection instead), one grid per area with the matrix's columns as
 * rows (at `gebieden`: one grid for all areas), the item texts as help, and a wish question per area that has a
 * wish column.
 */
export function buildFormSpec(team: Team, lang: Language): FormSpec {
  const texts = FORM_TEXTS[lang];
  const { layout, reading } = team;
  const email = emailColumn(reading) !== undefined;
  const choices = levelChoices(lang);
  const grid = (title: string, fields: readonly ScanField[]): FormItemSpec => ({
    type: 'grid',
    title,
    help: help(fields, texts.gridHelp),
    choices,
    rows: fields.map((field) => field.header),
  });
  const wishes = (areas: typeof layout.areas): FormItemSpec[] =>
    areas
      .filter((area) => area.wishColumn !== undefined)
      .map((area) => ({ type: 'choice', title: texts.wish(area.role), help: area.name, choices: [...texts.yesNo] }));
  const items: FormItemSpec[] = [];
  if (!email) {
    const names = reading.people.map((person) => person.name);
    if (names.length > 0) items.push({ type: 'list', title: texts.person, help: texts.personHelp, choices: names });
  }
  if (layout.fields.every((field) => field.kind === 'area')) {
    if (layout.fields.length > 0) items.push(grid(texts.allAreas, layout.fields));
    items.push(...wishes(layout.areas));
  } else {
    for (const area of layout.areas) {
      const fields = area.groups.flatMap((group) => group.fields);
      if (fields.length > 0) items.push(grid(`${area.role} — ${area.name}`, fields));
      items.push(...wishes([area]));
    }
  }
  return {
    title: texts.title(reading.profile.title),
    description: [...texts.explanation, ...(email ? [texts.emailNote] : [])].join('\n\n'),
    email,
    items,
  };
}
