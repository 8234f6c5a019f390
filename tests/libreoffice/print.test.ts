// The add-in-free workbook prints: a team of 12 converted to PDF by LibreOffice fits on a few A4 pages, Rekenblad not.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { writePlanXlsx } from '../../cli/xlsx/write';
import type { Language } from '../../shared/i18n/language';
import { BUILTIN_PROFILES } from '../../shared/profiles/builtins';
import { buildNativeWorkbookPlan } from '../../shared/workbook/native';
import { engineAvailability } from './soffice';

const run = promisify(execFile);
const OUT = join(process.cwd(), 'test-artifacts', 'libreoffice-print');
const engine = engineAvailability();
const pdfinfo = ['/usr/bin/pdfinfo', '/usr/local/bin/pdfinfo'].find((path) => existsSync(path));
const TEAM = [
  'Anna de Vries',
  'Bas Jansen',
  'Charlotte van den Berg-Meijer',
  'Daan Bakker',
  'Eva Visser',
  'Fatima El Amrani',
  'Gijs Smit',
  'Hanna de Boer',
  'Ibrahim Yilmaz',
  'Joris Mulder',
  'Karin van Leeuwen',
  'Lotte Dekker',
];

async function pdfOf(file: string): Promise<{ pages: number; size: string; text: string }> {
  const profile = await mkdtemp(join(tmpdir(), 'teamscan-lo-print-'));
  try {
    await run(
      engine.soffice!,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        OUT,
        file,
      ],
      { timeout: 300_000 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const pdf = file.replace(/\.xlsx$/, '.pdf');
  const info = (await run(pdfinfo!, [pdf])).stdout;
  const text = (await run(pdfinfo!.replace(/pdfinfo$/, 'pdftotext'), ['-layout', pdf, '-'])).stdout;
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), size: /Page size:\s+([^\n]*)/.exec(info)?.[1] ?? '', text };
}

/** The words of `words` that the text shows broken: a start of the word (4 letters or more) not followed by its rest. */
function brokenWords(text: string, words: readonly string[]): string[] {
  return words.flatMap((word) => {
    const broken: string[] = [];
    for (let cut = 4; cut < word.length; cut++) {
      const start = word.slice(0, cut);
      if (new RegExp(`(^|[^\\p{L}])${start}(?!\\p{L})`, 'mu').test(text)) broken.push(start);
    }
    return broken;
  });
}

const maybe = engine.skip || (!pdfinfo && process.env.CI !== 'true') ? describe.skip : describe;

maybe('the add-in-free workbook printed by LibreOffice', () => {
  beforeAll(async () => {
    await rm(OUT, { recursive: true, force: true });
    await mkdir(OUT, { recursive: true });
  });

  it.each<Language>(['nl', 'en'])(
    'a team of 12 (%s) prints on at most 4 A4 pages, without Rekenblad',
    async (lang) => {
      const plan = buildNativeWorkbookPlan({ profile: BUILTIN_PROFILES[0]!, detail: 'gebieden', lang, names: TEAM });
      const file = join(OUT, `team-12-${lang}.xlsx`);
      await writePlanXlsx(plan, file, { lang, overwrite: true });
      const { pages, size, text } = await pdfOf(file);
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(pages).toBeLessThanOrEqual(4);
      // A4 is 595 × 842 pt, in either orientation.
      expect(size).toMatch(/^(595(\.\d+)? x 841(\.\d+)?|841(\.\d+)? x 595(\.\d+)?|595(\.\d+)? x 842|842 x 595)/);
      // Every name is printed whole, on one line.
      for (const name of TEAM) expect(text).toContain(name);
      expect(text).not.toContain('Rekenblad');
      // Area headers (an area column, "Ontwikkelwens Bruggenbouwer") print whole: no role name broken inside a word
      // ("Bruggenbouwe" / "r", "Didactic us"), and Dekking's "nog niet gescand" is not cut off.
      const roles = BUILTIN_PROFILES[0]!.areas.map((area) => area.role);
      expect(brokenWords(text, roles)).toEqual([]);
      expect(text).toContain(lang === 'nl' ? 'nog niet gescand' : 'not scanned yet');
      expect((await readdir(OUT)).some((name) => name === `team-12-${lang}.pdf`)).toBe(true);
    },
    300_000,
  );
});
