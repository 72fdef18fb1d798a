import { getLocale, getTranslations } from 'next-intl/server';

/** The 404 page of every route: an unknown place, organization, link or document. */
export default async function NotFound() {
  const t = await getTranslations('entity');
  const locale = (await getLocale()) === 'zh' ? 'zh' : 'en';
  return (
    <main className="page entity-page" data-testid="not-found">
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFound')}</p>
      <p>
        <a href={`/?lang=${locale}`}>{t('back')}</a>
      </p>
    </main>
  );
}
