'use client';

import { useState } from 'react';

/**
 * Copies a citation. Without JavaScript the button is not there and the text beside it is
 * selected and copied by hand; where the clipboard is refused, the page says so.
 */
export function CopyText({
  text,
  labels,
}: {
  text: string;
  labels: { copy: string; copied: string; failed: string; name: string };
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button
        type="button"
        className="copy-button"
        onClick={copy}
        aria-label={`${labels.copy}: ${labels.name}`}
      >
        {labels.copy}
      </button>
      <span role="status" className="meta">
        {state === 'copied' ? labels.copied : state === 'failed' ? labels.failed : ''}
      </span>
    </>
  );
}
