// Sheet texts of the injected workbook (titles, headers, legend, prompts) in Dutch and English.

import type { Localized } from '../i18n/language';

export const WORKBOOK_TEXTS = {
  name: { nl: 'Naam', en: 'Name' },
  role: { nl: 'Rol', en: 'Role' },
  workLevel: { nl: 'Werkniveau', en: 'Work level' },
  updated: { nl: 'Bijgewerkt', en: 'Updated' },
  wish: { nl: 'Ontwikkelwens {area}', en: 'Development wish {area}' },
  source: { nl: 'Bron: {source}', en: 'Source: {source}' },
  licence: { nl: 'Licentie: {licence}', en: 'Licence: {licence}' },
  attribution: {
    nl: 'Overgenomen met bronvermelding zoals de licentie vraagt; aanpassingen van de instelling zijn voor eigen rekening.',
    en: 'Reproduced with attribution as the licence requires; local changes are the institution’s own.',
  },
  areaRowType: { nl: 'Gebied', en: 'Area' },
  dashboardTitle: { nl: 'Dekking — {title}', en: 'Coverage — {title}' },
  threshold: { nl: 'Drempel', en: 'Threshold' },
  target: { nl: 'Doel (personen)', en: 'Target (people)' },
  thresholdNote: {
    nl: 'Niveau dat telt als dekking (0–4). Pas aan; de tabellen rekenen mee.',
    en: 'Level that counts as coverage (0–4). Change it; the tables follow.',
  },
  targetNote: {
    nl: 'Zoveel personen moeten een netwerkgebied dekken.',
    en: 'This many people should cover a network area.',
  },
  legendTitle: { nl: 'Legenda', en: 'Legend' },
  legendCovered: {
    nl: 'gedekt — genoeg personen op of boven de drempel (basis: iedereen die gescand is)',
    en: 'covered — enough people at or above the threshold (basics: everyone scanned)',
  },
  legendVulnerable: {
    nl: 'kwetsbaar — wel gedekt, maar door minder personen dan het doel: één afwezige verder is het een gat',
    en: 'vulnerable — covered, but by fewer people than the target: one absence away from a gap',
  },
  legendGap: {
    nl: 'gat — niemand haalt de drempel (basis: iemand zit eronder)',
    en: 'gap — nobody reaches the threshold (basics: someone is below it)',
  },
  legendLevels: { nl: 'Niveaus', en: 'Levels' },
  legendNotApplicable: {
    nl: 'n.v.t. telt nergens mee; een lege cel is nog niet gescand',
    en: 'n/a counts nowhere; an empty cell is not scanned yet',
  },
  coverageTitle: { nl: 'Dekking per gebied', en: 'Coverage per area' },
  gapsTitle: { nl: 'Hiaten — hoogste risico eerst', en: 'Gaps — highest risk first' },
  keyPeopleTitle: {
    nl: 'Sleutelpersonen — wie het team niet kan missen, en waarvoor',
    en: 'Key people — whom the team cannot miss, and for what',
  },
  pairsTitle: {
    nl: 'Leerkoppels — wie van wie kan leren (ten hoogste 2 leerders per begeleider)',
    en: 'Learning pairs — who can learn from whom (at most 2 learners per mentor)',
  },
  normsTitle: { nl: 'Normen per gebied', en: 'Norms per area' },
  normsNote: {
    nl: 'Alle tabellen op dit blad lezen deze normen. Standaard staan hier de drempel (B2) en het doel (B3); typ een getal of niveau om een gebied een eigen norm te geven. Een lege cel telt als 2.',
    en: 'Every table on this sheet reads these norms. By default they show the threshold (B2) and the target (B3); type a number or level to give an area a norm of its own. An empty cell counts as 2.',
  },
  normsArea: { nl: 'Gebied', en: 'Area' },
  normsThreshold: { nl: 'Drempel', en: 'Threshold' },
  normsTarget: { nl: 'Doel', en: 'Target' },
  normsEveryone: {
    nl: 'iedereen moet de drempel halen; een doel telt hier niet',
    en: 'everyone must reach the threshold; a target does not count here',
  },
  chartTitle: { nl: 'Gedekt per gebied', en: 'Covered per area' },
  levelPrompt: {
    nl: '0 Nog niet · 1 In ontwikkeling · 2 Bekwaam · 3 Gevorderd · 4 Expert · n.v.t.',
    en: '0 Not yet · 1 Developing · 2 Competent · 3 Advanced · 4 Expert · n.v.t. (n/a)',
  },
  wishPrompt: { nl: 'ja = ik wil me hierin ontwikkelen', en: 'ja = I want to develop in this area' },
  workLevelPrompt: { nl: 'operationeel, tactisch of strategisch', en: 'operationeel, tactisch or strategisch' },
} satisfies Record<string, Localized>;

export const WORK_LEVELS = ['operationeel', 'tactisch', 'strategisch'] as const;
export const WISH_VALUES = ['ja', 'nee'] as const;
export const NOT_APPLICABLE_VALUE = 'n.v.t.';
