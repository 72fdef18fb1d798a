import type { ActorRole, EventKind, Metric, OrganizationKind, Source } from '@/lib/data/schema';
import type { EvidenceGrade, LifecycleStatus, LinkKind, PlaceKind } from '@/lib/domain';

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

export const ACTOR_ROLE_LABEL: Record<ActorRole, { en: string; zh: string }> = {
  set_up: { en: 'set it up', zh: '设立' },
  operates: { en: 'operates it', zh: '运营' },
  co_operates: { en: 'co-operates it', zh: '共同运营' },
  signed: { en: 'signed', zh: '签署' },
  hosts: { en: 'hosts it', zh: '承载' },
  guides: { en: 'guides it', zh: '指导' },
  platform: { en: 'platform for it', zh: '合作平台' },
};

export const LIFECYCLE_LABEL: Record<LifecycleStatus, { en: string; zh: string }> = {
  announced: { en: 'Announced', zh: '已宣布' },
  signed: { en: 'Signed', zh: '已签署' },
  opened: { en: 'Opened', zh: '已开幕' },
  operating: { en: 'Operating', zh: '运营中' },
  unknown: { en: 'Status unknown', zh: '状态不明' },
};

export const EVENT_KIND_LABEL: Record<EventKind, { en: string; zh: string }> = {
  ceremony: { en: 'Ceremony', zh: '仪式' },
  signing: { en: 'Signing', zh: '签约' },
  opening: { en: 'Opening', zh: '开幕' },
  meeting: { en: 'Meeting', zh: '会议' },
};

export const EVIDENCE_GRADE_LABEL: Record<EvidenceGrade, { en: string; zh: string }> = {
  strong: { en: 'Strong evidence', zh: '证据充分' },
  moderate: { en: 'Moderate evidence', zh: '证据一般' },
  weak: { en: 'Weak evidence', zh: '证据薄弱' },
};

export const SOURCE_KIND_LABEL: Record<Source['kind'], { en: string; zh: string }> = {
  seed_document: { en: 'Source documents', zh: '原始文件' },
  official: { en: 'Official', zh: '官方' },
  news: { en: 'News', zh: '新闻' },
  secondary: { en: 'Secondary', zh: '二手资料' },
  reference: { en: 'Reference', zh: '参考资料' },
};

export const ORGANIZATION_KIND_LABEL: Record<OrganizationKind, { en: string; zh: string }> = {
  government: { en: 'Government', zh: '政府' },
  development_zone: { en: 'Development zone', zh: '开发区' },
  technology_transfer_center: { en: 'Technology transfer center', zh: '技术转移中心' },
  innovation_center: { en: 'Innovation center', zh: '创新中心' },
  association: { en: 'Association', zh: '协会' },
  corridor: { en: 'Corridor', zh: '走廊' },
  demonstration_zone: { en: 'Demonstration zone', zh: '示范区' },
  platform: { en: 'Platform', zh: '平台' },
};
