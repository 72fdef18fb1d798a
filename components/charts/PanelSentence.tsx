'use client';

import { useTranslations } from 'next-intl';

/** A panel's one sentence on what its figures support, marked for readers and tests alike. */
export function PanelSentence({ kind, text }: { kind: string; text: string }) {
  const t = useTranslations('charts.sentence');
  return (
    <p className="comparison-sentence" data-comparison-sentence={kind}>
      <span className="visually-hidden">{t('label')}: </span>
      {text}
    </p>
  );
}
