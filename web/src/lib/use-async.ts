import { useEffect, useState } from 'preact/hooks';

export type AsyncState<T> = { status: 'loading'; data?: T } | { status: 'done'; data: T } | { status: 'error'; error: unknown; data?: T };

/** Runs `load` whenever `deps` change; a slower, older answer never overwrites a newer one. */
export const useAsync = <T>(load: () => Promise<T>, deps: unknown[]): [AsyncState<T>, () => void] => {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setState((previous) => ({ status: 'loading', ...(previous.data === undefined ? {} : { data: previous.data }) }));
    load().then(
      (data) => current && setState({ status: 'done', data }),
      (error: unknown) => current && setState({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);
  return [state, () => setAttempt((count) => count + 1)];
};
