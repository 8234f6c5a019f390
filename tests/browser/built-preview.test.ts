// The browser lane serves dist/'s preview only when it is complete and newer than every file it is built from.

import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshDistPreview, PREVIEW_INPUTS, PREVIEW_OUTPUTS } from './built-preview';

describe('the preview built once per run', () => {
  let root: string;
  const at = (path: string, seconds: number) => utimesSync(join(root, path), seconds, seconds);
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'teamscan-fresh-'));
    for (const folder of ['shared/ui', 'preview', 'scripts/build', 'dist/preview'])
      mkdirSync(join(root, folder), { recursive: true });
    const files = ['shared/ui/App.tsx', 'preview/main.tsx', 'scripts/build/30-preview.mjs', 'package-lock.json'];
    for (const file of files) writeFileSync(join(root, file), 'x');
    for (const file of files) at(file, 1_000);
    for (const file of PREVIEW_OUTPUTS) {
      writeFileSync(join(root, 'dist', 'preview', file), 'x');
      at(join('dist', 'preview', file), 2_000);
    }
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test('dist/ is served when its preview is newer than every input', () => {
    expect(PREVIEW_INPUTS).toEqual(['shared', 'preview', 'scripts/build', 'package-lock.json']);
    expect(freshDistPreview(root)).toBe(join(root, 'dist'));
  });

  test.each(['shared/ui/App.tsx', 'preview/main.tsx', 'scripts/build/30-preview.mjs', 'package-lock.json'])(
    'a build of its own when %s changed after the build',
    (file) => {
      at(file, 3_000);
      expect(freshDistPreview(root)).toBeUndefined();
    },
  );

  test('a build of its own when a part of the preview is missing', () => {
    rmSync(join(root, 'dist', 'preview', 'panel.css'));
    expect(freshDistPreview(root)).toBeUndefined();
  });
});
