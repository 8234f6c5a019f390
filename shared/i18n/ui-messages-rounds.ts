// The panel's texts for rounds in Dutch and English: snapshots (Momentopname) and the change since one.

import type { Localized } from './language';

/**
 * The sheet's protection note in Google Sheets (shown when someone edits it anyway); its own constant so the
 * Apps Script server bundle carries only this text of the panel's (docs/design.md#10-performance-targets).
 */
export const SNAPSHOT_PROTECTION: Localized = {
  nl: 'Teamscan: momentopname van de Teammatrix, om mee te vergelijken. Wijzig hem niet; bewaar liever een nieuwe.',
  en: 'Teamscan: a snapshot of the Teammatrix, to compare with. Please do not edit it; save a new one instead.',
};

export const ROUNDS_MESSAGES = {
  snapshotSave: { nl: 'Momentopname bewaren', en: 'Save snapshot' },
  roundsTitle: { nl: 'Momentopnamen en groei', en: 'Snapshots and growth' },
  roundsIntro: {
    nl: 'Bewaar de Teammatrix zoals hij nu is als een beveiligd blad "Scan JJJJ-MM-DD" (alleen waarden). Na een volgende scanronde zie je hier wat er sindsdien gegroeid is.',
    en: 'Save the Teammatrix as it is now as a protected sheet "Scan YYYY-MM-DD" (values only). After a next round of scans you see here what has grown since.',
  },
  snapshotSaving: { nl: 'Momentopname bewaren…', en: 'Saving the snapshot…' },
  snapshotSaved: { nl: 'Bewaard als {sheet}', en: 'Saved as {sheet}' },
  snapshotFailed: { nl: 'Momentopname niet bewaard', en: 'Snapshot not saved' },
  snapshotProtection: SNAPSHOT_PROTECTION,
  compareWith: { nl: 'Vergelijk met', en: 'Compare with' },
  goalsReached: {
    nl: 'Ontwikkelplan: {reached} van {total} doelen bereikt sinds {sheet}.',
    en: 'Development plan: {reached} of {total} goals reached since {sheet}.',
  },
  compareChoose: { nl: 'Kies een momentopname…', en: 'Choose a snapshot…' },
  compareNone: {
    nl: 'Nog geen momentopnamen in dit werkboek.',
    en: 'No snapshots in this workbook yet.',
  },
  compareReading: { nl: 'Momentopname lezen…', en: 'Reading the snapshot…' },
  compareEmpty: {
    nl: 'Blad {sheet} is leeg of bestaat niet meer; kies een andere momentopname.',
    en: 'Sheet {sheet} is empty or no longer exists; choose another snapshot.',
  },
  compareSince: { nl: 'Sinds {sheet}', en: 'Since {sheet}' },
  compareAreas: { nl: 'Dekking per gebied', en: 'Coverage per area' },
  compareArea: {
    nl: '{area}: {before} → {now} gedekt ({statusBefore} → {statusNow})',
    en: '{area}: {before} → {now} covered ({statusBefore} → {statusNow})',
  },
  compareGrown: { nl: 'gegroeid', en: 'grown' },
  compareSame: { nl: 'gelijk', en: 'unchanged' },
  compareFewer: { nl: 'minder dan toen', en: 'fewer than then' },
  comparePeople: { nl: 'Veranderde niveaus', en: 'Changed levels' },
  comparePeopleNone: {
    nl: 'Niemand heeft een ander niveau dan in de momentopname.',
    en: 'Nobody has a different level than in the snapshot.',
  },
  compareChange: { nl: '{area} {before} → {now}', en: '{area} {before} → {now}' },
  compareNoLevel: { nl: 'leeg', en: 'empty' },
  compareNotApplicable: { nl: 'n.v.t.', en: 'n/a' },
  compareJoined: { nl: 'Nieuw in de matrix: {names}', en: 'New in the matrix: {names}' },
  compareLeft: { nl: 'Niet meer in de matrix: {names}', en: 'No longer in the matrix: {names}' },
} satisfies Record<string, Localized>;
