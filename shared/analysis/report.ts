// The JSON answer of `teamscan analyze --json` (docs/design.md#11-commands), derived from an analysis.

import type { Language } from '../i18n/language';
import { formatMessage } from '../i18n/message';
import type { Analysis, AreaStatus, KeyPerson, LearningPair } from './types';

export interface NetworkAreaReport {
  readonly id: string;
  readonly name: string;
  readonly threshold: number;
  readonly target: number;
  /** Null for an area nobody is scanned on (`niet gescand`: no risk, docs/design.md#4-what-the-answers-mean). */
  readonly risk: number | null;
  readonly covered: number;
  readonly advanced: number;
  readonly expert: number;
  readonly scanned: number;
  readonly status: AreaStatus;
  readonly candidates: readonly string[];
}

export interface EveryoneAreaReport {
  readonly id: string;
  readonly name: string;
  readonly threshold: number;
  /** docs/design.md#11-commands gives every area its effective target; an everyone area's status does not use it. */
  readonly target: number;
  readonly met: number;
  readonly scanned: number;
  readonly below: readonly string[];
  readonly missing: readonly string[];
  readonly status: AreaStatus;
}

export interface AnalysisReport {
  readonly profile: string;
  readonly threshold: number;
  readonly target: number;
  readonly people: number;
  readonly scanned: number;
  readonly areas: readonly NetworkAreaReport[];
  readonly everyone: readonly EveryoneAreaReport[];
  readonly blindSpots: readonly string[];
  readonly keyPeople: readonly KeyPerson[];
  readonly pairs: readonly LearningPair[];
  readonly warnings: readonly string[];
}

export function analysisReport(analysis: Analysis, lang: Language = 'nl'): AnalysisReport {
  return {
    profile: analysis.profile,
    threshold: analysis.threshold,
    target: analysis.target,
    people: analysis.people,
    scanned: analysis.scanned,
    areas: analysis.areas
      .filter((area) => area.scope === 'network')
      .map((area) => ({
        id: area.id,
        name: area.name,
        threshold: area.threshold,
        target: area.target,
        risk: area.risk ?? null,
        covered: area.covered,
        advanced: area.advanced,
        expert: area.expert,
        scanned: area.scanned,
        status: area.status,
        candidates: area.candidates,
      })),
    everyone: analysis.areas
      .filter((area) => area.scope === 'everyone')
      .map((area) => ({
        id: area.id,
        name: area.name,
        threshold: area.threshold,
        target: area.target,
        met: area.covered,
        scanned: area.scanned,
        below: area.below,
        missing: area.missing,
        status: area.status,
      })),
    blindSpots: analysis.blindSpots.map((spot) => spot.id),
    keyPeople: analysis.keyPeople,
    pairs: analysis.pairs,
    warnings: analysis.warnings.map((warning) => formatMessage(warning, lang)),
  };
}
