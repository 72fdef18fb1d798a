import { getTranslations } from 'next-intl/server';
import { CITATION_STYLES, type CitationStyle, formatCitation } from '@/lib/cite/citation';
import { atlasPageWork, citedWorks } from '@/lib/cite/works';
import type { Source } from '@/lib/data/schema';
import type { Locale } from '@/lib/domain';
import { formatIsoDate } from '@/lib/format/dates';
import { langOf } from '@/lib/i18n/localized';
import { CopyText } from './CopyText';

/** "Cite this page": the page and the sources it rests on, in APA 7 and GB/T 7714-2015, to copy. */
export async function CiteThis({
  title,
  url,
  accessed,
  sources,
  locale,
}: {
  title: string;
  url: string;
  /** YYYY-MM-DD: the day the page is read. */
  accessed: string;
  sources: readonly Source[];
  locale: Locale;
}) {
  const t = await getTranslations('entity');
  const site = (await getTranslations('site'))('title');
  const page = atlasPageWork({ title, site, url, accessed });
  const styleName: Record<CitationStyle, string> = { apa: t('apa'), gbt7714: t('gbt') };
  const labels = { copy: t('copy'), copied: t('copied'), failed: t('copyFailed') };
  return (
    <section aria-labelledby="entity-cite" className="cite" data-testid="cite-this">
      <h2 id="entity-cite">{t('cite')}</h2>
      <p className="meta">{t('citeHelp', { date: formatIsoDate(accessed, locale) })}</p>
      {CITATION_STYLES.map((style) => {
        const pageCitation = formatCitation(page, style);
        return (
          <div key={style} className="cite-style" data-style={style}>
            <h3>{styleName[style]}</h3>
            <p className="cite-label">{t('thisPage')}</p>
            <p className="cite-text">
              <span data-testid={`citation-${style}`}>{pageCitation}</span>{' '}
              <CopyText
                text={pageCitation}
                labels={{ ...labels, name: `${styleName[style]}, ${t('thisPage')}` }}
              />
            </p>
            {sources.length > 0 ? (
              <>
                <p className="cite-label">{t('underlying')}</p>
                <ol className="cite-sources">
                  {citedWorks(sources, style, accessed).map(({ citation, source }) => (
                    <li key={citation} lang={langOf(source)}>
                      {citation}
                    </li>
                  ))}
                </ol>
              </>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
