// Entry of dist/addin/conversation.js: the conversation's sheet planner, which the task pane loads only when an injection asks for it.

export { buildPlanWithConversation } from '../../shared/workbook/conversation-plan';
