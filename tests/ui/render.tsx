// Renders the whole panel against a bridge for component tests, with user-event set up.

import { configure, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { HostBridge } from '../../shared/host/bridge';
import type { Language } from '../../shared/i18n/language';
import { App } from '../../shared/ui/App';

// The panel reads through async bridges; on a busy machine a first read may take longer than the default 1 s.
configure({ asyncUtilTimeout: 5000 });

export function renderPanel(bridge: HostBridge, lang?: Language) {
  const user = userEvent.setup({ delay: null });
  const view = render(<App bridge={bridge} {...(lang ? { lang } : {})} />);
  return { user, ...view };
}
