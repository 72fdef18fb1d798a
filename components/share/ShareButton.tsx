'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { useView } from '@/components/atlas/view';
import { serializeView } from '@/lib/view/state';

export function viewUrl(path: string, query: URLSearchParams): string {
  const search = query.toString();
  return `${window.location.origin}${path}${search ? `?${search}` : ''}`;
}

/**
 * Copies the link to exactly this view. Where the clipboard is not allowed (an
 * insecure origin, a refused permission) the link is shown selected instead.
 */
export function ShareButton() {
  const t = useTranslations('share');
  const [view] = useView();
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const [url, setUrl] = useState('');
  const fieldRef = useRef<HTMLInputElement>(null);

  const share = async () => {
    const link = viewUrl('/', serializeView(view));
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
