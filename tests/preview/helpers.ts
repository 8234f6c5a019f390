// Test helpers: an in-memory workbook with an injected profile, through the preview's own bridge.

import { PreviewBridge } from '../../preview/bridge';
import { type KeyValueStorage, WorkbookStore } from '../../preview/store';
import { emptySheet, type PreviewWorkbook, setCell } from '../../preview/workbook';
import type { HostBridge, RowWrite } from '../../shared/host/bridge';
import { plainCellValue } from '../../shared/host/row-write';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import type { Detail } from '../../shared/profiles/detail';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { buildPlanWithConversation, type ConversationRequest } from '../../shared/workbook/conversation-plan';
import { SHEET_MATRIX } from '../../shared/workbook/plan';

export class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

export const FIXED_NOW = new Date('2025-03-04T10:30:00Z');

/** A bridge on a fresh workbook; with `names`, npuls is injected first at the given detail. */
export async function injectedBridge(
  names: readonly string[] = [],
  detail: Detail = 'gebieden',
  storage?: KeyValueStorage,
) {
  const store = new WorkbookStore(storage);
  const bridge = new PreviewBridge(store, 'nl-NL', () => FIXED_NOW);
  if (names.length > 0) {
    await bridge.applyPlan(buildWorkbookPlan({ profile: findBuiltinProfile('npuls')!, detail, lang: 'nl', names }));
  }
  return { store, bridge };
}

/** A test's shorthand for a save: cells by 0-based column, turned into the header-named, compare-and-set write. */
export interface CellsAt {
  readonly sheet?: string;
  readonly row: number;
  readonly expectedName: string;
  readonly cells: readonly { readonly column: number; readonly value: string | number | null }[];
  /** Stamp Bijgewerkt (column D of an injected Teammatrix). */
  readonly stamp?: boolean;
}

/** Builds the RowWrite the panel would send for `cells`, from the sheet as it is now (header row 1). */
export async function rowWriteAt(bridge: HostBridge, at: CellsAt): Promise<RowWrite> {
  const sheet = at.sheet ?? 'Teammatrix';
  const values = (await bridge.readSheet(sheet)).grid.values;
  const header = values[0] ?? [];
  const row = values[at.row - 1] ?? [];
  return {
    sheet,
    headerRow: 1,
    row: at.row,
    nameHeader: String(header[0]),
    expectedName: at.expectedName,
    cells: at.cells.map((cell) => ({
      header: String(header[cell.column]),
      expected: plainCellValue(row[cell.column]),
      value: cell.value,
    })),
    ...(at.stamp ? { updatedHeader: String(header[3]) } : {}),
  };
}

/** Saves `cells` as the panel would. */
export async function writeAt(bridge: HostBridge, at: CellsAt): Promise<void> {
  await bridge.writeRow(await rowWriteAt(bridge, at));
}

/** Re-injects the npuls Teammatrix at area detail in Dutch with the development conversation's sheets asked for. */
export async function addConversationSheets(bridge: HostBridge, sheets: ConversationRequest): Promise<void> {
  const existingMatrix = (await bridge.readSheet(SHEET_MATRIX)).grid;
  const request = {
    profile: findBuiltinProfile('npuls')!,
    detail: 'gebieden' as const,
    lang: 'nl' as const,
    existingMatrix,
  };
  await bridge.applyPlan(buildPlanWithConversation(request, sheets));
}

/** A preview workbook of the given sheets, each a grid of typed cells (text, numbers, formulas), the first active. */
export function workbookOf(cells: Record<string, (string | number | null | { formula: string })[][]>): PreviewWorkbook {
  const sheets = Object.entries(cells).map(([name, rows]) => {
    const sheet = emptySheet(name);
    rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        setCell(sheet, r, c, cell);
      });
    });
    return sheet;
  });
  return { sheets, active: { sheet: sheets[0]!.name, row: 1, column: 1 } };
}
