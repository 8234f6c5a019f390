// The help of `teamscan selfscan` and `teamscan collect` and their options, in Dutch and English.

import type { Language } from '../../shared/i18n/language';

export interface SelfscanHelpTexts {
  selfscan: string;
  outFolder: string;
  collect: string;
  returnedFiles: string;
  into: string;
  force: string;
  teamChanged: string;
  outCollect: string;
}

export const SELFSCAN_HELP: Record<Language, SelfscanHelpTexts> = {
  nl: {
    selfscan: 'schrijf per persoon een eigen zelfscan-werkboek (.xlsx) met alleen diens eigen niveaus',
    outFolder: 'de map voor de persoonlijke werkboeken',
    collect: 'neem teruggekomen zelfscan-werkboeken over in de teammatrix (alleen cellen die niet veranderden)',
    returnedFiles: 'de teruggekomen werkboeken, of een map die ze bevat',
    into: 'de teammatrix (.xlsx of .csv) waarin de antwoorden komen',
    force: 'schrijf een antwoord ook waar de matrix sinds de zelfscan veranderde',
    teamChanged: 'neem bestanden ook over als de namen in de matrix sinds de zelfscan veranderden',
    outCollect: 'de nieuwe .xlsx met de matrix en de antwoorden (zonder: alleen tonen wat zou veranderen)',
  },
  en: {
    selfscan: 'write a self-scan workbook (.xlsx) per person, holding only their own levels',
    outFolder: 'the folder for the personal workbooks',
    collect: 'take returned self-scan workbooks back into the team matrix (only cells that did not change)',
    returnedFiles: 'the returned workbooks, or a folder holding them',
    into: 'the team matrix (.xlsx or .csv) to take the answers into',
    force: 'write an answer even where the matrix changed since the self-scan',
    teamChanged: "take files back even when the matrix's names changed since the self-scan",
    outCollect: 'the new .xlsx with the matrix and the answers (without it: only show what would change)',
  },
};
