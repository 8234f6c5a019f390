// The task pane's loadConversationPlanner and loadConversationKit: add conversation.js (built beside taskpane.js) on first use and reuse it after.

import { KeyedError } from '../../shared/i18n/keyed-error';
import type { Localized } from '../../shared/i18n/language';
import type { ConversationKit } from '../../shared/ui/conversation/load';
import type { ConversationPlanner } from '../../shared/ui/inject/load-conversation';
import { loadChunk } from './load-chunk';

/** The global conversation.js assigns (esbuild's globalName). */
export const CONVERSATION_GLOBAL = 'TeamscanConversation';

const LOAD_ERRORS = {
  conversationNotLoaded: {
    nl: 'De bladen voor het ontwikkelgesprek konden niet worden gepland: {file} is niet geladen. Controleer de verbinding en probeer het opnieuw.',
    en: 'The sheets for the development conversation could not be planned: {file} did not load. Check the connection and try again.',
  },
  conversationKitNotLoaded: {
    nl: 'De tweede blik en het ontwikkelplan kunnen nu niet worden getoond: {file} is niet geladen. Controleer de verbinding en open het onderdeel Scan opnieuw.',
    en: 'The second view and the development plan cannot be shown now: {file} did not load. Check the connection and open the Scan part again.',
  },
} satisfies Record<string, Localized>;

const notLoaded = () => new KeyedError('excel', LOAD_ERRORS, 'conversationNotLoaded', { file: 'conversation.js' });

export const loadConversationPlanner = (): Promise<ConversationPlanner> =>
  loadChunk('conversation.js', CONVERSATION_GLOBAL, notLoaded);

const kitNotLoaded = () =>
  new KeyedError('excel', LOAD_ERRORS, 'conversationKitNotLoaded', { file: 'conversation.js' });

/** The Scan part's kit (shared/ui/conversation/kit.ts), from the same chunk. */
export const loadConversationKit = (): Promise<ConversationKit> =>
  loadChunk('conversation.js', CONVERSATION_GLOBAL, kitNotLoaded);
