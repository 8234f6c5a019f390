// The task pane's loadConversationPlanner: adds conversation.js (built beside taskpane.js) on first use and reuses it after.

import { KeyedError } from '../../shared/i18n/keyed-error';
import type { Localized } from '../../shared/i18n/language';
import type { ConversationPlanner } from '../../shared/ui/inject/load-conversation';
import { loadChunk } from './load-chunk';

/** The global conversation.js assigns (esbuild's globalName). */
export const CONVERSATION_GLOBAL = 'TeamscanConversation';

const LOAD_ERRORS = {
  conversationNotLoaded: {
    nl: 'De bladen voor het ontwikkelgesprek konden niet worden gepland: {file} is niet geladen. Controleer de verbinding en probeer het opnieuw.',
    en: 'The sheets for the development conversation could not be planned: {file} did not load. Check the connection and try again.',
  },
} satisfies Record<string, Localized>;

const notLoaded = () => new KeyedError('excel', LOAD_ERRORS, 'conversationNotLoaded', { file: 'conversation.js' });

export const loadConversationPlanner = (): Promise<ConversationPlanner> =>
  loadChunk('conversation.js', CONVERSATION_GLOBAL, notLoaded);
