'use client';

import { useTranslations } from 'next-intl';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { useView } from '@/components/atlas/view';
import { CHART_YEARS, linkYearBounds } from '@/lib/charts/shape';
import { CURRENCIES, PANELS, type PanelId } from '@/lib/domain';
import { AreaChart } from './AreaChart';
import { ChartsFocus } from './ChartsFocus';
import { CooperationChart } from './CooperationChart';
import { GdpChart } from './GdpChart';
import { PerCapitaChart } from './PerCapitaChart';
import { ProfilePanel } from './ProfilePanel';
import { TimelineControl } from './TimelineControl';
import { YearRangeControl } from './YearRangeControl';

const PANEL_COMPONENT: Record<PanelId, () => React.JSX.Element> = {
  gdp: GdpChart,
  gdppc: PerCapitaChart,
  area: AreaChart,
  coop: CooperationChart,
  profile: ProfilePanel,
};

/** The economic charts under the map, with the controls they share: currency and which panels show. */
export function ChartsPanel() {
  const t = useTranslations('charts');
  const [view, update] = useView();
  const { links } = useAtlasData();
  const bounds = links ? linkYearBounds(links) : CHART_YEARS;
  const toggle = (panel: PanelId) =>
    update({
      panels: view.panels.includes(panel) ? view.panels.filter((p) => p !== panel) : [...view.panels, panel],
    });
  return (
    <section className="charts" aria-label={t('label')}>
      <div className="charts-toolbar">
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('currency')}</legend>
          {CURRENCIES.map((currency) => (
            <button
              key={currency}
              type="button"
              aria-pressed={view.currency === currency}
              onClick={() => update({ currency })}
            >
              {currency === 'CNY' ? t('cny') : t('usd')}
            </button>
          ))}
        </fieldset>
        <YearRangeControl bounds={bounds} />
        <TimelineControl bounds={bounds} />
        <fieldset className="panel-toggles">
          <legend className="visually-hidden">{t('panels')}</legend>
          {PANELS.map((panel) => (
            <button
              key={panel}
              type="button"
              aria-pressed={view.panels.includes(panel)}
              onClick={() => toggle(panel)}
            >
              {t(`panelNames.${panel}`)}
            </button>
          ))}
        </fieldset>
      </div>
      <ChartsFocus>
        {PANELS.filter((panel) => view.panels.includes(panel)).map((panel) => {
          const Panel = PANEL_COMPONENT[panel];
          return <Panel key={panel} />;
        })}
      </ChartsFocus>
    </section>
  );
}
