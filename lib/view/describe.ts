import type { Dataset } from '@/lib/data/load';
import type { ViewState } from './params';

const SITE = 'Innovation Atlas';
const DEFAULT_DESCRIPTION =
  'Science-and-technology cooperation between Shanghai (Zhangjiang, Lin-gang), Suzhou, Shaoxing and Boston: places, cooperation links and economic figures, each with its source.';

/** The page title and description for a view, so a shared link reads as what it shows. */
export function describeView(state: ViewState, dataset: Dataset): { title: string; description: string } {
  const { selection } = state;
  if (selection?.type === 'link') {
    const link = dataset.links.find((l) => l.id === selection.id);
    if (link) return { title: `${link.title.en} — ${SITE}`, description: link.summary.en };
  }
  if (selection?.type === 'place') {
    const place = dataset.places.find((p) => p.id === selection.id);
    if (place)
      return { title: `${place.name.en} ${place.name.zh} — ${SITE}`, description: place.description.en };
  }
  return { title: `${SITE} — Shanghai · Suzhou · Shaoxing · Boston`, description: DEFAULT_DESCRIPTION };
}
