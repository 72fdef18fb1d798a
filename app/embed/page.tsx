import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { AtlasShell } from '@/components/atlas/AtlasShell';
import { ViewNotice } from '@/components/atlas/ViewNotice';
import { ViewMap } from '@/components/map/ViewMap';
import { DetailPanel } from '@/components/panels/DetailPanel';
import { getDataset } from '@/lib/data/load';
import { viewComparisonText } from '@/lib/view/comparison';
import { describeView } from '@/lib/view/describe';
import { requestView } from '@/lib/view/request';
import { viewHref } from '@/lib/view/serialize';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function viewFor(searchParams: Props['searchParams']) {
  const read = requestView(await searchParams, getDataset());
  if (read.kind === 'redirect') redirect(`/embed?${read.query}`);
  return read;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { view } = await viewFor(searchParams);
  return { ...describeView(view, getDataset(), await getLocale()), robots: { index: false } };
}

/** The same view without the page around it, for other sites' iframes. */
export default async function EmbedPage({ searchParams }: Props) {
  const { view, ignored } = await viewFor(searchParams);
  const t = await getTranslations('site');
  const locale = await getLocale();

  return (
    <AtlasShell view={view}>
      <main className="embed">
        <h1 className="embed-title">{t('title')}</h1>
        <section className="embed-map" aria-label={t('mapSection')}>
          <ViewMap view={view} dataset={getDataset()} />
        </section>
        <div className="embed-details">
          <ViewNotice ignored={ignored} />
          <DetailPanel />
          <p className="embed-sentence" data-comparison-sentence={view.compare}>
            {viewComparisonText(view, getDataset(), locale)}
          </p>
        </div>
        <p className="embed-credit">
          <a href={viewHref('/', view)} target="_blank" rel="noopener">
            {t('embedCredit')}
          </a>
        </p>
      </main>
    </AtlasShell>
  );
}
