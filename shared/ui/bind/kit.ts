// What the binding flow needs beyond the panel: reading a table for a proposal, and the flow's texts.

import type { Language } from '../../i18n/language';
import { fillTemplate, type MessageParams } from '../../i18n/message';
import { isTeamscanSheet, proposeBinding } from '../../scan/binding';
import { BIND_FLOW_MESSAGES, type BindFlowKey } from './texts';

/** A flow text in the panel's language. */
export function bindText(key: BindFlowKey, lang: Language, params: MessageParams = {}): string {
  return fillTemplate(BIND_FLOW_MESSAGES[key][lang], params);
}

export { isTeamscanSheet, proposeBinding };
