// The fake Range's format, dataValidation and conditionalFormats: property objects recorded on the sheet at sync.

import { type FakeContext, type FakeSheet, recorder } from './model';

/** Range.format: every property set is recorded on the sheet's formats under the range's A1 address. */
export function rangeFormat(ctx: FakeContext, sheetOf: () => FakeSheet, a1: () => string): any {
  const record = (path: string, value: unknown) => sheetOf().formats.push({ address: a1(), path, value });
  const format = recorder(ctx, record);
  // RangeFormat.autofitColumns(): "Changes the width of the columns of the current range to achieve the best
  // fit, based on the current data in the columns" (ExcelApi 1.2); recorded as a call, queued until sync.
  // https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-autofitcolumns-member(1)
  return new Proxy(format, {
    get: (target, prop) =>
      prop === 'autofitColumns' ? () => ctx.queue(() => record('autofitColumns()', true)) : target[prop],
  });
}

/** Range.dataValidation: clear() and the rule, errorAlert and prompt set on the sheet's validation of the range. */
export function rangeDataValidation(ctx: FakeContext, sheetOf: () => FakeSheet, a1: () => string): any {
  const entry = () => {
    const sheet = sheetOf();
    let found = sheet.validations.find((v) => v.address === a1());
    if (!found) {
      found = { address: a1() };
      sheet.validations.push(found);
    }
    return found;
  };
  return {
    clear: () =>
      ctx.queue(() => {
        const sheet = sheetOf();
        sheet.validations = sheet.validations.filter((v) => v.address !== a1());
      }),
    set rule(rule: unknown) {
      ctx.queue(() => (entry().rule = rule));
    },
    set errorAlert(alert: unknown) {
      ctx.queue(() => (entry().errorAlert = alert));
    },
    set prompt(prompt: unknown) {
      ctx.queue(() => (entry().prompt = prompt));
    },
  };
}

/** Range.conditionalFormats: add(type) records a format and its settings; clearAll() drops the range's formats. */
export function rangeConditionalFormats(ctx: FakeContext, sheetOf: () => FakeSheet, a1: () => string): any {
  return {
    add: (type: string) => {
      const settings: Record<string, unknown> = {};
      ctx.queue(() => sheetOf().conditionalFormats.push({ address: a1(), type, settings }));
      return recorder(ctx, (path, value) => (settings[path] = value));
    },
    clearAll: () =>
      ctx.queue(() => {
        const sheet = sheetOf();
        sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => f.address !== a1());
      }),
  };
}
