// The answers of docs/design.md#4-what-the-answers-mean: coverage per area, the basis result, blind spots and candidates.

import type { Message } from '../i18n/message';
import type { Grid } from '../matrix/grid';
import type { Person } from '../matrix/reading';
import type { Profile } from '../profiles/model';

/** `niet gescand`: nobody has a level on the area (Gescand = 0), never a gap (docs/design.md#4-what-the-answers-mean). */
export type AreaStatus = 'gedekt' | 'kwetsbaar' | 'gat' | 'niet gescand';

/** What the analysis needs of a matrix; a MatrixReading is one, and so is a roll-up of several. */
export interface AnalysisInput {
  readonly profile: Profile;
  readonly people: readonly Person[];
  readonly itemColumns: readonly boolean[];
  readonly warnings: readonly Message[];
}

export interface AnalysisOptions {
  /** Level a person needs to cover an area (number or level label); default 2 (bekwaam). */
  readonly threshold?: unknown;
  /** People a network area needs to be `gedekt` (whole number); default 2. */
  readonly target?: unknown;
  /** A norms table (docs/design.md#4a-norms-per-area: Gebied, Drempel, Doel) that sets threshold and target per area. */
  readonly norms?: Grid;
  /** The most learners one mentor takes over all areas (docs/design.md#4b-insights-beyond-coverage, *m*); default 2. */
  readonly mentorLimit?: unknown;
}

/** One area's result, for either scope; the JSON of docs/design.md#11-commands and the DEKKING table are derived from it. */
export interface AreaResult {
  readonly index: number;
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly role: string;
  readonly scope: 'everyone' | 'network';
  /** The area's effective threshold and target (its norm, else the defaults). */
  readonly threshold: number;
  readonly target: number;
  /** Network areas: risk 1 (low) to 9 (high), docs/design.md#4b-insights-beyond-coverage; undefined for everyone areas and areas not scanned. */
  readonly risk?: number;
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

/** Someone the team cannot miss: the areas they are key for and the items they alone hold (docs/design.md#4b-insights-beyond-coverage). */
export interface KeyPerson {
  readonly name: string;
  readonly areas: readonly string[];
  readonly items: readonly string[];
}

export interface LearningPair {
  readonly area: string;
  readonly learner: string;
  /** Null when no mentor is available: the team must look outside. */
  readonly mentor: string | null;
}

export interface Analysis {
  readonly profile: string;
  /** The defaults; every area carries its own effective threshold and target. */
  readonly threshold: number;
  readonly target: number;
  /** Rows with a name. */
  readonly people: number;
  /** People with a level on at least one competency. */
  readonly scanned: number;
  /** Every area in profile order. */
  readonly areas: readonly AreaResult[];
  readonly blindSpots: readonly BlindSpot[];
  readonly keyPeople: readonly KeyPerson[];
  readonly pairs: readonly LearningPair[];
  readonly mentorLimit: number;
  readonly warnings: readonly Message[];
}
