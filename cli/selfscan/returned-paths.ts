// The returned workbooks to read: the .xlsx files of a folder, or the files as given.

import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** Office's lock files ("~$name.xlsx"), LibreOffice's (".~lock…#") and our own temporary files are no returns. */
function isWorkbook(name: string): boolean {
  return extname(name).toLowerCase() === '.xlsx' && !name.startsWith('~$') && !name.startsWith('.');
}

/** The .xlsx files a folder holds (not its subfolders), or the files as given, in name order. */
export async function returnedPaths(inputs: readonly string[]): Promise<string[]> {
  const paths: string[] = [];
  for (const input of inputs) {
    if ((await stat(input)).isDirectory()) {
      const names = (await readdir(input)).filter(isWorkbook).sort();
      paths.push(...names.map((name) => join(input, name)));
    } else {
      paths.push(input);
    }
  }
  return paths;
}
