import { ImageResponse } from 'next/og';
import { getDataset } from '@/lib/data/load';
import { requestLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { previewFonts } from '@/lib/og/fonts';
import { previewMapSource } from '@/lib/og/preview-map';
import { PLACE_COLOURS } from '@/lib/palette';
import { viewComparisonText } from '@/lib/view/comparison';
import { loadView, parseView } from '@/lib/view/load';
import { previewContent } from '@/lib/view/preview';
import { knownIdsOf } from '@/lib/view/request';

const SIZE = { width: 1200, height: 630 };
/** The view's map takes the right of the card; the title and figure the left. */
const MAP_SIZE = { width: 620, height: 630 };

/** The share-preview image (Open Graph and Twitter card) for the view in the query. */
export function GET(request: Request) {
  const dataset = getDataset();
  const known = knownIdsOf(dataset);
  const read = loadView(new URL(request.url).searchParams, known);
  // Old links get the image of the view they migrate to; unusable values fall back like on the page.
  const state = read.kind === 'view' ? read.view : parseView(new URLSearchParams(read.query), known).view;
  const locale = requestLocale(state.language, request.headers.get('accept-language'));
  const content = previewContent(state, dataset, locale);
  const site = translatorFor(locale)('site.title');
  // The atlas's own view carries the GDP panel's sentence; a place or link preview is about that one thing.
  const comparison = state.selection === null ? viewComparisonText(state, dataset, locale) : null;
  const map = previewMapSource(state, dataset, locale, MAP_SIZE, content.heading);
  return new ImageResponse(
    <div style={{ width: '100%', height: '100%', display: 'flex', background: '#f5f4f0' }}>
      <div
        style={{
          width: SIZE.width - MAP_SIZE.width,
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
      <img src={map} width={MAP_SIZE.width} height={MAP_SIZE.height} alt="" />
    </div>,
    { ...SIZE, fonts: previewFonts(), headers: { 'Cache-Control': 'public, max-age=3600' } },
  );
}
