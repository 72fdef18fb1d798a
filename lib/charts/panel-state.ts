/** What a chart panel shows in its body: a wait, an error, a sentence that it has nothing, or its figures. */
export type PanelState = 'loading' | 'error' | 'empty' | 'ready';

type PanelInputs = {
  /** The query has not answered yet. */
  pending: boolean;
  error: boolean;
  /** The answer has something to draw. */
  hasData: boolean;
  /**
   * False when the panel has nothing to ask for (the profile without a selection): a
   * disabled query stays pending for ever, so this comes before `pending`.
   */
  enabled?: boolean;
};

/** One rule for every panel, so that each tells its states apart in the same order. */
export function panelState({ pending, error, hasData, enabled = true }: PanelInputs): PanelState {
  if (!enabled) return 'empty';
  if (pending) return 'loading';
  if (error) return 'error';
  return hasData ? 'ready' : 'empty';
}
