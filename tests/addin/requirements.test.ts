/** @jest-environment jsdom */
// The task pane's capability check: the API sets it needs, asked with Office.context.requirements.isSetSupported
// (Office Add-ins docs, "Check for API availability at runtime"), and a clear message on an older Excel.

import { missingSets, REQUIRED_SETS, setList, showUnsupported } from '../../addin/taskpane/requirements';

/** Compares API set versions part by part ("1.13" is after "1.9"). */
function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const difference = (x[i] ?? 0) - (y[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** An Excel that supports each API set up to the given version. */
const excelWith =
  (sets: Record<string, string>) =>
  (name: string, version: string): boolean =>
    sets[name] !== undefined && compareVersions(sets[name], version) >= 0;

describe('task pane requirements', () => {
  it('asks for ExcelApi 1.9 (selection events), 1.13 (Table.resize) and SharedRuntime 1.1', () => {
    expect(REQUIRED_SETS.map((set) => `${set.name} ${set.version}`)).toEqual([
      'ExcelApi 1.9',
      'ExcelApi 1.13',
      'SharedRuntime 1.1',
    ]);
    expect(missingSets(excelWith({ ExcelApi: '1.20', SharedRuntime: '1.1' }))).toEqual([]);
  });

  it('finds what an older Excel lacks, and everything when it cannot be asked', () => {
    const old = missingSets(excelWith({ ExcelApi: '1.10', SharedRuntime: '1.1' }));
    expect(old.map((set) => `${set.name} ${set.version}`)).toEqual(['ExcelApi 1.13']);
    expect(missingSets(undefined)).toHaveLength(3);
    expect(
      missingSets(() => {
        throw new Error('no requirements API');
      }),
    ).toHaveLength(3);
    expect(setList(missingSets(undefined))).toBe('ExcelApi 1.13, SharedRuntime 1.1');
  });

  it('shows a localized message in place of the panel', () => {
    const element = document.createElement('div');
    element.textContent = 'panel';
    showUnsupported(element, 'nl', missingSets(excelWith({ ExcelApi: '1.8' })));
    expect(element.querySelector('[role="alert"]')).not.toBeNull();
    expect(element.textContent).toMatch(/te oud voor Teamscan.*ExcelApi 1\.13, SharedRuntime 1\.1 nodig/);
    expect(element.textContent).not.toContain('panel');
    showUnsupported(element, 'en', missingSets(excelWith({ ExcelApi: '1.9', SharedRuntime: '1.1' })));
    expect(element.textContent).toMatch(/too old for Teamscan.*needs ExcelApi 1\.13;/);
  });
});
