// The sentences of `teamscan selfscan` and `teamscan collect`, and the personal workbook's own texts, in nl/en.

import type { Language } from '../../shared/i18n/language';

/** What the personal workbook says (the same explanation in every self-scan: docs/design.md#12-rounds-history-and-reports "Self-scans"). */
export interface PersonalWorkbookTexts {
  sheet: string;
  title(profile: string): string;
  name: string;
  explanation: readonly string[];
  headers: readonly [string, string, string, string];
  wishHeader: string;
  wishPrompt: string;
  levelPrompt: string;
  pickerWarning: string;
  /** The picker's choices for 0–4, as the matrix reader reads them back ("2 - Bekwaam"). */
  levels: readonly string[];
  /** The last choice: not applicable, or cannot judge it (read as n.v.t.). */
  notApplicable: string;
  wishes: readonly [string, string];
}

export const PERSONAL_TEXTS: Record<Language, PersonalWorkbookTexts> = {
  nl: {
    sheet: 'Zelfscan',
    title: (profile) => `Zelfscan — ${profile}`,
    name: 'Naam',
    explanation: [
      'Dit is een ontwikkelinstrument, geen beoordeling: je kiest zelf per competentie het niveau dat nu bij je past.',
      'Dit bestand bevat alleen jouw eigen eerdere niveaus. Je antwoorden komen terug in de teammatrix, die je team en je leidinggevende zien.',
      'Kies in de kolom "Nu" een niveau uit de lijst; laat een cel leeg als je hem (nog) niet wilt invullen. "n.v.t. / kan ik niet beoordelen" telt nergens mee.',
      'Je mag tussendoor opslaan en later verder gaan. Stuur het bestand daarna terug; de naam van het bestand mag je veranderen.',
    ],
    headers: ['Competentie', 'Wat het vraagt', 'Eerder', 'Nu'],
    wishHeader: 'Ontwikkelwensen',
    wishPrompt: 'ja = ik wil me hierin ontwikkelen',
    levelPrompt: '0 Nog niet · 1 In ontwikkeling · 2 Bekwaam · 3 Gevorderd · 4 Expert · n.v.t.',
    pickerWarning: 'Deze waarde staat niet in de lijst. Toch gebruiken?',
    levels: ['0 - Nog niet', '1 - In ontwikkeling', '2 - Bekwaam', '3 - Gevorderd', '4 - Expert'],
    notApplicable: 'n.v.t. / kan ik niet beoordelen',
    wishes: ['ja', 'nee'],
  },
  en: {
    sheet: 'Self-scan',
    title: (profile) => `Self-scan — ${profile}`,
    name: 'Name',
    explanation: [
      'This is a development instrument, not an appraisal: for each competency you choose the level that fits you now.',
      'This file holds only your own earlier levels. Your answers go back into the team matrix, which your team and your team lead see.',
      'Pick a level from the list in the "Now" column; leave a cell empty if you do not want to answer it (yet). "n/a / cannot judge" counts nowhere.',
      'You may save halfway and continue later. Then send the file back; you may rename it.',
    ],
    headers: ['Competency', 'What it asks', 'Before', 'Now'],
    wishHeader: 'Development wishes',
    wishPrompt: 'ja = I want to develop in this area',
    levelPrompt: '0 Not yet · 1 Developing · 2 Competent · 3 Advanced · 4 Expert · n/a',
    pickerWarning: 'This value is not in the list. Use it anyway?',
    levels: ['0 - Not yet', '1 - Developing', '2 - Competent', '3 - Advanced', '4 - Expert'],
    notApplicable: 'n/a / cannot judge',
    wishes: ['ja', 'nee'],
  },
};

export interface SelfscanTexts {
  outRequired: string;
  intoRequired: string;
  outFolderIsFile(path: string): string;
  wouldReplace(folder: string, files: string): string;
  noPeople(file: string): string;
  written(count: number, folder: string): string;
  notAnXlsx(file: string): string;
  noRecord(file: string): string;
  recordAltered(file: string): string;
  otherProfile(file: string, profile: string, detail: string): string;
  otherTeam(file: string): string;
  notInTeam(file: string, name: string): string;
  duplicate(name: string, files: string): string;
  unreadable(file: string, cell: string, value: string): string;
  noFiles(path: string): string;
  returned(count: number, total: number): string;
  notReturned(names: string): string;
  changes(count: number): string;
  change(name: string, column: string, before: string, now: string): string;
  conflicts(count: number): string;
  conflict(name: string, column: string, start: string, team: string, answer: string): string;
  forced: string;
  refused: string;
  notTaken: string;
  preview: string;
  writtenTeam(path: string): string;
  dropped(parts: string): string;
  empty: string;
}

export const SELFSCAN_TEXTS: Record<Language, SelfscanTexts> = {
  nl: {
    outRequired: 'Geef met --out de map waarin de persoonlijke werkboeken komen.',
    intoRequired: 'Geef met --into het teambestand (.xlsx of .csv) waarin de antwoorden terugkomen.',
    outFolderIsFile: (path) => `--out ${path}: dit is een bestand; geef een map.`,
    wouldReplace: (folder, files) =>
      `--out ${folder}: deze map heeft al ${files}; die worden niet vervangen. Kies een andere map, of geef --overwrite om ze te vervangen (er is niets geschreven).`,
    noPeople: (file) => `${file}: de matrix heeft geen personen; er is niets geschreven.`,
    written: (count, folder) => `${count} persoonlijke werkboeken geschreven in ${folder}.`,
    notAnXlsx: (file) => `${file}: geen .xlsx; alleen persoonlijke werkboeken (.xlsx) worden teruggenomen.`,
    noRecord: (file) =>
      `${file}: heeft geen zelfscan-gegevens van Teamscan (verborgen blad Teamscan-zelfscan ontbreekt of is leeg); het wordt niet overgenomen. Was het in een nieuw werkboek gekopieerd?`,
    recordAltered: (file) =>
      `${file}: de verborgen zelfscan-gegevens kloppen niet meer met hun vingerafdruk; het bestand wordt niet overgenomen.`,
    otherProfile: (file, profile, detail) =>
      `${file}: gemaakt voor profiel ${profile} op detail ${detail}, niet voor deze matrix; het wordt niet overgenomen.`,
    otherTeam: (file) =>
      `${file}: gemaakt voor een ander team (of de namen in de matrix zijn sindsdien veranderd); het wordt niet overgenomen. Is het hetzelfde team, geef dan --team-changed.`,
    notInTeam: (file, name) => `${file}: ${name} staat niet (meer) in de matrix; het wordt niet overgenomen.`,
    duplicate: (name, files) =>
      `${name}: meer dan één bestand terug (${files}); geen daarvan wordt overgenomen. Haal er één weg en probeer opnieuw.`,
    unreadable: (file, cell, value) =>
      `${file}, cel ${cell}: "${value}" is geen niveau of keuze uit de lijst; deze cel wordt niet overgenomen.`,
    noFiles: (path) => `${path}: geen persoonlijke werkboeken (.xlsx) gevonden.`,
    returned: (count, total) => `Teruggekomen: ${count} van ${total}`,
    notReturned: (names) => `Nog niet terug: ${names}`,
    changes: (count) => `Veranderd (${count}):`,
    change: (name, column, before, now) => `  ${name} — ${column}: ${before} → ${now}`,
    conflicts: (count) => `Conflicten (${count}): de matrix veranderde sinds de zelfscan werd gemaakt`,
    conflict: (name, column, start, team, answer) =>
      `  ${name} — ${column}: bij het maken ${start}, nu in de matrix ${team}, antwoord ${answer}`,
    forced: '  (met --force toch overgenomen)',
    refused: 'Niet overgenomen:',
    notTaken: '  (niet overgenomen; geef --force om het antwoord toch te schrijven)',
    preview: 'Nog niets geschreven: geef --out BESTAND.xlsx om de matrix met de antwoorden te schrijven.',
    writtenTeam: (path) => `Matrix met de antwoorden geschreven naar ${path} (het teambestand zelf is niet veranderd).`,
    dropped: (parts) =>
      `Let op: dit teambestand heeft ${parts}; die kan de CLI niet meeschrijven en ze ontbreken in het nieuwe bestand.`,
    empty: 'leeg',
  },
  en: {
    outRequired: 'Give the folder for the personal workbooks with --out.',
    intoRequired: 'Give the team file (.xlsx or .csv) to take the answers back into with --into.',
    outFolderIsFile: (path) => `--out ${path}: this is a file; give a folder.`,
    wouldReplace: (folder, files) =>
      `--out ${folder}: this folder already holds ${files}; they are not replaced. Choose another folder, or add --overwrite to replace them (nothing was written).`,
    noPeople: (file) => `${file}: the matrix holds no people; nothing was written.`,
    written: (count, folder) => `${count} personal workbooks written to ${folder}.`,
    notAnXlsx: (file) => `${file}: not an .xlsx; only personal workbooks (.xlsx) are taken back.`,
    noRecord: (file) =>
      `${file}: holds no Teamscan self-scan record (the hidden sheet Teamscan-zelfscan is missing or empty); it is not taken back. Was it copied into a new workbook?`,
    recordAltered: (file) =>
      `${file}: the hidden self-scan record no longer matches its fingerprint; the file is not taken back.`,
    otherProfile: (file, profile, detail) =>
      `${file}: made for profile ${profile} at detail ${detail}, not for this matrix; it is not taken back.`,
    otherTeam: (file) =>
      `${file}: made for another team (or the matrix's names changed since); it is not taken back. If it is the same team, add --team-changed.`,
    notInTeam: (file, name) => `${file}: ${name} is not (or no longer) in the matrix; it is not taken back.`,
    duplicate: (name, files) =>
      `${name}: more than one file returned (${files}); none of them is taken back. Remove one and try again.`,
    unreadable: (file, cell, value) =>
      `${file}, cell ${cell}: "${value}" is no level or choice from the list; this cell is not taken back.`,
    noFiles: (path) => `${path}: no personal workbooks (.xlsx) found.`,
    returned: (count, total) => `Returned: ${count} of ${total}`,
    notReturned: (names) => `Not returned yet: ${names}`,
    changes: (count) => `Changed (${count}):`,
    change: (name, column, before, now) => `  ${name} — ${column}: ${before} → ${now}`,
    conflicts: (count) => `Conflicts (${count}): the matrix changed since the self-scan was made`,
    conflict: (name, column, start, team, answer) =>
      `  ${name} — ${column}: when made ${start}, now in the matrix ${team}, answer ${answer}`,
    forced: '  (taken anyway with --force)',
    refused: 'Not taken back:',
    notTaken: '  (not taken; add --force to write the answer anyway)',
    preview: 'Nothing written yet: add --out FILE.xlsx to write the matrix with the answers.',
    writtenTeam: (path) => `Matrix with the answers written to ${path} (the team file itself is unchanged).`,
    dropped: (parts) =>
      `Note: this team file holds ${parts}; the CLI cannot write those and they are missing from the new file.`,
    empty: 'empty',
  },
};
