import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { AtlasShell } from '@/components/atlas/AtlasShell';
import { ConnectionBanner } from '@/components/atlas/connection';
import { LanguageSwitch } from '@/components/atlas/LanguageSwitch';
import { PrintNote } from '@/components/atlas/PrintNote';
import { ShortcutsHelp } from '@/components/atlas/ShortcutsHelp';
import { ViewNotice } from '@/components/atlas/ViewNotice';
import { ChartsPanel } from '@/components/charts/ChartsPanel';
import { MapLegend } from '@/components/map/MapLegend';
import { ViewMap } from '@/components/map/ViewMap';
import { AtlasList } from '@/components/panels/AtlasList';
import { DetailPanel } from '@/components/panels/DetailPanel';
import { SearchBox } from '@/components/search/SearchBox';
import { EmbedDialog } from '@/components/share/EmbedDialog';
import { ShareButton } from '@/components/share/ShareButton';
import { getDataset } from '@/lib/data/load';
import { pageOrigin } from '@/lib/entity/page-request';
import { describeView } from '@/lib/view/describe';
import { requestView } from '@/lib/view/request';
import { viewHref } from '@/lib/view/serialize';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function viewFor(searchParams: Props['searchParams']) {
  const read = requestView(await searchParams, getDataset());
  // An old link is brought up to date before anything renders, so the address bar shows the current form.
  if (read.kind === 'redirect') redirect(`/?${read.query}`);
  return read;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { view } = await viewFor(searchParams);
  const { title, description } = describeView(view, getDataset(), await getLocale());
  const image = viewHref('/og', view);
  return {
    // Share previews need absolute image URLs: the origin the reader asked at.
    metadataBase: new URL(pageOrigin(await headers())),
    title,
    description,
    openGraph: { title, description, images: [{ url: image, width: 1200, height: 630 }], type: 'website' },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}

export default async function HomePage({ searchParams }: Props) {
  const { view, ignored } = await viewFor(searchParams);
  const t = await getTranslations('site');

  return (
    <AtlasShell view={view}>
      <div className="atlas">
        <header className="atlas-header">
          <div>
            <h1>{t('title')}</h1>
            <p className="lede">{t('lede')}</p>
          </div>
          <PrintNote />
          <div className="header-actions">
            <LanguageSwitch />
            <ShareButton />
            <EmbedDialog />
            <ShortcutsHelp />
          </div>
        </header>
        <ConnectionBanner />
        <ViewNotice ignored={ignored} />
        <main className="atlas-main">
          <div className="atlas-content">
            <section className="atlas-map" aria-label={t('mapSection')}>
              <ViewMap view={view} dataset={getDataset()} />
            </section>
            <ChartsPanel />
          </div>
          <aside className="atlas-side">
            <DetailPanel />
            <MapLegend />
            <SearchBox />
            <AtlasList />
          </aside>
        </main>
      </div>
    </AtlasShell>
  );
}
