// Refusals of a report under the privacy rule (docs/design.md#9-reliability-and-privacy). A table of its own, not the
// core's: reports are made in the panel and the CLI, so the Apps Script server, which never makes one, does not carry it.

import { KeyedError, type MessageParams, type MessageTable } from '../i18n/keyed-error';

export const REPORT_MESSAGES = {
  reportTooFewPeople: {
    nl: 'Een anoniem teambeeld vraagt minstens {minimum} gescande mensen; dit team heeft er {scanned}. Met minder zijn mensen te herkennen aan hun niveaus.',
    en: 'An anonymous team report needs at least {minimum} scanned people; this team has {scanned}. With fewer, people can be recognised by their levels.',
  },
  reportMinGroup: {
    nl: 'De kleinste groep voor een rapport moet een heel getal van minstens {lowest} zijn, niet {value}: met minder zijn mensen te herkennen aan hun niveaus.',
    en: 'The smallest group for a report must be a whole number of at least {lowest}, not {value}: with fewer, people can be recognised by their levels.',
  },
} as const;

export type ReportMessageKey = keyof typeof REPORT_MESSAGES;

/** A report that may not be made as asked; shown in the reader's language. */
export class ReportError extends KeyedError<ReportMessageKey> {
  constructor(key: ReportMessageKey, params: MessageParams = {}) {
    super('report', REPORT_MESSAGES as MessageTable<ReportMessageKey>, key, params);
    this.name = 'ReportError';
  }
}
