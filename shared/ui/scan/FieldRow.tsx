// One field of the scan form: its code and text (or the area's description) above its level picker, drawn again only when what it shows changed.

import { makeStyles, tokens } from '@fluentui/react-components';
import { memo } from 'react';
import type { Answer } from '../../scan/draft';
import type { ScanField } from '../../scan/layout';
import { useTexts } from '../i18n';
import { LevelPicker, type LevelPickerProps } from './LevelPicker';

const useStyles = makeStyles({
  field: { display: 'flex', flexDirection: 'column', gap: '4px' },
  description: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  summary: { cursor: 'pointer', color: tokens.colorBrandForegroundLink, marginBottom: '4px' },
  fieldText: { margin: 0, whiteSpace: 'pre-line' },
  code: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, marginRight: '6px' },
});

export interface FieldRowProps extends Omit<LevelPickerProps, 'onChange' | 'onAdvance'> {
  readonly field: ScanField;
  /** What the field's code shows: the item's code, or the K/V/A type's name for a type column. */
  readonly code: string;
  readonly onAnswer: (field: ScanField, answer: Answer) => void;
  readonly onAdvance: (position: number) => void;
}

function FieldRowContent({ field, code, onAnswer, onAdvance, ...picker }: FieldRowProps) {
  const styles = useStyles();
  const { t } = useTexts();
  return (
    <div className={styles.field}>
      {field.kind === 'area' ? (
        <details className={styles.description}>
          <summary className={styles.summary}>{t('areaDescription')}</summary>
          <p className={styles.description}>{field.text}</p>
        </details>
      ) : (
        <p className={styles.fieldText}>
          <span className={styles.code}>{code}</span>
          {field.text}
        </p>
      )}
      <LevelPicker
        {...picker}
        onChange={(answer) => onAnswer(field, answer)}
        onAdvance={() => onAdvance(picker.index)}
      />
    </div>
  );
}

/**
 * A field, drawn again only when what it shows changed: the form is drawn several times per save and move (saving,
 * the re-read, the next person), and each time only the fields whose level differs are, not all 127 with their
 * texts (the handlers are the section's, stable across renders; the language comes through the texts' context).
 */
export const FieldRow = memo(
  FieldRowContent,
  (before, after) =>
    before.field.key === after.field.key &&
    before.field.kind === after.field.kind &&
    before.field.text === after.field.text &&
    before.code === after.code &&
    before.label === after.label &&
    before.value === after.value &&
    before.invalid?.cell === after.invalid?.cell &&
    before.invalid?.value === after.invalid?.value &&
    before.index === after.index &&
    before.levels?.join() === after.levels?.join() &&
    before.onAnswer === after.onAnswer &&
    before.onAdvance === after.onAdvance,
);
