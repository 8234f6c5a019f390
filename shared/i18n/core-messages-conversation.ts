// Core messages of the development conversation (docs/design.md#12-rounds-history-and-reports): reading the plan and the second view.

import type { Localized } from './language';

export const CONVERSATION_MESSAGES = {
  planNoHeader: {
    nl: 'Het blad {sheet} heeft geen kopregel met Naam, Gebied en Doel.',
    en: 'The sheet {sheet} has no header row with Name, Area and Goal.',
  },
  planUnknownArea: {
    nl: 'Cel {cell}: {value} is geen gebied of competentie van het profiel {profile}.',
    en: 'Cell {cell}: {value} is not an area or competency of the profile {profile}.',
  },
  planBadGoal: {
    nl: 'Cel {cell}: het doel {value} is geen niveau van 0 tot 4.',
    en: 'Cell {cell}: the goal {value} is not a level from 0 to 4.',
  },
  secondViewNoName: {
    nl: 'Het blad {sheet} heeft geen kolom Naam; de tweede blik volgt de indeling van de Teammatrix.',
    en: 'The sheet {sheet} has no Name column; the second view follows the Teammatrix layout.',
  },
} satisfies Record<string, Localized>;
