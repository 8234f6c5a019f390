// Task pane entry (Excel's composition root): when Office is ready, checks the API sets the panel needs and
// mounts the shared panel on an ExcelBridge, or says which Excel it needs; the self-test is reachable from both.

import '../polyfills';
import { languageFromLocale } from '../../shared/i18n/language';
import { fallbacksOf } from '../../shared/selftest/stored';
import { mountPanel } from '../../shared/ui/mount';
import { ExcelBridge } from '../excel/bridge';
import { officeRun } from '../excel/run';
import { applyFallbacks, readStored } from '../selftest/settings';
import { excelSelfTestLauncher } from './load-selftest';
import { missingSets, showUnsupported } from './requirements';

Office.onReady(() => {
  const element = document.getElementById('teamscan');
  if (!element) return;
  const locale = Office.context.displayLanguage || 'nl-NL';
  const lang = languageFromLocale(locale);
  document.documentElement.lang = lang;
  const settings = Office.context.document?.settings;
  const bridge = new ExcelBridge(officeRun, locale, settings);
  // The safe paths the last self-test in this workbook called for, before anything is written.
  applyFallbacks(fallbacksOf(readStored(settings)));
  const selfTest = excelSelfTestLauncher({ bridge, locale, settings, onFallbacks: (chosen) => applyFallbacks(chosen) });
  const requirements = Office.context.requirements;
  const missing = missingSets(requirements ? (name, version) => requirements.isSetSupported(name, version) : undefined);
  if (missing.length > 0) {
    showUnsupported(element, lang, missing, (container) => selfTest.open(container, lang));
    return;
  }
  mountPanel(element, bridge, {
    lang,
    onLanguage: (chosen) => {
      document.documentElement.lang = chosen;
      bridge.setLanguage(chosen);
    },
    selfTest,
  });
});
