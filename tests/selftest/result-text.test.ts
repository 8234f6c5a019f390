// The result text: one block, the same for the same run, with every part a bug report needs, in nl and en.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { counts, resultText, type SelfTestReport } from '../../shared/selftest/result-text';
import { PRODUCT_VERSION } from '../../shared/selftest/version';

const REPORT: SelfTestReport = {
  info: { host: 'Excel', version: '16.0.17928.20114', platform: 'PC', locale: 'nl-NL', product: '0.1.0' },
  at: '2026-12-07T06:10:42.123Z',
  run: {
    ms: 4230,
    cleanup: { removed: true },
    results: [
      {
        id: 'text-stays-text',
        checks: { nl: 'Tekst blijft tekst', en: 'Text stays text' },
        expected: '"007"',
        status: 'pass',
        saw: '"007" (String)',
        ms: 12,
      },
      {
        id: 'empty-vs-zero',
        checks: { nl: 'Leeg is geen 0', en: 'Empty is not 0' },
        expected: { nl: 'leeg', en: 'empty' },
        status: 'fail',
        saw: 'leeg → 0\n0 → 0',
        ms: 840,
      },
      {
        id: 'hidden-log',
        checks: { nl: 'Logboek verborgen', en: 'Log hidden' },
        expected: 'Hidden',
        status: 'na',
        saw: { nl: 'nog geen logboek', en: 'no log yet' },
        ms: 3,
      },
    ],
  },
};

test('the Dutch text names host, version, platform, language, Teamscan, counts, and every probe with its value', () => {
  const text = resultText(REPORT, 'nl');
  const lines = text.split('\n');
  expect(lines[0]).toBe('Teamscan-zelftest');
  expect(lines[1]).toBe('Host: Excel · versie 16.0.17928.20114 · platform PC · taal nl-NL · Teamscan 0.1.0');
  expect(lines[2]).toBe('Gedraaid: 2026-12-07 06:10 UTC, 4.2 s');
  expect(lines[3]).toBe('Uitkomst: 1 goed, 1 fout, 1 n.v.t.');
  expect(lines).toContain('[goed] text-stays-text — Tekst blijft tekst');
  expect(lines).toContain('  verwacht: "007"');
  expect(lines).toContain('  gezien: "007" (String) (12 ms)');
  expect(lines).toContain('[fout] empty-vs-zero — Leeg is geen 0');
  // A value's line break stays on its line: one probe is three lines, whatever it saw.
  expect(lines).toContain('  gezien: leeg → 0 ↵ 0 → 0 (840 ms)');
  expect(lines).toContain('[n.v.t.] hidden-log — Logboek verborgen');
  expect(lines).toContain('  waarom: nog geen logboek (3 ms)');
  expect(lines[lines.length - 1]).toBe('Tijdelijk blad: verwijderd');
});

test('the English text says the same in English', () => {
  const text = resultText(REPORT, 'en');
  expect(text).toContain(
    'Teamscan self-test\nHost: Excel · version 16.0.17928.20114 · platform PC · language nl-NL · Teamscan 0.1.0',
  );
  expect(text).toContain('Outcome: 1 passed, 1 failed, 1 n/a');
  expect(text).toContain('[fail] empty-vs-zero — Empty is not 0\n  expected: empty\n  saw: leeg → 0 ↵ 0 → 0 (840 ms)');
  expect(text).toContain('[n/a] hidden-log — Log hidden\n  expected: Hidden\n  why: no log yet (3 ms)');
  expect(text.endsWith('Temporary sheet: removed')).toBe(true);
});

test('the same report gives the same text; a sheet left behind is said loudly', () => {
  expect(resultText(REPORT, 'nl')).toBe(resultText(structuredClone(REPORT), 'nl'));
  const left = { ...REPORT, run: { ...REPORT.run, cleanup: { removed: false as const, error: 'AccessDenied' } } };
  expect(resultText(left, 'nl')).toContain('Tijdelijk blad: NIET verwijderd (AccessDenied)');
  expect(counts(REPORT.run.results)).toEqual({ pass: 1, fail: 1, na: 1 });
});

test('the version the result names is the package version', () => {
  const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string };
  expect(PRODUCT_VERSION).toBe(pkg.version);
});
