// Dekking: the team's coverage from the core's analysis (equal to the formulas), heat map, findings, insights, formulas.

import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { analyze } from '../../analysis/analyze';
import type { Analysis, AreaResult } from '../../analysis/types';
import type { HostBridge } from '../../host/bridge';
import { DEFAULT_TARGET, DEFAULT_THRESHOLD } from '../../levels/levels';
import type { Grid } from '../../matrix/grid';
import type { Team } from '../../scan/team';
import { SHEET_DASHBOARD, SHEET_MATRIX } from '../../workbook/plan';
import { useTexts } from '../i18n';
import { Problem } from '../Problem';
import { ReadProblems } from '../ReadProblems';
import { TeamReports } from '../report/ReportButtons';
import { SelfscanTracking } from '../selfscan/SelfscanTracking';
import { usePanelStyles } from '../styles';
import { TeamGate } from '../TeamGate';
import type { TeamState } from '../useTeam';
import { Findings } from './Findings';
import { FormulaHelper } from './FormulaHelper';
import { HeatMap } from './HeatMap';
import { KeyPeople, LearningPairs } from './Insights';
import { normText } from './insight-texts';
import { Legend } from './Legend';
import { type EarlierRound, Rounds } from './Rounds';
import { dashboardNorms, dashboardOptions, normsRange } from './settings';
import { STATUS_COLOUR, shownStatus } from './status';

export interface CoveragePanelProps {
  readonly bridge: HostBridge;
  readonly team: TeamState;
  readonly reload: () => Promise<Team | undefined>;
  readonly visible: boolean;
  readonly onInject: () => void;
}

const useStyles = makeStyles({
  areas: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  area: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
  },
  areaName: { fontWeight: tokens.fontWeightSemibold },
});

interface Settings {
  readonly threshold: unknown;
  readonly target: unknown;
  /** The Dekking sheet's norms table, when it has one. */
  readonly norms?: Grid;
  /** Whether the workbook has the Dekking sheet the settings come from. */
  readonly dashboard: boolean;
}

/** Threshold and target as the Dekking sheet holds them (B2 and B3, a norms table), so the panel equals its tables. */
function useSettings(bridge: HostBridge, visible: boolean, version: unknown) {
  const [settings, setSettings] = useState<Settings>({
    threshold: DEFAULT_THRESHOLD,
    target: DEFAULT_TARGET,
    dashboard: false,
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` changes when the team is read again, and the sheet must be read again with it.
  useEffect(() => {
    if (!visible) return;
    let live = true;
    bridge
      .readSheet(SHEET_DASHBOARD)
      .then((sheet) => {
        if (!live || !sheet.exists) return;
        setSettings({ ...dashboardNorms(sheet.sheet, sheet.grid), dashboard: true });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [bridge, visible, version]);
  return settings;
}

/** The area's own threshold and target on its card, marked when its norm differs from the defaults (§4a). */
function AreaNorm({ area, analysis }: { area: AreaResult; analysis: Analysis }) {
  const panel = usePanelStyles();
  const { lang, t } = useTexts();
  const norm = normText(area, analysis, t, lang);
  return (
    <span className={panel.muted} data-testid={`area-norm-${area.id}`} data-own={norm.own}>
      {norm.text}
      {norm.own ? (
        <>
          {' · '}
          <strong>{t('areaNormOwn')}</strong>
        </>
      ) : null}
    </span>
  );
}

function Coverage({ team, bridge, settings }: { team: Team; bridge: HostBridge; settings: Settings }) {
  const panel = usePanelStyles();
  const styles = useStyles();
  const { t } = useTexts();
  const result = useMemo(() => {
    try {
      return { analysis: analyze(team.reading, dashboardOptions(settings)) };
    } catch (error) {
      return { error };
    }
  }, [team, settings]);
  if ('error' in result) return <Problem error={result.error} />;
  const { analysis } = result;
  return (
    <>
      <p className={panel.intro}>{t('coverageIntro')}</p>
      <ReadProblems bridge={bridge} team={team} />
      <p className={panel.muted} data-testid="coverage-settings">
        {t('coverageSettings', {
          threshold: analysis.threshold,
          target: analysis.target,
          scanned: analysis.scanned,
          people: analysis.people,
        })}
      </p>
      <ul className={styles.areas} aria-label={t('tabCoverage')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {analysis.areas.map((area) => (
          <li key={area.id} className={styles.area} data-testid={`area-${area.id}`}>
            <span className={styles.areaName}>{area.role}</span>
            <Badge
              appearance={shownStatus(area) === 'notScanned' ? 'outline' : 'filled'}
              color={STATUS_COLOUR[shownStatus(area)]}
              data-status={area.status}
              data-shown={shownStatus(area)}
            >
              {t(`status_${shownStatus(area)}`)}
            </Badge>
            <span className={panel.muted}>{t('coveredCount', { covered: area.covered, scanned: area.scanned })}</span>
            <AreaNorm area={area} analysis={analysis} />
          </li>
        ))}
      </ul>
      <HeatMap team={team} analysis={analysis} />
      <Findings analysis={analysis} team={team} />
      <KeyPeople analysis={analysis} profile={team.reading.profile} />
      <LearningPairs analysis={analysis} />
      <Legend />
      <FormulaHelper
        bridge={bridge}
        team={team}
        settings={{
          dashboard: settings.dashboard,
          threshold: analysis.threshold,
          target: analysis.target,
          ...(settings.norms ? { normsRange: normsRange(settings.norms) } : {}),
        }}
      />
    </>
  );
}

const two = (value: number) => String(value).padStart(2, '0');

/** "bijgewerkt 10:30" — when the panel last read the workbook — with Vernieuwen beside it, at the top. */
function Freshness({ team, reload }: { team: Team; reload: () => Promise<Team | undefined> }) {
  const panel = usePanelStyles();
  const { t } = useTexts();
  const [read, setRead] = useState(() => new Date());
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new team object is a new read of the workbook.
  useEffect(() => setRead(new Date()), [team]);
  return (
    <div className={panel.row} style={{ alignItems: 'center' }}>
      <span className={panel.muted} data-testid="coverage-updated" role="status">
        {t('updatedAt', { time: `${two(read.getHours())}:${two(read.getMinutes())}` })}
      </span>
      <Button size="small" onClick={() => void reload()}>
        {t('refresh')}
      </Button>
    </div>
  );
}

/** While Dekking is shown, a change on the matrix sheet or Dekking reads the workbook again (docs/design.md#9-reliability-and-privacy fresh). */
function useLiveReads(bridge: HostBridge, sheet: string | undefined, visible: boolean, reload: () => unknown) {
  useEffect(() => {
    if (!visible || !sheet || !bridge.onSheetsChanged) return;
    return bridge.onSheetsChanged([sheet, SHEET_DASHBOARD], () => void reload());
  }, [bridge, sheet, visible, reload]);
}

export function CoveragePanel({ bridge, team, reload, visible, onInject }: CoveragePanelProps) {
  const settings = useSettings(bridge, visible, team);
  useLiveReads(bridge, team.status === 'ready' ? team.team.layout.sheet : SHEET_MATRIX, visible, reload);
  // The snapshot chosen under "Vergelijk met": the team report shows the progress since it too.
  const [earlier, setEarlier] = useState<EarlierRound | undefined>(undefined);
  // Opening Dekking reads the workbook again, so edits made in the sheet are counted.
  useEffect(() => {
    if (visible) void reload();
  }, [visible, reload]);
  return (
    <TeamGate team={team} reload={reload} onInject={onInject} bridge={bridge}>
      {(current) => (
        <>
          <Freshness team={current} reload={reload} />
          <Coverage team={current} bridge={bridge} settings={settings} />
          <Rounds bridge={bridge} team={current} reload={reload} settings={settings} onChosen={setEarlier} />
          <TeamReports bridge={bridge} team={current} since={earlier} />
          <SelfscanTracking bridge={bridge} team={current} reload={reload} />
        </>
      )}
    </TeamGate>
  );
}
