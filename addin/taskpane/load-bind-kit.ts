// The task pane's loadBindKit: adds bind.js (built beside taskpane.js) when a workbook without a Teammatrix needs the binding flow.

import { KeyedError } from '../../shared/i18n/keyed-error';
import type { Localized } from '../../shared/i18n/language';
import type { BindKit } from '../../shared/ui/bind/load';
import { loadChunk } from './load-chunk';

/** The global bind.js assigns (esbuild's globalName). */
export const BIND_GLOBAL = 'TeamscanBind';

const LOAD_ERRORS = {
  bindNotLoaded: {
    nl: 'Koppelen kan nu niet: {file} is niet geladen. Controleer de verbinding.',
    en: 'Binding is not possible now: {file} did not load. Check the connection.',
  },
} satisfies Record<string, Localized>;

const notLoaded = () => new KeyedError('excel', LOAD_ERRORS, 'bindNotLoaded', { file: 'bind.js' });

export const loadBindKit = (): Promise<BindKit> => loadChunk('bind.js', BIND_GLOBAL, notLoaded);
