'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { IgnoredParam } from '@/lib/view/check';
import { DEFAULT_VIEW, type ViewKey, viewUrlKeys } from '@/lib/view/parsers';
import { useClientIgnored, useViewActions } from './view';

const VIEW_KEY_OF = Object.fromEntries(
  Object.entries(viewUrlKeys).map(([key, urlKey]) => [urlKey, key]),
) as Record<IgnoredParam['key'], ViewKey>;

const sameItem = (a: IgnoredParam, b: IgnoredParam) => a.key === b.key && a.reason === b.reason;

/**
 * Says which parts of the link could not be used: what the server's reading left out, and
 * what the client's own check finds in a URL it reaches later. The view already fell back
 * to the defaults; the address bar is tidied to match, so a copied link carries no bad values.
 */
export function ViewNotice({ ignored }: { ignored: IgnoredParam[] }) {
  const t = useTranslations('notice');
  const names = useTranslations('params');
  const clientIgnored = useClientIgnored();
  const { update } = useViewActions();
  const [items, setItems] = useState<IgnoredParam[]>(ignored);
  const [open, setOpen] = useState(ignored.length > 0);

  useEffect(() => {
    const found = [...ignored, ...clientIgnored];
    if (found.length === 0) return;
    setItems((shown) => [...shown, ...found.filter((item) => !shown.some((s) => sameItem(s, item)))]);
    if (clientIgnored.length > 0) setOpen(true);
    const reset = Object.fromEntries(
      found.map(({ key }) => [VIEW_KEY_OF[key], DEFAULT_VIEW[VIEW_KEY_OF[key]]]),
    );
    update(reset, 'replace');
  }, [ignored, clientIgnored, update]);

  if (!open || items.length === 0) return null;
  const describe = ({ key, reason }: IgnoredParam) => {
    const param = names(key);
    if (reason === 'needs_both') return t('needsBoth', { param });
    if (reason === 'unknown_place') return t('unknownId', { param, type: 'place' });
    if (reason === 'unknown_link') return t('unknownId', { param, type: 'link' });
    return param;
  };
  return (
    <div className="view-notice" role="status">
      <p>{t('ignored', { items: items.map(describe).join(', ') })}</p>
      <button type="button" onClick={() => setOpen(false)} aria-label={t('dismiss')}>
        ×
      </button>
    </div>
  );
}
