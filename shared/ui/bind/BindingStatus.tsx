// What the panel says about a binding to an own layout: the range it works on, a renamed sheet, or why it no longer holds.

import type { MessageParams } from '../../i18n/message';
import type { ScaleId } from '../../levels/scale';
import { rangeAddress } from '../../matrix/address';
import type { BindingCheck } from '../../scan/binding';
import { teamMatrixRange } from '../../scan/formula-helper';
import type { Team } from '../../scan/team';
import { useTexts } from '../i18n';
import { Notice } from '../Notice';
import { usePanelStyles } from '../styles';
import { useBindKit } from './BindMatrix';
import type { BindFlowKey } from './texts';

/** The flow's texts once its kit is loaded; undefined until then (the lines wait for it). */
function useBindTexts(): ((key: BindFlowKey | ScaleId, params?: MessageParams) => string) | undefined {
  const { lang } = useTexts();
  const kit = useBindKit();
  if (!kit || 'error' in kit) return undefined;
  return (key, params) => (isScale(key) ? kit.scaleName(key, lang) : kit.bindText(key, lang, params));
}

/** A scale id ("1-5", "x-o") holds a dash; the flow's text keys never do. */
function isScale(key: string): key is ScaleId {
  return key.includes('-');
}

/** "Gekoppeld aan Blad1!A3:H12", and a note when the sheet was renamed since it was bound. */
export function BindingStatus({ team, renamedFrom }: { team: Team; renamedFrom?: string | undefined }) {
  const panel = usePanelStyles();
  const t = useBindTexts();
  if (!t) return null;
  const range = teamMatrixRange(team);
  const address = rangeAddress(
    { sheet: team.layout.sheet, row: range.row + 1, column: range.column + 1 },
    range.rows,
    range.columns,
  );
  return (
    <>
      <p className={panel.muted} data-testid="bound-to">
        {t('boundTo', { range: address })}
      </p>
      {renamedFrom ? (
        <Notice intent="info" data-testid="bind-renamed">
          {t('bindRenamed', { was: renamedFrom, sheet: team.layout.sheet })}
        </Notice>
      ) : null}
      {team.scale ? (
        <p className={panel.muted} data-testid="bound-scale">
          {t('bindScale', { scale: t(team.scale.id) })}
        </p>
      ) : null}
    </>
  );
}

/** Why a binding no longer holds; the panel offers to bind again under it. */
export function UnboundNotice({ check }: { check: Exclude<BindingCheck, { status: 'ok' }> }) {
  const t = useBindTexts();
  if (!t) return null;
  const text =
    check.status === 'sheetMissing'
      ? t('bindSheetMissing', { sheet: check.sheet })
      : check.status === 'headerChanged'
        ? t('bindHeaderChanged', { cell: check.cell, was: check.was, now: check.now })
        : t('bindUnreadable');
  return (
    <Notice intent="warning" role="alert" title={t('bindAgain')} data-testid="bind-broken">
      {text}
    </Notice>
  );
}
