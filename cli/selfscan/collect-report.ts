// What `teamscan collect` prints: who returned a file, who did not, what changed, conflicts and refusals (text, JSON).

import type { Language } from '../../shared/i18n/language';
import type { CellValue } from '../../shared/matrix/grid';
import type { CollectChoices, CollectPlan, Refusal } from './collect-plan';
import { SELFSCAN_TEXTS } from './texts';

function shown(value: CellValue, lang: Language): string {
  if (value === null || value === undefined || value === '') return SELFSCAN_TEXTS[lang].empty;
  return String(value);
}

function refusalText(refusal: Refusal, lang: Language): string {
  const texts = SELFSCAN_TEXTS[lang];
  switch (refusal.kind) {
    case 'noRecord':
      return texts.noRecord(refusal.file);
    case 'altered':
      return texts.recordAltered(refusal.file);
    case 'otherTeam':
      return texts.otherTeam(refusal.file);
    case 'otherProfile':
      return texts.otherProfile(refusal.file, refusal.profile, refusal.detail);
    case 'notInTeam':
      return texts.notInTeam(refusal.file, refusal.name);
    case 'duplicate':
      return texts.duplicate(refusal.name, refusal.files.join(', '));
    case 'unreadableFile':
      return refusal.texts[lang];
  }
}

/** The readable answer, in the reader's language. */
export function describePlan(
  plan: CollectPlan,
  choices: CollectChoices,
  options: { readonly lang: Language; readonly out: string | undefined; readonly dropped: readonly string[] },
): string {
  const texts = SELFSCAN_TEXTS[options.lang];
  const total = plan.returned.length + plan.notReturned.length;
  const lines = [
    `${texts.returned(plan.returned.length, total)}: ${plan.returned.map((entry) => entry.name).join(', ')}`,
  ];
  if (plan.notReturned.length) lines.push(texts.notReturned(plan.notReturned.join(', ')));
  lines.push(texts.changes(plan.changes.length + (choices.force ? plan.conflicts.length : 0)));
  for (const change of plan.changes) {
    lines.push(texts.change(change.name, change.header, shown(change.before, options.lang), String(change.now)));
  }
  if (plan.conflicts.length) {
    lines.push(texts.conflicts(plan.conflicts.length));
    for (const conflict of plan.conflicts) {
      const { name, header, start, before, now } = conflict;
      lines.push(texts.conflict(name, header, shown(start, options.lang), shown(before, options.lang), String(now)));
    }
    lines.push(choices.force ? texts.forced : texts.notTaken);
  }
  if (plan.refusals.length || plan.unreadable.length) {
    lines.push(texts.refused);
    for (const refusal of plan.refusals) lines.push(`  ${refusalText(refusal, options.lang)}`);
    for (const cell of plan.unreadable) lines.push(`  ${texts.unreadable(cell.file, cell.cell, String(cell.value))}`);
  }
  if (options.dropped.length) lines.push(texts.dropped(options.dropped.join(', ')));
  lines.push(options.out ? texts.writtenTeam(options.out) : texts.preview);
  return lines.join('\n');
}

/** The --json answer: one object with the same facts, each refusal with its message in the reader's language. */
export function planJson(
  plan: CollectPlan,
  choices: CollectChoices,
  options: { readonly lang: Language; readonly out: string | null; readonly dropped: readonly string[] },
) {
  const { lang, out, dropped } = options;
  const cell = (change: CollectPlan['changes'][number]) => ({
    name: change.name,
    column: change.header,
    before: change.before,
    now: change.now,
  });
  return {
    returned: plan.returned,
    notReturned: plan.notReturned,
    changes: plan.changes.map(cell),
    conflicts: plan.conflicts.map((conflict) => ({ ...cell(conflict), start: conflict.start, applied: choices.force })),
    refused: plan.refusals.map((refusal) => {
      const message = refusalText(refusal, lang);
      if (refusal.kind !== 'unreadableFile') return { ...refusal, message };
      const { texts: _texts, ...rest } = refusal;
      return { ...rest, message };
    }),
    unreadable: plan.unreadable.map((entry) => ({ file: entry.file, cell: entry.cell, value: entry.value })),
    written: out,
    dropped,
  };
}
