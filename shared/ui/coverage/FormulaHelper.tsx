// Formula helper: pick a Teamscan function, see it in the host's syntax, put it where it writes over nothing.

import { Button, Field, Select, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { FORMULA_DECLARATIONS as FORMULAS } from '../../formulas/declarations';
import { formulaDescription } from '../../formulas/help';
import type { HostBridge, Selection } from '../../host/bridge';
import type { Language } from '../../i18n/language';
import { columnLetters } from '../../matrix/address';
import { HELPER_FORMULAS, helperFormula } from '../../scan/formula-helper';
import { checkSpot, firstFreeSpot, resultSize, type Size, type SpotCheck, teamBasis } from '../../scan/formula-spot';
import { blockInWay, reservedBlocks } from '../../scan/reserved-spots';
import { sheetGrid, type Team } from '../../scan/team';
import { type PlanRange, SHEET_DASHBOARD } from '../../workbook/plan';
import { useTexts } from '../i18n';
import { Notice } from '../Notice';
import { Problem } from '../Problem';
import { usePanelStyles } from '../styles';

export interface FormulaHelperProps {
  readonly bridge: HostBridge;
  readonly team: Team;
  /** Where threshold and target come from: the Dekking sheet's cells, else these values. */
  readonly settings: {
    readonly dashboard: boolean;
    readonly threshold: number;
    readonly target: number;
    /** The Dekking sheet's norms table, which its formulas read: the helper's formula passes it too. */
    readonly normsRange?: PlanRange;
  };
}

const cellName = (at: Selection) => `${at.sheet}!${columnLetters(at.column)}${at.row}`;

const REASON_TEXT = {
  matrix: 'formulaSpotMatrix',
  occupied: 'formulaSpotOccupied',
  reserved: 'formulaSpotReserved',
} as const;

interface Proposal {
  readonly from: Selection;
  readonly reason: Exclude<SpotCheck, 'free'>;
  readonly spot?: Selection;
  readonly size: Size;
  /** For `reserved`: the Teamscan block whose extent the spot lies in. */
  readonly owner?: { readonly table: string; readonly anchor: string };
}

/**
 * A function as the list names it: in the panel's language, with the name the host registered (the one the
 * formula is written with) beside it when that differs, e.g. "COVERAGE (DEKKING)".
 */
function optionName(name: Readonly<Record<Language, string>>, lang: Language, registered: Language): string {
  return lang === registered || name[lang] === name[registered]
    ? name[registered]
    : `${name[lang]} (${name[registered]})`;
}

export function FormulaHelper({ bridge, team, settings }: FormulaHelperProps) {
  const styles = usePanelStyles();
  const { lang, t } = useTexts();
  const [id, setId] = useState(HELPER_FORMULAS[0]!);
  const [area, setArea] = useState(team.reading.profile.areas.find((a) => a.scope === 'network')?.id ?? '');
  const [person, setPerson] = useState(team.reading.people[0]?.name ?? '');
  const [outcome, setOutcome] = useState<{ done?: string; kept?: string; error?: unknown }>({});
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
  const [proposal, setProposal] = useState<Proposal | undefined>();
  /** Where the helper last wrote, and what: undo removes only that formula. */
  const [written, setWritten] = useState<{ at: Selection; formula: string } | undefined>();
  const size = () => resultSize(team, id);
  /** The sheet as it is now, with the extents its Teamscan blocks reserve (read with formulas). */
  const readSpots = async (sheet: string) => {
    const snapshot = await bridge.readSheet(sheet, { formulas: true });
    return { snapshot, reserved: reservedBlocks(snapshot, teamBasis(team)) };
  };
  const spotCheck = async (at: Selection, needed: Size) => {
    const { snapshot, reserved } = await readSpots(at.sheet);
    const check = checkSpot(team, at, sheetGrid(snapshot), needed, reserved);
    const block = check === 'reserved' ? blockInWay(reserved, at, needed) : undefined;
    const owner = block
      ? {
          table: FORMULAS.find((formula) => formula.id === block.id)!.name[formulaLanguage],
          anchor: cellName({ sheet: at.sheet, row: block.row + 1, column: block.column + 1 }),
        }
      : undefined;
    return { check, ...(owner ? { owner } : {}) };
  };
  const isFree = async (at: Selection, needed: Size) => (await spotCheck(at, needed)).check;
  const write = async (at: Selection) => {
    await bridge.insertFormula(rendered.text!);
    setWritten({ at, formula: rendered.text! });
    setOutcome({ done: t('formulaInserted', { cell: cellName(at) }) });
  };
  /** Writes only into an empty cell outside the Teammatrix with room for the result; else proposes a spot. */
  const insert = async () => {
    if (!rendered.text) return;
    setOutcome({});
    setProposal(undefined);
    setWritten(undefined);
    try {
      const from = await bridge.getSelection();
      const needed = size();
      const { check, owner } = await spotCheck(from, needed);
      if (check === 'free') return await write(from);
      const dashboard = await readSpots(SHEET_DASHBOARD);
      const active = check !== 'matrix' ? await readSpots(from.sheet) : undefined;
      const freeIn = (read: Awaited<ReturnType<typeof readSpots>>) =>
        firstFreeSpot(read.snapshot, read.reserved, needed);
      const spot = dashboard.snapshot.exists ? freeIn(dashboard) : active?.snapshot.exists ? freeIn(active) : undefined;
      setProposal({ from, reason: check, size: needed, ...(spot ? { spot } : {}), ...(owner ? { owner } : {}) });
    } catch (error) {
      setOutcome({ error });
    }
  };
  /** The user agreed to the proposed spot: select it, check it is still empty, write. */
  const accept = async () => {
    const spot = proposal?.spot;
    if (!spot || !proposal) return;
    setProposal(undefined);
    try {
      await bridge.selectRow(spot.sheet, spot.row);
      const at = await bridge.getSelection();
      if ((await isFree(at, proposal.size)) !== 'free') {
        setOutcome({ error: new Error(t('formulaSpotTaken', { cell: cellName(at) })) });
        return;
      }
      await write(at);
    } catch (error) {
      setOutcome({ error });
    }
  };
  /**
   * One click takes the formula out again, only if its cell still holds it: the host compares and clears in one
   * call, so a note typed there since stays, and the panel says so.
   */
  const undo = async () => {
    if (!written) return;
    const cell = cellName(written.at);
    try {
      const removed = (await bridge.removeFormula?.(written.at, written.formula)) ?? false;
      setWritten(undefined);
      if (removed) setOutcome({ done: t('formulaUndone', { cell }) });
      else setOutcome({ kept: t('formulaUndoKept', { cell }) });
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
      {definition.result === 'scalar' && (needs.has('text') || needs.has('area')) ? (
        <p className={styles.muted}>{t('formulaPerCellAdvice')}</p>
      ) : null}
      <Field label={t('formulaFunction')} hint={formulaDescription(definition, lang)}>
        <Select className={styles.select} value={id} onChange={(_, data) => setId(data.value)}>
          {HELPER_FORMULAS.map((formula) => (
            <option key={formula} value={formula}>
              {optionName(FORMULAS.find((f) => f.id === formula)!.name, lang, formulaLanguage)}
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
      {proposal ? (
        <Notice
          intent="warning"
          data-testid="formula-proposal"
          actions={
            <>
              {proposal.spot ? (
                <Button size="small" appearance="primary" onClick={() => void accept()}>
                  {t('formulaSpotYes')}
                </Button>
              ) : null}
              <Button size="small" onClick={() => setProposal(undefined)}>
                {t('formulaSpotNo')}
              </Button>
            </>
          }
        >
          {t(REASON_TEXT[proposal.reason], {
            cell: cellName(proposal.from),
            rows: proposal.size.rows,
            columns: proposal.size.columns,
            table: proposal.owner?.table ?? '',
            anchor: proposal.owner?.anchor ?? '',
          })}{' '}
          {proposal.spot ? t('formulaSpotPropose', { cell: cellName(proposal.spot) }) : t('formulaNoSpot')}
        </Notice>
      ) : null}
      {outcome.done ? (
        <Notice
          intent="success"
          role="status"
          actions={
            written ? (
              <Button size="small" onClick={() => void undo()}>
                {t('formulaUndo')}
              </Button>
            ) : null
          }
        >
          {outcome.done}
        </Notice>
      ) : null}
      {outcome.kept ? (
        <Notice intent="warning" role="status" data-testid="formula-undo-kept">
          {outcome.kept}
        </Notice>
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
