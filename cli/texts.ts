// The CLI's own sentences in Dutch and English.

import type { Language } from '../shared/i18n/language';

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
}

export const CLI_TEXTS: Record<Language, CliTexts> = {
  nl: {
    heading: (profile, threshold, target) =>
      `Teamscan — profiel ${profile}, drempel ${threshold}, doel ${target} personen`,
    people: (people, scanned) => `${people} personen, ${scanned} gescand`,
    basisGap: (area, below, missing) =>
      `${area}: gat${below ? ` — onder de drempel: ${below}` : ''}${missing ? ` — niet gescand: ${missing}` : ''}`,
    andOthers: (count, shown) => `… en ${shown} ${count === 1 ? 'andere' : 'anderen'}`,
    candidates: 'Kandidaten (ontwikkelwens eerst):',
    blindSpots: 'Blinde vlekken (niemand op de drempel):',
    warnings: 'Waarschuwingen:',
    total: (files) => `Totaal over ${files} bestanden`,
    source: 'Bron',
    licence: 'Licentie',
    items: (count) => `${count} competenties`,
  },
  en: {
    heading: (profile, threshold, target) =>
      `Teamscan — profile ${profile}, threshold ${threshold}, target ${target} people`,
    people: (people, scanned) => `${people} people, ${scanned} scanned`,
    basisGap: (area, below, missing) =>
      `${area}: gap${below ? ` — below the threshold: ${below}` : ''}${missing ? ` — not scanned: ${missing}` : ''}`,
    andOthers: (count, shown) => `… and ${shown} ${count === 1 ? 'other' : 'others'}`,
    candidates: 'Candidates (development wish first):',
    blindSpots: 'Blind spots (nobody at the threshold):',
    warnings: 'Warnings:',
    total: (files) => `Total over ${files} files`,
    source: 'Source',
    licence: 'Licence',
    items: (count) => `${count} competencies`,
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
  },
};
