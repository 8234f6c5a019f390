// An error shown as a message bar, in the panel's language, with an optional action.

import type { ReactNode } from 'react';
import { errorText, useTexts } from './i18n';
import { Notice } from './Notice';

export interface ProblemProps {
  readonly error: unknown;
  readonly title?: string;
  readonly action?: ReactNode;
}

export function Problem({ error, title, action }: ProblemProps) {
  const { lang, t } = useTexts();
  return (
    <Notice intent="error" role="alert" title={title ?? t('errorTitle')} actions={action}>
      <span style={{ whiteSpace: 'pre-line' }}>{errorText(error, lang)}</span>
    </Notice>
  );
}
