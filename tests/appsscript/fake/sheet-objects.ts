// The RangeList and Protection objects a fake Sheet hands out.

import { cellsOfA1, FORMAT_ATTRIBUTES, type FormatAttribute } from './formats';
import type { FakeSheet } from './sheet';

const ATTRIBUTE_BY_LIST_METHOD = new Map<string, FormatAttribute>(
  Object.entries(FORMAT_ATTRIBUTES).map(([attribute, methods]) => [methods.list, attribute as FormatAttribute]),
);

/** Sheet.getRangeList: each style setter records a StyleCall and sets the format on every cell of the ranges. */
export function rangeList(sheet: FakeSheet, ranges: string[]) {
  const list: Record<string, (value?: unknown) => unknown> = {};
  for (const method of [
    'setFontWeight',
    'setFontSize',
    'setFontStyle',
    'setFontColor',
    'setBackground',
    'setWrap',
    'setNumberFormat',
    'setHorizontalAlignment',
  ]) {
    list[method] = (value?: unknown) => {
      sheet.styles.push({ ranges: [...ranges], method, value });
      const attribute = ATTRIBUTE_BY_LIST_METHOD.get(method)!;
      for (const a1 of ranges)
        for (const [row, column] of cellsOfA1(a1)) sheet.formats.set(attribute, row, column, value);
      return list;
    };
  }
  return list;
}

/** Sheet.protect: a Protection of the sheet, kept on it until removed. */
export function protectionOf(sheet: FakeSheet) {
  const protection = {
    warningOnly: false,
    description: '',
    // Protection.getDescription: "Gets the description of the protected range or sheet."
    // https://developers.google.com/apps-script/reference/spreadsheet/protection#getdescription
    getDescription: () => protection.description,
    setWarningOnly: (warningOnly: boolean) => {
      protection.warningOnly = warningOnly;
      return protection;
    },
    setDescription: (description: string) => {
      protection.description = description;
      return protection;
    },
    remove: () => {
      sheet.protections = sheet.protections.filter((p) => p !== protection);
    },
  };
  sheet.protections.push(protection);
  return protection;
}
