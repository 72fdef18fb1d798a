'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { VIEW_PARAMS, type ViewState } from '@/lib/view/params';
import type { IgnoredParam } from '@/lib/view/state';
import { useView } from './view';

/**
 * Says which parts of the link could not be used. The page already fell back to
 * their defaults; the URL is tidied to match, so a copied link carries no bad values.
 */
export function ViewNotice({ ignored }: { ignored: IgnoredParam[] }) {
  const t = useTranslations('notice');
  const names = useTranslations('params');
  const [open, setOpen] = useState(ignored.length > 0);
  const [, update] = useView();

  useEffect(() => {
    if (ignored.length === 0) return;
    const reset: Partial<ViewState> = {};
    for (const { key } of ignored) {
      const entry = Object.entries(VIEW_PARAMS).find(([, spec]) => spec.key === key);
      if (entry) Object.assign(reset, { [entry[0]]: entry[1].defaultValue });
    }
    update(reset, 'replace');
  }, [ignored, update]);

  if (!open) return null;
  const describe = ({ key, reason }: IgnoredParam) => {
    // Keys come from VIEW_PARAMS, and the catalogue test keeps a name for each.
    const param = names(key as Parameters<typeof names>[0]);
    if (reason === 'needs_both') return t('needsBoth', { param });
    if (reason === 'unknown_place') return t('unknownId', { param, type: 'place' });
    if (reason === 'unknown_link') return t('unknownId', { param, type: 'link' });
    return param;
  };
  return (
    <div className="view-notice" role="status">
      <p>{t('ignored', { items: ignored.map(describe).join(', ') })}</p>
      <button type="button" onClick={() => setOpen(false)} aria-label={t('dismiss')}>
        ×
      </button>
    </div>
  );
}
