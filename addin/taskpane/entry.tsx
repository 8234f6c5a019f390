// Task pane entry (Excel's composition root): when Office is ready, checks the API sets the panel needs and
// mounts the shared panel on an ExcelBridge, or says which Excel it needs.

import '../polyfills';
import { languageFromLocale } from '../../shared/i18n/language';
import { mountPanel } from '../../shared/ui/mount';
import { ExcelBridge } from '../excel/bridge';
import { officeRun } from '../excel/run';
import { missingSets, showUnsupported } from './requirements';

Office.onReady(() => {
  const element = document.getElementById('teamscan');
  if (!element) return;
  const locale = Office.context.displayLanguage || 'nl-NL';
  const lang = languageFromLocale(locale);
  document.documentElement.lang = lang;
  const requirements = Office.context.requirements;
  const missing = missingSets(requirements ? (name, version) => requirements.isSetSupported(name, version) : undefined);
  if (missing.length > 0) {
    showUnsupported(element, lang, missing);
    return;
  }
  const bridge = new ExcelBridge(officeRun, locale, Office.context.document?.settings);
  mountPanel(element, bridge, {
    lang,
    onLanguage: (chosen) => {
      document.documentElement.lang = chosen;
      bridge.setLanguage(chosen);
    },
  });
});
