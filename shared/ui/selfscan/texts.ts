// The self-scan part's own lookups into its string tables, in the panel's language.

import { useMemo } from 'react';
import type { Localized } from '../../i18n/language';
import { fillTemplate, type MessageParams } from '../../i18n/message';
import { SELFSCAN_MESSAGES } from '../../i18n/ui-messages-selfscan';
import { useTexts } from '../i18n';

export type TableTranslate<K extends string> = (key: K, params?: MessageParams) => string;

/** A lookup into one of the self-scan tables (tracking here; the Sheets form has its own, in SelfscanForm). */
export function useTableTexts<K extends string>(
  table: Record<K, Localized>,
): { lang: 'nl' | 'en'; s: TableTranslate<K> } {
  const { lang } = useTexts();
  return useMemo(
    () => ({ lang, s: (key: K, params: MessageParams = {}) => fillTemplate(table[key][lang], params) }),
    [lang, table],
  );
}

export const useSelfscanTexts = () => useTableTexts(SELFSCAN_MESSAGES);

const two = (value: number) => String(value).padStart(2, '0');

/** A moment as the panel shows it: "2026-01-05 10:30" in local time. */
export function shownTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
