// An error shown as a message bar, in the panel's language, with an optional action.

import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { errorText, useTexts } from './i18n';

export interface ProblemProps {
  readonly error: unknown;
  readonly title?: string;
  readonly action?: ReactNode;
}

export function Problem({ error, title, action }: ProblemProps) {
  const { lang, t } = useTexts();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title ?? t('errorTitle')}</MessageBarTitle>
        <span style={{ whiteSpace: 'pre-line' }}>{errorText(error, lang)}</span>
      </MessageBarBody>
      {action ? <MessageBarActions>{action}</MessageBarActions> : null}
    </MessageBar>
  );
}
