// The native look-up table of level words reads every spelling exactly as the core's readLevel does.

import { NOT_APPLICABLE } from '../../shared/levels/levels';
import { readLevel } from '../../shared/levels/parse';
import { lookupTable } from '../../shared/workbook/native';

describe('lookupTable', () => {
  const table = lookupTable();

  test('every key reads in the core to the value the table gives it', () => {
    const wrong = table.entries.filter((entry) => readLevel(entry.key) !== entry.value);
    expect(wrong).toEqual([]);
    expect(table.entries.length).toBeGreaterThan(100);
  });

  test('keys are unique and already trimmed, as TRIM leaves a typed cell', () => {
    const keys = table.entries.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toBe(key.trim().replace(/ {2,}/g, ' '));
  });

  test('the first section holds the "not applicable" marks, all of them and nothing else', () => {
    const marks = table.entries.slice(0, table.notApplicableCount);
    expect(marks.every((entry) => entry.value === NOT_APPLICABLE)).toBe(true);
    expect(table.entries.slice(table.notApplicableCount).some((entry) => entry.value === NOT_APPLICABLE)).toBe(false);
    expect(marks.map((entry) => entry.key)).toEqual(expect.arrayContaining(['n.v.t.', 'nvt', 'n/a', 'na']));
  });

  test('no key holds a wildcard character that MATCH would treat as a pattern', () => {
    expect(table.entries.filter((entry) => /[*?~]/.test(entry.key))).toEqual([]);
  });
});
