'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';

/** The keys the atlas answers to, as the list, the details, the search box and MapLibre's map define them. */
const SHORTCUTS = [
  { keys: ['?'], what: 'help' },
  { keys: ['Esc'], what: 'escape' },
  { keys: ['Tab', 'Shift + Tab'], what: 'tab' },
  { keys: ['Enter', 'Space'], what: 'enter' },
  { keys: ['↑', '↓'], what: 'searchKeys' },
  { keys: ['Enter'], what: 'searchEnter' },
  { keys: ['Esc'], what: 'searchEscape' },
  { keys: ['←', '↑', '→', '↓'], what: 'mapKeys' },
  { keys: ['+', '−'], what: 'mapZoom' },
  { keys: ['Shift + ←', 'Shift + →', 'Shift + ↑', 'Shift + ↓'], what: 'mapRotate' },
] as const;

/** Whether a key press is typing (in a field, a text area, an editable element) rather than a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The list of keyboard shortcuts, in a modal dialog opened by its button or by "?" (when
 * not typing). Escape closes it without clearing the selection behind it, and focus goes
 * back to where it was.
 */
export function ShortcutsHelp() {
  const t = useTranslations('shortcuts');
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  const show = () => {
    if (!dialog.current || dialog.current.open) return;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current.showModal();
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target))
        return;
      event.preventDefault();
      show();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <>
      <button type="button" onClick={show} aria-haspopup="dialog" data-testid="shortcuts-button">
        {t('button')} <span aria-hidden="true">(?)</span>
      </button>
      <dialog
        ref={dialog}
        className="shortcuts-dialog"
        aria-labelledby="shortcuts-title"
        data-testid="shortcuts-dialog"
        onKeyDown={(event) => {
          // The dialog's own Escape closes it; the page's (clearing the selection) must not run too.
          if (event.key === 'Escape') event.stopPropagation();
        }}
        onClose={() => opener.current?.focus()}
      >
        <h2 id="shortcuts-title">{t('title')}</h2>
        <dl className="shortcuts">
          {SHORTCUTS.map(({ keys, what }) => (
            <div key={what} className="fact-row">
              <dt>
                {keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 ? ' ' : ''}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </dt>
              <dd>{t(what)}</dd>
            </div>
          ))}
        </dl>
        <form method="dialog">
          <button type="submit">{t('close')}</button>
        </form>
      </dialog>
    </>
  );
}
