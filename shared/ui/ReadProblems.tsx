// The cells the panel left out while reading the Teammatrix (unreadable levels, repeated names), each with a
// link that selects that very cell in the sheet, so one odd cell never blocks Scan or Dekking (docs/design.md#9-reliability-and-privacy).

import { Link } from '@fluentui/react-components';
import type { HostBridge } from '../host/bridge';
import { TeamscanError } from '../i18n/message';
import { columnLetters } from '../matrix/address';
import type { Team } from '../scan/team';
import { errorText, useTexts } from './i18n';
import { Notice } from './Notice';
import { usePanelStyles } from './styles';

export function ReadProblems({ bridge, team }: { readonly bridge: HostBridge; readonly team: Team }) {
  const styles = usePanelStyles();
  const { lang, t } = useTexts();
  const problems = team.reading.problems ?? [];
  if (problems.length === 0) return null;
  const sheet = team.layout.sheet;
  return (
    <Notice
      intent="warning"
      title={problems.length === 1 ? t('readProblemsTitleOne') : t('readProblemsTitle', { count: problems.length })}
      data-testid="read-problems"
    >
      <ul className={styles.list}>
        {problems.map((problem) => {
          const cell = `${sheet}!${columnLetters(problem.column)}${problem.row}`;
          return (
            <li key={cell}>
              {errorText(new TeamscanError(problem.message), lang)}{' '}
              <Link as="button" inline onClick={() => void bridge.selectRow(sheet, problem.row, problem.column)}>
                {t('readProblemGo', { cell })}
              </Link>
            </li>
          );
        })}
      </ul>
    </Notice>
  );
}
