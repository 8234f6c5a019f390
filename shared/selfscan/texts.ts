// The self-scan form's own texts in nl/en: what it asks, the levels, and what happens with the answers.

import type { Language } from '../i18n/language';

export interface FormTexts {
  title(profile: string): string;
  /** The form's description: a development instrument, not an appraisal; who sees the answers. */
  explanation: readonly string[];
  /** With an E-mail column: the respondent logs in; the address says who answered. */
  emailNote: string;
  person: string;
  personHelp: string;
  /** At `gebieden`: the one grid for all areas. */
  allAreas: string;
  gridHelp: string;
  wish(area: string): string;
  /** The grid's columns for the levels 0–4 (read back by their position). */
  levels: readonly [string, string, string, string, string];
  /** The last column: not applicable, or cannot judge it (taken over as n.v.t.). */
  notApplicable: string;
  /** The wish choices, taken over as the matrix's "ja" and "nee". */
  yesNo: readonly [string, string];
}

export const FORM_TEXTS: Record<Language, FormTexts> = {
  nl: {
    title: (profile) => `Zelfscan — ${profile}`,
    explanation: [
      'Dit is een ontwikkelinstrument, geen beoordeling: je kiest zelf per competentie het niveau dat nu bij je past.',
      'Je antwoorden komen in de teammatrix van je team, die je teamgenoten en je leidinggevende zien; verder niemand. Een samenvatting van alle antwoorden wordt niet getoond.',
      'Laat een regel open als je hem (nog) niet wilt invullen; "n.v.t. / kan ik niet beoordelen" telt nergens mee. Je kunt je antwoorden na het verzenden nog aanpassen.',
    ],
    emailNote:
      'Je logt in met je account van de instelling; je e-mailadres zegt wie je bent, zodat je je naam niet hoeft te kiezen.',
    person: 'Wie ben je?',
    personHelp: 'Kies je naam zoals die in de teammatrix staat.',
    allAreas: 'Gebieden',
    gridHelp: 'Kies per regel het niveau dat nu bij je past.',
    wish: (area) => `Wil je je ontwikkelen in ${area}?`,
    levels: ['0 - Nog niet', '1 - In ontwikkeling', '2 - Bekwaam', '3 - Gevorderd', '4 - Expert'],
    notApplicable: 'n.v.t. / kan ik niet beoordelen',
    yesNo: ['ja', 'nee'],
  },
  en: {
    title: (profile) => `Self-scan — ${profile}`,
    explanation: [
      'This is a development instrument, not an appraisal: for each competency you choose the level that fits you now.',
      'Your answers go into your team matrix, which your teammates and your team lead see; nobody else. No summary of all answers is shown.',
      'Leave a row open if you do not want to answer it (yet); "n/a / cannot judge" counts nowhere. You can still change your answers after sending them.',
    ],
    emailNote:
      'You log in with your institution account; your e-mail address says who you are, so you need not pick your name.',
    person: 'Who are you?',
    personHelp: 'Pick your name as the team matrix has it.',
    allAreas: 'Areas',
    gridHelp: 'For each row, pick the level that fits you now.',
    wish: (area) => `Do you want to develop in ${area}?`,
    levels: ['0 - Not yet', '1 - Developing', '2 - Competent', '3 - Advanced', '4 - Expert'],
    notApplicable: 'n/a / cannot judge',
    yesNo: ['yes', 'no'],
  },
};
