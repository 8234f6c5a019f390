// How the Inject part gets the conversation's sheet planner when it is needed: bundled here; the task pane's build
// serves it as a separate script (docs/design.md#10-performance-targets), as it does the report makers.

/** What the Inject part calls to plan an injection with Tweede blik and Ontwikkelplan. */
export type ConversationPlanner = Pick<typeof import('../../workbook/conversation-plan'), 'buildPlanWithConversation'>;

/** Resolves to the planner; the task pane's build replaces this module with one that loads it on demand. */
export function loadConversationPlanner(): Promise<ConversationPlanner> {
  return import('../../workbook/conversation-plan');
}
