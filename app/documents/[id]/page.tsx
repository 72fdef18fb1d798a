import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { findDocument, quotedPassage, splitAtPassage } from '@/lib/data/documents';
import { getDataset } from '@/lib/data/load';
import { formatIsoDate } from '@/lib/format/dates';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const document = findDocument(getDataset(), (await params).id);
  return document ? { title: document.title } : {};
}

/**
 * A shipped source document, whole, as published: React text only, so nothing in it
 * can run. `?q=<source id>` marks the passage that source quotes.
 */
export default async function DocumentPage({ params, searchParams }: Props) {
  const dataset = getDataset();
  const document = findDocument(dataset, (await params).id);
  if (!document) notFound();
  const q = (await searchParams).q;
  const sourceId = typeof q === 'string' ? q : null;
  const range = sourceId === null ? null : quotedPassage(dataset, document, sourceId);
  const { before, passage, after } = splitAtPassage(document.text, range);
  const t = await getTranslations('document');
  const locale = (await getLocale()) === 'zh' ? 'zh' : 'en';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(document.date)
    ? formatIsoDate(document.date, locale)
    : document.date;
  const date =
    document.dateStatus === 'inferred'
      ? t('dateInferred', { date: day })
      : document.dateStatus === 'found'
        ? t('dateFound', { date: day })
        : day;

  return (
    <main className="document-page" data-document={document.id}>
      <p>
        <a href={`/?lang=${locale}`}>{t('back')}</a>
      </p>
      <p className="meta">{t('label')}</p>
      <h1 lang={document.language === 'mixed' ? undefined : document.language}>{document.title}</h1>
      <dl>
        <dt>{t('publisher')}</dt>
        <dd>{document.publisher}</dd>
        <dt>{t('date')}</dt>
        <dd>
          {date} <span className="meta">— {document.dateNote[locale]}</span>
        </dd>
      </dl>
      {sourceId === null ? null : <p role="status">{passage === null ? t('quoteMissing') : t('quoted')}</p>}
      <h2>{t('text')}</h2>
      <div
        className="document-text"
        lang={document.language === 'mixed' ? undefined : document.language}
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxWidth: '75ch' }}
      >
        {before}
        {passage === null ? null : <mark id="quoted">{passage}</mark>}
        {after}
      </div>
    </main>
  );
}
