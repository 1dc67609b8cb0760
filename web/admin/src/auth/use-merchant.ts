import { useEffect, useState } from 'preact/hooks';
import { adminRequest, ApiError } from '../api/client.ts';
import { currentSession, onSessionChange, type Session } from './session.ts';

export type MerchantState =
  | { kind: 'checking' }
  | { kind: 'signed-out'; expired: boolean }
  | { kind: 'not-merchant'; email: string }
  | { kind: 'merchant'; email: string }
  | { kind: 'unreachable'; error: unknown };

/**
 * Whether the visitor may see the admin: a session alone is not enough, the API must confirm the
 * merchants group (`GET /api/admin/session`) before any page asks for data.
 */
export const useMerchant = (): { state: MerchantState; recheck: () => void } => {
  const [session, setSession] = useState<Session | undefined>(currentSession);
  const [state, setState] = useState<MerchantState>(session ? { kind: 'checking' } : { kind: 'signed-out', expired: false });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => onSessionChange((next) => setSession(next)), []);

  useEffect(() => {
    if (!session) {
      setState((previous) => ({ kind: 'signed-out', expired: previous.kind === 'merchant' }));
      return;
    }
    let live = true;
    setState({ kind: 'checking' });
    adminRequest<{ email: string | null }>('GET', '/admin/session')
      .then((answer) => live && setState({ kind: 'merchant', email: answer.email ?? session.email }))
      .catch((error: unknown) => {
        if (!live) return;
        if (error instanceof ApiError && error.status === 403) setState({ kind: 'not-merchant', email: session.email });
        else if (error instanceof ApiError && error.status === 401) setState({ kind: 'signed-out', expired: true });
        else setState({ kind: 'unreachable', error });
      });
    return () => {
      live = false;
    };
  }, [session, attempt]);

  return { state, recheck: () => setAttempt((value) => value + 1) };
};
