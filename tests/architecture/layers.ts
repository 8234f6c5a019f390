// The declared layer order of the sources, bottom first (docs/design.md "Layers"), and its named exceptions.

import type { Exception, Layer } from './import-graph';

export const SOURCE_FOLDERS = ['shared', 'addin', 'appsscript', 'cli', 'preview'];

/**
 * Bottom first: a unit may import its own files and any unit of a lower layer. Units side by side in one layer
 * do not import each other, and the four hosts never import one another (each is its own composition root).
 */
export const LAYERS: readonly Layer[] = [
  {
    name: 'foundation',
    units: {
      text: ['shared/text/'],
      // The cell and address helpers have no imports beyond each other: the bottom, below the matrix reader.
      cells: ['shared/matrix/grid.ts', 'shared/matrix/address.ts'],
      // The one level scale's colours: no imports, drawn by the reports, the workbook plan and the panel.
      theme: ['shared/theme/'],
    },
  },
  { name: 'language', units: { i18n: ['shared/i18n/'] } },
  { name: 'levels', units: { levels: ['shared/levels/'] } },
  { name: 'profiles', units: { profiles: ['shared/profiles/'] } },
  { name: 'matrix', units: { matrix: ['shared/matrix/'] } },
  { name: 'analysis', units: { analysis: ['shared/analysis/'] } },
  { name: 'answers', units: { formulas: ['shared/formulas/'], report: ['shared/report/'] } },
  { name: 'host contract', units: { host: ['shared/host/'] } },
  // The self-test's probes, runner and result text: what each host's probes are made of.
  { name: 'self-test', units: { selftest: ['shared/selftest/'] } },
  { name: 'workbook', units: { workbook: ['shared/workbook/'] } },
  { name: 'panel model', units: { scan: ['shared/scan/'] } },
  // The self-scan form's description, the take-over's proposal and the answered/not-yet tracking.
  { name: 'self-scans', units: { selfscan: ['shared/selfscan/'] } },
  { name: 'panel', units: { ui: ['shared/ui/'] } },
  {
    name: 'hosts',
    units: { addin: ['addin/'], appsscript: ['appsscript/'], cli: ['cli/'], preview: ['preview/'] },
  },
];

/**
 * Imports against the order that stay for now, each by name; any other import against it fails the test.
 * Remove an entry when its import is gone.
 */
export const EXCEPTIONS: readonly Exception[] = [
  {
    from: 'shared/host/bridge.ts',
    to: 'shared/workbook/plan.ts',
    why: 'HostBridge.applyPlan takes a WorkbookPlan: the plan type sits in the workbook layer above the contract.',
  },
  {
    from: 'shared/host/bridge.ts',
    to: 'shared/selfscan/form-types.ts',
    why: 'HostBridge.createSelfscanForm takes a FormSpec and answers a FormState: the types sit with the form builder above the contract.',
  },
  ...['shared/host/validate.ts', 'shared/host/validate-plan.ts'].map(
    (from): Exception => ({
      from,
      to: 'shared/workbook/plan.ts',
      why: 'The entry points check a WorkbookPlan (and its sheet names) against the same plan type the bridge takes.',
    }),
  ),
];

/** Import loops between files that stay for now (each a sorted list of files); any other loop fails the test. */
export const ALLOWED_LOOPS: readonly (readonly string[])[] = [];

/** The units that may import packages: the panel (React, Fluent) and the hosts. The core imports none at all. */
const WITH_PACKAGES = new Set(['ui', 'addin', 'appsscript', 'cli', 'preview']);

export function deniedPackage(unit: string, _name: string): boolean {
  return !WITH_PACKAGES.has(unit);
}
