// `teamscan workbook`: writes the add-in-free .xlsx (native formulas), optionally pre-filled from a file.

import { extname } from 'node:path';
import { Command } from 'commander';
import type { Language } from '../../shared/i18n/language';
import { formatMessage } from '../../shared/i18n/message';
import type { MatrixReading } from '../../shared/matrix/reading';
import { type Detail, readDetail } from '../../shared/profiles/detail';
import { personKey } from '../../shared/text/normalize';
import { buildNativeWorkbookPlan } from '../../shared/workbook/native';
import { checkListedNames } from '../output/names';
import { sheetChoice } from '../output/sheet-choice';
import { checkOutputTarget } from '../output/target';
import { loadProfileOption } from '../profile-option';
import { languageOf, print } from '../program-context';
import { readTextFile } from '../read/text-file';
import { readFirstColumn } from '../read-matrix';
import { InputError } from '../read-table';
import {
  profileScale,
  type ReadingOptionValues,
  readOptionsOf,
  thresholdOption,
  typedThreshold,
  withReadingOptions,
} from '../reading-options';
import type { HelpTexts } from '../texts';
import { WORKBOOK_CLI_TEXTS } from '../xlsx/texts';
import { sourceNorms } from './workbook-norms';
import { profileInZeroToFour, readExisting } from './workbook-source';

export interface WorkbookOptions extends ReadingOptionValues {
  readonly profiel?: string;
  readonly detail?: string;
  readonly namen?: string;
  readonly from?: string;
  /** The sheet of the --from file (or FILE#SHEET). */
  readonly sheet?: string;
  readonly out?: string;
  /** Replace an existing --out file. */
  readonly overwrite?: boolean;
  readonly drempel?: string;
  readonly doel?: string;
  readonly lang: Language;
}

const NAME_HEADERS = new Set(['naam', 'name', 'namen', 'names', 'medewerker', 'persoon', 'docentondersteuner']);

/** Names from a text file (one per line) or the first column of a .csv/.xlsx; a "Naam" header is skipped. */
async function readNames(path: string, lang: Language): Promise<string[]> {
  const extension = extname(path).toLowerCase();
  let cells: unknown[];
  if (extension === '.txt' || extension === '') {
    // Same checked reading and decoding as a .csv: UTF-16 by its BOM, Windows-1252 only for a file with no UTF-8.
    cells = (await readTextFile(path)).text.split(/\r?\n/);
  } else if (extension === '.csv' || extension === '.xlsx') {
    cells = await readFirstColumn(path);
  } else {
    throw new InputError(WORKBOOK_CLI_TEXTS[lang].namesFile(path));
  }
  const listed = cells
    .map((cell, index) => ({ name: cell === null || cell === undefined ? '' : String(cell).trim(), line: index + 1 }))
    .filter(({ name }) => name !== '');
  checkListedNames(path, listed);
  const names = listed.map(({ name }) => name);
  return names.length && NAME_HEADERS.has(personKey(names[0]!)) ? names.slice(1) : names;
}

/**
 * The reading's warnings --from shows: rows that are not in the matrix it read, and levels of only 0 and 1 (a
 * yes/no matrix would go into the workbook as levels 0 and 1 without --schaal ja-nee).
 */
const SHOWN: ReadonlySet<string> = new Set([
  'rowsBelowIgnored',
  'totalsRow',
  'rowWithoutName',
  'rowsBelowCounted',
  'onlyZeroOne',
]);

/** The reading options read the --from file: without it they would change nothing, which is said. */
function refuseReadingOptions(options: WorkbookOptions): void {
  const given = [
    options.sheet !== undefined ? '--sheet' : '',
    options.schaal !== undefined ? '--schaal' : '',
    options.range !== undefined ? '--bereik' : '',
    options.naamkolom !== undefined ? '--naamkolom' : '',
    options.transponeer ? '--transponeer' : '',
  ].filter(Boolean);
  if (given.length) throw new InputError(WORKBOOK_CLI_TEXTS[options.lang].readingWithoutFrom(given.join(', ')));
}

/** The detail of a --from source: items when it has item columns, else K/V/A, else areas (docs/design.md#4-what-the-answers-mean: mixed). */
function sourceDetail(reading: MatrixReading): Detail {
  if (reading.itemColumns.some(Boolean)) return 'competenties';
  return reading.columns.some((column) => column.target?.kind === 'areaType') ? 'kva' : 'gebieden';
}

export async function workbookCommand(options: WorkbookOptions): Promise<string> {
  const texts = WORKBOOK_CLI_TEXTS[options.lang];
  if (!options.out) throw new InputError(texts.outRequired);
  if (extname(options.out).toLowerCase() !== '.xlsx') throw new InputError(texts.outExtension(options.out));
  const { out, overwrite } = options;
  const source = options.from ? sheetChoice(options.from, { option: '--sheet' }).file : undefined;
  await checkOutputTarget({ path: out, inputs: [source, options.namen, options.profiel], overwrite });
  if (!options.from) refuseReadingOptions(options);
  const profile = await loadProfileOption(options.profiel, options.lang);
  const names = options.namen ? await readNames(options.namen, options.lang) : [];
  // FILE#SHEET or --sheet names the --from file's sheet.
  const from = options.from ? sheetChoice(options.from, { option: '--sheet', sheet: options.sheet }) : undefined;
  const existing = from ? await readExisting(from.file, profile, { ...options, sheet: from.sheet }) : undefined;
  // Without --detail the source's own detail, so its levels keep their meaning; without a source, areas.
  const detail = options.detail === undefined && existing ? sourceDetail(existing.reading) : readDetail(options.detail);
  const norms = from ? await sourceNorms(from.file, profile, options.lang) : undefined;
  const plan = buildNativeWorkbookPlan({
    profile: profileInZeroToFour(profile),
    detail,
    lang: options.lang,
    names,
    // A typed --drempel is in the source's scale, as `analyze` reads it; the new workbook holds it as 0–4.
    threshold: thresholdOption(options.drempel, readOptionsOf(options).scale ?? profileScale(profile)),
    target: options.doel,
    // The located grid, as read: the plan carries its header and the rows the core reads as people.
    ...(existing ? { existingMatrix: existing.grid, anyItem: existing.anyItem } : {}),
    ...(norms?.sheet ? { normsFrom: norms.sheet } : {}),
  });
  // The .xlsx library is loaded only now, when a workbook is really written.
  const { writePlanXlsx } = await import('../xlsx/write');
  await writePlanXlsx(plan, out, {
    lang: options.lang,
    overwrite: overwrite ?? false,
    ...(existing?.scaleRecord ? { scaleRecord: existing.scaleRecord } : {}),
  });
  const people = existing?.reading.people.map((person) => person.name) ?? [];
  // A name whose key is already there (in --from or earlier in --namen) is written once: say which.
  const written = new Map(people.map((name) => [personKey(name), name]));
  const merged: string[] = [];
  for (const name of names) {
    const already = written.get(personKey(name));
    if (already === undefined) written.set(personKey(name), name);
    else merged.push(texts.mergedName(name, already));
  }
  const lines = [texts.written(options.out, profile.id, detail, written.size), texts.chartNote];
  const leftOut = existing?.reading.warnings.filter((warning) => SHOWN.has(warning.key)) ?? [];
  lines.push(...leftOut.map((warning) => formatMessage(warning, options.lang)));
  lines.push(...(existing?.notes ?? []));
  if (merged.length) lines.push(texts.merged(merged.join(', ')));
  lines.push(...(norms?.lines ?? []));
  return lines.join('\n');
}

export function workbookProgramCommand(help: HelpTexts): Command {
  const command = new Command('workbook')
    .description(help.workbook)
    .option('--profiel <id>', help.profileOption, 'npuls')
    .option('--detail <detail>', help.detail)
    .option('--namen <bestand>', help.names)
    .option('--from <bestand>', help.from)
    .option('--sheet <naam>', help.sheet)
    .option('--out <bestand>', help.outXlsx)
    .option('--overwrite', help.overwrite)
    .option('--drempel <niveau>', help.threshold, '2')
    .option('--doel <aantal>', help.target, '2');
  // The reading options apply to the --from file (docs/design.md#11-commands).
  return withReadingOptions(command, help).action(async (options: Omit<WorkbookOptions, 'lang'>, command: Command) => {
    const drempel = typedThreshold(command, options.drempel);
    print(command, await workbookCommand({ ...options, drempel, lang: languageOf(command) }));
  });
}
