// The panel's self-test: a notice at start-up when the last self-test made Teamscan take a safe path, and the
// "Zelftest" button that loads the self-test (a script of its own in Excel) into the panel.

import { Button } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Language } from '../../i18n/language';
import { panelText } from '../../selftest/panel-texts';

import { errorText } from '../i18n';
import { Notice } from '../Notice';
import type { SelfTestLauncher } from './launcher';

interface Props {
  readonly launcher: SelfTestLauncher;
  readonly lang: Language;
}

/** What the last self-test switched to, read once when the panel opens. */
export function SelfTestNotice({ launcher, lang }: Props) {
  const [notice, setNotice] = useState<string>();
  useEffect(() => {
    let live = true;
    launcher
      .notice(lang)
      .then((text) => live && setNotice(text))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [launcher, lang]);
  if (!notice) return null;
  return (
    <Notice intent="warning" data-testid="selftest-notice">
      {notice.split('\n').map((line) => (
        <span key={line} style={{ display: 'block' }}>
          {line}
        </span>
      ))}
    </Notice>
  );
}

/** The button, and the self-test block under it once asked for. */
export function SelfTestButton({ launcher, lang }: Props) {
  const holder = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    if (!open || !holder.current) return;
    setProblem(undefined);
    launcher.open(holder.current, lang).catch((error: unknown) => setProblem(errorText(error, lang)));
  }, [open, launcher, lang]);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8, padding: '8px 12px' }}>
      <Button size="small" data-testid="selftest-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {panelText('button', lang)}
      </Button>
      {problem && (
        <Notice intent="error" role="alert">
          {problem}
        </Notice>
      )}
      <div ref={holder} hidden={!open} />
    </div>
  );
}
