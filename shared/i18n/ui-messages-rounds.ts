// The panel's texts for rounds in Dutch and English: snapshots (Momentopname) and the change since one.

import type { Localized } from './language';

export const ROUNDS_MESSAGES = {
  snapshotSave: { nl: 'Momentopname bewaren', en: 'Save snapshot' },
} satisfies Record<string, Localized>;
