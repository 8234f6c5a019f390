// Regenerates the formula reference in README.md from the registry.

import { readFileSync, writeFileSync } from 'node:fs';
import { loadTs } from './load-ts.mjs';

const { withFormulaReference } = await loadTs('shared/formulas/generate/markdown.ts');
const readme = readFileSync('README.md', 'utf8');
const updated = withFormulaReference(readme);
if (updated !== readme) writeFileSync('README.md', updated);
console.log(updated === readme ? 'README.md is bij.' : 'README.md bijgewerkt.');
