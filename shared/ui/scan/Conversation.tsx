// The Scan part's conversation below the form: both views side by side and the person's development plan.

import type { HostBridge } from '../../host/bridge';
import type { Team } from '../../scan/team';
import { Problem } from '../Problem';
import { SideBySide, usePersonConversation } from './ConversationParts';
import type { ConversationView } from './conversation-view';
import { PlanGoals } from './PlanGoals';

export /** Both views side by side (with Tweede blik) and the person's plan (with Ontwikkelplan), read afresh per `version`. */
function Conversation({
  bridge,
  conversation,
  self,
  name,
  version,
}: {
  readonly bridge: HostBridge;
  readonly conversation: ConversationView;
  readonly self: Team;
  readonly name: string;
  readonly version: unknown;
}) {
  const { kit } = conversation;
  const { loaded, again } = usePersonConversation(bridge, kit, self.reading, name, version);
  if (!loaded) return null;
  if ('error' in loaded) return <Problem error={loaded.error} />;
  return (
    <>
      {conversation.hasSecond ? <SideBySide kit={kit} self={self.reading} name={name} data={loaded.data} /> : null}
      {loaded.data.plan ? (
        <PlanGoals bridge={bridge} kit={kit} self={self.reading} name={name} plan={loaded.data.plan} onAdded={again} />
      ) : null}
    </>
  );
}
