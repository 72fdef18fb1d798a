import type { LinkKind } from '@/lib/domain';

/**
 * One colour per featured place, used on the map and in every chart. Okabe–Ito
 * hues, told apart by colour-blind readers; each is at least 3:1 against white
 * for markers and lines.
 */
export const PLACE_COLOURS: Record<string, string> = {
  shanghai: '#0072B2',
  lingang: '#3a8fc4',
  suzhou: '#008060',
  shaoxing: '#b36b00',
  boston: '#b8477f',
};

export const FALLBACK_PLACE_COLOUR = '#4a5565';

/** A site takes the colour of the featured place it belongs to. */
export function placeColour(id: string, parentOf: (id: string) => string | null): string {
  for (let current: string | null = id; current !== null; current = parentOf(current)) {
    const colour = PLACE_COLOURS[current];
    if (colour) return colour;
  }
  return FALLBACK_PLACE_COLOUR;
}

/**
 * Link kinds are dark tones kept apart from the place hues, and each has its own
 * dash pattern so that the kind never rests on colour alone.
 */
export const LINK_KIND_STYLE: Record<LinkKind, { colour: string; dash: number[] }> = {
  enterprise_park: { colour: '#5e3c99', dash: [1] },
  technology_transfer: { colour: '#b2182b', dash: [3, 1.5] },
  cooperation_agreement: { colour: '#01665e', dash: [1] },
  organization_cluster: { colour: '#7f4f0a', dash: [0.8, 1.2] },
};
