import type { Currency } from '@/lib/domain';
import type { Dataset } from './load';
import { Metric } from './schema';
import { findStats, type StatPoint } from './stats';

export type ProfileFigure = StatPoint & {
  metric: Metric;
  geography: string;
  geographyName: { en: string; zh: string };
};

export type PlaceProfile = {
  /** The latest figure of each metric and geography; a gap where nothing citable exists. */
  latest: ProfileFigure[];
  /** Every figure the place's source document prints (Shaoxing's 2017 figures, say). */
  fromSourceDocument: ProfileFigure[];
};

export function placeProfile(dataset: Dataset, placeId: string, currency: Currency): PlaceProfile {
  const latest: ProfileFigure[] = [];
  const fromSourceDocument: ProfileFigure[] = [];
  for (const metric of Metric.options) {
    for (const series of findStats(dataset, { metric, places: [placeId], currency }).series) {
      const figures = series.points.map((point) => ({
        ...point,
        metric,
        geography: series.geography,
        geographyName: series.geographyName,
      }));
      const withValue = figures.filter((f) => f.value !== null);
      const pick = (withValue.length > 0 ? withValue : figures).reduce<ProfileFigure | undefined>(
        (best, f) => (!best || (f.year ?? 0) > (best.year ?? 0) ? f : best),
        undefined,
      );
      if (pick) latest.push(pick);
      fromSourceDocument.push(...figures.filter((f) => f.status === 'seed'));
    }
  }
  return { latest, fromSourceDocument };
}
