'use client';

import { useEffect, useState } from 'react';
import type { ViewState } from '@/lib/view/params';
import { VIEW_PARAMS } from '@/lib/view/params';
import type { IgnoredParam } from '@/lib/view/state';
import { useView } from './view';

/**
 * Says which parts of the link could not be used. The page already fell back to
 * their defaults; the URL is tidied to match, so a copied link carries no bad values.
 */
export function ViewNotice({ ignored }: { ignored: IgnoredParam[] }) {
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
  return (
    <div className="view-notice" role="status">
      <p>
        Some of this link could not be used, so the atlas shows its defaults for:{' '}
        {ignored.map((item) => item.label).join(', ')}.
      </p>
      <button type="button" onClick={() => setOpen(false)} aria-label="Dismiss this notice">
        ×
      </button>
    </div>
  );
}
