// The Sheets panel's texts for the self-scan form in Dutch and English: making it, taking its answers over.
// A table of its own, so the task pane (which has no form) does not carry it (docs/design.md#10-performance-targets).

import type { Localized } from './language';

export const SELFSCAN_FORM_MESSAGES = {
  selfscanFormMake: { nl: 'Zelfscanformulier maken', en: 'Make self-scan form' },
  selfscanFormMaking: { nl: 'Formulier maken…', en: 'Making the form…' },
  selfscanFormLink: { nl: 'Link om te delen met het team', en: 'Link to share with the team' },
  selfscanFormNote: {
    nl: 'Het formulier staat in je eigen Google Drive; de antwoorden komen in een blad van dit bestand. Er gaat niets langs een dienst van Teamscan.',
    en: 'The form is in your own Google Drive; its answers go to a sheet in this file. Nothing passes through a service of Teamscan.',
  },
  selfscanRead: { nl: 'Antwoorden overnemen', en: 'Take answers over' },
  selfscanReading: { nl: 'Antwoorden lezen…', en: 'Reading the answers…' },
  selfscanNothing: { nl: 'Geen nieuwe antwoorden om over te nemen.', en: 'No new answers to take over.' },
  selfscanNew: { nl: '{name} staat niet in de matrix: toevoegen', en: '{name} is not in the matrix: add' },
  selfscanNoChange: { nl: 'niets verandert', en: 'nothing changes' },
  selfscanOlder: {
    nl: '{n} eerder antwoord(en) van {time} en eerder: niet overgenomen (het laatste telt)',
    en: '{n} earlier answer(s) from {time} and before: not taken over (the latest counts)',
  },
  selfscanUnmatched: { nl: 'Geen kolom (meer) voor: {headers}', en: 'No column (any more) for: {headers}' },
  selfscanUnexpressed: {
    nl: 'Niveau niet te schrijven in de schaal van deze tabel (ja/nee kent alleen wel of niet): {headers}',
    en: "Level cannot be written in this table's scale (yes/no knows only held or not): {headers}",
  },
  selfscanAnonymous: {
    nl: '{n} antwoord(en) zonder naam: niet over te nemen.',
    en: '{n} answer(s) without a name: cannot be taken over.',
  },
  selfscanApply: { nl: 'Overnemen', en: 'Take over' },
  selfscanApplying: { nl: 'Overnemen…', en: 'Taking over…' },
  selfscanDone: { nl: '{name}: {n} cel(len) overgenomen', en: '{name}: {n} cell(s) taken over' },
  selfscanTaken: {
    nl: '{name}: al overgenomen door iemand anders; niets geschreven',
    en: '{name}: already taken over by someone else; nothing written',
  },
  selfscanConflict: {
    nl: '{name} — {header}: niet overgenomen, de matrix veranderde intussen ({before} → {matrix}); antwoord {answer}',
    en: '{name} — {header}: not taken over, the matrix changed meanwhile ({before} → {matrix}); answer {answer}',
  },
  selfscanFailed: { nl: '{name}: niet overgenomen', en: '{name}: not taken over' },
  selfscanEmpty: { nl: 'leeg', en: 'empty' },
} satisfies Record<string, Localized>;
