import { describe, expect, it } from 'vitest';
import { PLACE_COLOURS } from '@/lib/palette';
import { FIXTURE_LINK_ARCS as links, FIXTURE_PLACES as places } from '@/lib/test-fixtures/features';
import { allPlacesBounds, linkBounds, placeBounds, withPlaceColours, yangtzeDeltaBounds } from './views';

describe('map views', () => {
  it('frames all places and arcs across the Pacific, not around the world the long way', () => {
    const [[west], [east, north]] = allPlacesBounds(places, links);
    expect(north).toBeGreaterThan(60);
    // 168° of places plus padding; the Atlantic way would be 192° before padding.
    expect(east - west).toBeLessThan(215);
    expect(west).toBeGreaterThan(100);
    expect(east).toBeGreaterThan(280);
  });

  it('frames the Yangtze River Delta without Boston', () => {
    const [[west, south], [east, north]] = yangtzeDeltaBounds(places);
    expect(west).toBeGreaterThan(119);
    expect(east).toBeLessThan(123);
    expect(south).toBeGreaterThan(29);
    expect(north).toBeLessThan(32.5);
  });

  it('frames the Shanghai–Boston link over the Pacific and the Arctic', () => {
    const boston = links.features.find((f) => f.id === 'park-link');
    if (!boston) throw new Error('missing link');
    const [[west], [east, north]] = linkBounds(boston);
    expect(west).toBeGreaterThan(100);
    expect(east).toBeGreaterThan(280);
    expect(north).toBeGreaterThan(60);
  });

  it('frames a place with the places inside it at any depth', () => {
    const [[west, south], [east, north]] = placeBounds(places, 'shanghai');
    const inside = (lon: number, lat: number) => lon > west && lon < east && lat > south && lat < north;
    expect(inside(121.6, 31.21)).toBe(true);
    expect(inside(121.93, 30.9)).toBe(true);
    expect(inside(120.59, 31.3)).toBe(false);
  });

  it('colours a site like the featured place it belongs to', () => {
    const coloured = withPlaceColours(places);
    expect(coloured.features.find((f) => f.id === 'zhangjiang-lab')?.properties.colour).toBe(
      PLACE_COLOURS.shanghai,
    );
    expect(coloured.features.find((f) => f.id === 'boston')?.properties.colour).toBe(PLACE_COLOURS.boston);
  });
});
