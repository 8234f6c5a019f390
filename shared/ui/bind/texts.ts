// The binding flow's texts in Dutch and English: they load with the flow (bind/load.ts), not with the panel.

import type { Localized } from '../../i18n/language';

export const BIND_FLOW_MESSAGES = {
  bindIntro: {
    nl: 'Staat je team al in een eigen tabel? Selecteer de koprij en kies "Gebruik deze tabel", of laat Teamscan de tabel op dit blad zoeken.',
    en: 'Is your team already in a table of your own? Select its header row and choose "Use this table", or let Teamscan find the table on this sheet.',
  },
  bindUseSelection: { nl: 'Gebruik deze tabel', en: 'Use this table' },
  bindFind: { nl: 'Zoek op dit blad', en: 'Find on this sheet' },
  bindFound: { nl: 'Gevonden', en: 'Found' },
  bindSummary: {
    nl: 'Blad {sheet}, koprij {headerRow}, namen in kolom {nameColumn} ("{nameHeader}"): {people} personen, {competencyColumns} competentiekolommen.',
    en: 'Sheet {sheet}, header row {headerRow}, names in column {nameColumn} ("{nameHeader}"): {people} people, {competencyColumns} competency columns.',
  },
  bindScale: { nl: 'Schaal: {scale}', en: 'Scale: {scale}' },
  bindScaleOpen: {
    nl: 'De waarden passen bij meer dan één schaal ({choices}) en lezen daarin anders. Kies de schaal van deze tabel.',
    en: 'The values fit more than one scale ({choices}) and read differently in each. Choose this table’s scale.',
  },
  bindScaleMixed: {
    nl: 'Geen schaal leest alle waarden van deze tabel. Kies de schaal; een cel die er niet in past, wordt met zijn adres genoemd en niet meegeteld.',
    en: 'No scale reads all of this table’s values. Choose the scale; a cell that does not fit it is named by its address and left out.',
  },
  bindScaleChoose: { nl: 'Schaal van deze tabel', en: 'This table’s scale' },
  bindScalePick: { nl: 'Kies…', en: 'Choose…' },
  scale04: { nl: '0–4', en: '0–4' },
  scale15: { nl: '1–5 (1 → 0 … 5 → 4)', en: '1–5 (1 → 0 … 5 → 4)' },
  scaleYesNo: {
    nl: 'ja/nee (ja → 2 Bekwaam, nee → 0; een gebied is gedekt door wie één van zijn items heeft)',
    en: 'yes/no (yes → 2 Competent, no → 0; an area is covered by whoever holds any of its items)',
  },
  scaleXo: {
    nl: 'x/o (x → 2 Bekwaam, o → 0; een gebied is gedekt door wie één van zijn items heeft)',
    en: 'x/o (x → 2 Competent, o → 0; an area is covered by whoever holds any of its items)',
  },
  bindConfirm: { nl: 'Koppelen', en: 'Bind' },
  bindCancel: { nl: 'Annuleren', en: 'Cancel' },
  bindNothing: {
    nl: 'Op blad {sheet} vond Teamscan geen tabel met een naamkolom en competentiekolommen.',
    en: 'Teamscan found no table with a name column and competency columns on sheet {sheet}.',
  },
  bindNotHere: {
    nl: 'Kies een tabel op een eigen blad; {sheet} is een blad van Teamscan zelf.',
    en: 'Choose a table on a sheet of your own; {sheet} is one of Teamscan’s own sheets.',
  },
  boundTo: { nl: 'Gekoppeld aan {range}', en: 'Bound to {range}' },
  bindRenamed: {
    nl: 'Het gekoppelde blad {was} heet nu {sheet}; Teamscan volgt het.',
    en: 'The bound sheet {was} is now called {sheet}; Teamscan follows it.',
  },
  bindSheetMissing: {
    nl: 'Het gekoppelde blad {sheet} bestaat niet meer. Koppel opnieuw aan een tabel.',
    en: 'The bound sheet {sheet} no longer exists. Bind to a table again.',
  },
  bindHeaderChanged: {
    nl: 'De koprij van de gekoppelde tabel is veranderd: {cell} was "{was}", nu "{now}". Koppel opnieuw om zeker te zijn dat elke kolom klopt.',
    en: 'The bound table’s header row changed: {cell} was "{was}", now "{now}". Bind again to be sure every column is right.',
  },
  bindUnreadable: {
    nl: 'De koppeling in dit werkboek is onleesbaar. Koppel opnieuw aan een tabel.',
    en: 'The binding in this workbook cannot be read. Bind to a table again.',
  },
  bindAgain: { nl: 'Opnieuw koppelen', en: 'Bind again' },
} satisfies Record<string, Localized>;

export type BindFlowKey = keyof typeof BIND_FLOW_MESSAGES;
