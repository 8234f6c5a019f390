// Entry of dist/addin/conversation.js: the conversation's sheet planner and the Scan part's conversation kit, which the task pane loads only when needed.

export {
  goalRow,
  goalWrite,
  levelNow,
  personConversation,
  planHeader,
  readSecondTeam,
  talkText,
} from '../../shared/ui/conversation/kit';
export { buildPlanWithConversation } from '../../shared/workbook/conversation-plan';
