// The texts Teamscan writes on a sheet, by column: from the layouts of today (every profile, language and detail
// asked for) and from earlier layouts (a frozen copy below), so re-injecting never carries Teamscan's own text.

import { LEVELS } from '../levels/levels';
import type { Detail } from '../profiles/detail';
import { DETAILS } from '../profiles/detail';
import type { Profile } from '../profiles/model';
import type { WorkbookPlan } from './plan';
import { SHEET_DASHBOARD } from './plan';

/** Builds today's layout for a profile, language and detail (the caller's own plan builder, without carry-over). */
export type LayoutBuilder = (profile: Profile, lang: 'nl' | 'en', detail: Detail) => WorkbookPlan;

/** Text → the columns (0-based) Teamscan writes it in. */
export type TextColumns = Map<string, Set<number>>;

function add(texts: TextColumns, text: string, column: number): void {
  const key = text.trim();
  if (key === '') return;
  let columns = texts.get(key);
  if (!columns) {
    columns = new Set();
    texts.set(key, columns);
  }
  columns.add(column);
}

type Pair = readonly [nl: string, en: string];

/**
 * Texts of the layout before the norms table (Teamscan 2026-12): title, threshold and target rows with notes,
 * legend. Kept as they were, since today's texts may have changed; `{title}` is the profile's title.
 */
const LEGACY_DASHBOARD: readonly { readonly column: number; readonly texts: Pair }[] = [
  { column: 0, texts: ['Dekking — {title}', 'Coverage — {title}'] },
  { column: 0, texts: ['Drempel', 'Threshold'] },
  { column: 0, texts: ['Doel (personen)', 'Target (people)'] },
  {
    column: 2,
    texts: [
      'Niveau dat telt als dekking (0–4). Pas aan; de tabellen rekenen mee.',
      'Level that counts as coverage (0–4). Change it; the tables follow.',
    ],
  },
  {
    column: 2,
    texts: ['Zoveel personen moeten een netwerkgebied dekken.', 'This many people should cover a network area.'],
  },
  { column: 0, texts: ['Legenda', 'Legend'] },
  {
    column: 0,
    texts: [
      'gedekt — genoeg personen op of boven de drempel (basis: iedereen die gescand is)',
      'covered — enough people at or above the threshold (basics: everyone scanned)',
    ],
  },
  {
    column: 0,
    texts: [
      'kwetsbaar — wel gedekt, maar door minder personen dan het doel: één afwezige verder is het een gat',
      'vulnerable — covered, but by fewer people than the target: one absence away from a gap',
    ],
  },
  {
    column: 0,
    texts: [
      'gat — niemand haalt de drempel (basis: iemand zit eronder)',
      'gap — nobody reaches the threshold (basics: someone is below it)',
    ],
  },
  {
    column: 0,
    texts: [
      'n.v.t. telt nergens mee; een lege cel is nog niet gescand',
      'n/a counts nowhere; an empty cell is not scanned yet',
    ],
  },
  { column: 0, texts: ['Niveaus', 'Levels'] },
];

/** The labels of the earlier layout whose value sat in the next column (B2 and B3): those values are Teamscan's. */
export const LEGACY_INPUT_LABELS: ReadonlySet<string> = new Set([
  'Drempel',
  'Threshold',
  'Doel (personen)',
  'Target (people)',
]);

function legacyTexts(sheet: string, profiles: readonly Profile[], texts: TextColumns): void {
  if (sheet !== SHEET_DASHBOARD) return;
  for (const { column, texts: pair } of LEGACY_DASHBOARD) {
    for (const text of pair) {
      if (text.includes('{title}'))
        for (const profile of profiles) add(texts, text.replace('{title}', profile.title), column);
      else add(texts, text, column);
    }
  }
  for (const level of LEVELS) {
    for (const lang of ['nl', 'en'] as const) {
      add(texts, `${level.value} ${level.label[lang]}${level.descriptor ? ` — ${level.descriptor[lang]}` : ''}`, 0);
    }
  }
}

/** Per profile and sheet, its texts: built once (twelve layouts), as the panel plans again on every keystroke. */
const cache = new WeakMap<Profile, Map<string, TextColumns>>();

function profileTexts(sheet: string, profile: Profile, layout: LayoutBuilder): TextColumns {
  const known = cache.get(profile)?.get(sheet);
  if (known) return known;
  const texts: TextColumns = new Map();
  for (const lang of ['nl', 'en'] as const) {
    for (const detail of DETAILS) {
      const planned = layout(profile, lang, detail).sheets.find((candidate) => candidate.name === sheet);
      for (const block of planned?.blocks ?? []) {
        block.values.forEach((line) => {
          line.forEach((cell, c) => {
            if (typeof cell === 'string') add(texts, cell, block.column + c);
            else if (cell && typeof cell === 'object' && cell.formula.kind === 'native') {
              add(texts, formulaKey(cell.formula.text), block.column + c);
            }
          });
        });
      }
    }
  }
  legacyTexts(sheet, [profile], texts);
  if (!cache.has(profile)) cache.set(profile, new Map());
  cache.get(profile)!.set(sheet, texts);
  return texts;
}

/** Every text Teamscan writes on `sheet` for these profiles, in both languages and every detail, by column. */
export function teamscanTexts(sheet: string, profiles: readonly Profile[], layout: LayoutBuilder): TextColumns {
  const texts: TextColumns = new Map();
  for (const profile of profiles) {
    for (const [text, columns] of profileTexts(sheet, profile, layout)) {
      for (const column of columns) add(texts, text, column);
    }
  }
  return texts;
}

/** A native formula as a key among the texts: spaces and case aside, as hosts may tidy both when they store it. */
function formulaKey(formula: string): string {
  return `\u0000${formula.replace(/\s+/g, '').toUpperCase()}`;
}

/** Whether a (non-Teamscan-function) formula is one Teamscan writes in this column, such as a norm's default. */
export function isTeamscanFormula(texts: TextColumns, formula: string, column: number): boolean {
  return texts.get(formulaKey(formula))?.has(column) ?? false;
}

/** Whether a text is one Teamscan writes in this column. */
export function isTeamscanText(texts: TextColumns, text: string, column: number): boolean {
  return texts.get(text.trim())?.has(column) ?? false;
}
