// `teamscan profile ID [--json]`: prints a built-in profile with its attribution.

import { Command } from 'commander';
import type { Language } from '../../shared/i18n/language';
import { withAttribution } from '../../shared/profiles/attribution';
import { builtinProfileOption } from '../profile-option';
import { languageOf, print } from '../program-context';
import { CLI_TEXTS, type HelpTexts } from '../texts';

export function profileCommand(id: string, options: { json?: boolean; lang: Language }): string {
  const profile = withAttribution(builtinProfileOption(id));
  if (options.json) return JSON.stringify(profile, null, 2);
  const t = CLI_TEXTS[options.lang];
  const itemCount = profile.areas.reduce((sum, area) => sum + area.items.length, 0);
  const lines = [
    `${profile.title} (${profile.year}) — ${profile.id}, ${t.items(itemCount)}`,
    `${t.source}: ${profile.source}`,
    `${t.licence}: ${profile.licence}`,
  ];
  for (const area of profile.areas) {
    lines.push('', `${area.code}  ${area.role} — ${area.name} [${t.scopes[area.scope]}]`);
    for (const item of area.items) lines.push(`  ${item.id.padEnd(8)} ${item.text}`);
  }
  return lines.join('\n');
}

export function profileProgramCommand(help: HelpTexts): Command {
  return new Command('profile')
    .description(help.profile)
    .argument('<id>', help.profileId)
    .option('--json', help.json)
    .action((id: string, options: { json?: boolean }, command: Command) => {
      print(command, profileCommand(id, { ...options, lang: languageOf(command) }));
    });
}
