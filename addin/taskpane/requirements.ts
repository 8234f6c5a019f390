// The API sets the task pane needs, checked before the panel mounts: an older Excel gets a clear message instead
// of a panel that fails halfway (Office.context.requirements.isSetSupported, Office Add-ins docs).

import type { Language } from '../../shared/i18n/language';
import { panelText } from '../../shared/selftest/panel-texts';
import { addinText } from '../texts';

export interface RequiredSet {
  readonly name: string;
  readonly version: string;
}

export const REQUIRED_SETS: readonly RequiredSet[] = [
  // Worksheet selection events: the scan form follows the active row.
  { name: 'ExcelApi', version: '1.9' },
  // Table.resize: injecting again into a matrix that is a table.
  { name: 'ExcelApi', version: '1.13' },
  // One runtime for the panel and the TEAMSCAN functions (the manifest asks for it too).
  { name: 'SharedRuntime', version: '1.1' },
];

export type IsSetSupported = (name: string, version: string) => boolean;

/** The required sets this Excel lacks; all of them when it cannot even be asked. */
export function missingSets(isSetSupported: IsSetSupported | undefined): RequiredSet[] {
  return REQUIRED_SETS.filter((set) => {
    try {
      return !isSetSupported?.(set.name, set.version);
    } catch {
      return true;
    }
  });
}

/** "ExcelApi 1.13, SharedRuntime 1.1": each set once, at the highest version missing (REQUIRED_SETS ascends). */
export function setList(missing: readonly RequiredSet[]): string {
  const highest = new Map(missing.map((set) => [set.name, set.version]));
  return [...highest].map(([name, version]) => `${name} ${version}`).join(', ');
}

/**
 * Shows the message in place of the panel (plain DOM: the panel's code is what may not run here); with `selfTest`,
 * a Zelftest button under it opens the self-test in the box below it (what this Excel can do is then on record).
 */
export function showUnsupported(
  element: HTMLElement,
  lang: Language,
  missing: readonly RequiredSet[],
  selfTest?: (container: HTMLElement) => Promise<void>,
): void {
  const box = element.ownerDocument.createElement('div');
  box.setAttribute('role', 'alert');
  box.setAttribute('data-testid', 'unsupported');
  box.style.cssText = 'padding:16px;font-family:"Segoe UI",system-ui,sans-serif;font-size:14px;line-height:1.4';
  const title = element.ownerDocument.createElement('h1');
  title.style.cssText = 'font-size:16px;margin:0 0 8px';
  title.textContent = addinText('unsupportedTitle', lang);
  const body = element.ownerDocument.createElement('p');
  body.style.margin = '0';
  body.textContent = addinText('unsupportedBody', lang, { sets: setList(missing) });
  box.append(title, body);
  if (selfTest) {
    const button = element.ownerDocument.createElement('button');
    button.type = 'button';
    button.setAttribute('data-testid', 'selftest-button');
    button.style.cssText = 'margin-top:12px;font:inherit;padding:4px 12px';
    button.textContent = panelText('button', lang);
    const holder = element.ownerDocument.createElement('div');
    holder.style.marginTop = '12px';
    button.addEventListener('click', () => {
      button.disabled = true;
      selfTest(holder).catch((error: unknown) => {
        holder.textContent = error instanceof Error ? error.message : String(error);
        button.disabled = false;
      });
    });
    box.append(button, holder);
  }
  element.replaceChildren(box);
}
