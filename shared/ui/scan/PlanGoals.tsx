// The Scan part's development plan for one person: open goals (Nu from the matrix), suggestions, and a goal added by hand.

import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { GoalSuggestion } from '../../analysis/conversation/suggest';
import type { PlanColumn } from '../../analysis/conversation/texts';
import type { HostBridge } from '../../host/bridge';
import { LEVELS } from '../../levels/levels';
import type { MatrixReading } from '../../matrix/reading';
import { appendGoal } from '../../scan/append-goal';
import type { ConversationKit } from '../conversation/load';
import { Notice } from '../Notice';
import { Problem } from '../Problem';
import { usePanelStyles } from '../styles';
import { shownLevel, useStyles as usePieceStyles, useTalk } from './ConversationParts';

type Plan = NonNullable<ReturnType<ConversationKit['personConversation']>['plan']>;
type Goal = Pick<GoalSuggestion, 'name' | 'area' | 'item' | 'now' | 'goal' | 'withWhom'>;

const useStyles = makeStyles({
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', justifyContent: 'space-between' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** At item detail a wish can hold a score of growth points: the first few are listed, the rest on request. */
const SUGGESTIONS_SHOWN = 6;

export interface PlanGoalsProps {
  readonly bridge: HostBridge;
  readonly kit: ConversationKit;
  readonly self: MatrixReading;
  readonly name: string;
  readonly plan: Plan;
  /** Reads the plan again after a goal was added. */
  readonly onAdded: () => Promise<void>;
}

export function PlanGoals({ bridge, kit, self, name, plan, onAdded }: PlanGoalsProps) {
  const styles = useStyles();
  const piece = usePieceStyles();
  const panel = usePanelStyles();
  const { talk, lang } = useTalk(kit);
  const [busy, setBusy] = useState(false);
  const [all, setAll] = useState(false);
  const [outcome, setOutcome] = useState<{ added: true } | { error: unknown } | undefined>(undefined);
  const items = self.profile.areas.flatMap((area) => area.items);
  const what = (goal: { area: number; item?: number }) =>
    goal.item === undefined
      ? self.profile.areas[goal.area]!.role
      : `${self.profile.areas[goal.area]!.role} · ${items[goal.item]!.id}`;
  const add = async (goal: Goal, extra?: { action?: string; when?: string }) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const values = kit.goalRow(self, goal, lang, extra);
      await appendGoal(bridge, (plan) => kit.goalWrite(plan, values));
      setOutcome({ added: true });
      await onAdded();
    } catch (error) {
      setOutcome({ error });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className={piece.section} aria-labelledby="plan-title" data-testid="plan-goals">
      <h3 className={panel.sectionTitle} id="plan-title">
        {talk('planTitle')}
      </h3>
      {plan.total ? (
        <span className={panel.muted}>{talk('planReached', { count: plan.reached, total: plan.total })}</span>
      ) : null}
      <h4 className={piece.subTitle}>{talk('planOpen')}</h4>
      {plan.open.length ? (
        <ul className={panel.list} data-testid="plan-open">
          {plan.open.map((goal) => (
            <li key={goal.sheetRow}>
              {talk('planGoalLine', {
                what: what(goal),
                now: shownLevel(goal.now, lang),
                goal: goal.goal === undefined ? '—' : shownLevel(goal.goal, lang),
              })}
              {goal.withWhom ? `, ${talk('planWith', { who: goal.withWhom })}` : ''}
              {goal.when ? `, ${talk('planWhen', { when: goal.when })}` : ''}
              {goal.action ? <div className={panel.muted}>{goal.action}</div> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className={panel.intro}>{talk('planNone', { name })}</p>
      )}
      <h4 className={piece.subTitle}>{talk('planSuggestions')}</h4>
      {plan.suggestions.length ? (
        <>
          <span className={panel.muted}>{talk('planSuggestionsIntro', { name })}</span>
          <ul className={panel.list} data-testid="plan-suggestions">
            {(all ? plan.suggestions : plan.suggestions.slice(0, SUGGESTIONS_SHOWN)).map((goal) => (
              <li key={`${goal.area}:${goal.item ?? ''}`} className={styles.item}>
                <span>
                  {talk('planGoalLine', {
                    what: what(goal),
                    now: shownLevel(goal.now, lang),
                    goal: shownLevel(goal.goal, lang),
                  })}
                  {goal.withWhom ? `, ${talk('planWith', { who: goal.withWhom })}` : ''}
                </span>
                <Button
                  size="small"
                  disabled={busy}
                  aria-label={talk('planAddLabel', { what: what(goal) })}
                  onClick={() => void add(goal)}
                >
                  {talk('planAdd')}
                </Button>
              </li>
            ))}
          </ul>
          {!all && plan.suggestions.length > SUGGESTIONS_SHOWN ? (
            <Button size="small" appearance="subtle" onClick={() => setAll(true)}>
              {talk('planMore', { count: plan.suggestions.length - SUGGESTIONS_SHOWN })}
            </Button>
          ) : null}
        </>
      ) : (
        <p className={panel.intro}>{talk('planSuggestNone')}</p>
      )}
      <OwnGoal
        kit={kit}
        self={self}
        name={name}
        busy={busy}
        onAdd={(goal, extra) => void add(goal, extra)}
        onEdit={() => setOutcome(undefined)}
      />
      {outcome && 'added' in outcome ? (
        <Notice intent="success" role="status">
          {talk('planAdded')}
        </Notice>
      ) : null}
      {outcome && 'error' in outcome ? <Problem error={outcome.error} title={talk('planAddRefused')} /> : null}
    </section>
  );
}

/** A goal made by hand: Gebied, Competentie (or the whole area), Doel, Actie, Met wie, Wanneer. */
function OwnGoal({
  kit,
  self,
  name,
  busy,
  onAdd,
  onEdit,
}: {
  readonly kit: ConversationKit;
  readonly self: MatrixReading;
  readonly name: string;
  readonly busy: boolean;
  readonly onAdd: (goal: Goal, extra: { action: string; when: string }) => void;
  /** A field changed: the last goal's outcome is no longer this one's. */
  readonly onEdit: () => void;
}) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const { talk, lang } = useTalk(kit);
  const [area, setArea] = useState(0);
  const [item, setItem] = useState('');
  const [goal, setGoal] = useState('2');
  const [action, setAction] = useState('');
  const [withWhom, setWithWhom] = useState('');
  const [when, setWhen] = useState('');
  const label = (key: PlanColumn) => kit.planHeader(key, lang);
  let first = 0;
  for (let index = 0; index < area; index++) first += self.profile.areas[index]!.items.length;
  const areaItems = self.profile.areas[area]?.items ?? [];
  const submit = () => {
    const itemIndex = item === '' ? undefined : Number(item);
    const now = kit.levelNow(self, name, area, itemIndex);
    onAdd(
      {
        name,
        area,
        ...(itemIndex !== undefined ? { item: itemIndex } : {}),
        now,
        goal: Number(goal),
        withWhom: withWhom.trim(),
      },
      { action: action.trim(), when: when.trim() },
    );
  };
  return (
    <details>
      <summary>{talk('planOwn')}</summary>
      <form
        className={styles.form}
        onChange={onEdit}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Field label={label('area')}>
          <Select
            className={panel.select}
            value={String(area)}
            onChange={(_, data) => {
              setArea(Number(data.value));
              setItem('');
            }}
          >
            {self.profile.areas.map((candidate, index) => (
              <option key={candidate.id} value={index}>
                {candidate.role}
              </option>
            ))}
          </Select>
        </Field>
        {areaItems.length ? (
          <Field label={label('competency')}>
            <Select className={panel.select} value={item} onChange={(_, data) => setItem(data.value)}>
              <option value="">{talk('planWholeArea')}</option>
              {areaItems.map((candidate, offset) => (
                <option key={candidate.id} value={first + offset}>
                  {`${candidate.id} ${candidate.text}`}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        <Field label={label('goal')}>
          <Select className={panel.select} value={goal} onChange={(_, data) => setGoal(data.value)}>
            {LEVELS.map((level) => (
              <option key={level.value} value={level.value}>
                {`${level.value} ${level.label[lang]}`}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={label('action')}>
          <Input value={action} onChange={(_, data) => setAction(data.value)} />
        </Field>
        <Field label={label('withWhom')}>
          <Input value={withWhom} onChange={(_, data) => setWithWhom(data.value)} />
        </Field>
        <Field label={label('when')}>
          <Input value={when} onChange={(_, data) => setWhen(data.value)} />
        </Field>
        <Button type="submit" appearance="primary" disabled={busy}>
          {talk('planAddGoal')}
        </Button>
      </form>
    </details>
  );
}
