'use client';

import { useLocale, useTranslations } from 'next-intl';
import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { useViewActions } from '@/components/atlas/view';
import { PageLink } from '@/components/panels/PageLink';
import { entityPath } from '@/lib/entity/paths';
import { langTag } from '@/lib/i18n/localized';
import { type AtlasSearchEntry, atlasSearchEntries } from '@/lib/search/entries';
import { searchEntities } from '@/lib/search/match';

/**
 * One box for places, organizations and links, by either name (WAI-ARIA combobox with a
 * listbox popup): the arrows move through the results, Enter selects and frames the one
 * highlighted, Escape closes the results and then clears the box.
 */
export function SearchBox() {
  const t = useTranslations('search');
  const locale = useLocale();
  const { places, links, organizations } = useAtlasData();
  const { selectAndFrame } = useViewActions();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // The last entry chosen, whose page is offered beside the box (an organization's especially: the map shows its seat).
  const [chosen, setChosen] = useState<AtlasSearchEntry | null>(null);
  const id = useId();
  const listId = `${id}-results`;
  const entries = useMemo(
    () =>
      atlasSearchEntries(
        (places?.features ?? []).map((f) => f.properties),
        (links?.features ?? []).map((f) => f.properties),
        organizations ?? [],
      ),
    [places, links, organizations],
  );
  const hits = useMemo(() => searchEntities(entries, query, locale), [entries, query, locale]);
  const expanded = open && query.trim() !== '';
  const other = locale === 'zh' ? 'en' : 'zh';

  const choose = (entry: AtlasSearchEntry) => {
    setOpen(false);
    setQuery(entry.name[locale]);
    setChosen(entry);
    // An organization the map cannot show (no seat, no link) opens its page instead.
    if (entry.selection) selectAndFrame(entry.selection);
    else window.location.assign(entityPath(entry.kind, entry.id, locale));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(event.key === 'ArrowDown' ? 0 : Math.max(hits.length - 1, 0));
        return;
      }
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      const hit = expanded ? hits[active] : undefined;
      if (hit) {
        event.preventDefault();
        choose(hit.entry);
      }
    } else if (event.key === 'Escape') {
      if (!expanded && query === '') return;
      // Handled here: the page's own Escape (clearing the selection) waits for the next press.
      event.stopPropagation();
      if (expanded) setOpen(false);
      else {
        setQuery('');
        setChosen(null);
      }
    }
  };

  return (
    <search className="search" aria-label={t('label')}>
      <label htmlFor={`${id}-input`} className="search-label">
        {t('label')}
      </label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
        aria-describedby={`${id}-hint`}
        placeholder={t('placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setChosen(null);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        data-testid="search-input"
      />
      <p id={`${id}-hint`} className="visually-hidden">
        {t('hint')}
      </p>
      <div id={listId} role="listbox" aria-label={t('results')} className="search-results" hidden={!expanded}>
        {hits.map((hit, index) => (
          // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the combobox; aria-activedescendant points here.
          <div
            key={`${hit.entry.kind}:${hit.entry.id}`}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            data-target={`${hit.entry.kind}:${hit.entry.id}`}
            // Chosen on mousedown, before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(hit.entry);
            }}
            onMouseEnter={() => setActive(index)}
          >
            <span className="search-name">{hit.entry.name[locale]}</span>{' '}
            <span className="list-detail">
              {t(hit.entry.kind)}
              {hit.matched === locale ? null : (
                <>
                  {' · '}
                  <span lang={langTag(other)}>{hit.entry.name[other]}</span>
                </>
              )}
            </span>
          </div>
        ))}
      </div>
      <p role="status" className="meta search-status">
        {expanded
          ? hits.length === 0
            ? t('none', { query: query.trim() })
            : t('count', { count: hits.length })
          : ''}
      </p>
      {chosen && !expanded ? (
        <p className="meta" data-testid="search-chosen-page">
          <PageLink kind={chosen.kind} id={chosen.id} name={chosen.name[locale]} />
        </p>
      ) : null}
    </search>
  );
}
