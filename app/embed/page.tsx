import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import { AtlasProviders } from '@/components/atlas/AtlasProviders';
import { AtlasDataProvider } from '@/components/atlas/use-atlas-data';
import { LinkGroupsProvider } from '@/components/atlas/use-link-groups';
import { MapPanel } from '@/components/map/MapPanel';
import { DetailPanel } from '@/components/panels/DetailPanel';
import { prefetchView } from '@/lib/api/prefetch';
import { getDataset } from '@/lib/data/load';
import { describeView } from '@/lib/view/describe';
import { readView } from '@/lib/view/read';
import { serializeView } from '@/lib/view/state';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function viewFor(searchParams: Props['searchParams']) {
  const read = readView(await searchParams, getDataset());
  if (read.kind === 'redirect') redirect(`/embed?${read.query}`);
  return read;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { state } = await viewFor(searchParams);
  return { ...describeView(state, getDataset(), await getLocale()), robots: { index: false } };
}

/** The same view without the page around it, for other sites' iframes. */
export default async function EmbedPage({ searchParams }: Props) {
  const { state } = await viewFor(searchParams);
  const dataset = getDataset();
  // A client per request: the first paint already holds what the API would answer.
  const queryClient = new QueryClient();
  prefetchView(queryClient, dataset, state);
  const query = serializeView(state).toString();
  const t = await getTranslations('site');

  return (
    <NextIntlClientProvider>
      <AtlasProviders>
        <HydrationBoundary state={dehydrate(queryClient)}>
          <AtlasDataProvider>
            <LinkGroupsProvider>
              <main className="embed">
                <section className="embed-map" aria-label={t('mapSection')}>
                  <MapPanel />
                </section>
                <div className="embed-details">
                  <DetailPanel />
                </div>
                <p className="embed-credit">
                  <a href={`/${query ? `?${query}` : ''}`} target="_blank" rel="noopener">
                    {t('embedCredit')}
                  </a>
                </p>
              </main>
            </LinkGroupsProvider>
          </AtlasDataProvider>
        </HydrationBoundary>
      </AtlasProviders>
    </NextIntlClientProvider>
  );
}
