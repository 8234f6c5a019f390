// A level picker 0–4 + n.v.t. as a radio group: descriptors as names and caption; number keys rate and move on.

import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { type KeyboardEvent, type MouseEvent, useRef } from 'react';
import { LEVELS } from '../../levels/levels';
import type { Answer } from '../../scan/draft';
import { formatLevel } from '../format-level';
import { useTexts } from '../i18n';
import { FOOTER_SPACE } from './footer-space';
import { focusWithRing, SCRIPT_FOCUS } from './scan-focus';

export interface LevelPickerProps {
  /** The accessible name of the group, e.g. "Niveau voor ADV-V3". */
  readonly label: string;
  readonly value: Answer;
  /** The cell holds no level (read leniently): its address and value, named while no answer replaces it. */
  readonly invalid?: { readonly cell: string; readonly value: string };
  readonly onChange: (answer: Answer) => void;
  /** Called after a key rated the item, to move focus to the next one. */
  readonly onAdvance: () => void;
  /** Form position, used to move focus between pickers. */
  readonly index: number;
  /** The levels the matrix's scale expresses (docs/design.md#3-levels-and-cell-values): 0–4, or 0 and 2 on a yes/no scale. */
  readonly levels?: readonly number[] | undefined;
}

const useStyles = makeStyles({
  // The whole picker with its caption scrolls clear of the sticky footer (its height is published by the form).
  picker: { scrollMarginBottom: `var(${FOOTER_SPACE}, 96px)`, scrollMarginTop: '8px' },
  group: { display: 'flex', gap: '4px', flexWrap: 'wrap' },
  option: {
    minWidth: '36px',
    height: '32px',
    padding: '0 6px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
    // The same ring where the product moved the focus (SCRIPT_FOCUS; a literal, as the build evaluates these
    // styles on their own), whatever the engine thinks of :focus-visible.
    '&[data-script-focus]:focus': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  checked: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    border: `1px solid ${tokens.colorBrandBackground}`,
    fontWeight: tokens.fontWeightSemibold,
    ':hover': { backgroundColor: tokens.colorBrandBackgroundHover },
  },
  caption: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, minHeight: '16px' },
});

const ALL_OPTIONS: readonly Exclude<Answer, null>[] = [0, 1, 2, 3, 4, 'nvt'];

export function LevelPicker({ label, value, invalid, onChange, onAdvance, index, levels }: LevelPickerProps) {
  const OPTIONS = levels ? [...levels, 'nvt' as const] : ALL_OPTIONS;
  const styles = useStyles();
  const { lang, t } = useTexts();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const checkedIndex = OPTIONS.indexOf(value as Exclude<Answer, null>);
  const focusable = Math.max(checkedIndex, 0);
  const nameOf = (option: Exclude<Answer, null>) =>
    option === 'nvt' ? t('notApplicableLong') : `${option} ${LEVELS[option]!.label[lang]}`;
  const describe = (option: Exclude<Answer, null>) =>
    option === 'nvt' ? t('notApplicableLong') : (LEVELS[option]!.descriptor?.[lang] ?? LEVELS[option]!.label[lang]);
  const caption =
    value === null
      ? invalid
        ? t('scanInvalidCell', invalid)
        : t('notScanned')
      : value === 'nvt'
        ? t('notApplicableLong')
        : Number.isInteger(value)
          ? `${nameOf(value)}${LEVELS[value]!.descriptor ? ` — ${LEVELS[value]!.descriptor![lang]}` : ''}`
          : formatLevel(value, lang);

  const choose = (at: number) => {
    const option = OPTIONS[(at + OPTIONS.length) % OPTIONS.length]!;
    onChange(option);
    const button = buttons.current[OPTIONS.indexOf(option)];
    if (button) focusWithRing(button);
  };
  /**
   * A chip pressed with the pointer takes the focus itself: Safari, WKWebView (Excel on a Mac) and Firefox on macOS
   * do not focus a button on click, and the digits typed next must reach this picker (docs/design.md#8-architecture). No ring: the
   * pointer chose it. A click from the keyboard (Space, Enter: detail 0) leaves the focus as it is.
   */
  const onClick = (event: MouseEvent<HTMLButtonElement>, option: Exclude<Answer, null>) => {
    onChange(option);
    if (event.detail === 0) return;
    event.currentTarget.removeAttribute(SCRIPT_FOCUS);
    event.currentTarget.focus({ preventScroll: true });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, at: number) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key;
    if (/^[0-4]$/.test(key) && OPTIONS.includes(Number(key))) {
      event.preventDefault();
      onChange(Number(key));
      onAdvance();
    } else if (key === 'n' || key === 'N') {
      event.preventDefault();
      onChange('nvt');
      onAdvance();
    } else if (key === 'ArrowRight' || key === 'ArrowDown') {
      event.preventDefault();
      choose(at + 1);
    } else if (key === 'ArrowLeft' || key === 'ArrowUp') {
      event.preventDefault();
      choose(at - 1);
    } else if (key === 'Delete' || key === 'Backspace') {
      event.preventDefault();
      onChange(null);
    }
  };
  return (
    <div className={styles.picker} data-picker="">
      <div role="radiogroup" aria-label={label} className={styles.group} data-field-index={index}>
        {OPTIONS.map((option, at) => (
          // biome-ignore lint/a11y/useSemanticElements: the WAI-ARIA radio group pattern on buttons, for compact level chips
          <button
            key={String(option)}
            ref={(element) => {
              buttons.current[at] = element;
            }}
            type="button"
            role="radio"
            aria-checked={at === checkedIndex}
            aria-label={nameOf(option)}
            title={describe(option)}
            tabIndex={at === focusable ? 0 : -1}
            className={mergeClasses(styles.option, at === checkedIndex && styles.checked)}
            onClick={(event) => onClick(event, option)}
            onKeyDown={(event) => onKeyDown(event, at)}
          >
            {option === 'nvt' ? t('notApplicableShort') : option}
          </button>
        ))}
      </div>
      <div className={styles.caption} aria-hidden="true">
        {caption}
      </div>
    </div>
  );
}
