import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { linksToIndex } from '@/lib/api/server/links-output';
import { placesToGeoJson } from '@/lib/api/server/places-output';
import { getDataset } from '@/lib/data/load';
import { DEFAULT_VIEW } from '@/lib/view/parsers';
import { PICTURE_ATTRIBUTION } from './attribution';
import { getBasemapData } from './load-basemap';
import { staticMapPicture } from './picture';
import { staticMapSvg } from './svg';

/** About the shipped data and basemap: the page's first paint must stay small and quick to draw. */
const BUDGET = { bytes: 200_000, gzipBytes: 70_000, ms: 400 };

describe('the static map of the default view, from the shipped files', () => {
  it.each([
    { language: 'en', projection: 'mercator' },
    { language: 'zh', projection: 'mercator' },
    { language: 'en', projection: 'globe' },
  ] as const)('stays within its budget ($language, $projection)', ({ language, projection }) => {
    const dataset = getDataset();
    const request = {
      view: { ...DEFAULT_VIEW, projection },
      language,
      places: placesToGeoJson(dataset.places),
      links: linksToIndex(dataset, dataset.links),
    };
    const basemap = getBasemapData();
    staticMapPicture(request, basemap);
    const started = performance.now();
    const svg = staticMapSvg(staticMapPicture(request, basemap), PICTURE_ATTRIBUTION, 'Innovation Atlas');
    const ms = performance.now() - started;
    const gzip = gzipSync(svg).length;
    console.info(
      `default view (${language}, ${projection}): ${svg.length} bytes, ${gzip} gzipped, ${ms.toFixed(1)} ms`,
    );
    expect(svg.length).toBeLessThan(BUDGET.bytes);
    expect(gzip).toBeLessThan(BUDGET.gzipBytes);
    expect(ms).toBeLessThan(BUDGET.ms);
    // Every featured place is on it (the default view frames them all, on the globe too), and a globe's disc.
    const featured = dataset.places.filter((p) => p.featured).length;
    expect(svg.match(/<circle/g)?.length).toBe(featured + (projection === 'globe' ? 1 : 0));
  });
});
