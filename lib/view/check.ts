import { type ViewKey, type ViewState, viewUrlKeys } from './parsers';

/** A part of the URL the view could not use: a bad value, half a viewport, or an id the data does not have. */
export type IgnoredParam = {
  key: (typeof viewUrlKeys)[ViewKey];
  reason: 'invalid' | 'needs_both' | 'unknown_place' | 'unknown_link';
};

type IdSet = { has(id: string): boolean };

/** The ids a view may select; null while the client has not got them yet (then ids are not checked). */
export type KnownIds = { places: IdSet; links: IdSet } | null;

export type CheckedView = { view: ViewState; ignored: IgnoredParam[] };

/**
 * What makes a well-formed view unusable, beyond what each parser checks alone: a centre
 * without a zoom (or the reverse) cannot place the map, and a selection the data does not
 * have would dim everything. The server applies it before rendering and the client to
 * every URL it reads, so both sides show the same view for the same URL.
 */
export function checkView(view: ViewState, known: KnownIds): CheckedView {
  const ignored: IgnoredParam[] = [];
  let checked = view;
  if ((view.center === null) !== (view.zoom === null)) {
    ignored.push({ key: view.center === null ? viewUrlKeys.zoom : viewUrlKeys.center, reason: 'needs_both' });
    checked = { ...checked, center: null, zoom: null };
  }
  const { selection } = view;
  if (selection !== null && known !== null) {
    const ids = selection.type === 'place' ? known.places : known.links;
    if (!ids.has(selection.id)) {
      ignored.push({
        key: viewUrlKeys.selection,
        reason: selection.type === 'place' ? 'unknown_place' : 'unknown_link',
      });
      checked = { ...checked, selection: null };
    }
  }
  return ignored.length === 0 ? { view, ignored } : { view: checked, ignored };
}
