// Task pane entry (Excel's composition root): when Office is ready, mounts the shared panel on an ExcelBridge.

import { languageFromLocale } from '../../shared/i18n/language';
import { mountPanel } from '../../shared/ui/mount';
import { ExcelBridge } from '../excel/bridge';
import { officeRun } from '../excel/run';

Office.onReady(() => {
  const element = document.getElementById('teamscan');
  if (!element) return;
  const locale = Office.context.displayLanguage || 'nl-NL';
  document.documentElement.lang = languageFromLocale(locale);
  mountPanel(element, new ExcelBridge(officeRun, locale), { lang: languageFromLocale(locale) });
});
