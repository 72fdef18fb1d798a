'use client';

import type { Locale } from '@/lib/domain';
import { STATUS_MARK } from '@/lib/format/status';

/** "year inferred", "location approximate": said only when the status is not a plain published fact. */
export function StatusMark({
  status,
  what,
  locale,
}: {
  status: keyof typeof STATUS_MARK;
  what: string;
  locale: Locale;
}) {
  const mark = STATUS_MARK[status];
  return mark ? (
    <span className="status">
      {what}
      {locale === 'zh' ? '' : ' '}
      {mark[locale]}
    </span>
  ) : null;
}
