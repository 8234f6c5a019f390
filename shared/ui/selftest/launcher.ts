// How the panel reaches a host's self-test: loaded when asked (Excel: a script of its own), and the start-up notice
// of the safe paths the last self-test chose (loaded only when the stored result holds a failure).

import type { Language } from '../../i18n/language';

export interface SelfTestLauncher {
  /** Loads the host's self-test and shows it (start button, progress, result, Kopiëren) in `container`. */
  open(container: HTMLElement, lang: Language): Promise<void>;
  /** What the panel says at start-up about the last self-test's failures and safe paths; undefined for nothing. */
  notice(lang: Language): Promise<string | undefined>;
}
