// The CLI's own sentences in Dutch and English.

import type { Language } from '../shared/i18n/language';
import type { AreaScope } from '../shared/profiles/model';

export interface CliTexts {
  heading(profile: string, threshold: string, target: string): string;
  people(people: string, scanned: string): string;
  /** `below` and `missing` are name lists ready to show, empty when there is nobody. */
  basisGap(area: string, below: string, missing: string): string;
  /** After a capped name list: "… en 1.070 anderen"; `shown` is the count as formatted for the reader. */
  andOthers(count: number, shown: string): string;
  candidates: string;
  blindSpots: string;
  warnings: string;
  total(files: number): string;
  source: string;
  licence: string;
  items(count: number): string;
  /** An area's scope in the profile listing. */
  scopes: Readonly<Record<AreaScope, string>>;
  /** After the heading when --normen is given: where the per-area norms come from. */
  normsFrom(file: string): string;
  /** The coverage table's extra columns with --normen. */
  thresholdColumn: string;
  targetColumn: string;
  attention: string;
  /** One gap or vulnerable area: "Coach: gat, risico 9 van 9". */
  riskLine(area: string, status: string, risk: number): string;
  keyPeople: string;
  /** `areas` is a list ready to show, empty when there is none; `alone`: the competencies only they master follow. */
  keyPerson(name: string, areas: string, alone: boolean): string;
  /** After the competencies listed by text: how many more, named by code. */
  moreItems(shown: string): string;
  pairs(limit: number): string;
  /** `reason`: why nobody in the team mentors (noMentor), for a pair without a mentor. */
  pair(area: string, learner: string, mentor: string | null, reason: string): string;
}

export const CLI_TEXTS: Record<Language, CliTexts> = {
  nl: {
    heading: (profile, threshold, target) =>
      `Teamscan — profiel ${profile}, drempel ${threshold}, doel ${target} ${target === '1' ? 'persoon' : 'personen'}`,
    people: (people, scanned) => `${people} ${people === '1' ? 'persoon' : 'personen'}, ${scanned} gescand`,
    basisGap: (area, below, missing) =>
      `${area}: gat${below ? ` — onder de drempel: ${below}` : ''}${missing ? ` — niet gescand: ${missing}` : ''}`,
    andOthers: (count, shown) => `… en ${shown} ${count === 1 ? 'andere' : 'anderen'}`,
    candidates: 'Kandidaten (ontwikkelwens eerst):',
    blindSpots: 'Blinde vlekken (niemand op de drempel):',
    warnings: 'Waarschuwingen:',
    total: (files) => `Totaal over ${files} ${files === 1 ? 'bestand' : 'bestanden'}`,
    source: 'Bron',
    licence: 'Licentie',
    items: (count) => `${count} ${count === 1 ? 'competentie' : 'competenties'}`,
    scopes: { everyone: 'iedereen', network: 'netwerk' },
    normsFrom: (file) => `Drempel en doel per gebied uit ${file}; de andere gebieden volgen de standaard.`,
    thresholdColumn: 'Drempel',
    targetColumn: 'Doel',
    attention: 'Aandacht (hoogste risico eerst):',
    riskLine: (area, status, risk) => `${area}: ${status}, risico ${risk} van 9`,
    keyPeople: 'Sleutelpersonen (wie het team nu niet kan missen):',
    keyPerson: (name, areas, alone) =>
      `${name}: ${[areas ? `gebieden ${areas}` : '', alone ? 'beheerst als enige:' : ''].filter(Boolean).join('; ')}`,
    moreItems: (shown) => `… en ${shown} meer:`,
    pairs: (limit) => `Leerkoppels (ontwikkelwens met mentor; hoogstens ${limit} per mentor):`,
    pair: (area, learner, mentor, reason) =>
      mentor ? `${area}: ${learner} leert van ${mentor}` : `${area}: ${learner} — ${reason}: buiten het team zoeken`,
  },
  en: {
    heading: (profile, threshold, target) =>
      `Teamscan — profile ${profile}, threshold ${threshold}, target ${target} ${target === '1' ? 'person' : 'people'}`,
    people: (people, scanned) => `${people} ${people === '1' ? 'person' : 'people'}, ${scanned} scanned`,
    basisGap: (area, below, missing) =>
      `${area}: gap${below ? ` — below the threshold: ${below}` : ''}${missing ? ` — not scanned: ${missing}` : ''}`,
    andOthers: (count, shown) => `… and ${shown} ${count === 1 ? 'other' : 'others'}`,
    candidates: 'Candidates (development wish first):',
    blindSpots: 'Blind spots (nobody at the threshold):',
    warnings: 'Warnings:',
    total: (files) => `Total over ${files} ${files === 1 ? 'file' : 'files'}`,
    source: 'Source',
    licence: 'Licence',
    items: (count) => `${count} ${count === 1 ? 'competency' : 'competencies'}`,
    scopes: { everyone: 'everyone', network: 'network' },
    normsFrom: (file) => `Threshold and target per area from ${file}; the other areas follow the default.`,
    thresholdColumn: 'Threshold',
    targetColumn: 'Target',
    attention: 'Attention (highest risk first):',
    riskLine: (area, status, risk) => `${area}: ${status}, risk ${risk} of 9`,
    keyPeople: 'Key people (whom the team cannot miss now):',
    keyPerson: (name, areas, alone) =>
      `${name}: ${[areas ? `areas ${areas}` : '', alone ? 'the only one who masters:' : ''].filter(Boolean).join('; ')}`,
    moreItems: (shown) => `… and ${shown} more:`,
    pairs: (limit) => `Learning pairs (development wish with a mentor; at most ${limit} per mentor):`,
    pair: (area, learner, mentor, reason) =>
      mentor ? `${area}: ${learner} learns from ${mentor}` : `${area}: ${learner} — ${reason}: look outside the team`,
  },
};

export interface FileSystemTexts {
  notFound: string;
  folderMissing(folder: string): string;
  notAFolder: string;
  isFolder: string;
  noReadPermission: string;
  noWritePermission(folder: string): string;
  cannotRead(code: string): string;
  cannotWrite(code: string): string;
  unsupportedType(file: string): string;
  nulBytes(file: string): string;
}

export const FILE_SYSTEM_TEXTS: Record<Language, FileSystemTexts> = {
  nl: {
    notFound: 'bestand niet gevonden.',
    folderMissing: (folder) => `de map ${folder} bestaat niet.`,
    notAFolder: 'een deel van dit pad is een bestand, geen map.',
    isFolder: 'dit is een map; geef een bestand.',
    noReadPermission: 'geen toestemming om dit bestand te lezen.',
    noWritePermission: (folder) => `geen toestemming om hier te schrijven (map ${folder}).`,
    cannotRead: (code) => `kan dit bestand niet lezen (${code}).`,
    cannotWrite: (code) => `kan dit bestand niet schrijven (${code}).`,
    unsupportedType: (file) => `${file}: alleen .csv en .xlsx worden gelezen (en .txt als .csv).`,
    nulBytes: (file) =>
      `${file}: bevat nul-bytes, dus geen tekst in UTF-8 of Windows-1252 (UTF-16 zonder BOM?). Sla het op als "CSV UTF-8" en probeer opnieuw.`,
  },
  en: {
    notFound: 'file not found.',
    folderMissing: (folder) => `the folder ${folder} does not exist.`,
    notAFolder: 'part of this path is a file, not a folder.',
    isFolder: 'this is a folder; give a file.',
    noReadPermission: 'no permission to read this file.',
    noWritePermission: (folder) => `no permission to write here (folder ${folder}).`,
    cannotRead: (code) => `cannot read this file (${code}).`,
    cannotWrite: (code) => `cannot write this file (${code}).`,
    unsupportedType: (file) => `${file}: only .csv and .xlsx are read (and .txt as .csv).`,
    nulBytes: (file) =>
      `${file}: holds NUL bytes, so it is no UTF-8 or Windows-1252 text (UTF-16 without a BOM?). Save it as "CSV UTF-8" and try again.`,
  },
};

/**
 * Commander's usage errors in Dutch: each English pattern (commander 14's wording) with its Dutch form. A message
 * that matches none is shown as commander wrote it.
 */
export const USAGE_ERRORS_NL: readonly (readonly [RegExp, string])[] = [
  [/^error: unknown option '([^']+)'/, "fout: onbekende optie '$1'"],
  [/^error: unknown command '([^']+)'/, "fout: onbekend commando '$1'"],
  [/^error: missing required argument '([^']+)'/, "fout: het argument '$1' ontbreekt"],
  [/^error: option '([^']+)' argument missing/, "fout: de optie '$1' mist een waarde"],
  [/^error: option '([^']+)' argument '([^']+)' is invalid\./, "fout: de optie '$1' kent de waarde '$2' niet."],
  [
    /^error: too many arguments( for '[^']+')?\. Expected (\d+) arguments? but got (\d+)\./,
    'fout: te veel argumenten: $2 verwacht, $3 gekregen.',
  ],
  [/^error: option '([^']+)' cannot be used with option '([^']+)'/, "fout: de optie '$1' gaat niet samen met '$2'"],
  [/Allowed choices are ([^\n]+)\./, 'Kies uit $1.'],
  [/\(Did you mean one of ([^?]+)\?\)/, '(Bedoelde je een van $1?)'],
  [/\(Did you mean ([^?]+)\?\)/, '(Bedoelde je $1?)'],
];

/** The sentences of `teamscan compare` and `teamscan report`. */
export interface RoundTexts {
  compareHeading(before: string, now: string): string;
  /** Header of the per-area table. */
  areaColumns: readonly [string, string, string, string, string];
  changes: string;
  noChanges: string;
  /** A level in a change: n.v.t. and "not scanned" in the reader's words. */
  notApplicable: string;
  notScanned: string;
  joined(names: string): string;
  left(names: string): string;
  outRequired: string;
  outExtension(path: string): string;
  written(path: string): string;
  /** `--min-groep` that is not a whole number of at least 3 (docs/design.md#9-reliability-and-privacy). */
  minGroup(value: string): string;
}

export const ROUND_TEXTS: Record<Language, RoundTexts> = {
  nl: {
    compareHeading: (before, now) => `Teamscan — van ${before} naar ${now}`,
    areaColumns: ['Gebied', 'Gedekt eerder', 'Gedekt nu', 'Status eerder', 'Status nu'],
    changes: 'Veranderd per persoon:',
    noChanges: 'Niemand is op een gebied veranderd.',
    notApplicable: 'n.v.t.',
    notScanned: 'niet gescand',
    joined: (names) => `Nieuw in het team: ${names}`,
    left: (names) => `Niet meer in het team: ${names}`,
    outRequired: 'Geef met --out het .html-bestand dat geschreven moet worden.',
    outExtension: (path) => `--out ${path}: het rapport is een .html-bestand; geef een naam die op .html eindigt.`,
    written: (path) => `Rapport geschreven naar ${path}. Open het in een browser om het te lezen of af te drukken.`,
    minGroup: (value) =>
      `--min-groep ${value}: geef een heel getal van minstens 3 (standaard 5). Met kleinere groepen zijn mensen te herkennen aan hun niveaus.`,
  },
  en: {
    compareHeading: (before, now) => `Teamscan — from ${before} to ${now}`,
    areaColumns: ['Area', 'Covered before', 'Covered now', 'Status before', 'Status now'],
    changes: 'Changes per person:',
    noChanges: 'Nobody changed on any area.',
    notApplicable: 'n/a',
    notScanned: 'not scanned',
    joined: (names) => `Joined the team: ${names}`,
    left: (names) => `Left the team: ${names}`,
    outRequired: 'Give the .html file to write with --out.',
    outExtension: (path) => `--out ${path}: the report is an .html file; give a name ending in .html.`,
    written: (path) => `Report written to ${path}. Open it in a browser to read or print it.`,
    minGroup: (value) =>
      `--min-groep ${value}: give a whole number of at least 3 (5 by default). With smaller groups, people can be recognised by their levels.`,
  },
};

export { HELP_TEXTS, type HelpTexts } from './help-texts';
