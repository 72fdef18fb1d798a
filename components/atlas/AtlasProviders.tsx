'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { MapSettingsProvider } from './map-settings';
import { SelectionProvider } from './selection';

export function AtlasProviders({ children }: { children: ReactNode }) {
  // One client per browser tab, created on first render so that server renders never share it.
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: 1 } } }));
  return (
    <QueryClientProvider client={queryClient}>
      <SelectionProvider>
        <MapSettingsProvider>{children}</MapSettingsProvider>
      </SelectionProvider>
    </QueryClientProvider>
  );
}
