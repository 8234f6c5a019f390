// The keyed error a call refuses with, for tests that look at its key, parameters and wording.

import { TeamscanError } from '../../shared/i18n/message';

/** Runs `run` and returns the TeamscanError it throws; fails when it returns or throws anything else. */
export function refusal(run: () => unknown): TeamscanError {
  try {
    run();
  } catch (error) {
    if (error instanceof TeamscanError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
