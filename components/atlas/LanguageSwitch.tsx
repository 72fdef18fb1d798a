'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { useView } from './view';

/** Switches between English and Chinese, keeping the rest of the view. */
export function LanguageSwitch() {
  const t = useTranslations('site');
  const locale = useLocale();
  const [, update] = useView();

  // The root layout is not rendered again on a soft navigation, so <html lang> follows here.
  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
    // A mark that the client has taken over the page, for tests that must not wait for the map.
    document.documentElement.dataset.hydrated = 'true';
  }, [locale]);

  // The name begins with the visible text, so saying what one sees ("click 中文") works;
  // the rest of it, in the page's language, says what the button does.
  return (
    <button type="button" onClick={() => update({ language: locale === 'zh' ? 'en' : 'zh' })}>
      <span lang={locale === 'zh' ? 'en' : 'zh-CN'}>{t('switchLanguage')}</span>
      <span className="visually-hidden"> {t('switchLanguageHint')}</span>
    </button>
  );
}
