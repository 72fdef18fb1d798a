'use client';

import type { ReactNode } from 'react';

type Props<V> = {
  value: V;
  /** The values the view switches off (hiddenKinds, hiddenGrades, hiddenStatuses). */
  hidden: readonly V[];
  onChange: (hidden: V[]) => void;
  children: ReactNode;
};

/** One legend entry that switches its value on and off in one of the view's hidden lists. */
export function LegendCheckbox<V>({ value, hidden, onChange, children }: Props<V>) {
  return (
    <label className="legend-entry">
      <input
        type="checkbox"
        checked={!hidden.includes(value)}
        onChange={(event) =>
          onChange(event.target.checked ? hidden.filter((v) => v !== value) : [...hidden, value])
        }
      />
      {children}
    </label>
  );
}
