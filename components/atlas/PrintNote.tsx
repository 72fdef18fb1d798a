'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

/**
 * What a printed briefing says of itself: the address of the view it shows, so a reader
 * of the paper can open it. Before printing, every collapsed note opens (a print cannot
 * click "Notes, marks and rates"); after, they close again.
 */
export function PrintNote() {
  const t = useTranslations('print');
  const [address, setAddress] = useState('');
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      setAddress(window.location.href);
      opened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
      for (const details of opened) details.open = true;
    };
    const after = () => {
      for (const details of opened) details.open = false;
      opened = [];
    };
    setAddress(window.location.href);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return (
    <p className="print-only print-note" data-print-address={address}>
      {t('address')} <span className="print-address">{address}</span>
    </p>
  );
}
