import { z } from 'zod';
import { Id, Latitude, Longitude, PlaceKind, Status } from '@/lib/data/schema';

/** Flat properties, because MapLibre expressions cannot reach into nested objects. */
export const PlaceProperties = z.object({
  id: Id,
  name_en: z.string(),
  name_zh: z.string(),
  kind: PlaceKind,
  featured: z.boolean(),
  parent: Id.nullable(),
  description_en: z.string(),
  description_zh: z.string(),
  coordinate_note_en: z.string(),
  coordinate_note_zh: z.string(),
  coordinate_status: Status,
  coordinate_source: Id,
});
export type PlaceProperties = z.infer<typeof PlaceProperties>;

export const PlaceFeatureCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: Id,
      geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([Longitude, Latitude]) }),
      properties: PlaceProperties,
    }),
  ),
});
export type PlaceFeatureCollection = z.infer<typeof PlaceFeatureCollection>;
