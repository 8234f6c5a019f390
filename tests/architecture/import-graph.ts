// Reads the import graph of the source folders and checks it against a declared layer order and against loops.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** One import of one file: `to` is a repository path for a relative import, else the package name. */
export interface ImportEdge {
  readonly from: string;
  readonly to: string;
}

export interface ImportGraph {
  readonly files: readonly string[];
  /** Imports of other source files (relative specifiers, resolved). */
  readonly local: readonly ImportEdge[];
  /** Imports of packages and Node built-ins. */
  readonly packages: readonly ImportEdge[];
}

/** A layer: named units, each a list of folder prefixes ("shared/matrix/") or files ("shared/matrix/grid.ts"). */
export interface Layer {
  readonly name: string;
  readonly units: Readonly<Record<string, readonly string[]>>;
}

/** An import allowed against the order, with the reason it stays for now. */
export interface Exception {
  readonly from: string;
  readonly to: string;
  readonly why: string;
}

const SOURCE = /\.tsx?$/;
const toPosix = (path: string) => path.split(sep).join('/');

function sourceFiles(root: string, folder: string): string[] {
  const full = join(root, folder);
  if (!existsSync(full)) return [];
  return readdirSync(full).flatMap((name) => {
    const path = join(full, name);
    if (name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return sourceFiles(root, join(folder, name));
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [toPosix(join(folder, name))] : [];
  });
}

/** The file a relative specifier names, as TypeScript's bundler resolution finds it. */
function resolveLocal(root: string, from: string, specifier: string): string {
  const base = resolve(root, dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  const found = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  return toPosix(relative(root, found ?? base));
}

/**
 * Every static, re-exporting, dynamic and side-effect import (and require) of the files under `folders`; `textOf`
 * gives a file's text (the file on disk unless a test plants an import in it).
 */
export function readImportGraph(
  root: string,
  folders: readonly string[],
  textOf: (file: string) => string = (file) => readFileSync(join(root, file), 'utf8'),
): ImportGraph {
  const files = folders.flatMap((folder) => sourceFiles(root, folder)).sort();
  const local: ImportEdge[] = [];
  const packages: ImportEdge[] = [];
  for (const file of files) {
    const info = ts.preProcessFile(textOf(file), true, true);
    for (const { fileName } of info.importedFiles) {
      if (fileName.startsWith('.')) local.push({ from: file, to: resolveLocal(root, file, fileName) });
      else packages.push({ from: file, to: fileName });
    }
  }
  return { files, local, packages };
}

/** The unit and layer index of a file: the longest matching prefix wins, so a file can sit below its folder. */
export function placeOf(layers: readonly Layer[], file: string): { unit: string; layer: number } | undefined {
  let best: { unit: string; layer: number; length: number } | undefined;
  layers.forEach((layer, index) => {
    for (const [unit, prefixes] of Object.entries(layer.units)) {
      for (const prefix of prefixes) {
        const matches = prefix.endsWith('/') ? file.startsWith(prefix) : file === prefix;
        if (matches && (!best || prefix.length > best.length)) best = { unit, layer: index, length: prefix.length };
      }
    }
  });
  return best && { unit: best.unit, layer: best.layer };
}

/**
 * The imports against the order, as "from → to" lines: a file may import its own unit and any unit in a lower
 * layer, not a unit beside it in its own layer nor anything above it. Files in no layer are named too.
 */
export function layerViolations(
  graph: ImportGraph,
  layers: readonly Layer[],
  exceptions: readonly Exception[],
): string[] {
  const allowed = new Set(exceptions.map((exception) => `${exception.from} → ${exception.to}`));
  const problems = graph.files.filter((file) => !placeOf(layers, file)).map((file) => `${file}: in no layer`);
  for (const edge of graph.local) {
    const from = placeOf(layers, edge.from);
    const to = placeOf(layers, edge.to);
    if (!from || !to || from.unit === to.unit || to.layer < from.layer) continue;
    const line = `${edge.from} → ${edge.to}`;
    if (allowed.has(line)) continue;
    const where = to.layer === from.layer ? 'beside it in its own layer' : 'in a higher layer';
    problems.push(`${line} (${from.unit} imports ${to.unit}, ${where})`);
  }
  return [...new Set(problems)];
}

/** Imports of packages a file's unit may not use: `rules` maps a unit to the package names it must not import. */
export function packageViolations(
  graph: ImportGraph,
  layers: readonly Layer[],
  denied: (unit: string, name: string) => boolean,
): string[] {
  return graph.packages
    .filter((edge) => {
      const place = placeOf(layers, edge.from);
      return place !== undefined && denied(place.unit, edge.to);
    })
    .map((edge) => `${edge.from} → ${edge.to}`);
}

/** The import loops between files: each strongly connected set of two or more files, sorted (Tarjan's method). */
export function importLoops(graph: ImportGraph): string[][] {
  const next = new Map<string, string[]>(graph.files.map((file) => [file, []]));
  for (const edge of graph.local) if (edge.from !== edge.to) next.get(edge.from)?.push(edge.to);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const to of next.get(file) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(file, Math.min(low.get(file)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(file, Math.min(low.get(file)!, index.get(to)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const loop: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      loop.push(member);
    } while (member !== file);
    if (loop.length > 1) loops.push(loop.sort());
  };
  for (const file of graph.files) if (!index.has(file)) visit(file);
  return loops.sort((a, b) => a[0]!.localeCompare(b[0]!));
}
