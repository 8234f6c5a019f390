// The scan form's sticky footer: total progress, jump to an area, next open item, the unsaved prompt and buttons.

import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { type Ref, useLayoutEffect, useRef } from 'react';
import type { ScanLayout } from '../../scan/layout';
import type { Progress } from '../../scan/progress';
import { useTexts } from '../i18n';
import { Meter } from '../Meter';
import { usePanelStyles } from '../styles';
import type { PendingMove, ScanState } from './scan-state';

export interface ScanFooterProps {
  readonly footerRef: Ref<HTMLDivElement>;
  readonly saveRef: Ref<HTMLButtonElement>;
  readonly name: string;
  readonly layout: ScanLayout;
  readonly total: Progress;
  readonly areaProgress: readonly Progress[];
  readonly state: ScanState;
  readonly onJump: (area: number) => void;
  readonly onNextOpen: () => void;
  readonly onSave: () => void;
  readonly onStep: (direction: -1 | 1) => void;
  readonly onResolve: (choice: 'save' | 'discard' | 'stay') => void;
}

const useStyles = makeStyles({
  footer: {
    position: 'sticky',
    bottom: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    zIndex: 1,
  },
  progress: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  progressText: { fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  person: {
    fontWeight: tokens.fontWeightSemibold,
    maxWidth: '100%',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  bar: { flex: 1, minWidth: '60px' },
  tools: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  jump: {
    flex: 1,
    minWidth: 0,
    maxWidth: '100%',
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
    padding: '3px 4px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  grow: { flex: 1 },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  unsaved: { color: tokens.colorPaletteDarkOrangeForeground2, fontSize: tokens.fontSizeBase200 },
  notice: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteGreenForeground1 },
  prompt: {
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorPaletteDarkOrangeBorder1}`,
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
  },
  promptTitle: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  promptBody: { margin: 0 },
});

function PendingPrompt({
  name,
  pending,
  onResolve,
}: {
  readonly name: string;
  readonly pending: PendingMove;
  readonly onResolve: ScanFooterProps['onResolve'];
}) {
  const styles = useStyles();
  const { t } = useTexts();
  const first = useRef<HTMLButtonElement>(null);
  // The prompt takes the focus on its first choice when it shows (not a frame later), so the keyboard answers it.
  useLayoutEffect(() => {
    first.current?.focus();
  }, []);
  return (
    <div className={styles.prompt} role="alertdialog" aria-labelledby="scan-pending-title">
      <p id="scan-pending-title" className={styles.promptTitle}>
        {t('movedTitle', { name })}
      </p>
      <p className={styles.promptBody}>{t('movedBody', { name, target: pending.name ?? t('movedTargetNone') })}</p>
      <div className={styles.tools}>
        <Button ref={first} size="small" appearance="primary" onClick={() => onResolve('save')}>
          {t('saveAndGo')}
        </Button>
        <Button size="small" onClick={() => onResolve('discard')}>
          {t('discardAndGo')}
        </Button>
        <Button size="small" onClick={() => onResolve('stay')}>
          {t('stay', { name })}
        </Button>
      </div>
    </div>
  );
}

export function ScanFooter(props: ScanFooterProps) {
  const { footerRef, saveRef, name, layout, total, areaProgress, state } = props;
  const styles = useStyles();
  const panel = usePanelStyles();
  const { t } = useTexts();
  const many = layout.fields.length > layout.areas.length;
  return (
    <div ref={footerRef} className={styles.footer} data-testid="scan-footer">
      {state.pending ? <PendingPrompt name={name} pending={state.pending} onResolve={props.onResolve} /> : null}
      <div className={styles.progress}>
        {/* Whose scan this is stays in view while the form scrolls (the footer is sticky). */}
        <span className={styles.person} data-testid="footer-name" title={name}>
          {name}
        </span>
        <span className={styles.progressText} id="scan-total">
          {t('scanProgressTotal', { done: total.done, total: total.total })}
        </span>
        <Meter
          className={styles.bar}
          aria-labelledby="scan-total"
          value={total.total ? total.done / total.total : 0}
          max={1}
          thickness="large"
        />
      </div>
      {many ? (
        <div className={styles.tools}>
          <label className={panel.visuallyHidden} htmlFor="scan-jump">
            {t('scanJump')}
          </label>
          <select
            id="scan-jump"
            className={styles.jump}
            value=""
            onChange={(event) => event.target.value !== '' && props.onJump(Number(event.target.value))}
          >
            <option value="">{t('scanJump')}</option>
            {layout.areas.map((area, index) => (
              <option key={area.id} value={area.area}>
                {`${area.role} — ${areaProgress[index]?.done ?? 0}/${areaProgress[index]?.total ?? 0}`}
              </option>
            ))}
          </select>
          <Button size="small" onClick={props.onNextOpen} disabled={total.done === total.total}>
            {t('scanNextOpen')}
          </Button>
        </div>
      ) : null}
      {state.dirty ? (
        <span className={styles.unsaved} role="status">
          {t('unsavedFor', { name })}
        </span>
      ) : state.saved || state.last ? (
        <span className={styles.notice} role="status" data-testid="scan-notice">
          {[state.saved ? t('saved', { name: state.saved }) : '', state.last ? t('scanLastPerson') : '']
            .filter(Boolean)
            .join(' ')}
        </span>
      ) : null}
      <div className={styles.buttons}>
        <Button size="small" onClick={() => props.onStep(-1)} disabled={state.saving}>
          {t('previous')}
        </Button>
        <Button
          ref={saveRef}
          appearance="primary"
          className={styles.grow}
          onClick={props.onSave}
          disabledFocusable={!state.dirty || state.saving}
        >
          {state.saving ? t('saving') : t('save')}
        </Button>
        <Button size="small" onClick={() => props.onStep(1)} disabled={state.saving}>
          {t('next')}
        </Button>
      </div>
    </div>
  );
}
