'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { useView } from '@/components/atlas/view';
import { EVIDENCE_GRADES, LIFECYCLE_STATUSES } from '@/lib/domain';
import { EVIDENCE_GRADE_LABEL, LIFECYCLE_LABEL } from '@/lib/format/labels';
import { GRADE_OPACITY } from '@/lib/map/data-layers';
import { LegendCheckbox } from './LegendCheckbox';

/** Values the links hold, and any the view hides (so a hidden one can be switched back on). */
function present<V extends string>(all: readonly V[], held: ReadonlySet<string>, hidden: readonly V[]): V[] {
  return all.filter((value) => held.has(value) || hidden.includes(value));
}

/** Checkboxes for the evidence grades and lifecycle statuses the links hold, with the map's opacity key. */
export function LegendFilters() {
  const t = useTranslations('map');
  const locale = useLocale();
  const [view, update] = useView();
  const features = useAtlasData().links?.features ?? [];
  const grades = present(
    EVIDENCE_GRADES,
    new Set(features.map((f) => f.properties.grade)),
    view.hiddenGrades,
  );
  const statuses = present(
    LIFECYCLE_STATUSES,
    new Set(features.map((f) => f.properties.status.value)),
    view.hiddenStatuses,
  );
  return (
    <details className="legend-filters" data-testid="legend-filters">
      <summary>{t('filters')}</summary>
      <fieldset className="legend-group" data-testid="legend-evidence">
        <legend>{t('evidence')}</legend>
        {grades.map((grade) => (
          <LegendCheckbox
            key={grade}
            value={grade}
            hidden={view.hiddenGrades}
            onChange={(hiddenGrades) => update({ hiddenGrades })}
          >
            <svg width="28" height="10" aria-hidden="true" className="line-sample">
              <line
                x1="2"
                y1="5"
                x2="26"
                y2="5"
                stroke="#1b2430"
                strokeWidth="3"
                strokeLinecap="round"
                strokeOpacity={GRADE_OPACITY[grade]}
              />
            </svg>
            {EVIDENCE_GRADE_LABEL[grade][locale]}
          </LegendCheckbox>
        ))}
        <p className="legend-note">{t('gradeNote')}</p>
      </fieldset>
      <fieldset className="legend-group" data-testid="legend-status">
        <legend>{t('status')}</legend>
        {statuses.map((status) => (
          <LegendCheckbox
            key={status}
            value={status}
            hidden={view.hiddenStatuses}
            onChange={(hiddenStatuses) => update({ hiddenStatuses })}
          >
            {LIFECYCLE_LABEL[status][locale]}
          </LegendCheckbox>
        ))}
      </fieldset>
    </details>
  );
}
