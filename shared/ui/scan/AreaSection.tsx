// One area of the scan form: heading with progress, description, K/V/A groups of pickers and the wish toggle.

import { Badge, makeStyles, Switch, tokens } from '@fluentui/react-components';
import { memo, useCallback, useRef } from 'react';
import type { Language } from '../../i18n/language';
import { text } from '../../i18n/message';
import { pickerLabel } from '../../levels/levels';
import type { Answer, ScanDraft } from '../../scan/draft';
import { type ScanArea, type ScanField, typeName } from '../../scan/layout';
import type { Progress } from '../../scan/progress';
import { useTexts } from '../i18n';
import { LevelPicker, type LevelPickerProps } from './LevelPicker';

export interface AreaSectionProps {
  readonly area: ScanArea;
  readonly draft: ScanDraft;
  readonly progress: Progress;
  /** Form position of each field key, for moving focus. */
  readonly positions: ReadonlyMap<string, number>;
  readonly onAnswer: (field: ScanField, answer: Answer) => void;
  readonly onWish: (area: ScanArea, wish: boolean) => void;
  readonly onAdvance: (position: number) => void;
  /** The levels the matrix's scale expresses, when it is not 0–4 (a bound matrix, Team.scale). */
  readonly levels?: readonly number[] | undefined;
}

const useStyles = makeStyles({
  section: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, flex: 1 },
  description: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  summary: { cursor: 'pointer', color: tokens.colorBrandForegroundLink, marginBottom: '4px' },
  groupTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    textTransform: 'uppercase',
    color: tokens.colorBrandForeground1,
  },
  field: { display: 'flex', flexDirection: 'column', gap: '4px' },
  fieldText: { margin: 0, whiteSpace: 'pre-line' },
  code: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, marginRight: '6px' },
});

/** The quick value as the hint shows it: "3 - Gevorderd", "2,5", "n.v.t.". */
function quickText(answer: Answer, lang: Language): string {
  if (answer === 'nvt') return text('notApplicable', lang);
  if (answer === null) return '';
  if (Number.isInteger(answer)) return pickerLabel(answer, lang);
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 }).format(answer);
}

interface FieldPickerProps extends Omit<LevelPickerProps, 'onChange' | 'onAdvance'> {
  readonly field: ScanField;
  readonly onAnswer: (field: ScanField, answer: Answer) => void;
  readonly onAdvance: (position: number) => void;
}

/**
 * A field's picker, drawn again only when what it shows changed: the next person's form redraws the items whose
 * level differs, not all 127 (the handlers are the section's, stable across renders).
 */
const FieldPicker = memo(
  function FieldPicker({ field, onAnswer, onAdvance, ...picker }: FieldPickerProps) {
    return (
      <LevelPicker
        {...picker}
        onChange={(answer) => onAnswer(field, answer)}
        onAdvance={() => onAdvance(picker.index)}
      />
    );
  },
  (before, after) =>
    before.field.key === after.field.key &&
    before.label === after.label &&
    before.value === after.value &&
    before.invalid?.cell === after.invalid?.cell &&
    before.invalid?.value === after.invalid?.value &&
    before.index === after.index &&
    before.levels?.join() === after.levels?.join() &&
    before.onAnswer === after.onAnswer &&
    before.onAdvance === after.onAdvance,
);

export function AreaSection({
  area,
  draft,
  progress,
  positions,
  onAnswer,
  onWish,
  onAdvance,
  levels,
}: AreaSectionProps) {
  const styles = useStyles();
  const { lang, t } = useTexts();
  const headingId = `scan-area-${area.id}`;
  const complete = progress.total > 0 && progress.done === progress.total;
  const quick = draft.quick?.[area.id] ?? null;
  // The pickers' handlers stay the same functions and call the latest ones given (the form passes new ones each render).
  const latest = useRef({ onAnswer, onAdvance });
  latest.current = { onAnswer, onAdvance };
  const answer = useCallback((field: ScanField, value: Answer) => latest.current.onAnswer(field, value), []);
  const advance = useCallback((position: number) => latest.current.onAdvance(position), []);
  return (
    <section className={styles.section} aria-labelledby={headingId} data-area-id={area.id}>
      <h2 className={styles.heading}>
        <span id={headingId} className={styles.title}>
          {area.role}
        </span>
        <Badge appearance="tint" color="informative" size="small">
          {area.scope === 'everyone' ? t('scopeEveryone') : t('scopeNetwork')}
        </Badge>
        <Badge
          appearance={complete ? 'filled' : 'outline'}
          color={complete ? 'success' : 'informative'}
          size="small"
          aria-label={t('scanProgressTotal', { done: progress.done, total: progress.total })}
        >
          {t('scanAreaProgress', { done: progress.done, total: progress.total })}
        </Badge>
      </h2>
      {quick !== null ? (
        <p className={styles.description} data-testid={`scan-quick-${area.id}`}>
          {t('scanQuickHint', { value: quickText(quick, lang) })}
        </p>
      ) : null}
      {area.groups.map((group) => (
        <div key={group.type ?? 'all'} className={styles.field}>
          {group.type && group.fields.length > 1 ? (
            <h3 className={styles.groupTitle}>{typeName(group.type, lang)}</h3>
          ) : null}
          {group.fields.map((field) => {
            const position = positions.get(field.key) ?? 0;
            const fieldLabel =
              field.kind === 'area'
                ? area.role
                : field.kind === 'areaType'
                  ? `${area.role} – ${typeName(field.type!, lang)}`
                  : field.code;
            return (
              <div key={field.key} className={styles.field}>
                {field.kind === 'area' ? (
                  <details className={styles.description}>
                    <summary className={styles.summary}>{t('areaDescription')}</summary>
                    <p className={styles.description}>{field.text}</p>
                  </details>
                ) : (
                  <p className={styles.fieldText}>
                    <span className={styles.code}>
                      {field.kind === 'areaType' ? typeName(field.type!, lang) : field.code}
                    </span>
                    {field.text}
                  </p>
                )}
                <FieldPicker
                  field={field}
                  label={t('levelPicker', { item: fieldLabel })}
                  value={draft.answers[field.key] ?? null}
                  {...(draft.invalid?.[field.key] ? { invalid: draft.invalid[field.key] } : {})}
                  onAnswer={answer}
                  onAdvance={advance}
                  index={position}
                  levels={levels}
                />
              </div>
            );
          })}
        </div>
      ))}
      {area.wishColumn !== undefined ? (
        <Switch
          checked={draft.wishes[area.id] === true}
          onChange={(_, data) => onWish(area, data.checked)}
          label={t('wish')}
          aria-label={t('wishLabel', { area: area.role })}
        />
      ) : null}
    </section>
  );
}
