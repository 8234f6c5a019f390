// The sources keep their layers (docs/design.md "Layers"): no import against the order, no import loop, no package
// in the core; and the checker itself fails on a planted back-import, a planted loop and a package in the core.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ImportGraph,
  importLoops,
  type Layer,
  layerViolations,
  packageViolations,
  placeOf,
  readImportGraph,
} from './import-graph';
import { ALLOWED_LOOPS, deniedPackage, EXCEPTIONS, LAYERS, SOURCE_FOLDERS } from './layers';

const ROOT = join(__dirname, '..', '..');
const allowedLoop = (loop: readonly string[]) => ALLOWED_LOOPS.some((allowed) => allowed.join() === loop.join());

/** Everything the layer test reports for the sources under `root` (with `textOf` for a planted import). */
function check(root: string, textOf?: (file: string) => string) {
  const graph = readImportGraph(root, SOURCE_FOLDERS, textOf);
  return {
    graph,
    layers: layerViolations(graph, LAYERS, EXCEPTIONS),
    loops: importLoops(graph).filter((loop) => !allowedLoop(loop)),
    packages: packageViolations(graph, LAYERS, deniedPackage),
  };
}

describe('the sources keep their layers', () => {
  const found = check(ROOT);

  test('the graph is read: every source folder, with its imports', () => {
    for (const folder of SOURCE_FOLDERS)
      expect(found.graph.files.some((file) => file.startsWith(`${folder}/`))).toBe(true);
    // A folder import resolves to its index file; a re-export and a type-only import count as imports.
    expect(found.graph.local).toContainEqual({ from: 'cli/commands/report.ts', to: 'shared/report/index.ts' });
    expect(found.graph.local).toContainEqual({ from: 'shared/analysis/analyze.ts', to: 'shared/analysis/types.ts' });
    expect(found.graph.packages).toContainEqual({ from: 'shared/ui/mount.tsx', to: 'react-dom/client' });
  });

  test('no import against the layer order, beyond the named exceptions', () => {
    expect(found.layers).toEqual([]);
  });

  test('every named exception is an import against the order (not a way around a new one)', () => {
    for (const exception of EXCEPTIONS) {
      const from = placeOf(LAYERS, exception.from)!;
      const to = placeOf(LAYERS, exception.to)!;
      expect([exception.from, to.layer >= from.layer && to.unit !== from.unit]).toEqual([exception.from, true]);
      expect(exception.why.length).toBeGreaterThan(20);
    }
  });

  test('no import loop between files', () => {
    expect(found.loops).toEqual([]);
  });

  test('the core (shared/ but the panel) imports no package: it runs in every host', () => {
    expect(found.packages).toEqual([]);
  });

  test('docs/design.md lists the layers in this order', () => {
    const design = readFileSync(join(ROOT, 'docs', 'design.md'), 'utf8');
    const positions = LAYERS.map((layer) => design.indexOf(`**${layer.name}**`));
    expect(positions.filter((position) => position < 0)).toEqual([]);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describe('the checker', () => {
  /** The sources as they are, with `plant` appended to one file's text (the file on disk is not touched). */
  function planted(file: string, plant: string) {
    return check(ROOT, (name) => {
      const text = readFileSync(join(ROOT, name), 'utf8');
      return name === file ? `${text}\n${plant}\n` : text;
    });
  }

  test('fails on a planted back-import: the matrix reader importing the panel model', () => {
    const result = planted('shared/matrix/columns.ts', "import type { Team } from '../scan/team';");
    expect(result.layers).toEqual([
      'shared/matrix/columns.ts → shared/scan/team.ts (matrix imports scan, in a higher layer)',
    ]);
  });

  test('fails on a planted import of one host by another, and of a unit beside it', () => {
    expect(planted('cli/main.ts', "import '../preview/main';").layers).toEqual([
      'cli/main.ts → preview/main.tsx (cli imports preview, beside it in its own layer)',
    ]);
    expect(planted('shared/report/index.ts', "export * from '../formulas/registry';").layers).toEqual([
      'shared/report/index.ts → shared/formulas/registry.ts (report imports formulas, beside it in its own layer)',
    ]);
  });

  test('fails on a planted loop and on a package in the core', () => {
    const result = planted('shared/analysis/tally.ts', "import type { analyze } from './analyze';\nimport 'node:fs';");
    expect(result.loops).toEqual([['shared/analysis/analyze.ts', 'shared/analysis/tally.ts']]);
    expect(result.packages).toEqual(['shared/analysis/tally.ts → node:fs']);
  });

  test('a named exception allows exactly its own import; a file below its folder takes its own layer', () => {
    const layers: Layer[] = [
      { name: 'low', units: { base: ['a/base.ts'] } },
      { name: 'mid', units: { a: ['a/'] } },
      { name: 'top', units: { b: ['b/'] } },
    ];
    const graph: ImportGraph = {
      files: ['a/base.ts', 'a/x.ts', 'b/y.ts', 'c/z.ts'],
      local: [
        { from: 'a/base.ts', to: 'a/x.ts' },
        { from: 'a/x.ts', to: 'b/y.ts' },
        { from: 'a/x.ts', to: 'a/base.ts' },
        { from: 'b/y.ts', to: 'a/x.ts' },
      ],
      packages: [],
    };
    expect(layerViolations(graph, layers, [{ from: 'a/x.ts', to: 'b/y.ts', why: 'planted' }])).toEqual([
      'c/z.ts: in no layer',
      'a/base.ts → a/x.ts (base imports a, in a higher layer)',
    ]);
    expect(importLoops(graph)).toEqual([['a/base.ts', 'a/x.ts', 'b/y.ts']]);
  });
});
