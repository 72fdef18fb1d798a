'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { CooperationRow } from '@/lib/charts/shape';
import { LINK_KINDS } from '@/lib/domain';
import { LINK_KIND_LABEL } from '@/lib/format/labels';

/** The cooperation chart as a table: links per year and kind, zero where there were none. */
export function CooperationTable({ rows }: { rows: readonly CooperationRow[] }) {
  const t = useTranslations('charts');
  const locale = useLocale();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions need focus (WCAG 2.1.1).
    <section className="table-scroll" tabIndex={0} aria-label={t('coop.caption')}>
      <table className="stat-table">
        <caption>{t('coop.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coop.year')}</th>
            {LINK_KINDS.map((kind) => (
              <th scope="col" key={kind}>
                {LINK_KIND_LABEL[kind][locale]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.year} data-year={row.year}>
              <th scope="row">{row.year}</th>
              {LINK_KINDS.map((kind) => (
                <td key={kind} data-value={row[kind] ?? 0}>
                  {row[kind] ?? 0}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
