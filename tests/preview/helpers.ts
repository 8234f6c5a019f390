// Test helpers: an in-memory workbook with an injected profile, through the preview's own bridge.

import { PreviewBridge } from '../../preview/bridge';
import { type KeyValueStorage, WorkbookStore } from '../../preview/store';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import type { Detail } from '../../shared/profiles/detail';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';

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
