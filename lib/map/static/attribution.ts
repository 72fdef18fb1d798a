import { BASEMAP_ATTRIBUTION_TEXT, BASEMAP_COLOURS } from '@/lib/map/basemap-style';

export type PictureAttribution = { text: string; colour: string };

/** The basemap's credits as the static picture prints them. */
export const PICTURE_ATTRIBUTION: PictureAttribution = {
  text: BASEMAP_ATTRIBUTION_TEXT,
  colour: BASEMAP_COLOURS.countryLabel,
};
