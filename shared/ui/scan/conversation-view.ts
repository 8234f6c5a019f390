// What the Scan part's form is told when the workbook has the conversation's sheets: the view it is on and how to read it.

import type { Selection } from '../../host/bridge';
import type { Team } from '../../scan/team';
import type { ConversationKit } from '../conversation/load';

export type ScanView = 'self' | 'second';

/** What the form needs to work on the second view, and what the conversation's pieces show. */
export interface ConversationView {
  readonly kit: ConversationKit;
  readonly view: ScanView;
  readonly hasSecond: boolean;
  readonly hasPlan: boolean;
  readonly onView: (view: ScanView) => void;
  /** Reads the sheet the form is on (the Teammatrix, or Tweede blik as a team with its rater column). */
  readonly reload: () => Promise<Team | undefined>;
  /** A selection on either sheet as the same person's row on the form's sheet. */
  readonly translate: (selection: Selection) => Promise<Selection>;
  /** The person selected in the Teammatrix who is not on Tweede blik (yet). */
  readonly missing?: string;
}
