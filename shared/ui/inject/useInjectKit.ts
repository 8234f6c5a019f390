// The Inject part's plan builder, loaded once the part is shown (in the task pane from inject.js), with a retry after a failed load.

import { useCallback, useEffect, useState } from 'react';
import { type InjectKit, loadInjectKit } from './load-inject-kit';

export interface InjectKitState {
  readonly kit?: InjectKit;
  readonly error?: unknown;
  /** Loads again after a failed load. */
  readonly retry: () => void;
}

export function useInjectKit(visible: boolean): InjectKitState {
  const [state, setState] = useState<{ kit?: InjectKit; error?: unknown }>({});
  const [attempt, setAttempt] = useState(0);
  const wanted = visible || attempt > 0;
  useEffect(() => {
    if (!wanted || state.kit || state.error) return;
    let live = true;
    loadInjectKit()
      .then((kit) => live && setState({ kit }))
      .catch((error: unknown) => live && setState({ error }));
    return () => {
      live = false;
    };
  }, [wanted, state]);
  const retry = useCallback(() => {
    setState({});
    setAttempt((count) => count + 1);
  }, []);
  return { ...state, retry };
}
