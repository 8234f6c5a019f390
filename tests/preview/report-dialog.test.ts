// The preview's report window: the page (report plus Print button) is written into the window window.open gave;
// a blocked window is a clear error in the panel's language.

import { openReportWindow } from '../../preview/report-window';
import { KeyedError } from '../../shared/i18n/keyed-error';
import { printablePage } from '../../shared/ui/report/printable';

const REPORT = [
  '<!doctype html>',
  '<html lang="nl">',
  `<head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"></head>`,
  '<body><h1>Teambeeld</h1></body>',
  '</html>',
].join('\n');

test('writes the printable page into the blank window it opened, and focuses it', () => {
  const calls: string[] = [];
  const written: string[] = [];
  const opened = {
    focus: () => calls.push('focus'),
    document: {
      open: () => calls.push('open'),
      write: (html: string) => {
        calls.push('write');
        written.push(html);
      },
      close: () => calls.push('close'),
    },
  } as unknown as Window;
  const requested: [string, string][] = [];
  openReportWindow({ title: 'Teamrapport', html: REPORT }, (url, target) => {
    requested.push([url, target]);
    return opened;
  });
  // window.open('', '_blank'): a blank window of the preview's own origin, nothing fetched.
  expect(requested).toEqual([['', '_blank']]);
  expect(calls).toEqual(['open', 'write', 'close', 'focus']);
  expect(written).toEqual([printablePage(REPORT)]);
});

test('a window the browser blocks (window.open gives null) is a keyed error, in Dutch and English', () => {
  let error: unknown;
  try {
    openReportWindow({ title: 'Teamrapport', html: REPORT }, () => null);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(KeyedError);
  expect((error as KeyedError).localized('nl')).toMatch(/pop-upvensters toe/);
  expect((error as KeyedError).localized('en')).toMatch(/Allow pop-ups/);
});
