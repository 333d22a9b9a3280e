/** Loading what a page shows, and showing a failure as the API's problem says it. */
import { type DependencyList, useCallback, useEffect, useState } from 'react';
import { ApiError } from './api.js';
import { useI18n } from './i18n.js';

export interface Loaded<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload(): void;
}

/** Runs `load` when `deps` change (aborting the previous one); null `load` loads nothing. */
export function useLoad<T>(load: ((signal: AbortSignal) => Promise<T>) | null, deps: DependencyList): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: unknown; loading: boolean }>({ data: null, error: null, loading: load !== null });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!load) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    const ctl = new AbortController();
    setState((s) => ({ data: s.data, error: null, loading: true }));
    load(ctl.signal).then(
      (data) => {
        if (!ctl.signal.aborted) setState({ data, error: null, loading: false });
      },
      (error: unknown) => {
        if (!ctl.signal.aborted) setState({ data: null, error, loading: false });
      },
    );
    return () => ctl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}

export function ErrorBox({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const p = error instanceof ApiError ? error.problem : null;
  return (
    <div className="error" role="alert">
      <p>
        <strong>{p?.title ?? t.error}</strong>
        {p?.detail ? ` — ${p.detail}` : error instanceof Error && !p ? ` — ${error.message}` : ''}
      </p>
      {p?.errors && p.errors.length > 0 && (
        <ul>
          {p.errors.map((e, i) => (
            <li key={i}>
              {e.field ? <code>{e.field}</code> : null} {e.detail}
            </li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t.retry}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t.loading}
    </p>
  );
}
