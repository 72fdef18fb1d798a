import { errorResponse } from '@/lib/api/server/responses';
import { getDataset } from '@/lib/data/load';
import { findOrganization } from '@/lib/data/organizations';
import { organizationPreview } from '@/lib/entity/preview';
import { requestLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { PREVIEW_MAP_SIZE, previewImage } from '@/lib/og/card';
import { previewMapSource } from '@/lib/og/preview-map';
import { DEFAULT_VIEW } from '@/lib/view/parsers';

/** An organization page's share preview: the organization, its links, its seat (or first link) on the map. */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const dataset = getDataset();
  const organization = findOrganization(dataset, (await context.params).id);
  if (!organization)
    return errorResponse(404, 'not_found', 'No organization has this id; /api/organizations lists them all.');
  const locale = requestLocale(
    new URL(request.url).searchParams.get('lang'),
    request.headers.get('accept-language'),
  );
  const { content, selection } = organizationPreview(organization, dataset, locale);
  const view = { ...DEFAULT_VIEW, selection, language: locale };
  return previewImage({
    site: translatorFor(locale)('site.title'),
    content,
    map: previewMapSource(view, dataset, locale, PREVIEW_MAP_SIZE, content.heading),
  });
}
