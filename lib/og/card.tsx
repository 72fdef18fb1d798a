import { ImageResponse } from 'next/og';
import type { Size } from '@/lib/map/static/camera';
import { PLACE_COLOURS } from '@/lib/palette';
import type { PreviewContent } from '@/lib/view/preview';
import { previewFonts } from './fonts';

export const PREVIEW_SIZE: Size = { width: 1200, height: 630 };
/** The map takes the right of the card; the title and figure the left. */
export const PREVIEW_MAP_SIZE: Size = { width: 620, height: 630 };

type Card = {
  site: string;
  content: PreviewContent;
  /** The GDP panel's sentence, for the atlas's own view. */
  comparison?: string | null;
  /** The map, as a data URI (lib/og/preview-map.ts). */
  map: string;
};

/** A share-preview image (Open Graph and Twitter card): the site, a heading, one figure, the map. */
export function previewImage({ site, content, comparison = null, map }: Card): ImageResponse {
  return new ImageResponse(
    <div style={{ width: '100%', height: '100%', display: 'flex', background: '#f5f4f0' }}>
      <div
        style={{
          width: PREVIEW_SIZE.width - PREVIEW_MAP_SIZE.width,
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: 56,
          color: '#1b2430',
          fontFamily: 'Noto Sans SC',
        }}
      >
        <div style={{ display: 'flex', gap: 14 }}>
          {Object.values(PLACE_COLOURS).map((colour) => (
            <div key={colour} style={{ width: 28, height: 28, borderRadius: 14, background: colour }} />
          ))}
          <div style={{ marginLeft: 16, fontSize: 26, color: '#4a5565' }}>{site}</div>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
          <div style={{ fontSize: 52, fontWeight: 700, lineHeight: 1.1 }}>{content.heading}</div>
          <div style={{ fontSize: 30, color: '#4a5565' }}>{content.subheading}</div>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
          {content.figure ? (
            <div style={{ fontSize: 40, fontWeight: 700, color: '#0b5cad' }}>{content.figure}</div>
          ) : null}
          {content.figureNote ? (
            <div style={{ fontSize: 24, color: '#4a5565' }}>{content.figureNote}</div>
          ) : null}
          {comparison ? (
            <div style={{ fontSize: 17, lineHeight: 1.3, color: '#1b2430', marginTop: 8 }}>{comparison}</div>
          ) : null}
        </div>
      </div>
      {/* biome-ignore lint/performance/noImgElement: satori draws <img>, not next/image. */}
      <img src={map} width={PREVIEW_MAP_SIZE.width} height={PREVIEW_MAP_SIZE.height} alt="" />
    </div>,
    { ...PREVIEW_SIZE, fonts: previewFonts(), headers: { 'Cache-Control': 'public, max-age=3600' } },
  );
}
