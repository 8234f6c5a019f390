// Formula helper: pick a Teamscan function, see it in the host's syntax, put it in the active cell.

import { Button, Field, MessageBar, MessageBarBody, Select, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { FORMULAS } from '../../formulas/registry';
import type { HostBridge } from '../../host/bridge';
import { columnLetters } from '../../matrix/address';
import { HELPER_FORMULAS, helperFormula } from '../../scan/formula-helper';
import type { Team } from '../../scan/team';
import { useTexts } from '../i18n';
import { Problem } from '../Problem';
import { usePanelStyles } from '../styles';

export interface FormulaHelperProps {
  readonly bridge: HostBridge;
  readonly team: Team;
  /** Where threshold and target come from: the Dekking sheet's cells, else these values. */
  readonly settings: { readonly dashboard: boolean; readonly threshold: number; readonly target: number };
}

export function FormulaHelper({ bridge, team, settings }: FormulaHelperProps) {
  const styles = usePanelStyles();
  const { lang, t } = useTexts();
  const [id, setId] = useState(HELPER_FORMULAS[0]!);
  const [area, setArea] = useState(team.reading.profile.areas.find((a) => a.scope === 'network')?.id ?? '');
  const [person, setPerson] = useState(team.reading.people[0]?.name ?? '');
  const [outcome, setOutcome] = useState<{ done?: string; error?: unknown }>({});
  const definition = FORMULAS.find((formula) => formula.id === id)!;
  const needs = new Set(definition.params.map((param) => param.kind));
  // The function names the host registered (English Excel: TEAMSCAN.COVERAGE), as injection writes them.
  const formulaLanguage = bridge.formulaLanguage ?? 'nl';
  const rendered = useMemo(() => {
    try {
      return { text: helperFormula(bridge.host, team, id, { area, person, ...settings }, formulaLanguage) };
    } catch (error) {
      return { error };
    }
  }, [bridge.host, team, id, area, person, settings, formulaLanguage]);
  const insert = async () => {
    if (!rendered.text) return;
    setOutcome({});
    try {
      await bridge.insertFormula(rendered.text);
      const selection = await bridge.getSelection();
      setOutcome({
        done: t('formulaInserted', { cell: `${selection.sheet}!${columnLetters(selection.column)}${selection.row}` }),
      });
    } catch (error) {
      setOutcome({ error });
    }
  };
  return (
    <section aria-labelledby="formula-title" className={styles.stack}>
      <h2 id="formula-title" className={styles.sectionTitle}>
        {t('formulaHelper')}
      </h2>
      <p className={styles.muted}>{t('formulaHelperHint')}</p>
      <Field label={t('formulaFunction')} hint={definition.description[lang]}>
        <Select className={styles.select} value={id} onChange={(_, data) => setId(data.value)}>
          {HELPER_FORMULAS.map((formula) => (
            <option key={formula} value={formula}>
              {FORMULAS.find((f) => f.id === formula)!.name[formulaLanguage]}
            </option>
          ))}
        </Select>
      </Field>
      {needs.has('area') ? (
        <Field label={t('formulaArea')}>
          <Select className={styles.select} value={area} onChange={(_, data) => setArea(data.value)}>
            {team.reading.profile.areas.map((option) => (
              <option key={option.id} value={option.id}>
                {option.role}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {needs.has('text') ? (
        <Field label={t('formulaPerson')}>
          <Select className={styles.select} value={person} onChange={(_, data) => setPerson(data.value)}>
            {team.reading.people.map((option) => (
              <option key={option.gridRow} value={option.name}>
                {option.name}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {rendered.text ? (
        <Field label={t('formulaText')}>
          <code
            data-testid="formula-text"
            style={{
              display: 'block',
              padding: tokens.spacingHorizontalS,
              backgroundColor: tokens.colorNeutralBackground3,
              borderRadius: tokens.borderRadiusMedium,
              wordBreak: 'break-all',
              fontSize: tokens.fontSizeBase200,
            }}
          >
            {rendered.text}
          </code>
        </Field>
      ) : null}
      {rendered.error ? <Problem error={rendered.error} /> : null}
      {outcome.done ? (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>{outcome.done}</MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome.error ? <Problem error={outcome.error} /> : null}
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void insert()} disabled={!rendered.text}>
          {t('formulaInsert')}
        </Button>
      </div>
    </section>
  );
}
