// The CLI's own sentences in Dutch and English.

import type { Language } from '../shared/i18n/language';

export interface CliTexts {
  heading(profile: string, threshold: string, target: number): string;
  people(people: number, scanned: number): string;
  basisGap(area: string, below: readonly string[], missing: readonly string[]): string;
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
      `${area}: gat${below.length ? ` — onder de drempel: ${below.join(', ')}` : ''}${missing.length ? ` — niet gescand: ${missing.join(', ')}` : ''}`,
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
      `${area}: gap${below.length ? ` — below the threshold: ${below.join(', ')}` : ''}${missing.length ? ` — not scanned: ${missing.join(', ')}` : ''}`,
    candidates: 'Candidates (development wish first):',
    blindSpots: 'Blind spots (nobody at the threshold):',
    warnings: 'Warnings:',
    total: (files) => `Total over ${files} files`,
    source: 'Source',
    licence: 'Licence',
    items: (count) => `${count} competencies`,
  },
};
