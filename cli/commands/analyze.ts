// `teamscan analyze FILE…`: coverage and gaps per file and, for several files, their roll-up.

import { basename } from 'node:path';
import { type AnalysisInput, analyze } from '../../shared/analysis/analyze';
import { analysisReport } from '../../shared/analysis/report';
import { rollUp } from '../../shared/analysis/rollup';
import type { Language } from '../../shared/i18n/language';
import { TeamscanError } from '../../shared/i18n/message';
import { locateMatrix } from '../../shared/matrix/locate';
import { readMatrix } from '../../shared/matrix/read';
import { FileError } from '../file-error';
import { renderAnalysis } from '../format';
import { loadProfileOption } from '../profile-option';
import { readTable } from '../read-table';
import { CLI_TEXTS } from '../texts';

export interface AnalyzeOptions {
  readonly sheet?: string;
  readonly drempel?: string;
  readonly doel?: string;
  readonly profiel?: string;
  readonly json?: boolean;
  readonly lang: Language;
}

export async function analyzeCommand(files: readonly string[], options: AnalyzeOptions): Promise<string> {
  const profile = await loadProfileOption(options.profiel, options.lang);
  const settings = { threshold: options.drempel, target: options.doel };
  const inputs: { label: string; input: AnalysisInput }[] = [];
  for (const file of files) {
    const label = basename(file);
    try {
      const { grid, notes } = await readTable(file, options.sheet);
      const reading = readMatrix(locateMatrix(grid, profile), profile);
      inputs.push({ label, input: { ...reading, warnings: [...notes, ...reading.warnings] } });
    } catch (error) {
      if (error instanceof TeamscanError) throw new FileError(label, error, error.localized(options.lang));
      throw error;
    }
  }
  const results = inputs.map(({ label, input }) => ({ label, analysis: analyze(input, settings) }));
  const total = results.length > 1 ? analyze(rollUp(inputs), settings) : undefined;

  if (options.json) {
    if (!total) return JSON.stringify(analysisReport(results[0]!.analysis, options.lang), null, 2);
    const perFile = results.map(({ label, analysis }) => ({ file: label, ...analysisReport(analysis, options.lang) }));
    return JSON.stringify({ files: perFile, total: analysisReport(total, options.lang) }, null, 2);
  }
  const sections = results.map(({ label, analysis }) =>
    results.length > 1
      ? `== ${label} ==\n${renderAnalysis(analysis, options.lang)}`
      : renderAnalysis(analysis, options.lang),
  );
  if (total)
    sections.push(`== ${CLI_TEXTS[options.lang].total(results.length)} ==\n${renderAnalysis(total, options.lang)}`);
  return sections.join('\n\n');
}
