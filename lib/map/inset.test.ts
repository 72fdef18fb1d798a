import { describe, expect, it } from 'vitest';
import { FIXTURE_PLACES as places } from '@/lib/test-fixtures/features';
import { INSET_SIZE, insetFrame, insetWanted } from './inset';
import { pixelOf, screenProjection } from './static/camera';
import { yangtzeDeltaBounds } from './views';

describe('insetWanted', () => {
  it.each([
    ['a world view', 1.5, 6.4, true],
    ['the delta drawn at a third of the inset’s scale', 4.8, 6.4, true],
    ['at half of it, exactly', 5.4, 6.4, false],
    ['the delta in detail on the map', 7, 6.4, false],
  ] as const)('%s', (_, mapZoom, insetZoom, wanted) => {
    expect(insetWanted(mapZoom, insetZoom)).toBe(wanted);
  });
});

describe('insetFrame', () => {
  const frame = insetFrame(places);

  it('is drawn at the inset’s size, to be scaled to its box', () => {
    expect(frame.size).toEqual(INSET_SIZE);
    expect(frame.framed).toBe(true);
  });

  it('draws every place of the delta inside the inset, none under its caption', () => {
    const project = screenProjection(frame.camera, frame.size);
    const [[west, south], [east, north]] = yangtzeDeltaBounds(places);
    for (const corner of [
      [west, south],
      [east, north],
    ] as const) {
      const [x, y] = pixelOf(project, corner);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(INSET_SIZE.width);
      expect(y).toBeGreaterThanOrEqual(20);
      expect(y).toBeLessThanOrEqual(INSET_SIZE.height);
    }
  });

  it('is wanted beside a world view and not beside a view of the delta', () => {
    expect(insetWanted(1.5, frame.camera.zoom)).toBe(true);
    expect(insetWanted(frame.camera.zoom, frame.camera.zoom)).toBe(false);
  });
});
