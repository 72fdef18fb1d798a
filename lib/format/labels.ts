import type { LinkKind, PlaceKind } from '@/lib/data/schema';

export const LINK_KIND_LABEL: Record<LinkKind, { en: string; zh: string }> = {
  enterprise_park: { en: 'Enterprise park', zh: '企业园区' },
  technology_transfer: { en: 'Technology transfer', zh: '技术转移' },
  cooperation_agreement: { en: 'Cooperation agreement', zh: '合作协议' },
  organization_cluster: { en: 'Organization cluster', zh: '组织集聚区' },
};

export const PLACE_KIND_LABEL: Record<PlaceKind, { en: string; zh: string }> = {
  city: { en: 'City', zh: '城市' },
  district: { en: 'Special area', zh: '新片区' },
  park: { en: 'Park', zh: '园区' },
  site: { en: 'Site', zh: '地点' },
  venue: { en: 'Venue', zh: '会场' },
};
