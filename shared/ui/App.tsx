// The panel's root: theme, language choice and the three parts (Profiel invoegen, Scan, Dekking).

import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { memo, useEffect, useState } from 'react';
import type { HostBridge } from '../host/bridge';
import { type Language, languageFromLocale } from '../i18n/language';
import { CoveragePanel } from './coverage/CoveragePanel';
import { LanguageProvider, useTexts } from './i18n';
import { InjectPanel } from './inject/InjectPanel';
import { PartTabs } from './PartTabs';
import { ScanPart } from './scan/ScanPart';
import type { SelfTestLauncher } from './selftest/launcher';
import { SelfTestButton, SelfTestNotice } from './selftest/SelfTest';
import { usePanelStyles } from './styles';
import { type TeamState, useTeam } from './useTeam';

export type PartId = 'inject' | 'scan' | 'coverage';

export interface AppProps {
  readonly bridge: HostBridge;
  readonly lang?: Language;
  /** The part to show first (a host menu item may ask for one); else it follows what the workbook holds. */
  readonly initialPart?: PartId;
  /** Told the panel's language at start and whenever the user changes it (the page's `lang` follows it). */
  readonly onLanguage?: (lang: Language) => void;
  /** The host's self-test (Zelftest button, start-up notice of its safe paths); hosts without one leave it out. */
  readonly selfTest?: SelfTestLauncher;
}

interface ShellProps {
  readonly bridge: HostBridge;
  readonly lang: Language;
  readonly onLanguage: (lang: Language) => void;
  readonly initialPart?: PartId;
  readonly selfTest?: SelfTestLauncher;
}

function firstPart(state: TeamState): PartId {
  return state.status === 'none' ? 'inject' : 'scan';
}

/**
 * A part that stays hidden is not drawn again when the team is read anew (after every save): Profiel invoegen would
 * build its workbook plan and Dekking its heat map for nobody. It is drawn with the latest team once it is shown.
 */
const stillHidden = (before: { visible: boolean }, after: { visible: boolean }) => !before.visible && !after.visible;
const InjectPart = memo(InjectPanel, stillHidden);
const CoveragePart = memo(CoveragePanel, stillHidden);

function Shell({ bridge, lang, onLanguage, initialPart, selfTest }: ShellProps) {
  const styles = usePanelStyles();
  const { t } = useTexts();
  const { state, reload } = useTeam(bridge);
  const [part, setPart] = useState<PartId | undefined>(initialPart);
  // The first part follows what the workbook holds once it is read; afterwards it is the user's choice. The update
  // reads the part at the time it applies: a tab clicked between the read and this effect is never overridden.
  useEffect(() => {
    if (part === undefined && state.status !== 'loading') setPart((chosen) => chosen ?? firstPart(state));
  }, [part, state]);
  const active = part ?? 'scan';
  return (
    <div className={styles.shell}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t('appTitle')}</h1>
        <label className={styles.languageLabel}>
          <span className={styles.visuallyHidden}>{t('language')}</span>
          <select
            className={styles.languageSelect}
            value={lang}
            onChange={(event) => onLanguage(event.target.value === 'en' ? 'en' : 'nl')}
          >
            <option value="nl">{t('languageDutch')}</option>
            <option value="en">{t('languageEnglish')}</option>
          </select>
        </label>
      </header>
      {selfTest && <SelfTestNotice launcher={selfTest} lang={lang} />}
      <PartTabs
        label={t('tabs')}
        selected={active}
        onSelect={setPart}
        tabs={[
          { value: 'inject', id: 'tab-inject', label: t('tabInject') },
          { value: 'scan', id: 'tab-scan', label: t('tabScan') },
          { value: 'coverage', id: 'tab-coverage', label: t('tabCoverage') },
        ]}
      />
      {/* Every part stays mounted, so a scan in progress survives a look at Dekking. */}
      <section role="tabpanel" className={styles.part} hidden={active !== 'inject'} aria-labelledby="tab-inject">
        <InjectPart
          bridge={bridge}
          team={state}
          onInjected={reload}
          onScan={() => setPart('scan')}
          visible={active === 'inject'}
        />
      </section>
      <section role="tabpanel" className={styles.part} hidden={active !== 'scan'} aria-labelledby="tab-scan">
        <ScanPart bridge={bridge} team={state} reload={reload} onInject={() => setPart('inject')} />
      </section>
      <section role="tabpanel" className={styles.part} hidden={active !== 'coverage'} aria-labelledby="tab-coverage">
        <CoveragePart
          bridge={bridge}
          team={state}
          reload={reload}
          visible={active === 'coverage'}
          onInject={() => setPart('inject')}
        />
      </section>
      {selfTest && <SelfTestButton launcher={selfTest} lang={lang} />}
    </div>
  );
}

export function App({ bridge, lang, initialPart, onLanguage, selfTest }: AppProps) {
  const [language, setLanguage] = useState<Language>(lang ?? languageFromLocale(bridge.locale));
  useEffect(() => onLanguage?.(language), [language, onLanguage]);
  return (
    <FluentProvider theme={webLightTheme} lang={language}>
      <LanguageProvider value={language}>
        <Shell
          bridge={bridge}
          lang={language}
          onLanguage={setLanguage}
          {...(initialPart ? { initialPart } : {})}
          {...(selfTest ? { selfTest } : {})}
        />
      </LanguageProvider>
    </FluentProvider>
  );
}
