// The answers of DESIGN §4: coverage per area, the basis result, blind spots and candidates.

import type { Message } from '../i18n/message';

export type AreaStatus = 'gedekt' | 'kwetsbaar' | 'gat';

export interface AnalysisOptions {
  /** Level a person needs to cover an area (number or level label); default 2 (bekwaam). */
  readonly threshold?: unknown;
  /** People a network area needs to be `gedekt` (whole number); default 2. */
  readonly target?: unknown;
}

/** One area's result, for either scope; the JSON of DESIGN §11 and the DEKKING table are derived from it. */
export interface AreaResult {
  readonly index: number;
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly role: string;
  readonly scope: 'everyone' | 'network';
  /** People at or above the threshold. */
  readonly covered: number;
  /** People at 3 or more. */
  readonly advanced: number;
  /** People at 4. */
  readonly expert: number;
  /** People with a level on the area (n.v.t. and empty do not count). */
  readonly scanned: number;
  readonly status: AreaStatus;
  readonly coveredBy: readonly string[];
  /** Scanned people below the threshold. */
  readonly below: readonly string[];
  /** People scanned on some competency but with no level on this area (n.v.t. excluded). */
  readonly missing: readonly string[];
  /** For a `gat` or `kwetsbaar` area: the people who do not cover it, wish first, then highest level. */
  readonly candidates: readonly string[];
}

export interface BlindSpot {
  readonly id: string;
  readonly area: string;
  readonly text: string;
}

export interface Analysis {
  readonly profile: string;
  readonly threshold: number;
  readonly target: number;
  /** Rows with a name. */
  readonly people: number;
  /** People with a level on at least one competency. */
  readonly scanned: number;
  /** Every area in profile order. */
  readonly areas: readonly AreaResult[];
  readonly blindSpots: readonly BlindSpot[];
  readonly warnings: readonly Message[];
}
