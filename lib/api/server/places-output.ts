import { type PlaceFeatureCollection, PlaceProperties } from '@/lib/api/contract/places';
import { recordsToCsv } from '@/lib/data/csv';
import type { Place } from '@/lib/data/schema';

function placeProperties(place: Place): PlaceProperties {
  return {
    id: place.id,
    name_en: place.name.en,
    name_zh: place.name.zh,
    kind: place.kind,
    featured: place.featured,
    parent: place.parent,
    description_en: place.description.en,
    description_zh: place.description.zh,
    coordinate_note_en: place.coordinates.note.en,
    coordinate_note_zh: place.coordinates.note.zh,
    coordinate_status: place.coordinates.status,
    coordinate_source: place.coordinates.source,
  };
}

export function placesToGeoJson(places: readonly Place[]): PlaceFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: places.map((place) => ({
      type: 'Feature',
      id: place.id,
      geometry: { type: 'Point', coordinates: [place.coordinates.lon, place.coordinates.lat] },
      properties: placeProperties(place),
    })),
  };
}

const PLACE_CSV_COLUMNS = PlaceProperties.keyof().options.filter((key) => key !== 'id');

export function placesToCsv(places: readonly Place[]): string {
  const header = ['id', 'lon', 'lat', ...PLACE_CSV_COLUMNS] as const;
  return recordsToCsv(
    header,
    places.map((place) => ({
      ...placeProperties(place),
      lon: place.coordinates.lon,
      lat: place.coordinates.lat,
    })),
  );
}
