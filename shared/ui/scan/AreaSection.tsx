// One area of the scan form: heading with progress, description, K/V/A groups of pickers and the wish toggle.

import { Badge, makeStyles, Switch, tokens } from '@fluentui/react-components';
import { useCallback, useRef } from 'react';
import type { Language } from '../../i18n/language';
import { text } from '../../i18n/message';
import { pickerLabel } from '../../levels/levels';
import type { Answer, ScanDraft } from '../../scan/draft';
import { type ScanArea, type ScanField, typeName } from '../../scan/layout';
import type { Progress } from '../../scan/progress';
import { useTexts } from '../i18n';
import { FieldRow } from './FieldRow';

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
  groupTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    textTransform: 'uppercase',
    color: tokens.colorBrandForeground1,
  },
  field: { display: 'flex', flexDirection: 'column', gap: '4px' },
});

/** The name a field's picker goes by: the area, the area's K/V/A type, or the item's code. */
function fieldLabel(area: ScanArea, field: ScanField, lang: Language): string {
  if (field.kind === 'area') return area.role;
  if (field.kind === 'areaType') return `${area.role} – ${typeName(field.type!, lang)}`;
  return field.code;
}

/** The quick value as the hint shows it: "3 - Gevorderd", "2,5", "n.v.t.". */
function quickText(answer: Answer, lang: Language): string {
  if (answer === 'nvt') return text('notApplicable', lang);
  if (answer === null) return '';
  if (Number.isInteger(answer)) return pickerLabel(answer, lang);
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 }).format(answer);
}

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
          {group.fields.map((field) => (
            <FieldRow
              key={field.key}
              field={field}
              code={field.kind === 'areaType' ? typeName(field.type!, lang) : field.code}
              label={t('levelPicker', { item: fieldLabel(area, field, lang) })}
              value={draft.answers[field.key] ?? null}
              {...(draft.invalid?.[field.key] ? { invalid: draft.invalid[field.key] } : {})}
              onAnswer={answer}
              onAdvance={advance}
              index={positions.get(field.key) ?? 0}
              levels={levels}
            />
          ))}
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
