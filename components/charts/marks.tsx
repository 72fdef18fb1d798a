'use client';

import { useTranslations } from 'next-intl';
import type { MarkKind } from '@/lib/charts/mark-kind';
import type { Point } from '@/lib/charts/shape';
import type { Locale } from '@/lib/domain';
import { STATUS_MARK } from '@/lib/format/status';

export { type MarkKind, markOf } from '@/lib/charts/mark-kind';

export function Mark({
  kind,
  x,
  y,
  colour,
  size = 5,
}: {
  kind: MarkKind;
  x: number;
  y: number;
  colour: string;
  size?: number;
}) {
  switch (kind) {
    case 'published':
      return <circle cx={x} cy={y} r={size} fill={colour} stroke="#ffffff" strokeWidth={1.5} />;
    case 'unverified':
      return <circle cx={x} cy={y} r={size} fill="#ffffff" stroke={colour} strokeWidth={2.5} />;
    case 'derived':
      return (
        <polygon
          points={`${x},${y - size - 1} ${x + size + 1},${y} ${x},${y + size + 1} ${x - size - 1},${y}`}
          fill={colour}
          stroke="#ffffff"
          strokeWidth={1.5}
        />
      );
    case 'about':
      return (
        <rect
          x={x - size}
          y={y - size}
          width={size * 2}
          height={size * 2}
          fill="#ffffff"
          stroke={colour}
          strokeWidth={2.5}
        />
      );
    case 'lower_bound':
      return (
        <polygon
          points={`${x},${y - size - 3} ${x + size + 1},${y + size} ${x - size - 1},${y + size}`}
          fill={colour}
          stroke="#ffffff"
        />
      );
  }
}

/** Where a line changes what it measures: a bar across the line, so the change is not read as growth. */
export function BreakTick({
  x,
  y,
  colour,
  size = 5,
}: {
  x: number;
  y: number;
  colour: string;
  size?: number;
}) {
  return (
    <line
      x1={x - size - 4}
      y1={y + size + 6}
      x2={x - size + 2}
      y2={y - size - 6}
      stroke={colour}
      strokeWidth={2}
      strokeLinecap="round"
    />
  );
}

/** The key to the marks, under the charts that use them; `breaks` adds the break tick. */
export function MarkKey({ kinds, breaks = false }: { kinds: readonly MarkKind[]; breaks?: boolean }) {
  const t = useTranslations('charts');
  return (
    <ul className="mark-key" aria-label={t('marks')}>
      {kinds.map((kind) => (
        <li key={kind}>
          <svg width="14" height="14" aria-hidden="true">
            <Mark kind={kind} x={7} y={7} colour="#4a5565" size={4} />
          </svg>
          {t(`markLabels.${kind}`)}
        </li>
      ))}
      {breaks ? (
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <BreakTick x={10} y={7} colour="#4a5565" size={2} />
          </svg>
          {t('breakKey')}
        </li>
      ) : null}
    </ul>
  );
}

/** The word a table row carries for a figure that is not firm. */
export function statusWord(point: Pick<Point, 'status'>, locale: Locale): string {
  return STATUS_MARK[point.status]?.[locale] ?? '';
}
