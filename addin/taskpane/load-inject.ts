// The task pane's loadInjectKit and loadPlanApplier: add inject.js (built beside taskpane.js) on first use and reuse it after.

import { KeyedError } from '../../shared/i18n/keyed-error';
import type { Localized } from '../../shared/i18n/language';
import type { InjectKit } from '../../shared/ui/inject/load-inject-kit';
import type { PlanApplier } from '../excel/load-plan-applier';
import { loadChunk } from './load-chunk';

/** The global inject.js assigns (esbuild's globalName). */
export const INJECT_GLOBAL = 'TeamscanInject';

type InjectChunk = InjectKit & PlanApplier;

const LOAD_ERRORS = {
  injectNotLoaded: {
    nl: 'Profiel invoegen kan nu niet: {file} is niet geladen. Controleer de verbinding en probeer het opnieuw.',
    en: 'Inserting a profile is not possible now: {file} did not load. Check the connection and try again.',
  },
} satisfies Record<string, Localized>;

const notLoaded = () => new KeyedError('excel', LOAD_ERRORS, 'injectNotLoaded', { file: 'inject.js' });

const loadInject = (): Promise<InjectChunk> => loadChunk('inject.js', INJECT_GLOBAL, notLoaded);

export const loadInjectKit: () => Promise<InjectKit> = loadInject;
export const loadPlanApplier: () => Promise<PlanApplier> = loadInject;
