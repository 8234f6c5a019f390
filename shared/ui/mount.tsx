// Mounts the whole Teamscan side panel into an element, against a host's bridge; the hosts' one entry point.

import { createRoot } from 'react-dom/client';
import type { HostBridge } from '../host/bridge';
import type { Language } from '../i18n/language';
import { App, type PartId } from './App';
import type { SelfTestLauncher } from './selftest/launcher';

export interface MountOptions {
  /** The panel's language; default from the bridge's locale (Dutch unless the host speaks English). */
  readonly lang?: Language;
  /** The part to open with (inject, scan, coverage); default: inject for a workbook without a matrix, else scan. */
  readonly initialPart?: PartId;
  /** Called with the panel's language at start and on every change; by default the document's `lang` follows. */
  readonly onLanguage?: (lang: Language) => void;
  /** The host's self-test: the panel shows its button and, at start-up, the safe paths the last one chose. */
  readonly selfTest?: SelfTestLauncher;
}

/** Screen readers pronounce the page by its `lang`: it follows the panel's language choice. */
function setDocumentLanguage(lang: Language): void {
  document.documentElement.lang = lang;
}

/** Renders the panel (with its FluentProvider) into `element`; returns a function that unmounts it. */
export function mountPanel(element: HTMLElement, bridge: HostBridge, options: MountOptions = {}): () => void {
  const root = createRoot(element);
  root.render(
    <App
      bridge={bridge}
      {...(options.lang ? { lang: options.lang } : {})}
      {...(options.initialPart ? { initialPart: options.initialPart } : {})}
      onLanguage={options.onLanguage ?? setDocumentLanguage}
      {...(options.selfTest ? { selfTest: options.selfTest } : {})}
    />,
  );
  return () => root.unmount();
}
