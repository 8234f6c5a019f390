// `teamscan analyze FILE…`: coverage, gaps and insights per file and, for several files, their roll-up.

import { basename } from 'node:path';
import { Command } from 'commander';
import { type AnalysisInput, analyze } from '../../shared/analysis/analyze';
import { DEFAULT_MENTOR_LIMIT, readPositiveWhole } from '../../shared/analysis/options';
import { analysisReport } from '../../shared/analysis/report';
import { rollUp } from '../../shared/analysis/rollup';
import type { Analysis } from '../../shared/analysis/types';
import type { Language } from '../../shared/i18n/language';
import { TeamscanError } from '../../shared/i18n/message';
import { renderAnalysis } from '../format';
import { LocalizedInputError } from '../input-error';
import { sheetChoice } from '../output/sheet-choice';
import { loadProfileOption } from '../profile-option';
import { languageOf, print } from '../program-context';
import { readMatrixFile, readNormsFile } from '../read-matrix';
import {
  profileScale,
  type ReadingOptionValues,
  readOptionsOf,
  thresholdOption,
  typedThreshold,
  withReadingOptions,
} from '../reading-options';
import { CLI_TEXTS, type HelpTexts } from '../texts';

export interface AnalyzeOptions extends ReadingOptionValues {
  readonly sheet?: string;
  readonly drempel?: string;
  readonly doel?: string;
  readonly profiel?: string;
  /** A norms table file (docs/design.md#4a-norms-per-area) setting threshold and target per area. */
  readonly normen?: string;
  /** The most learners one mentor takes (docs/design.md#4b-insights-beyond-coverage, *m*). */
  readonly max?: string;
  readonly json?: boolean;
  readonly lang: Language;
}

/** A bad --max is refused naming the option (the core's message alone does not say which count it means). */
function checkMentorLimit(value: string | undefined): void {
  try {
    readPositiveWhole(value, DEFAULT_MENTOR_LIMIT, 'invalidCount');
  } catch (error) {
    if (!(error instanceof TeamscanError)) throw error;
    throw new LocalizedInputError({ nl: `--max: ${error.localized('nl')}`, en: `--max: ${error.localized('en')}` });
  }
}

export async function analyzeCommand(files: readonly string[], options: AnalyzeOptions): Promise<string> {
  const profile = await loadProfileOption(options.profiel, options.lang);
  const reading = readOptionsOf(options);
  const scale = reading.scale ?? profileScale(profile);
  const norms = await readNormsFile(options.normen, profile, options.lang, scale);
  checkMentorLimit(options.max);
  const settings = {
    threshold: thresholdOption(options.drempel, scale),
    target: options.doel,
    mentorLimit: options.max,
    ...(norms ? { norms } : {}),
  };
  const inputs: { label: string; input: AnalysisInput }[] = [];
  for (const file of files) {
    // FILE#SHEET names a file's own sheet (as compare has it); else --sheet.
    const choice = sheetChoice(file, { option: '--sheet', sheet: options.sheet });
    inputs.push({
      label: basename(file),
      input: await readMatrixFile(choice.file, profile, choice.sheet, options.lang, reading),
    });
  }
  const results = inputs.map(({ label, input }) => ({ label, analysis: analyze(input, settings) }));
  const total = results.length > 1 ? analyze(rollUp(inputs), settings) : undefined;

  if (options.json) {
    if (!total) return JSON.stringify(analysisReport(results[0]!.analysis, options.lang), null, 2);
    const perFile = results.map(({ label, analysis }) => ({ file: label, ...analysisReport(analysis, options.lang) }));
    return JSON.stringify({ files: perFile, total: analysisReport(total, options.lang) }, null, 2);
  }
  const normsFile = options.normen ? basename(options.normen) : undefined;
  // Every file is read with the one profile; its item texts name the competencies a key person alone masters.
  const render = (analysis: Analysis) => renderAnalysis(analysis, options.lang, normsFile, inputs[0]?.input.profile);
  const sections = results.map(({ label, analysis }) =>
    results.length > 1 ? `== ${label} ==\n${render(analysis)}` : render(analysis),
  );
  if (total) sections.push(`== ${CLI_TEXTS[options.lang].total(results.length)} ==\n${render(total)}`);
  return sections.join('\n\n');
}

export function analyzeProgramCommand(help: HelpTexts): Command {
  const command = new Command('analyze')
    .description(help.analyze)
    .argument('<bestand...>', help.files)
    .option('--sheet <naam>', help.sheet)
    .option('--drempel <niveau>', help.threshold, '2')
    .option('--doel <aantal>', help.target, '2')
    .option('--normen <bestand>', help.norms)
    .option('--max <aantal>', help.max, '2')
    .option('--profiel <id>', help.profileOption, 'npuls')
    .option('--json', help.json);
  return withReadingOptions(command, help).action(
    async (files: string[], options: Omit<AnalyzeOptions, 'lang'>, command: Command) => {
      const drempel = typedThreshold(command, options.drempel);
      print(command, await analyzeCommand(files, { ...options, drempel, lang: languageOf(command) }));
    },
  );
}
