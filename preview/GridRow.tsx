// One row of the preview's grid, redrawn only when its own cells, selection or editor change: a selection move
// redraws two rows, not the whole sheet (the panel's latency is measured on this page).

import { memo } from 'react';
import type { Language } from '../shared/i18n/language';
import { columnLetters } from '../shared/matrix/address';
import type { CellValue } from '../shared/matrix/grid';
import type { CellDraft } from './cell-editor';
import { levelScaleColour } from './level-colour';
import { previewText } from './texts';
import { inRange, isFormula, type PreviewSheet, type StoredCell } from './workbook';

/** What the cell editor in a row needs; given only to the row being edited. */
export interface RowEditor {
  readonly draft: CellDraft;
  readonly inputRef: (input: HTMLInputElement | null) => void;
  readonly type: (text: string) => void;
  readonly close: (save: boolean) => void;
}

interface GridRowProps {
  readonly rowNumber: number;
  readonly letters: readonly string[];
  readonly sheet: PreviewSheet;
  /** The sheet's colour scales and bold ranges as one text: rows compare it instead of the (copied) ranges. */
  readonly styles: string;
  /** The row's computed values and stored cells (the same arrays while nothing in the row changes). */
  readonly values: readonly CellValue[] | undefined;
  readonly cells: readonly StoredCell[] | undefined;
  readonly errors: ReadonlyMap<string, string>;
  /** The selected column (1-based) when the selection is in this row, else 0. */
  readonly selectedColumn: number;
  readonly editor: RowEditor | undefined;
  readonly lang: Language;
  readonly display: (value: CellValue, lang: Language) => string;
  readonly onSelect: (row: number, column: number) => void;
  readonly onEdit: (row: number, column: number) => void;
}

/** One cell's value or stored cell: equal when it shows and means the same (a save copies the whole workbook). */
function sameCell(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key])
  );
}

function sameLine(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((value, index) => sameCell(value, b[index]));
}

/** A row is redrawn when something it shows changed, not because a save copied the workbook around it. */
function sameRow(before: GridRowProps, after: GridRowProps): boolean {
  return (
    before.rowNumber === after.rowNumber &&
    before.letters === after.letters &&
    before.selectedColumn === after.selectedColumn &&
    before.editor === after.editor &&
    before.lang === after.lang &&
    before.display === after.display &&
    before.onSelect === after.onSelect &&
    before.onEdit === after.onEdit &&
    before.styles === after.styles &&
    // An error is shown as the cell's title: the row's errors must be the same too.
    rowErrors(before) === rowErrors(after) &&
    sameLine(before.values, after.values) &&
    sameLine(before.cells, after.cells)
  );
}

function rowErrors({ errors, rowNumber }: GridRowProps): string {
  const prefix = `${rowNumber - 1}:`;
  return [...errors].filter(([key]) => key.startsWith(prefix)).join('|');
}

export const GridRow = memo(function GridRow(props: GridRowProps) {
  const { rowNumber, letters, sheet, values, cells, errors, selectedColumn, editor, lang, display } = props;
  const r = rowNumber - 1;
  return (
    <tr>
      <th scope="row">{rowNumber}</th>
      {letters.map((name, c) => {
        const value = values?.[c];
        const selected = selectedColumn === c + 1;
        const error = errors.get(`${r}:${c}`);
        const scaled = sheet.scales.some((range) => inRange(range, r, c)) ? levelScaleColour(value) : undefined;
        const bold = sheet.bold.some((range) => inRange(range, r, c));
        // Text typed with "=" that is no Teamscan function: shown as text, and marked so.
        const asText = typeof value === 'string' && value.startsWith('=') && !isFormula(cells?.[c]);
        const editing = editor && editor.draft.column === c + 1 ? editor : undefined;
        // A text runs on over the empty cells to its right, as in a spreadsheet (the columns keep their widths).
        const next = values?.[c + 1];
        const spills = typeof value === 'string' && (next === null || next === undefined || next === '');
        return (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the grid mirrors a spreadsheet's mouse selection; the panel is fully keyboard usable
          <td
            key={name}
            data-cell={`${name}${rowNumber}`}
            className={`${selected ? 'selected' : ''} ${bold ? 'bold' : ''} ${typeof value === 'number' ? 'number' : ''} ${asText ? 'as-text' : ''} ${spills ? 'spill' : ''}`}
            style={scaled ? { backgroundColor: scaled } : undefined}
            title={error ?? (asText ? previewText('asText', lang) : undefined)}
            onClick={() => props.onSelect(rowNumber, c + 1)}
            onDoubleClick={() => props.onEdit(rowNumber, c + 1)}
          >
            {editing ? (
              <input
                ref={editing.inputRef}
                aria-label={`${columnLetters(c + 1)}${rowNumber}`}
                value={editing.draft.text}
                onChange={(event) => editing.type(event.target.value)}
                onBlur={() => editing.close(true)}
                onKeyDown={(event) => {
                  event.stopPropagation();
                  if (event.key === 'Enter' || event.key === 'Escape') editing.close(event.key === 'Enter');
                }}
              />
            ) : spills ? (
              // The text over the cells beside it takes no clicks: a click there selects the cell under the pointer.
              <span className="spill-text">{display(value, lang)}</span>
            ) : (
              display(value, lang)
            )}
          </td>
        );
      })}
    </tr>
  );
}, sameRow);
