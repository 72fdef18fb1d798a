import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { AtlasShell } from '@/components/atlas/AtlasShell';
import { MapPanel } from '@/components/map/MapPanel';
import { DetailPanel } from '@/components/panels/DetailPanel';
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
  const query = serializeView(state).toString();
  const t = await getTranslations('site');

  return (
    <AtlasShell view={state}>
      <main className="embed">
        <h1 className="embed-title">{t('title')}</h1>
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
    </AtlasShell>
  );
}
