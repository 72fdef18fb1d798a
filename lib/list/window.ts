/** How many links the list shows at first, and how many more each "show more" adds. */
export const LIST_PAGE_SIZE = 50;

/**
 * The items a long list shows: the first `shown`, plus the selected one wherever it
 * is, so that a link chosen on the map or from a shared URL is always in the list.
 */
export function listWindow<T extends { id: string }>(
  items: readonly T[],
  shown: number,
  selectedId: string | null,
): { visible: T[]; hidden: number } {
  const visible = items.slice(0, Math.max(0, shown));
  const selected = selectedId === null ? undefined : items.find((item) => item.id === selectedId);
  if (selected && !visible.includes(selected)) visible.push(selected);
  return { visible, hidden: items.length - visible.length };
}
