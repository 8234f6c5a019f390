// An injection with the development conversation's sheets (docs/design.md#the-development-conversation): Tweede blik and Ontwikkelplan
// added on request and kept in step whenever the workbook has them. Apart from build-plan.ts, so that a bundle which
// never asks for them (the task pane loads this on first use) does not carry them.

import { namesOfGrid } from '../analysis/conversation/second-view';
import type { Grid } from '../matrix/grid';
import { buildWorkbookPlan, type InjectionRequest } from './build-plan';
import { devPlanSheet } from './dev-plan-sheet';
import type { WorkbookPlan } from './plan';
import { secondViewSheet } from './second-view-sheet';

export interface ConversationRequest {
  readonly secondView?: boolean;
  readonly devPlan?: boolean;
  /** The sheets as they are now (used range from A1), when the workbook has them: nothing typed there is written over. */
  readonly existingSecondView?: Grid;
  readonly existingDevPlan?: Grid;
}

/**
 * The injection's plan plus the conversation's sheets after Teamscan's own. The second view holds the matrix's
 * names (those there now and those the injection adds) and the columns the Teammatrix plan has for the profile and
 * detail; the plan gets its header while it is empty. Both are merge sheets, as the Teammatrix.
 */
export function buildPlanWithConversation(request: InjectionRequest, conversation: ConversationRequest): WorkbookPlan {
  const plan = buildWorkbookPlan(request);
  const { profile, detail, lang } = request;
  const sheets = [...plan.sheets];
  if (conversation.secondView || conversation.existingSecondView) {
    const names = [...namesOfGrid(request.existingMatrix, profile), ...(request.names ?? [])];
    sheets.push(secondViewSheet(profile, detail, lang, names, conversation.existingSecondView));
  }
  if (conversation.devPlan || conversation.existingDevPlan) {
    sheets.push(devPlanSheet(lang, conversation.existingDevPlan));
  }
  return { ...plan, sheets };
}
