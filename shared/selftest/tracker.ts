// Where a self-test result goes: the project's issue tracker, as README's "Problemen melden" section names it.

import type { Localized } from '../i18n/language';

/** README's heading of that section (tests/selftest/tracker.test.ts holds the two together). */
export const README_SECTION = 'Problemen melden / Reporting problems';

export const ISSUE_TRACKER: Localized = {
  nl: 'de issuetracker van Teamscan (README › Problemen melden)',
  en: 'the Teamscan issue tracker (README › Reporting problems)',
};
