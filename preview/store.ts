// The preview's workbook state: one current workbook, listeners, and persistence in localStorage.

import { emptyWorkbook, type PreviewWorkbook } from './workbook';

export const STORAGE_KEY = 'teamscan.preview.workbook.v1';

/** Where the workbook is kept between reloads; localStorage in the browser, a Map in tests. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export class WorkbookStore {
  private current: PreviewWorkbook;
  private readonly listeners = new Set<(workbook: PreviewWorkbook) => void>();

  constructor(private readonly storage?: KeyValueStorage) {
    this.current = WorkbookStore.load(storage) ?? emptyWorkbook();
  }

  private static load(storage: KeyValueStorage | undefined): PreviewWorkbook | undefined {
    const saved = storage?.getItem(STORAGE_KEY);
    if (!saved) return undefined;
    try {
      const workbook = JSON.parse(saved) as PreviewWorkbook;
      return Array.isArray(workbook.sheets) && workbook.active ? workbook : undefined;
    } catch {
      return undefined;
    }
  }

  get workbook(): PreviewWorkbook {
    return this.current;
  }

  /** Replaces the workbook (already fully built: changes are all or nothing) and tells the listeners. */
  set(workbook: PreviewWorkbook): void {
    this.current = workbook;
    this.storage?.setItem(STORAGE_KEY, JSON.stringify(workbook));
    for (const listener of this.listeners) listener(workbook);
  }

  reset(): void {
    this.storage?.removeItem(STORAGE_KEY);
    this.set(emptyWorkbook());
  }

  subscribe(listener: (workbook: PreviewWorkbook) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
