import type { MetadataRoute } from 'next';
import { headers } from 'next/headers';
import { getDataset } from '@/lib/data/load';
import { requestOrigin } from '@/lib/entity/origin';
import { atlasSitemap } from '@/lib/entity/sitemap';

/** /sitemap.xml, at the origin it was asked from (the atlas has no configured site URL). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const header = await headers();
  return atlasSitemap(getDataset(), requestOrigin(header.get('host'), header.get('x-forwarded-proto')));
}
