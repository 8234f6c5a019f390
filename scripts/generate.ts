// Writes the files generated from the formula registry into dist/generated/.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { appsScriptWrappers } from '../shared/formulas/generate/apps-script';
import { excelFunctionsMetadata } from '../shared/formulas/generate/excel-metadata';

export function writeGenerated(outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const files: [string, string][] = [
    ['functions.json', `${JSON.stringify(excelFunctionsMetadata('nl'), null, 2)}\n`],
    ['functions.en.json', `${JSON.stringify(excelFunctionsMetadata('en'), null, 2)}\n`],
    ['custom-functions.gs', appsScriptWrappers()],
  ];
  for (const [name, content] of files) writeFileSync(join(outDir, name), content);
  return files.map(([name]) => join(outDir, name));
}
