// How the Scan part gets the conversation's kit when the workbook has its sheets: bundled here; the task pane's build serves it as conversation.js.

/** The kit the Scan part's conversation pieces call. */
export type ConversationKit = typeof import('./kit');

/** Resolves to the kit; the task pane's build replaces this module with one that loads conversation.js on demand. */
export function loadConversationKit(): Promise<ConversationKit> {
  return import('./kit');
}
