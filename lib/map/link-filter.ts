import type { LinkIndexProperties } from '@/lib/api/contract/links';
import {
  type EvidenceGrade,
  inYearRange,
  type LifecycleStatus,
  type LinkKind,
  type YearRange,
} from '@/lib/domain';

/** The parts of the view that say which links are shown, on the map and in the list alike. */
export type LinkFilters = {
  years: YearRange | null;
  hiddenKinds: readonly LinkKind[];
  hiddenGrades: readonly EvidenceGrade[];
  hiddenStatuses: readonly LifecycleStatus[];
};

type FilteredLink = Pick<LinkIndexProperties, 'year' | 'kind' | 'grade'> & {
  status: { value: LifecycleStatus };
};

/** Whether the view shows a link: in its year range, and of no kind, evidence grade or status switched off. */
export function linkShown(link: FilteredLink, filters: LinkFilters): boolean {
  return (
    inYearRange(link.year, filters.years) &&
    !filters.hiddenKinds.includes(link.kind) &&
    !filters.hiddenGrades.includes(link.grade) &&
    !filters.hiddenStatuses.includes(link.status.value)
  );
}
