// The stored verdicts and the safe paths they call for; the start-up notice in nl and en.

import { startupNotice } from '../../shared/selftest/notice';
import type { SelfTestReport } from '../../shared/selftest/result-text';
import { fallbacksOf, parseStored, storedText, toStored } from '../../shared/selftest/stored';

const report = (statuses: Record<string, 'pass' | 'fail' | 'na'>): SelfTestReport => ({
  info: { host: 'Excel', version: '16', platform: 'PC', locale: 'nl-NL', product: '0.1.0' },
  at: '2026-12-07T06:10:00.000Z',
  run: {
    ms: 1,
    cleanup: { removed: true },
    results: Object.entries(statuses).map(([id, status]) => ({
      id,
      checks: { nl: 'c', en: 'c' },
      expected: 'e',
      status,
      saw: 's',
      ms: 0,
    })),
  },
});

test('the verdicts go through their text unchanged; anything else is no stored result', () => {
  const stored = toStored(report({ 'text-stays-text': 'fail', 'hidden-log': 'na' }));
  expect(parseStored(storedText(stored))).toEqual(stored);
  for (const bad of [null, 42, '', '{', '[]', '{"at":1}', '{"at":"x","host":"E","statuses":{"a":"maybe"}}']) {
    expect(parseStored(bad)).toBeUndefined();
  }
});

test('a failed text probe asks for the apostrophe, a failed function probe for refusing functions', () => {
  expect(fallbacksOf(undefined)).toEqual({ textApostrophe: false, functionsRefuse: false });
  expect(fallbacksOf(toStored(report({ 'text-stays-text': 'fail' })))).toEqual({
    textApostrophe: true,
    functionsRefuse: false,
  });
  expect(fallbacksOf(toStored(report({ 'parameter-addresses': 'fail' })))).toEqual({
    textApostrophe: false,
    functionsRefuse: true,
  });
  expect(fallbacksOf(toStored(report({ 'empty-vs-zero': 'fail', 'parameter-addresses': 'na' })))).toEqual({
    textApostrophe: false,
    functionsRefuse: true,
  });
  // n.v.t. proves nothing either way: the assumed path stays.
  expect(fallbacksOf(toStored(report({ 'text-stays-text': 'na', 'empty-vs-zero': 'na' })))).toEqual({
    textApostrophe: false,
    functionsRefuse: false,
  });
});

test('the start-up notice says what the safe path is, and names the other failures', () => {
  expect(startupNotice(undefined, 'nl')).toBeUndefined();
  expect(startupNotice(toStored(report({ 'text-stays-text': 'pass' })), 'nl')).toBeUndefined();
  const stored = toStored(report({ 'text-stays-text': 'fail', 'empty-vs-zero': 'fail', 'dialog-parts': 'fail' }));
  const nl = startupNotice(stored, 'nl')!;
  expect(nl).toContain('De zelftest van 2026-12-07 06:10 UTC vond');
  expect(nl).toContain('tekst wordt met een apostrof ervoor geschreven');
  expect(nl).toContain('de TEAMSCAN-functies weigeren met een uitleg');
  expect(nl).toContain('Ook fout: dialog-parts.');
  const en = startupNotice(stored, 'en')!;
  expect(en).toContain('text is written with a leading apostrophe');
  expect(en).toContain('Also failed: dialog-parts.');
});
