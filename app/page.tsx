import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { AtlasProviders } from '@/components/atlas/AtlasProviders';
import { MapLegend } from '@/components/map/MapLegend';
import { MapPanel } from '@/components/map/MapPanel';
import { AtlasList } from '@/components/panels/AtlasList';
import { DetailPanel } from '@/components/panels/DetailPanel';
import { linksToGeoJson } from '@/lib/api/links-output';
import { placesToGeoJson } from '@/lib/api/places-output';
import { linksQuery, placesQuery, sourcesQuery } from '@/lib/api/query-options';
import { getDataset } from '@/lib/data/load';

export default function HomePage() {
  const dataset = getDataset();
  // A client per request: the first paint already holds what the API would answer.
  const queryClient = new QueryClient();
  queryClient.setQueryData(placesQuery().queryKey, placesToGeoJson(dataset.places));
  queryClient.setQueryData(linksQuery().queryKey, linksToGeoJson(dataset, dataset.links));
  queryClient.setQueryData(sourcesQuery().queryKey, dataset.sources);

  return (
    <AtlasProviders>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <div className="atlas">
          <header className="atlas-header">
            <h1>Innovation Atlas</h1>
            <p className="lede">
              Science-and-technology cooperation between Shanghai (with Zhangjiang Hi-Tech Park and the
              Lin-gang Special Area), Suzhou, Shaoxing and Boston — every place and link with its source.
            </p>
          </header>
          <main className="atlas-main">
            <section className="atlas-map" aria-label="Map of places and cooperation links">
              <MapPanel />
            </section>
            <aside className="atlas-side">
              <DetailPanel />
              <MapLegend />
              <AtlasList />
            </aside>
          </main>
        </div>
      </HydrationBoundary>
    </AtlasProviders>
  );
}
