import type { Currency } from '@/lib/domain';
import type { Metric, SourceUnit } from './schema';

/** What a metric measures, which decides the unit it is shown in. */
export type Quantity = 'money_billion' | 'money' | 'persons' | 'area' | 'count' | 'percent_per_year';

export const METRIC_QUANTITY: Record<Metric, Quantity> = {
  gdp: 'money_billion',
  gdp_per_capita: 'money',
  gdp_growth: 'percent_per_year',
  population: 'persons',
  land_area: 'area',
  park_area: 'area',
  fiscal_revenue: 'money_billion',
  disposable_income_urban: 'money',
  disposable_income_rural: 'money',
  listed_companies: 'count',
  top_private_enterprises: 'count',
  researchers: 'persons',
};

export const isMoney = (quantity: Quantity) => quantity === 'money_billion' || quantity === 'money';

type UnitMeaning = { quantity: Quantity | 'money_any'; currency: Currency | null; scale: number };

/** How many base units (yuan, dollars, persons, km²) one source unit holds. */
const SOURCE_UNITS: Record<SourceUnit, UnitMeaning> = {
  'CNY billion': { quantity: 'money_any', currency: 'CNY', scale: 1e9 },
  'USD million': { quantity: 'money_any', currency: 'USD', scale: 1e6 },
  CNY: { quantity: 'money_any', currency: 'CNY', scale: 1 },
  USD: { quantity: 'money_any', currency: 'USD', scale: 1 },
  persons: { quantity: 'persons', currency: null, scale: 1 },
  '10k persons': { quantity: 'persons', currency: null, scale: 1e4 },
  km2: { quantity: 'area', currency: null, scale: 1 },
  count: { quantity: 'count', currency: null, scale: 1 },
  'percent per year': { quantity: 'percent_per_year', currency: null, scale: 1 },
};

export function sourceUnitCurrency(unit: SourceUnit): Currency | null {
  return SOURCE_UNITS[unit].currency;
}

/** Unit labels as the API writes them. */
export function displayUnit(quantity: Quantity, currency: Currency): string {
  switch (quantity) {
    case 'money_billion':
      return `${currency} billion`;
    case 'money':
      return currency;
    case 'persons':
      return 'persons';
    case 'area':
      return 'km2';
    case 'count':
      return 'count';
    case 'percent_per_year':
      return 'percent per year';
  }
}

const DISPLAY_SCALE: Record<Quantity, number> = {
  money_billion: 1e9,
  money: 1,
  persons: 1,
  area: 1,
  count: 1,
  percent_per_year: 1,
};

/** Floating-point noise from scaling (2419.7 × 10⁴) is trimmed to 12 significant digits. */
export const tidy = (value: number) => Number(value.toPrecision(12));

/**
 * A source value in the metric's display scale, still in its own currency.
 * Throws when the unit cannot express the quantity: that is a data error.
 */
export function toDisplayScale(value: number, unit: SourceUnit, quantity: Quantity): number {
  const meaning = SOURCE_UNITS[unit];
  const compatible = meaning.quantity === quantity || (meaning.quantity === 'money_any' && isMoney(quantity));
  if (!compatible) throw new Error(`unit "${unit}" cannot express a ${quantity} figure`);
  return tidy((value * meaning.scale) / DISPLAY_SCALE[quantity]);
}

/** Converts between yuan and dollars at a CNY-per-USD rate. */
export function convertCurrency(value: number, from: Currency, to: Currency, cnyPerUsd: number): number {
  if (from === to) return value;
  return tidy(from === 'USD' ? value * cnyPerUsd : value / cnyPerUsd);
}
