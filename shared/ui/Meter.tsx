// A determinate progress bar drawn like Fluent's ProgressBar (brand colour, rounded), without the motion library
// Fluent's needs only for its indeterminate mode (docs/design.md#10-performance-targets bundle size); inside a Field it is described the same way.

import { makeStyles, mergeClasses, tokens, useFieldContext_unstable } from '@fluentui/react-components';

export interface MeterProps {
  /** Done so far, 0…max. */
  readonly value: number;
  readonly max?: number;
  readonly thickness?: 'medium' | 'large';
  readonly className?: string;
  readonly 'aria-label'?: string;
  readonly 'aria-labelledby'?: string;
}

// The values of Fluent's ProgressBar styles (determinate, brand colour, rounded shape).
const useMeterStyles = makeStyles({
  root: {
    display: 'block',
    width: '100%',
    overflow: 'hidden',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground6,
    '@media screen and (forced-colors: active)': { backgroundColor: 'CanvasText' },
  },
  medium: { height: '2px' },
  large: { height: '4px' },
  bar: {
    height: '100%',
    borderRadius: 'inherit',
    backgroundColor: tokens.colorCompoundBrandBackground,
    transitionProperty: 'width',
    transitionDuration: '0.3s',
    transitionTimingFunction: 'ease',
    '@media screen and (forced-colors: active)': { backgroundColor: 'Highlight' },
  },
});

export function Meter({ value, max = 1, thickness = 'medium', className, ...labels }: MeterProps) {
  const styles = useMeterStyles();
  const field = useFieldContext_unstable();
  const bounded = Math.min(Math.max(value, 0), max);
  const describedBy = [field?.validationMessageId, field?.hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={bounded}
      aria-labelledby={labels['aria-labelledby'] ?? field?.labelId}
      aria-label={labels['aria-label']}
      aria-describedby={describedBy}
      className={mergeClasses('fui-ProgressBar', styles.root, styles[thickness], className)}
    >
      <div className={styles.bar} style={{ width: `${max > 0 ? (bounded / max) * 100 : 0}%` }} />
    </div>
  );
}
