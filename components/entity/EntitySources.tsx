import { getTranslations } from 'next-intl/server';
import type { Source } from '@/lib/data/schema';
import { documentHref } from '@/lib/details/document-href';
import type { Locale } from '@/lib/domain';
import { langOf } from '@/lib/i18n/localized';

/**
 * Every source an entity page rests on, each with its quote (in the language it was
 * written in) and the way to the shipped document with the quote marked.
 */
export async function EntitySources({
  ids,
  sourceById,
  locale,
}: {
  ids: readonly string[];
  sourceById: ReadonlyMap<string, Source>;
  locale: Locale;
}) {
  const t = await getTranslations('entity');
  return (
    <section aria-labelledby="entity-sources">
      <h2 id="entity-sources">{t('sources')}</h2>
      <ol className="sources entity-sources" data-testid="entity-sources">
        {ids.map((id) => {
          const source = sourceById.get(id);
          if (!source) return <li key={id}>{t('sourceMissing', { id })}</li>;
          const toDocument = documentHref(source, locale);
          return (
            <li key={id} id={`source-${id}`} data-source={id}>
              <span lang={langOf(source)}>
                {source.url ? (
                  <a href={source.url} rel="noopener noreferrer external">
                    {source.title}
                  </a>
                ) : (
                  source.title
                )}
                {' — '}
                {source.publisher}
                {source.date ? `, ${source.date}` : ''}
              </span>
              {toDocument ? (
                <span className="meta">
                  {' '}
                  (<a href={toDocument}>{t('sourceDocument')}</a>)
                </span>
              ) : null}
              <blockquote lang={langOf(source)}>{source.quote}</blockquote>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** A short reference to one of the page's sources: its publisher, pointing to its entry in the list. */
export function SourceNote({ id, sourceById }: { id: string; sourceById: ReadonlyMap<string, Source> }) {
  const source = sourceById.get(id);
  const label = source ? (source.date ? `${source.publisher}, ${source.date}` : source.publisher) : id;
  return (
    <span className="meta source-ref" data-source={id}>
      (<a href={`#source-${id}`}>{label}</a>)
    </span>
  );
}
