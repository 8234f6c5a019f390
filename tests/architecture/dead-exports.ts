// Finds exported names that no other file imports: read syntax only (no type check), so it runs in a second.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const toPosix = (path: string) => path.split(sep).join('/');

function filesUnder(root: string, folder: string, pattern: RegExp): string[] {
  const full = join(root, folder);
  if (!existsSync(full)) return [];
  return readdirSync(full).flatMap((name) => {
    const path = join(full, name);
    if (name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return filesUnder(root, join(folder, name), pattern);
    return pattern.test(name) && !name.endsWith('.d.ts') ? [toPosix(join(folder, name))] : [];
  });
}

/** The file a relative specifier names (bundler resolution), or undefined when it is no source file here. */
function resolveLocal(root: string, from: string, specifier: string): string | undefined {
  const base = resolve(root, dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  const found = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  return found === undefined ? undefined : toPosix(relative(root, found));
}

const hasExport = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
const hasDefault = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);

interface FileExports {
  /** Names the file declares as exported (a default export as "default"). */
  readonly own: Set<string>;
  /** How often each identifier occurs in the file: an exported name used in its own file is not dead code. */
  readonly mentions: Map<string, number>;
  /** `export { a as b } from './t'`: b → [t, a]. */
  readonly forwarded: Map<string, [string, string]>;
  /** `export * from './t'`. */
  readonly all: string[];
}

/** A use of a file's export: a name, or "*" for all of them (a namespace import, import(), a loader). */
type Use = readonly [file: string, name: string];

function readFile(root: string, file: string, exports: Map<string, FileExports>, uses: Use[]): void {
  const text = readFileSync(join(root, file), 'utf8');
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const mine: FileExports = { own: new Set(), mentions: new Map(), forwarded: new Map(), all: [] };
  exports.set(file, mine);
  const target = (specifier: ts.Expression | undefined) =>
    specifier && ts.isStringLiteral(specifier) && specifier.text.startsWith('.')
      ? resolveLocal(root, file, specifier.text)
      : undefined;
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node)) mine.mentions.set(node.text, (mine.mentions.get(node.text) ?? 0) + 1);
    if (ts.isImportDeclaration(node)) {
      const from = target(node.moduleSpecifier);
      const clause = node.importClause;
      if (from && clause) {
        if (clause.name) uses.push([from, 'default']);
        const bindings = clause.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings)) uses.push([from, '*']);
        if (bindings && ts.isNamedImports(bindings))
          for (const element of bindings.elements) uses.push([from, (element.propertyName ?? element.name).text]);
      }
    } else if (ts.isExportDeclaration(node)) {
      const from = target(node.moduleSpecifier);
      const clause = node.exportClause;
      if (!clause) {
        if (from) mine.all.push(from);
      } else if (ts.isNamedExports(clause)) {
        for (const element of clause.elements) {
          const local = (element.propertyName ?? element.name).text;
          if (from) mine.forwarded.set(element.name.text, [from, local]);
          else mine.own.add(element.name.text);
        }
      } else if (from) {
        mine.own.add(clause.name.text);
        uses.push([from, '*']);
      }
    } else if (ts.isExportAssignment(node)) {
      mine.own.add('default');
    } else if (hasExport(node) && node.parent === source) {
      if (hasDefault(node)) mine.own.add('default');
      else if (ts.isVariableStatement(node)) {
        for (const declaration of node.declarationList.declarations)
          if (ts.isIdentifier(declaration.name)) mine.own.add(declaration.name.text);
      } else {
        const name = (node as ts.DeclarationStatement).name;
        if (name && ts.isIdentifier(name)) mine.own.add(name.text);
      }
    } else if (ts.isCallExpression(node)) {
      // import('./x'), jest.requireActual('./x'), a build script's loadTs('path/from/root.ts'): all of it.
      const [first] = node.arguments;
      const callee = node.expression;
      const loader = ts.isIdentifier(callee) && callee.text === 'loadTs';
      if (first && ts.isStringLiteral(first)) {
        const from = loader ? resolveLocal(root, '.', `./${first.text}`) : target(first);
        if (from && (loader || callee.kind === ts.SyntaxKind.ImportKeyword || ts.isPropertyAccessExpression(callee)))
          uses.push([from, '*']);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

/**
 * The exports of the files under `folders` that no file under `readers` imports (directly or through a
 * re-export) and their own file does not use either, as "file: name"; the files in `entries` are exempt (their exports are called from outside: a
 * bundle's global, the generated Apps Script functions, a build script).
 */
export function deadExports(
  root: string,
  folders: readonly string[],
  readers: readonly string[],
  entries: readonly string[],
): string[] {
  const exports = new Map<string, FileExports>();
  const uses: Use[] = [];
  const sources = new Set(folders.flatMap((folder) => filesUnder(root, folder, /\.tsx?$/)));
  const read = new Set([...sources, ...readers.flatMap((folder) => filesUnder(root, folder, /\.(tsx?|mjs|js)$/))]);
  for (const file of read) readFile(root, file, exports, uses);
  // Follow each use through re-exports to the file that declares the name.
  const used = new Set<string>();
  const queue: Use[] = [...uses, ...entries.map((entry): Use => [entry, '*'])];
  while (queue.length > 0) {
    const [file, name] = queue.pop()!;
    const key = `${file}: ${name}`;
    if (used.has(key)) continue;
    used.add(key);
    const info = exports.get(file);
    if (!info) continue;
    if (name === '*') {
      for (const own of info.own) queue.push([file, own]);
      for (const [alias] of info.forwarded) queue.push([file, alias]);
      for (const from of info.all) queue.push([from, '*']);
      continue;
    }
    const forwarded = info.forwarded.get(name);
    if (forwarded) queue.push(forwarded);
    for (const from of info.all) queue.push([from, name]);
  }
  const dead: string[] = [];
  for (const file of [...sources].sort()) {
    if (entries.includes(file)) continue;
    const info = exports.get(file)!;
    const unused = (name: string) => !used.has(`${file}: ${name}`) && !used.has(`${file}: *`);
    for (const name of info.own) if (unused(name) && (info.mentions.get(name) ?? 0) <= 1) dead.push(`${file}: ${name}`);
    for (const name of info.forwarded.keys()) if (unused(name)) dead.push(`${file}: ${name}`);
  }
  return dead;
}
