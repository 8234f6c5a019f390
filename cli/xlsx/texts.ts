// The `teamscan workbook` command's own sentences in Dutch and English.

import type { Language } from '../../shared/i18n/language';

export interface WorkbookCliTexts {
  written(path: string, profile: string, detail: string, people: number): string;
  chartNote: string;
  outRequired: string;
  /** Reading options given without --from, which they read. */
  readingWithoutFrom(options: string): string;
  outExtension(path: string): string;
  namesFile(path: string): string;
  /** --namen: names written once because the name was already there. */
  merged(names: string): string;
  mergedName(name: string, kept: string): string;
}

export const WORKBOOK_CLI_TEXTS: Record<Language, WorkbookCliTexts> = {
  nl: {
    written: (path, profile, detail, people) =>
      `Werkmap geschreven: ${path} (profiel ${profile}, detail ${detail}, ${people} personen). Werkt zonder add-in.`,
    chartNote: 'De grafiek "Gedekt per gebied" zit niet in het .xlsx-bestand; voeg hem zo nodig zelf in.',
    outRequired: 'Geef met --out aan waar de werkmap moet komen (bijvoorbeeld --out team.xlsx).',
    readingWithoutFrom: (options) =>
      `${options}: zegt hoe het bestand van --from gelezen wordt; geef ook --from BESTAND (zonder bron is er niets te lezen).`,
    outExtension: (path) => `--out ${path}: de werkmap moet op .xlsx eindigen.`,
    namesFile: (path) => `--namen ${path}: alleen .txt, .csv en .xlsx worden gelezen.`,
    merged: (names) => `Samengevoegd omdat de naam er al stond: ${names}.`,
    mergedName: (name, kept) => `"${name}" (als "${kept}")`,
  },
  en: {
    written: (path, profile, detail, people) =>
      `Workbook written: ${path} (profile ${profile}, detail ${detail}, ${people} people). Works without the add-in.`,
    chartNote: 'The chart "Covered per area" is not in the .xlsx file; insert it yourself if you need it.',
    outRequired: 'Say with --out where the workbook goes (for example --out team.xlsx).',
    readingWithoutFrom: (options) =>
      `${options}: says how the --from file is read; give --from FILE too (without a source there is nothing to read).`,
    outExtension: (path) => `--out ${path}: the workbook must end in .xlsx.`,
    namesFile: (path) => `--namen ${path}: only .txt, .csv and .xlsx are read.`,
    merged: (names) => `Merged because the name was already there: ${names}.`,
    mergedName: (name, kept) => `"${name}" (as "${kept}")`,
  },
};
