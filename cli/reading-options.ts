// The reading options of every command that reads a matrix (docs/design.md#11-commands): --schaal, --bereik, --naamkolom,
// --transponeer.

import type { Command } from 'commander';
import { customScale, readScale, type Scale, thresholdInScale } from '../shared/levels/scale';
import type { ReadOptions } from '../shared/matrix/read';
import type { Profile } from '../shared/profiles/model';
import { parseSheetRange, type SheetRange } from './read/sheet-range';
import type { HelpTexts } from './texts';

export interface ReadingOptionValues {
  readonly schaal?: string;
  readonly naamkolom?: string;
  readonly transponeer?: boolean;
  /** --bereik (English alias --range): commander keeps it under the alias's name. */
  readonly range?: string;
}

/** Adds the reading options to a command. */
export function withReadingOptions(command: Command, help: HelpTexts): Command {
  return command
    .option('--schaal <schaal>', help.scale)
    .option('--bereik, --range <bereik>', help.range)
    .option('--naamkolom <kop>', help.nameColumn)
    .option('--transponeer', help.transpose);
}

/** How a file's matrix is read: the core's options, and whether to turn it first. */
export interface MatrixFileOptions {
  readonly read?: ReadOptions;
  readonly transpose?: boolean;
  /** The block of the sheet to read (--bereik), as typed and as read. */
  readonly range?: { readonly text: string; readonly block: SheetRange };
}

/** The read options from the command's values; a bad --schaal is refused by the core's message. */
export function readOptionsOf(values: ReadingOptionValues): MatrixFileOptions & { readonly scale?: Scale } {
  const scale = readScale(values.schaal);
  const read: ReadOptions = {
    ...(scale ? { scale } : {}),
    ...(values.naamkolom ? { nameHeader: values.naamkolom } : {}),
  };
  return {
    read,
    ...(scale ? { scale } : {}),
    ...(values.transponeer ? { transpose: true } : {}),
    ...(values.range !== undefined ? { range: { text: values.range, block: parseSheetRange(values.range) } } : {}),
  };
}

/** --drempel in the file's scale ("4" on 1-5 is level 3); the option's default stays the default level. */
export function thresholdOption(value: string | undefined, scale: Scale | undefined): unknown {
  return thresholdInScale(value, scale);
}

/** A --drempel the user did not type is passed on as absent, so a stated scale does not re-read the default. */
export function typedThreshold(command: Command, value: string | undefined): string | undefined {
  return command.getOptionValueSource('drempel') === 'default' ? undefined : value;
}

/** A custom profile's own scale (its "Niveaus" block), where it has one. */
export function profileScale(profile: Profile): Scale | undefined {
  return profile.levels ? customScale(profile.levels) : undefined;
}
