'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/next/app';
import { type ReactNode, useState } from 'react';
import { canonicalOrder } from '@/lib/view/serialize';
import { ConnectionProvider } from './connection';
import { HoverProvider } from './selection';

export function AtlasProviders({ children }: { children: ReactNode }) {
  // One client per browser tab, created on first render so that server renders never share it.
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: 1 } } }));
  return (
    <NuqsAdapter processUrlSearchParams={canonicalOrder}>
      <QueryClientProvider client={queryClient}>
        <ConnectionProvider>
          <HoverProvider>{children}</HoverProvider>
        </ConnectionProvider>
      </QueryClientProvider>
    </NuqsAdapter>
  );
}
