'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { useViewActions } from '@/components/atlas/view';
import type { ViewState } from '@/lib/view/parsers';
import { viewHref } from '@/lib/view/serialize';

/** The absolute link to a view on this atlas's origin. */
export function viewUrl(path: string, view: ViewState): string {
  return `${window.location.origin}${viewHref(path, view)}`;
}

/**
 * Copies the link to exactly this view. Where the clipboard is not allowed (an
 * insecure origin, a refused permission) the link is shown selected instead.
 */
export function ShareButton() {
  const t = useTranslations('share');
  const { current } = useViewActions();
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const [url, setUrl] = useState('');
  const fieldRef = useRef<HTMLInputElement>(null);

  const share = async () => {
    const link = viewUrl('/', current());
    setUrl(link);
    try {
      await navigator.clipboard.writeText(link);
      setState('copied');
    } catch {
      setState('manual');
      requestAnimationFrame(() => fieldRef.current?.select());
    }
  };

  return (
    <div className="share">
      <button type="button" onClick={share}>
        {t('button')}
      </button>
      <span role="status" className="share-status">
        {state === 'copied' ? t('copied') : ''}
      </span>
      {state === 'manual' ? (
        <label className="share-manual">
          {t('manual')}
          <input ref={fieldRef} readOnly value={url} onFocus={(event) => event.target.select()} />
        </label>
      ) : null}
    </div>
  );
}
