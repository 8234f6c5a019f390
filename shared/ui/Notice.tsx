// A message bar (info, warning, error, success) drawn like Fluent's MessageBar in its multiline layout, without
// its motion and reflow code (docs/design.md#10-performance-targets bundle size): same role/aria semantics, same tokens, same intent icons.

import { makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { type ReactNode, useId } from 'react';

export type NoticeIntent = 'info' | 'warning' | 'error' | 'success';

export interface NoticeProps {
  readonly intent: NoticeIntent;
  /** A bold lead-in before the body; it also names the bar for assistive technology. */
  readonly title?: ReactNode;
  readonly children: ReactNode;
  /** Buttons under the body, at the right (Fluent's multiline MessageBarActions). */
  readonly actions?: ReactNode;
  /** `alert` or `status` for a bar that appears after an action; otherwise a named group, as MessageBar does. */
  readonly role?: 'alert' | 'status' | 'group';
  readonly 'data-testid'?: string;
}

/** Fluent's 20 px filled icons for the intents (path data of @fluentui/react-icons, the ones MessageBar shows). */
const ICON_PATHS: Record<NoticeIntent, string> = {
  info: 'M18 10a8 8 0 1 0-16 0 8 8 0 0 0 16 0M9.5 8.91a.5.5 0 0 1 1 0v4.69a.5.5 0 0 1-1 0V8.9m-.25-2.16a.75.75 0 1 1 1.5 0 .75.75 0 0 1-1.5 0',
  warning:
    'M7.37 3.56a3 3 0 0 1 5.26 0l5.5 10A3 3 0 0 1 15.5 18h-11a3 3 0 0 1-2.63-4.44zM10 12.75a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5m0-6.25a.5.5 0 0 0-.5.5v4a.5.5 0 0 0 1 0V7a.5.5 0 0 0-.5-.5',
  error:
    'M7.88 1.88a3 3 0 0 1 4.24 0l6 6a3 3 0 0 1 0 4.24l-6 6a3 3 0 0 1-4.24 0l-6-6a3 3 0 0 1 0-4.24zM13.1 6.9a.5.5 0 0 0-.7 0L10 9.3 7.6 6.9a.5.5 0 0 0-.7.7L9.3 10l-2.4 2.4a.5.5 0 0 0 .7.7l2.4-2.4 2.4 2.4a.5.5 0 0 0 .7-.7L10.7 10l2.4-2.4a.5.5 0 0 0 0-.7',
  success:
    'M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16m3.36 5.65a.5.5 0 0 0-.64-.06l-.07.06L9 11.3 7.35 9.65l-.07-.06a.5.5 0 0 0-.7.7l.07.07 2 2 .07.06c.17.11.4.11.56 0l.07-.06 4-4 .07-.08a.5.5 0 0 0-.06-.63',
};

// The values of Fluent's MessageBar styles (multiline layout, rounded shape) and of its body, title and actions.
const useNoticeStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr auto',
    gridTemplateAreas: '"icon body actions" "secondaryActions secondaryActions secondaryActions"',
    alignItems: 'start',
    whiteSpace: 'normal',
    minHeight: '36px',
    boxSizing: 'border-box',
    paddingLeft: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalMNudge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  rootError: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    ...shorthands.borderColor(tokens.colorStatusDangerBorder1),
  },
  rootWarning: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    ...shorthands.borderColor(tokens.colorStatusWarningBorder1),
  },
  rootSuccess: {
    backgroundColor: tokens.colorStatusSuccessBackground1,
    ...shorthands.borderColor(tokens.colorStatusSuccessBorder1),
  },
  icon: {
    gridArea: 'icon',
    display: 'flex',
    alignItems: 'center',
    fontSize: tokens.fontSizeBase500,
    marginRight: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground3,
    '@media (forced-colors: active)': { forcedColorAdjust: 'auto' },
  },
  iconError: { color: tokens.colorStatusDangerForeground1 },
  iconWarning: { color: tokens.colorStatusWarningForeground3 },
  iconSuccess: { color: tokens.colorStatusSuccessForeground1 },
  body: {
    gridArea: 'body',
    paddingRight: tokens.spacingHorizontalM,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
  },
  title: {
    fontWeight: tokens.fontWeightSemibold,
    '::after': { content: '" "' },
  },
  actions: {
    gridArea: 'secondaryActions',
    display: 'flex',
    justifyContent: 'end',
    columnGap: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalMNudge,
    marginBottom: tokens.spacingVerticalS,
    paddingRight: tokens.spacingVerticalM,
  },
  // Fluent's spacer under a multiline bar without actions.
  spacer: { gridArea: 'secondaryActions', marginBottom: tokens.spacingVerticalS },
});

const INTENT_SUFFIX = { info: '', warning: 'Warning', error: 'Error', success: 'Success' } as const;

export function Notice({ intent, title, children, actions, role = 'group', 'data-testid': testId }: NoticeProps) {
  const styles = useNoticeStyles();
  const titleId = useId();
  const suffix = INTENT_SUFFIX[intent];
  const rootIntent = suffix ? styles[`root${suffix}`] : undefined;
  const iconIntent = suffix ? styles[`icon${suffix}`] : undefined;
  return (
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: alert, status and group all take aria-labelledby (WAI-ARIA global property)
    <div
      role={role}
      aria-labelledby={title ? titleId : undefined}
      data-testid={testId}
      className={mergeClasses('fui-MessageBar', styles.root, rootIntent)}
    >
      <div className={mergeClasses(styles.icon, iconIntent)}>
        <svg fill="currentColor" aria-hidden="true" width="1em" height="1em" viewBox="0 0 20 20">
          <path d={ICON_PATHS[intent]} />
        </svg>
      </div>
      <div className={styles.body}>
        {title ? (
          <span id={titleId} className={styles.title}>
            {title}
          </span>
        ) : null}
        {children}
      </div>
      {actions ? <div className={styles.actions}>{actions}</div> : <div className={styles.spacer} />}
    </div>
  );
}
