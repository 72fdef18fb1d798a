'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';

const RETRY_MS = 2000;

const ConnectionContext = createContext<{ lost: boolean }>({ lost: false });

/**
 * Knows whether the atlas server answers. A failed request (or the browser going
 * offline) marks the connection lost; from then on the health route is asked every
 * two seconds, and when it answers, the failed queries run again: the page recovers
 * without a reload.
 */
export function ConnectionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [lost, setLost] = useState(false);

  useEffect(() => {
    const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
      if (
        event.type === 'updated' &&
        event.action.type === 'error' &&
        event.action.error instanceof TypeError
      ) {
        setLost(true);
      }
    });
    const offline = () => setLost(true);
    window.addEventListener('offline', offline);
    return () => {
      unsubscribe();
      window.removeEventListener('offline', offline);
    };
  }, [queryClient]);

  useEffect(() => {
    if (!lost) return;
    let stopped = false;
    const check = async () => {
      try {
        const response = await fetch('/api/health', { cache: 'no-store' });
        if (!stopped && response.ok) {
          setLost(false);
          await queryClient.refetchQueries({ predicate: (query) => query.state.status === 'error' });
        }
      } catch {
        // Still down: the next tick asks again.
      }
    };
    const timer = setInterval(check, RETRY_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [lost, queryClient]);

  const value = useMemo(() => ({ lost }), [lost]);
  return <ConnectionContext.Provider value={value}>{children}</ConnectionContext.Provider>;
}

export const useConnection = () => useContext(ConnectionContext);

/** The one line that says the server is gone, and that says so again when it is back. */
export function ConnectionBanner() {
  const t = useTranslations('connection');
  const { lost } = useConnection();
  const [wasLost, setWasLost] = useState(false);
  useEffect(() => {
    if (lost) setWasLost(true);
  }, [lost]);
  return (
    <p className={lost ? 'connection-banner' : 'visually-hidden'} role="status" aria-live="polite">
      {lost ? t('lost') : wasLost ? t('back') : ''}
    </p>
  );
}
