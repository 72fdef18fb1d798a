import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { prefetchView } from '@/lib/api/server/prefetch';
import { getDataset } from '@/lib/data/load';
import type { ViewState } from '@/lib/view/parsers';
import { AtlasProviders } from './AtlasProviders';
import { AtlasDataProvider } from './use-atlas-data';
import { LinkGroupsProvider } from './use-link-groups';
import { ViewProvider } from './view';

/**
 * What every page of the atlas renders inside: messages, URL state, hover, the query
 * cache already holding what the view will ask for, and the shared data it is read into.
 */
export function AtlasShell({ view, children }: { view: ViewState; children: ReactNode }) {
  // A client per request: the first paint already holds what the API would answer.
  const queryClient = new QueryClient();
  prefetchView(queryClient, getDataset(), view);
  return (
    <NextIntlClientProvider>
      <AtlasProviders>
        <HydrationBoundary state={dehydrate(queryClient)}>
          <AtlasDataProvider>
            <ViewProvider>
              <LinkGroupsProvider>{children}</LinkGroupsProvider>
            </ViewProvider>
          </AtlasDataProvider>
        </HydrationBoundary>
      </AtlasProviders>
    </NextIntlClientProvider>
  );
}
