// The panel's texts for reports in Dutch and English: opening the team, personal and anonymous reports.

import type { Localized } from './language';

export const REPORT_MESSAGES = {
  reportTeam: { nl: 'Teamrapport', en: 'Team report' },
} satisfies Record<string, Localized>;
