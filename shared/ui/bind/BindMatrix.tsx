// Binds the panel to an own-layout matrix (docs/design.md#7-the-injected-workbook): found on the active sheet or from the selected header row, shown, confirmed.

import { Button, Field, Select, Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { HostBridge } from '../../host/bridge';
import type { MessageParams } from '../../i18n/message';
import type { ScaleId } from '../../levels/scale';
import type { BindingProposal } from '../../scan/binding';
import { SHEET_PROFILE } from '../../workbook/plan';
// Named through its folder, so the task pane's build can swap this module for bind.js's loader.
import { type BindKit, loadBindKit } from '../bind/load';
import { useTexts } from '../i18n';
import { Notice } from '../Notice';
import { Problem } from '../Problem';
import { usePanelStyles } from '../styles';
import type { BindFlowKey } from './texts';

export interface BindMatrixProps {
  readonly bridge: HostBridge;
  /** Called after the binding is saved: the panel reads the team again. */
  readonly onBound: () => unknown;
  /** Look for a table on the active sheet at once (a workbook without any binding yet). */
  readonly findAtStart?: boolean;
}

type BindState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'proposal'; readonly proposal: BindingProposal; readonly read: (scale: ScaleId) => BindState }
  | { readonly kind: 'note'; readonly key: 'bindNothing' | 'bindNotHere'; readonly sheet: string }
  | { readonly kind: 'error'; readonly error: unknown };

/** Reads the active sheet (and Profiel, for an own profile) and proposes its matrix; `fromSelection` takes the active row as the header. */
async function propose(kit: BindKit, bridge: HostBridge, fromSelection: boolean): Promise<BindState> {
  const selection = await bridge.getSelection();
  if (kit.isTeamscanSheet(selection.sheet)) return { kind: 'note', key: 'bindNotHere', sheet: selection.sheet };
  const [snapshot, profile] = await Promise.all([bridge.readSheet(selection.sheet), bridge.readSheet(SHEET_PROFILE)]);
  const proposal = kit.proposeBinding(snapshot, profile, fromSelection ? selection.row : undefined);
  if (!proposal) return { kind: 'note', key: 'bindNothing', sheet: selection.sheet };
  // Another scale chosen: the same table read again in it, from the header row found.
  const read = (scale: ScaleId): BindState => {
    try {
      return { kind: 'proposal', proposal: kit.proposeBinding(snapshot, profile, proposal.place.row, scale)!, read };
    } catch (error) {
      return { kind: 'error', error };
    }
  };
  return { kind: 'proposal', proposal, read };
}

/** The kit once loaded (task pane: bind.js, docs/design.md#10-performance-targets), or why it did not load. */
export function useBindKit(): BindKit | { error: unknown } | undefined {
  const [kit, setKit] = useState<BindKit | { error: unknown } | undefined>(undefined);
  useEffect(() => {
    let live = true;
    loadBindKit().then(
      (loaded) => live && setKit(loaded),
      (error: unknown) => live && setKit({ error }),
    );
    return () => {
      live = false;
    };
  }, []);
  return kit;
}

/** Loads the kit, then shows the flow. */
export function BindMatrix(props: BindMatrixProps) {
  const { t } = useTexts();
  const kit = useBindKit();
  if (!props.bridge.saveBinding) return null;
  if (!kit) return <Spinner size="tiny" label={t('loading')} />;
  if ('error' in kit) return <Problem error={kit.error} />;
  return <BindFlow {...props} kit={kit} />;
}

function BindFlow({ bridge, onBound, findAtStart = false, kit }: BindMatrixProps & { kit: BindKit }) {
  const panel = usePanelStyles();
  const { lang } = useTexts();
  const t = (key: BindFlowKey, params?: MessageParams) => kit.bindText(key, lang, params);
  const [state, setState] = useState<BindState>({ kind: 'idle' });
  // A first look on the active sheet proposes a table only when it reads cleanly; its problems wait for a press.
  useEffect(() => {
    if (!findAtStart) return;
    let live = true;
    propose(kit, bridge, false).then(
      (found) => live && found.kind === 'proposal' && setState(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [kit, bridge, findAtStart]);

  const run = (fromSelection: boolean) => {
    setState({ kind: 'busy' });
    propose(kit, bridge, fromSelection).then(setState, (error: unknown) => setState({ kind: 'error', error }));
  };
  const confirm = async (proposal: BindingProposal) => {
    setState({ kind: 'busy' });
    try {
      await bridge.saveBinding!(proposal.place, proposal.record);
      setState({ kind: 'idle' });
      await onBound();
    } catch (error) {
      setState({ kind: 'error', error });
    }
  };
  const busy = state.kind === 'busy';
  const shown = state.kind === 'proposal' ? state : undefined;
  const summary = shown?.proposal.summary;
  const lines = summary && kit.summaryLines(summary, lang);
  return (
    <div className={panel.stack} data-testid="bind-matrix">
      <p className={panel.intro}>{t('bindIntro')}</p>
      <div className={panel.row}>
        <Button size="small" disabled={busy} onClick={() => run(true)}>
          {t('bindUseSelection')}
        </Button>
        <Button size="small" disabled={busy} onClick={() => run(false)}>
          {t('bindFind')}
        </Button>
      </div>
      {shown && summary && lines ? (
        <Notice
          intent="info"
          role="status"
          title={t('bindFound')}
          data-testid="bind-proposal"
          actions={
            <>
              <Button
                size="small"
                appearance="primary"
                disabled={!summary.scale}
                onClick={() => void confirm(shown.proposal)}
              >
                {t('bindConfirm')}
              </Button>
              <Button size="small" onClick={() => setState({ kind: 'idle' })}>
                {t('bindCancel')}
              </Button>
            </>
          }
        >
          {lines.table}
          <br />
          <span data-testid="bind-scale">{lines.scale}</span>
          <Field label={t('bindScaleChoose')} size="small">
            <Select value={summary.scale ?? ''} onChange={(_, data) => setState(shown.read(data.value as ScaleId))}>
              {summary.scale ? null : <option value="">{t('bindScalePick')}</option>}
              {kit.SCALE_IDS.map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </Select>
          </Field>
        </Notice>
      ) : null}
      {state.kind === 'note' ? (
        <Notice intent="warning" role="status" data-testid="bind-note">
          {t(state.key, { sheet: state.sheet })}
        </Notice>
      ) : null}
      {state.kind === 'error' ? <Problem error={state.error} /> : null}
    </div>
  );
}
