// docs/design.md is the document the code cites: every "DESIGN §N" and every link to docs/design.md#anchor in the
// repository names a heading it has, with the anchor GitHub gives that heading.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const DESIGN = readFileSync(join(ROOT, 'docs', 'design.md'), 'utf8');
const SKIPPED = new Set(['node_modules', 'dist', '.git', 'coverage', 'test-artifacts']);
const TEXT = /\.(ts|tsx|mjs|js|md|json|html|css|xml)$/;

/** GitHub's heading anchor: lower case, punctuation dropped (hyphens and underscores kept), spaces to hyphens. */
function githubAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function files(folder: string): string[] {
  return readdirSync(join(ROOT, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (SKIPPED.has(name)) return [];
    if (statSync(join(ROOT, path)).isDirectory()) return files(path);
    return TEXT.test(name) ? [path] : [];
  });
}

const headings = [...DESIGN.matchAll(/^#{2,3} (.+)$/gm)].map((match) => match[1]!);
const anchors = new Set(headings.map(githubAnchor));
/** "4a" → the anchor of the heading numbered "4a." */
const sections = new Map(
  headings.flatMap((heading) => {
    const number = /^(\d+[a-z]?)\. /.exec(heading)?.[1];
    return number ? [[number, githubAnchor(heading)] as const] : [];
  }),
);

describe('docs/design.md', () => {
  test('has sections 1 to 12 and 4a, 4b, in order, with the anchors the code may link to', () => {
    expect([...sections.keys()]).toEqual(['1', '2', '3', '4', '4a', '4b', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(sections.get('4a')).toBe('4a-norms-per-area');
    expect(sections.get('12')).toBe('12-rounds-history-and-reports');
    expect(githubAnchor('Glossary: Dutch to English')).toBe('glossary-dutch-to-english');
  });

  // This file names the patterns it looks for, so it is not among the files it reads.
  const self = join('tests', 'architecture', 'design-doc.test.ts');
  const sources = files('.').filter((file) => file !== join('docs', 'design.md') && file !== self);

  test('every "DESIGN §N" and every link to docs/design.md#anchor in the repository names one of its headings', () => {
    const broken: string[] = [];
    let references = 0;
    for (const file of sources) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      // "DESIGN §4a", "DESIGN §4a/§4b", "DESIGN §3, §9": every § right after a citation.
      for (const match of text.matchAll(/DESIGN (§\d+[a-z]?(?:(?:\/|, | and )§\d+[a-z]?)*)/g)) {
        for (const number of match[1]!.split(/\/|, | and /).map((part) => part.slice(1))) {
          references++;
          if (!sections.has(number)) broken.push(`${file}: §${number}`);
        }
      }
      for (const match of text.matchAll(/design\.md#([A-Za-z0-9_-]+)/g)) {
        references++;
        if (!anchors.has(match[1]!)) broken.push(`${file}: #${match[1]}`);
      }
    }
    expect(broken).toEqual([]);
    expect(references).toBeGreaterThan(100);
  });

  test('its own links to its headings resolve', () => {
    const broken = [...DESIGN.matchAll(/\]\(#([^)\s]+)\)/g)].map((match) => match[1]!).filter((id) => !anchors.has(id));
    expect(broken).toEqual([]);
  });
});
