import { PNG } from 'pngjs';

/** A decoded screenshot: RGBA, four bytes a pixel, row after row. */
export type Image = { width: number; height: number; data: Buffer };
export type Rgb = readonly [number, number, number];
export type Pixel = { x: number; y: number };

export const decodePng = (png: Buffer): Image => PNG.sync.read(png);

export function rgbOf(hex: string): Rgb {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** `colour` drawn at `opacity` over `under`: what a half-transparent layer looks like on screen. */
export const over = (colour: Rgb, opacity: number, under: Rgb): Rgb =>
  colour.map((c, i) => Math.round(c * opacity + (under[i] ?? 0) * (1 - opacity))) as unknown as Rgb;

const distance = (data: Buffer, offset: number, colour: Rgb) =>
  Math.hypot(
    (data[offset] ?? 0) - colour[0],
    (data[offset + 1] ?? 0) - colour[1],
    (data[offset + 2] ?? 0) - colour[2],
  );

/** Share (0–1) of the pixels in the disc of `radius` around `centre` within `tolerance` (RGB distance) of `colour`. */
export function shareNear(
  image: Image,
  centre: Pixel,
  radius: number,
  colour: Rgb,
  tolerance: number,
): number {
  let inside = 0;
  let matching = 0;
  for (let y = Math.floor(centre.y - radius); y <= Math.ceil(centre.y + radius); y++) {
    for (let x = Math.floor(centre.x - radius); x <= Math.ceil(centre.x + radius); x++) {
      if (x < 0 || y < 0 || x >= image.width || y >= image.height) continue;
      if (Math.hypot(x - centre.x, y - centre.y) > radius) continue;
      inside++;
      if (distance(image.data, (y * image.width + x) * 4, colour) <= tolerance) matching++;
    }
  }
  return inside === 0 ? 0 : matching / inside;
}

/** Share (0–1) of all the image's pixels within `tolerance` of `colour`. */
export function shareOf(image: Image, colour: Rgb, tolerance: number): number {
  let matching = 0;
  for (let offset = 0; offset < image.data.length; offset += 4)
    if (distance(image.data, offset, colour) <= tolerance) matching++;
  return matching / (image.width * image.height);
}

/** Share (0–1) of pixels whose colours differ by more than `tolerance` between two images of one size. */
export function differingShare(a: Image, b: Image, tolerance: number): number {
  // Pictures of different sizes are different framings: comparing them pixel by pixel would say nothing.
  if (a.width !== b.width || a.height !== b.height)
    throw new Error(`cannot compare ${a.width}×${a.height} with ${b.width}×${b.height}`);
  let differing = 0;
  for (let offset = 0; offset < a.data.length; offset += 4) {
    const colour: Rgb = [b.data[offset] ?? 0, b.data[offset + 1] ?? 0, b.data[offset + 2] ?? 0];
    if (distance(a.data, offset, colour) > tolerance) differing++;
  }
  return differing / (a.width * a.height);
}
