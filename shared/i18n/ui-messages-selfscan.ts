// The panel's texts for self-scans in Dutch and English: tracking, the Google Form, taking answers over.

import type { Localized } from './language';

export const SELFSCAN_MESSAGES = {
  selfscanTitle: { nl: 'Zelfscans', en: 'Self-scans' },
  selfscanIntro: {
    nl: 'Laat ieder zichzelf scannen zonder de hele matrix te zien: met een Google-formulier (hier) of met een eigen werkboek per persoon (teamscan selfscan).',
    en: 'Let everyone scan themselves without seeing the whole matrix: with a Google Form (here) or a workbook per person (teamscan selfscan).',
  },
  selfscanAnswered: { nl: 'Beantwoord: {n} van {m} ({percent}%)', en: 'Answered: {n} of {m} ({percent}%)' },
  selfscanNotYet: {
    nl: 'Nog niet beantwoord (om te kopiëren voor een herinnering)',
    en: 'Not answered yet (to copy for a reminder)',
  },
  selfscanCopy: { nl: 'Kopiëren', en: 'Copy' },
  selfscanCopied: { nl: 'Gekopieerd', en: 'Copied' },
  selfscanSince: { nl: 'Beantwoord na de laatste overname: {names}', en: 'Answered after the last take-over: {names}' },
  selfscanLast: { nl: 'Laatst overgenomen {time}: {names}', en: 'Last taken over {time}: {names}' },
  selfscanNobody: { nl: 'niemand', en: 'nobody' },
} satisfies Record<string, Localized>;
