import type { Metric } from '@/lib/data/schema';
import type { LinkKind, PlaceKind } from '@/lib/domain';

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

export const METRIC_LABEL: Record<Metric, { en: string; zh: string }> = {
  gdp: { en: 'GDP', zh: '地区生产总值' },
  gdp_per_capita: { en: 'GDP per capita', zh: '人均地区生产总值' },
  gdp_growth: { en: 'GDP growth', zh: '地区生产总值增速' },
  population: { en: 'Population', zh: '人口' },
  land_area: { en: 'Land area', zh: '土地面积' },
  park_area: { en: 'Park or zone area', zh: '园区面积' },
  fiscal_revenue: { en: 'Fiscal revenue', zh: '财政总收入' },
  disposable_income_urban: { en: 'Urban disposable income per person', zh: '城镇居民人均可支配收入' },
  disposable_income_rural: { en: 'Rural disposable income per person', zh: '农村居民人均可支配收入' },
  listed_companies: { en: 'Listed companies', zh: '上市企业' },
  top_private_enterprises: { en: 'In China’s top 500 private enterprises', zh: '中国民营企业500强' },
  researchers: { en: 'Researchers', zh: '科研人员' },
};
