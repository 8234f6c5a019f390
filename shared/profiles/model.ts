// The profile model: a competency profile with areas, items and the attribution its licence requires.

/** K = kennis, V = vaardigheden, A = attitude. */
export type ItemType = 'K' | 'V' | 'A';

export const ITEM_TYPES: readonly ItemType[] = ['K', 'V', 'A'];

/** `everyone`: every supporter needs it; `network`: the team together must cover it. */
export type AreaScope = 'everyone' | 'network';

export interface ProfileItem {
  /** Stable id, e.g. `ADV-V3` (area code, type, index within area and type, counted from 1). */
  readonly id: string;
  /** Absent where the source does not split items into kennis / vaardigheden / attitude. */
  readonly type?: ItemType;
  /** Optional sub-dimension within the area, as printed in the source. */
  readonly group?: string;
  /** The text as printed in the source. */
  readonly text: string;
}

export interface ProfileArea {
  /** Lower-case role noun, e.g. `adviseur`. */
  readonly id: string;
  /** Three-letter upper-case code, e.g. `ADV`. */
  readonly code: string;
  /** Long name as printed, e.g. "Strategisch en praktisch (onderbouwd) adviseren". */
  readonly name: string;
  /** The role noun as a display word, e.g. "Adviseur". */
  readonly role: string;
  /** Other names the source uses for this area, e.g. "verbinder". */
  readonly aliases: readonly string[];
  readonly description: string;
  readonly scope: AreaScope;
  readonly items: readonly ProfileItem[];
}

export interface ProfileAttribution {
  /** Full citation of the source, as its licence asks it to be cited. */
  readonly source: string;
  /** Licence of the source, e.g. "CC BY-SA 4.0", or "niet vermeld". */
  readonly licence: string;
}

export interface Profile {
  readonly id: string;
  readonly title: string;
  readonly year: number;
  /**
   * A custom profile's own citation (from its Profiel sheet); the built-ins' live in `data/citations.ts`, which the
   * server bundle does not carry. Read either through `profileAttribution` (`attribution.ts`).
   */
  readonly source?: string;
  /** A custom profile's licence, e.g. "CC BY-SA 4.0", or "niet vermeld"; the built-ins' as for `source`. */
  readonly licence?: string;
  readonly areas: readonly ProfileArea[];
  /** A custom profile's "Niveaus" block (docs/design.md#3-levels-and-cell-values): how its matrices' values read as levels 0–4. */
  readonly levels?: readonly { readonly value: string; readonly level: number }[];
}
