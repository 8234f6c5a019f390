// The workbook beside the panel: sheet tabs and a grid of computed values; click selects, double-click edits.

import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';
import type { Language } from '../shared/i18n/language';
import { columnLetters } from '../shared/matrix/address';
import type { CellValue } from '../shared/matrix/grid';
import type { PreviewBridge } from './bridge';
import { type CellDraft, useCellEditor } from './cell-editor';
import { type ComputedSheet, computeSheet } from './evaluate';
import { GridRow } from './GridRow';
import type { WorkbookStore } from './store';
import { previewText } from './texts';
import { findSheet, isDate, isFormula, type PreviewWorkbook, type StoredCell, usedSize } from './workbook';

const EXTRA_ROWS = 6;

const EXTRA_COLUMNS = 2;

/** The row numbers' column, in pixels. */
const ROW_HEADER_WIDTH = 44;

/**
 * A column's width in pixels from the plan's width in characters, fixed as in a spreadsheet: a long text is cut off
 * at the column's edge instead of widening it, so an edit lays out one row, not all 61 × 128 cells again.
 */
function columnWidth(characters = 10): number {
  return Math.min(Math.max(characters * 7, 48), 240);
}

/** Dates as the preview's language writes them, as a spreadsheet shows them in its user's locale. */
const DATE_LOCALE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

function display(value: CellValue, lang: Language): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toLocaleString(DATE_LOCALE[lang], { dateStyle: 'short', timeStyle: 'short' });
  if (typeof value === 'number') return String(Math.round(value * 100) / 100);
  return String(value);
}

/** What the formula bar shows for a stored cell: a formula's text, a date, a value; never an object. */
export function formulaBarText(cell: StoredCell | undefined, lang: Language): string {
  if (isFormula(cell)) return cell.formula;
  if (isDate(cell)) return display(new Date(cell.date), lang);
  return display((cell ?? null) as CellValue, lang);
}

/**
 * A sheet's computed values, kept while the workbook's sheets are the same: a selection move changes only the
 * active cell, so nothing is evaluated again and every row keeps its arrays (and is not redrawn).
 */
const computedSheets = new WeakMap<PreviewWorkbook['sheets'], Map<string, ComputedSheet>>();
function computedOf(workbook: PreviewWorkbook, name: string): ComputedSheet {
  const sheets = computedSheets.get(workbook.sheets) ?? new Map<string, ComputedSheet>();
  computedSheets.set(workbook.sheets, sheets);
  const computed = sheets.get(name) ?? computeSheet(workbook, name);
  sheets.set(name, computed);
  return computed;
}

/** The column letters of a grid this wide, the same array each time (a row is redrawn only when its props change). */
const lettersByWidth = new Map<number, readonly string[]>();
function lettersOf(columns: number): readonly string[] {
  const letters = lettersByWidth.get(columns) ?? Array.from({ length: columns }, (_, c) => columnLetters(c + 1));
  lettersByWidth.set(columns, letters);
  return letters;
}

const MOVES: Record<string, readonly [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

export function Grid({ store, bridge, lang }: { store: WorkbookStore; bridge: PreviewBridge; lang: Language }) {
  const [workbook, setWorkbook] = useState(store.workbook);
  const scroller = useRef<HTMLElement>(null);
  useEffect(() => store.subscribe(setWorkbook), [store]);
  const save = useCallback(
    (draft: CellDraft) => bridge.editCell(draft.sheet, draft.row, draft.column, draft.text),
    [bridge],
  );
  const focusGrid = useCallback(() => scroller.current?.focus(), []);
  const editor = useCellEditor(save, focusGrid);
  const editing = editor.draft;
  // The rows' handlers stay the same functions (rows are memoized) and call this render's select and edit.
  type CellAction = (row: number, column: number) => void;
  const latest = useRef<{ select: CellAction; edit: CellAction } | undefined>(undefined);
  const onSelect = useCallback((row: number, column: number) => latest.current?.select(row, column), []);
  const onEdit = useCallback((row: number, column: number) => latest.current?.edit(row, column), []);
  const active = workbook.active;
  const sheet = findSheet(workbook, active.sheet) ?? workbook.sheets[0];
  if (!sheet) return null;
  const computed = computedOf(workbook, sheet.name);
  const size = usedSize(sheet);
  const rows = Math.max(size.rows, computed.values.length, active.row) + EXTRA_ROWS;
  const columns = Math.max(size.columns, ...computed.values.map((line) => line.length), active.column) + EXTRA_COLUMNS;
  const letters = lettersOf(columns);
  const styles = JSON.stringify([sheet.scales, sheet.bold]);
  const rowNumbers = Array.from({ length: Math.min(rows, 120) }, (_, r) => r + 1);
  const widths = letters.map((_, c) => columnWidth(sheet.widths[c]));
  const tableWidth = widths.reduce((sum, width) => sum + width, ROW_HEADER_WIDTH);
  const stored = (row: number, column: number) => sheet.cells[row - 1]?.[column - 1];
  const edit = (row: number, column: number, typed?: string) =>
    // A snapshot is read-only (the bridge refuses its edits too).
    !sheet.readOnly &&
    editor.open({
      sheet: sheet.name,
      row,
      column,
      text: typed ?? formulaBarText(stored(row, column), lang),
      replace: typed === undefined,
    });
  latest.current = {
    select: (row, column) => bridge.select({ sheet: sheet.name, row, column }),
    edit: (row, column) => edit(row, column),
  };
  const rowEditor =
    editing && editing.sheet === sheet.name
      ? { draft: editing, inputRef: editor.inputRef, type: editor.type, close: editor.close }
      : undefined;
  /** The keyboard of a spreadsheet: arrows move, Enter or F2 edits, typing replaces, Delete clears. */
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // Keys typed while the editor opens are its own; never a move or a second edit.
    if (editing) {
      if (event.target !== event.currentTarget) return;
      editor.early(event);
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const move = MOVES[event.key];
    if (move) {
      event.preventDefault();
      const row = Math.max(1, active.row + move[0]);
      const column = Math.max(1, active.column + move[1]);
      bridge.select({ sheet: sheet.name, row, column });
      scroller.current
        ?.querySelector(`td[data-cell="${columnLetters(column)}${row}"]`)
        ?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      edit(active.row, active.column);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      bridge.editCell(sheet.name, active.row, active.column, '');
    } else if (event.key.length === 1) {
      event.preventDefault();
      edit(active.row, active.column, event.key);
    }
  };
  return (
    <div className="grid-wrap">
      <div className="grid-bar" aria-live="polite">
        <span className="grid-address" data-testid="active-cell">
          {sheet.name}!{columnLetters(active.column)}
          {active.row}
        </span>
        <span className="grid-formula" data-testid="formula-bar">
          {formulaBarText(stored(active.row, active.column), lang) || ' '}
        </span>
      </div>
      {/* The grid's scroll region takes the keyboard focus, like a spreadsheet's sheet; arrows move the selection. */}
      <section
        className="grid-scroll"
        ref={scroller}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll region must be focusable, and this one moves the selection
        tabIndex={0}
        aria-label={`${previewText('sheet', lang)} ${sheet.name}`}
        onKeyDown={onKeyDown}
      >
        <table
          className="grid"
          aria-label={sheet.name}
          data-sheet={sheet.name}
          data-read-only={sheet.readOnly ? true : undefined}
          style={{ width: `${tableWidth}px` }}
        >
          <thead>
            <tr>
              <th className="corner" style={{ width: `${ROW_HEADER_WIDTH}px` }} />
              {letters.map((name, c) => (
                <th key={name} scope="col" style={{ width: `${widths[c]}px` }}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rowNumbers.map((rowNumber) => (
              <GridRow
                key={rowNumber}
                rowNumber={rowNumber}
                letters={letters}
                sheet={sheet}
                styles={styles}
                values={computed.values[rowNumber - 1]}
                cells={sheet.cells[rowNumber - 1]}
                errors={computed.errors}
                selectedColumn={active.row === rowNumber ? active.column : 0}
                editor={rowEditor && rowEditor.draft.row === rowNumber ? rowEditor : undefined}
                lang={lang}
                display={display}
                onSelect={onSelect}
                onEdit={onEdit}
              />
            ))}
          </tbody>
        </table>
      </section>
      <div className="sheet-tabs" role="tablist" aria-label={previewText('sheets', lang)}>
        {workbook.sheets.map((candidate) => (
          <button
            key={candidate.name}
            type="button"
            role="tab"
            aria-selected={candidate.name === sheet.name}
            onClick={() => bridge.select({ sheet: candidate.name, row: 1, column: 1 })}
          >
            {candidate.name}
          </button>
        ))}
      </div>
    </div>
  );
}
