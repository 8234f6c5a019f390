// The task pane's loadConversationPlanner: adds conversation.js (built beside taskpane.js) on first use and reuses it after.

import { KeyedError } from '../../shared/i18n/keyed-error';
import type { Localized } from '../../shared/i18n/language';
import type { ConversationPlanner } from '../../shared/ui/inject/load-conversation';

/** The global conversation.js assigns (esbuild's globalName). */
export const CONVERSATION_GLOBAL = 'TeamscanConversation';

// Read while taskpane.js runs: afterwards document.currentScript is null.
const base = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;
const LOAD_ERRORS = {
  conversationNotLoaded: {
    nl: 'De bladen voor het ontwikkelgesprek konden niet worden gepland: {file} is niet geladen. Controleer de verbinding en probeer het opnieuw.',
    en: 'The sheets for the development conversation could not be planned: {file} did not load. Check the connection and try again.',
  },
} satisfies Record<string, Localized>;

const notLoaded = () => new KeyedError('excel', LOAD_ERRORS, 'conversationNotLoaded', { file: 'conversation.js' });

let pending: Promise<ConversationPlanner> | undefined;

export function loadConversationPlanner(): Promise<ConversationPlanner> {
  pending ??= new Promise<ConversationPlanner>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('conversation.js', base).href;
    script.onload = () => {
      const planner = (globalThis as Record<string, unknown>)[CONVERSATION_GLOBAL] as ConversationPlanner | undefined;
      if (planner) resolve(planner);
      else reject(notLoaded());
    };
    script.onerror = () => reject(notLoaded());
    document.head.appendChild(script);
  }).catch((error: unknown) => {
    // A failed load (the network blinked) is tried again on the next use.
    pending = undefined;
    throw error;
  });
  return pending;
}
