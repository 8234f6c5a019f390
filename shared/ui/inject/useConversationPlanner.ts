// The planner of the conversation's sheets (Tweede blik, Ontwikkelplan), loaded once they are wanted: asked for, or
// kept because the workbook has them (in the task pane from conversation.js).

import { useEffect, useState } from 'react';
import { type ConversationPlanner, loadConversationPlanner } from './load-conversation';

export interface ConversationPlannerState {
  readonly planner?: ConversationPlanner;
  readonly error?: unknown;
}

export function useConversationPlanner(wanted: boolean): ConversationPlannerState {
  const [state, setState] = useState<ConversationPlannerState>({});
  useEffect(() => {
    if (!wanted || state.planner) return;
    let live = true;
    loadConversationPlanner()
      .then((planner) => live && setState({ planner }))
      .catch((error: unknown) => live && setState({ error }));
    return () => {
      live = false;
    };
  }, [wanted, state.planner]);
  return state;
}
