// `teamscan compare OLD NEW`: two rounds of a scan side by side (docs/design.md#12-rounds-history-and-reports), readable or as JSON (docs/design.md#11-commands).

import { basename } from 'node:path';
import { Command } from 'commander';
import { type ComparedLevel, compareRounds, type RoundComparison } from '../../shared/analysis/compare';
import { goalsCount } from '../../shared/analysis/conversation/dev-plan';
import type { AnalysisOptions } from '../../shared/analysis/types';
import { statusText } from '../../shared/formulas/functions/coverage';
import type { Language } from '../../shared/i18n/language';
import type { Profile } from '../../shared/profiles/model';
import { formatNumber, nameList, renderTable } from '../format';
import { type SheetChoice, sheetChoice } from '../output/sheet-choice';
import { type WarningSink, warnAbout } from '../output/warnings';
import { loadProfileOption } from '../profile-option';
import { languageOf, print, printError } from '../program-context';
import { readMatrixFile, readNormsFile } from '../read-matrix';
import {
  profileScale,
  type ReadingOptionValues,
  readOptionsOf,
  thresholdOption,
  typedThreshold,
  withReadingOptions,
} from '../reading-options';
import { type HelpTexts, ROUND_TEXTS } from '../texts';
import { goalsLine, planOfFile } from './report-conversation';

export interface CompareOptions extends ReadingOptionValues {
  /** The sheet of both files, unless a file has its own (--sheet-eerder, --sheet-nu, FILE#SHEET). */
  readonly sheet?: string;
  readonly sheetEerder?: string;
  readonly sheetNu?: string;
  readonly drempel?: string;
  readonly doel?: string;
  readonly normen?: string;
  readonly profiel?: string;
  readonly json?: boolean;
  readonly lang: Language;
  /** Where the reader's warnings go (standard error); not shown when absent. */
  readonly warn?: WarningSink;
}

/** Threshold, target and norms of the options, the norms table read and checked (shared with `report`). */
export async function analysisSettings(
  options: Pick<CompareOptions, 'drempel' | 'doel' | 'normen' | 'lang' | 'schaal'>,
  profile: Profile,
): Promise<AnalysisOptions> {
  // Threshold and norms are read in the matrix's scale (docs/design.md#3-levels-and-cell-values).
  const scale = readOptionsOf(options).scale ?? profileScale(profile);
  const norms = await readNormsFile(options.normen, profile, options.lang, scale);
  return { threshold: thresholdOption(options.drempel, scale), target: options.doel, ...(norms ? { norms } : {}) };
}

function levelText(level: ComparedLevel, lang: Language): string {
  const t = ROUND_TEXTS[lang];
  if (level === null) return t.notScanned;
  return level === 'n.v.t.' ? t.notApplicable : formatNumber(level, lang);
}

/** The readable comparison: a table per area, then the changed levels per person, who joined and who left. */
export function renderComparison(
  comparison: RoundComparison,
  labels: { before: string; now: string; profile: Profile },
  lang: Language,
): string {
  const t = ROUND_TEXTS[lang];
  const role = new Map(labels.profile.areas.map((area) => [area.id, area.role || area.name]));
  const rows = comparison.areas.map((area) => [
    role.get(area.id) ?? area.name,
    area.coveredBefore,
    area.coveredNow,
    statusText(area.statusBefore, lang),
    statusText(area.statusNow, lang),
  ]);
  const lines = [t.compareHeading(labels.before, labels.now), '', renderTable([t.areaColumns, ...rows], lang), ''];
  if (comparison.people.length === 0) lines.push(t.noChanges);
  else {
    lines.push(t.changes);
    for (const person of comparison.people) {
      const changes = person.changes.map(
        (change) =>
          `${role.get(change.area) ?? change.area} ${levelText(change.before, lang)} → ${levelText(change.now, lang)}`,
      );
      lines.push(`  ${person.name}: ${changes.join(', ')}`);
    }
  }
  if (comparison.joined.length > 0) lines.push('', t.joined(nameList(comparison.joined, lang)));
  if (comparison.left.length > 0) lines.push('', t.left(nameList(comparison.left, lang)));
  return lines.join('\n');
}

export async function compareCommand(before: string, now: string, options: CompareOptions): Promise<string> {
  const profile = await loadProfileOption(options.profiel, options.lang);
  const settings = await analysisSettings(options, profile);
  const how = readOptionsOf(options);
  const first = sheetChoice(before, { option: '--sheet-eerder', sheet: options.sheetEerder }, options.sheet);
  const second = sheetChoice(now, { option: '--sheet-nu', sheet: options.sheetNu }, options.sheet);
  const earlier = await readMatrixFile(first.file, profile, first.sheet, options.lang, how);
  const current = await readMatrixFile(second.file, profile, second.sheet, options.lang, how);
  const warn = options.warn ?? (() => undefined);
  warnAbout(first.file, earlier.warnings, options.lang, warn);
  warnAbout(second.file, current.warnings, options.lang, warn);
  const comparison = compareRounds(earlier, current, settings);
  // The newer round's development plan, when its workbook has one: the goals reached since the earlier round.
  const plan = await planOfFile(second.file, profile, options.lang);
  const goals = plan?.length ? goalsCount(plan, earlier, current) : undefined;
  if (options.json) return JSON.stringify(goals ? { ...comparison, goals } : comparison, null, 2);
  // The sheets are named when they differ (a snapshot against the Teammatrix of the same workbook).
  const named = first.sheet !== second.sheet;
  const label = (choice: SheetChoice) => `${basename(choice.file)}${named && choice.sheet ? `#${choice.sheet}` : ''}`;
  const text = renderComparison(comparison, { before: label(first), now: label(second), profile }, options.lang);
  return goals ? `${text}\n\n${goalsLine(goals.reached, goals.total, options.lang)}` : text;
}

export function compareProgramCommand(help: HelpTexts): Command {
  const command = new Command('compare')
    .description(help.compare)
    .argument('<eerder>', help.before)
    .argument('<nu>', help.now)
    .option('--sheet <naam>', help.sheet)
    .option('--sheet-eerder <naam>', help.sheetBefore)
    .option('--sheet-nu <naam>', help.sheetNow)
    .option('--drempel <niveau>', help.threshold, '2')
    .option('--doel <aantal>', help.target, '2')
    .option('--normen <bestand>', help.norms)
    .option('--profiel <id>', help.profileOption, 'npuls')
    .option('--json', help.json);
  return withReadingOptions(command, help).action(
    async (before: string, now: string, options: Omit<CompareOptions, 'lang'>, command: Command) => {
      const drempel = typedThreshold(command, options.drempel);
      const warn = (line: string) => printError(command, line);
      print(command, await compareCommand(before, now, { ...options, drempel, lang: languageOf(command), warn }));
    },
  );
}
