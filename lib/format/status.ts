import type { Status } from '@/lib/data/schema';

/**
 * The mark a figure, date or coordinate carries on screen. Firm figures
 * (printed in a source document or found in an official or major source) carry none.
 */
export const STATUS_MARK: Record<Status, { en: string; zh: string } | null> = {
  seed: null,
  found: null,
  found_secondary: { en: 'unverified', zh: '未核实' },
  derived: { en: 'derived', zh: '推算' },
  inferred: { en: 'inferred', zh: '推断' },
  not_found: { en: 'no citable figure', zh: '无可引用数据' },
};
