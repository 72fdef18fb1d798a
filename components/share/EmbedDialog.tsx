'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { useViewActions } from '@/components/atlas/view';
import { viewUrl } from './ShareButton';

/** The iframe snippet for this view, in a native dialog (focus is kept inside and Escape closes it). */
export function EmbedDialog() {
  const t = useTranslations('share');
  const { current } = useViewActions();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [snippet, setSnippet] = useState('');

  const open = () => {
    const src = viewUrl('/embed', current());
    setSnippet(
      `<iframe src="${src}" title="${t('iframeTitle')}" width="800" height="560" style="border:0" loading="lazy"></iframe>`,
    );
    dialogRef.current?.showModal();
  };

  return (
    <>
      <button type="button" onClick={open}>
        {t('embed')}
      </button>
      <dialog ref={dialogRef} className="embed-dialog" aria-labelledby="embed-title">
        <h2 id="embed-title">{t('embedTitle')}</h2>
        <p>{t('embedHelp')}</p>
        <textarea
          readOnly
          value={snippet}
          rows={4}
          aria-label={t('embedCode')}
          onFocus={(e) => e.target.select()}
        />
        <form method="dialog">
          <button type="submit">{t('close')}</button>
        </form>
      </dialog>
    </>
  );
}
