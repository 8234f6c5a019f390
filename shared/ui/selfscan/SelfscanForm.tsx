// Google Sheets: make the self-scan form, show its link, and take its answers over (proposal, then write).

import { Button, Checkbox, Input, Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { quoteValue } from '../../i18n/message';
import { SELFSCAN_FORM_MESSAGES } from '../../i18n/ui-messages-selfscan-form';
import { buildFormSpec } from '../../selfscan/form-spec';
import { type PersonProposal, type Proposal, proposeTakeOver } from '../../selfscan/proposal';
import { type TakeOverOutcome, takeOverPerson } from '../../selfscan/take-over';
import { Problem } from '../Problem';
import { usePanelStyles } from '../styles';
import type { SelfscanFormProps } from './form-slot';
import { shownTime, type TableTranslate, useTableTexts } from './texts';

type FormKey = keyof typeof SELFSCAN_FORM_MESSAGES;
const useFormTexts = () => useTableTexts(SELFSCAN_FORM_MESSAGES);

type Step =
  | { readonly status: 'idle' }
  | { readonly status: 'busy' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'proposed'; readonly proposal: Proposal }
  | { readonly status: 'done'; readonly outcomes: readonly [PersonProposal, TakeOverOutcome][] };

const shown = (value: unknown, s: TableTranslate<FormKey>) =>
  value === null || value === '' ? s('selfscanEmpty') : quoteValue(value as string | number);

function ProposalList({
  proposal,
  add,
  onAdd,
}: {
  proposal: Proposal;
  add: Set<string>;
  onAdd: (name: string) => void;
}) {
  const panel = usePanelStyles();
  const { s } = useFormTexts();
  if (proposal.people.length === 0) return <p className={panel.muted}>{s('selfscanNothing')}</p>;
  return (
    <ul className={panel.list} data-testid="selfscan-proposal">
      {proposal.people.map((person) => (
        <li key={person.name}>
          {person.sheetRow === undefined ? (
            <Checkbox
              checked={add.has(person.name)}
              onChange={() => onAdd(person.name)}
              label={s('selfscanNew', { name: person.name })}
            />
          ) : (
            <strong>{person.name}</strong>
          )}
          <ul className={panel.list}>
            {person.changes.length === 0 ? <li className={panel.muted}>{s('selfscanNoChange')}</li> : null}
            {person.changes.map((change) => (
              <li key={change.header}>
                {change.header}: {shown(change.before, s)} → {shown(change.now, s)}
              </li>
            ))}
            {person.older.length ? (
              <li className={panel.muted}>
                {s('selfscanOlder', { n: person.older.length, time: shownTime(person.older[0]!.time) })}
              </li>
            ) : null}
            {person.unmatched.length ? (
              <li className={panel.muted}>{s('selfscanUnmatched', { headers: person.unmatched.join(', ') })}</li>
            ) : null}
            {person.unexpressed.length ? (
              <li className={panel.muted}>{s('selfscanUnexpressed', { headers: person.unexpressed.join(', ') })}</li>
            ) : null}
          </ul>
        </li>
      ))}
      {proposal.anonymous ? <li className={panel.muted}>{s('selfscanAnonymous', { n: proposal.anonymous })}</li> : null}
    </ul>
  );
}

function Outcomes({ outcomes }: { outcomes: readonly [PersonProposal, TakeOverOutcome][] }) {
  const panel = usePanelStyles();
  const { s } = useFormTexts();
  return (
    <ul className={panel.list} data-testid="selfscan-outcomes" role="status">
      {outcomes.flatMap(([person, outcome]) => {
        const name = person.name;
        if (outcome.status === 'taken') return [<li key={name}>{s('selfscanTaken', { name })}</li>];
        if (outcome.status === 'failed')
          return [
            <li key={name}>
              {s('selfscanFailed', { name })}
              <Problem error={outcome.error} />
            </li>,
          ];
        return [
          <li key={name}>{s('selfscanDone', { name, n: outcome.written.length })}</li>,
          ...outcome.conflicts.map((c) => (
            <li key={`${name}-${c.header}`}>
              {s('selfscanConflict', {
                name,
                header: c.header,
                before: shown(c.before, s),
                matrix: shown(c.matrix, s),
                answer: shown(c.answer, s),
              })}
            </li>
          )),
        ];
      })}
    </ul>
  );
}

export function SelfscanForm({ bridge, team, reload, onChanged }: SelfscanFormProps) {
  const panel = usePanelStyles();
  const { lang, s } = useFormTexts();
  const [url, setUrl] = useState<string | undefined>(undefined);
  const [making, setMaking] = useState<{ busy?: boolean; error?: unknown }>({});
  const [step, setStep] = useState<Step>({ status: 'idle' });
  const [add, setAdd] = useState<Set<string>>(new Set());
  useEffect(() => {
    bridge.readSelfscanForm?.().then(
      (state) => setUrl(state?.url),
      () => undefined,
    );
  }, [bridge]);
  const make = async () => {
    setMaking({ busy: true });
    try {
      setUrl((await bridge.createSelfscanForm!(buildFormSpec(team, lang))).url);
      setMaking({});
      onChanged();
    } catch (error) {
      setMaking({ error });
    }
  };
  const read = async () => {
    setStep({ status: 'busy' });
    try {
      const [now, state] = await Promise.all([reload(), bridge.readSelfscanForm!()]);
      if (!now || !state) throw new Error(s('selfscanNothing'));
      setAdd(new Set());
      setStep({ status: 'proposed', proposal: proposeTakeOver(now, state) });
    } catch (error) {
      setStep({ status: 'failed', error });
    }
  };
  const apply = async (proposal: Proposal) => {
    setStep({ status: 'busy' });
    const outcomes: [PersonProposal, TakeOverOutcome][] = [];
    let current = team;
    for (const person of proposal.people) {
      if (person.sheetRow === undefined && !add.has(person.name)) continue;
      // One person at a time, each on the matrix as it is then (an added person moves the next free row).
      current = (await reload()) ?? current;
      outcomes.push([person, await takeOverPerson(current, person, (w) => bridge.takeOverRow!(w), reload)]);
    }
    await reload();
    setStep({ status: 'done', outcomes });
    onChanged();
  };
  return (
    <div className={panel.stack} data-testid="selfscan-form">
      {url ? (
        <div className={panel.stack}>
          <label htmlFor="selfscan-link" className={panel.muted}>
            {s('selfscanFormLink')}
          </label>
          <Input
            id="selfscan-link"
            readOnly
            value={url}
            data-testid="selfscan-link"
            onFocus={(event) => event.target.select()}
          />
          <a href={url} target="_blank" rel="noreferrer">
            {url}
          </a>
        </div>
      ) : (
        <div className={panel.row}>
          <Button onClick={() => void make()} disabled={making.busy === true} data-testid="selfscan-make">
            {s('selfscanFormMake')}
          </Button>
          {making.busy ? <Spinner size="tiny" label={s('selfscanFormMaking')} /> : null}
        </div>
      )}
      <p className={panel.muted}>{s('selfscanFormNote')}</p>
      {making.error ? <Problem error={making.error} /> : null}
      <div className={panel.row}>
        <Button onClick={() => void read()} disabled={step.status === 'busy'} data-testid="selfscan-read">
          {s('selfscanRead')}
        </Button>
        {step.status === 'busy' ? <Spinner size="tiny" label={s('selfscanReading')} /> : null}
      </div>
      {step.status === 'failed' ? <Problem error={step.error} /> : null}
      {step.status === 'proposed' ? (
        <>
          <ProposalList
            proposal={step.proposal}
            add={add}
            onAdd={(name) =>
              setAdd((set) => new Set(set.has(name) ? [...set].filter((n) => n !== name) : [...set, name]))
            }
          />
          {step.proposal.people.length ? (
            <Button appearance="primary" onClick={() => void apply(step.proposal)} data-testid="selfscan-apply">
              {s('selfscanApply')}
            </Button>
          ) : null}
        </>
      ) : null}
      {step.status === 'done' ? <Outcomes outcomes={step.outcomes} /> : null}
    </div>
  );
}
