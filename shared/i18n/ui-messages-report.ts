// The panel's texts for reports in Dutch and English: opening the team, personal and anonymous reports.

import type { Localized } from './language';

export const REPORT_MESSAGES = {
  reportTeam: { nl: 'Teamrapport', en: 'Team report' },
  reportAnonymous: { nl: 'Anoniem teamrapport', en: 'Anonymous team report' },
  reportPersonal: { nl: 'Persoonlijk rapport', en: 'Personal report' },
  reportsTitle: { nl: 'Rapporten', en: 'Reports' },
  reportsIntro: {
    nl: 'Een rapport opent in een eigen venster, om af te drukken of als pdf te bewaren.',
    en: 'A report opens in a window of its own, to print or save as a PDF.',
  },
  reportSince: {
    nl: 'Het teamrapport en het anonieme rapport tonen ook de voortgang sinds {sheet} (gekozen bij Vergelijk met).',
    en: 'The team report and the anonymous one also show the progress since {sheet} (chosen under Compare with).',
  },
  reportAnonymousTooFew: {
    nl: 'Het anonieme teamrapport kan vanaf {minimum} gescande mensen; nu zijn het er {scanned}. Met minder zijn mensen te herkennen aan hun niveaus.',
    en: 'The anonymous team report needs at least {minimum} scanned people; now there are {scanned}. With fewer, people can be recognised by their levels.',
  },
  reportMaking: { nl: 'Rapport maken…', en: 'Making the report…' },
  reportWindowOpen: {
    nl: 'Het rapportvenster staat open. Sluit het als je klaar bent: zolang het openstaat, kan Excel de Teamscan-formules soms niet bijwerken.',
    en: 'The report window is open. Close it when you are done: while it is open, Excel may not update the Teamscan formulas.',
  },
  reportRefused: { nl: 'Geen rapport', en: 'No report' },
  reportPrint: { nl: 'Afdrukken of pdf bewaren', en: 'Print or save as PDF' },
  reportClose: { nl: 'Sluiten', en: 'Close' },
  reportLoading: { nl: 'Rapport laden…', en: 'Loading the report…' },
} satisfies Record<string, Localized>;
