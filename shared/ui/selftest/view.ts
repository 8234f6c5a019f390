// The self-test block in plain DOM (it loads on demand, without the panel's React): intro, start, progress, the
// result text with Kopiëren, and where to send it. Also shown where the panel cannot run (an older Excel).

import type { Language } from '../../i18n/language';
import { counts, resultText, type SelfTestReport } from '../../selftest/result-text';
import { errorMessage } from '../../selftest/runner';
import { inLanguage, type SelfTestTextKey, selfTestText } from '../../selftest/texts';
import { ISSUE_TRACKER } from '../../selftest/tracker';

export interface SelfTestViewOptions {
  readonly lang: Language;
  /** Runs every probe; reports progress as it goes. */
  readonly run: (onProgress: (done: number, total: number, probe?: string) => void) => Promise<SelfTestReport>;
  /** Keeps the verdicts in the workbook and switches the product to its safe paths; errors are shown, not thrown. */
  readonly store?: (report: SelfTestReport) => Promise<void>;
  /** Puts text on the clipboard (default: the page's navigator.clipboard). */
  readonly copy?: (text: string) => Promise<void>;
}

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  testId: string,
  css = '',
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.setAttribute('data-testid', testId);
  if (css) node.style.cssText = css;
  return node;
}

/** The page's clipboard, else the selection copied with execCommand (Office's older webviews). */
async function defaultCopy(text: string, pre: HTMLElement): Promise<void> {
  const doc = pre.ownerDocument;
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard) {
    try {
      await clipboard.writeText(text);
      return;
    } catch {
      // Refused (no permission in this frame): try the selection below.
    }
  }
  const range = doc.createRange();
  range.selectNodeContents(pre);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  if (!doc.execCommand?.('copy')) throw new Error('copy refused');
}

const BUTTON_CSS =
  'font:inherit;padding:4px 12px;border-radius:4px;border:1px solid #8a8886;background:#fff;cursor:pointer';

/** Renders the self-test into `container` (replacing what it held). */
export function renderSelfTest(container: HTMLElement, options: SelfTestViewOptions): void {
  const doc = container.ownerDocument;
  const { lang } = options;
  const t = (key: SelfTestTextKey, params?: Record<string, string | number>) => selfTestText(key, lang, params);
  const box = element(doc, 'section', 'selftest', 'display:flex;flex-direction:column;gap:8px;font-size:13px');
  box.setAttribute('aria-label', t('title'));
  const intro = element(doc, 'p', 'selftest-intro', 'margin:0');
  intro.textContent = t('intro');
  const start = element(doc, 'button', 'selftest-start', BUTTON_CSS);
  start.type = 'button';
  start.textContent = t('start');
  const progress = element(doc, 'p', 'selftest-progress', 'margin:0');
  progress.setAttribute('role', 'status');
  const result = element(
    doc,
    'pre',
    'selftest-result',
    'margin:0;padding:8px;background:#f3f2f1;white-space:pre-wrap;font-size:12px;max-height:320px;overflow:auto',
  );
  result.tabIndex = 0;
  result.hidden = true;
  const copy = element(doc, 'button', 'selftest-copy', BUTTON_CSS);
  copy.type = 'button';
  copy.textContent = t('copy');
  copy.hidden = true;
  const send = element(doc, 'p', 'selftest-send', 'margin:0');
  send.textContent = t('sendTo', { tracker: inLanguage(ISSUE_TRACKER, lang) });
  send.hidden = true;
  box.append(intro, start, progress, result, copy, send);
  container.replaceChildren(box);

  start.addEventListener('click', async () => {
    start.disabled = true;
    result.hidden = true;
    copy.hidden = true;
    send.hidden = true;
    try {
      const report = await options.run((done, total, probe) => {
        progress.textContent = t('running', { done: Math.min(done + 1, total), total, probe: probe ?? '' });
      });
      const tally = counts(report.run.results);
      progress.textContent = t('finished', { pass: tally.pass, fail: tally.fail, na: tally.na });
      result.textContent = resultText(report, lang);
      result.hidden = false;
      copy.hidden = false;
      send.hidden = false;
      await options.store?.(report);
    } catch (error) {
      progress.textContent = t('failedToRun', { reason: errorMessage(error) });
    } finally {
      start.disabled = false;
    }
  });

  copy.addEventListener('click', async () => {
    try {
      await (options.copy ?? ((text: string) => defaultCopy(text, result)))(result.textContent ?? '');
      copy.textContent = t('copied');
    } catch {
      progress.textContent = t('copyFailed');
    }
  });
}
