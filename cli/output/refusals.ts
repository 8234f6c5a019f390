// The refusals of writing an output file (docs/design.md#9-reliability-and-privacy "Outputs"), each in Dutch and English.

import { LocalizedInputError } from '../input-error';

/** An existing file at --out without --overwrite. */
export function outputExists(path: string): LocalizedInputError {
  return new LocalizedInputError({
    nl: `--out ${path}: dit bestand bestaat al en wordt niet vervangen. Kies een andere naam, of geef --overwrite om het te vervangen.`,
    en: `--out ${path}: this file already exists and is not replaced. Choose another name, or add --overwrite to replace it.`,
  });
}

/** --out names a file the same command reads (the same file through a link counts too). */
export function outputIsInput(path: string, input: string): LocalizedInputError {
  const same = path === input ? '' : ` (${input})`;
  return new LocalizedInputError({
    nl: `--out ${path}: dit is een invoerbestand van deze opdracht${same}; de uitvoer vervangt nooit de invoer, ook niet met --overwrite. Kies een andere naam.`,
    en: `--out ${path}: this is an input file of this command${same}; the output never replaces an input, not even with --overwrite. Choose another name.`,
  });
}

/** A read-only file at --out: --overwrite does not defeat its protection. */
export function outputReadOnly(path: string): LocalizedInputError {
  return new LocalizedInputError({
    nl: `--out ${path}: dit bestand is alleen-lezen en wordt ook met --overwrite niet vervangen. Maak het eerst schrijfbaar (of verwijder het), of kies een andere naam.`,
    en: `--out ${path}: this file is read-only and is not replaced, not even with --overwrite. Make it writable first (or remove it), or choose another name.`,
  });
}
