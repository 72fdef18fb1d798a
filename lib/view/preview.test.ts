import { describe, expect, it } from 'vitest';
import { DATA_DIRECTORY, parseDataset, readDataFiles } from '@/lib/data/load';
import { previewContent } from './preview';
import { DEFAULT_VIEW } from './state';

const dataset = parseDataset(readDataFiles(DATA_DIRECTORY));

describe('previewContent', () => {
  it('gives a link its terms and source', () => {
    const content = previewContent(
      { ...DEFAULT_VIEW, selection: { type: 'link', id: 'shanghai-suzhou-193-tasks' } },
      dataset,
    );
    expect(content.heading).toMatch(/Shanghai–Suzhou/);
    expect(content.figure).toBe('193 tasks');
    expect(content.figureNote).toContain('26 Oct 2021');
  });

  it('marks an inferred year', () => {
    const content = previewContent(
      { ...DEFAULT_VIEW, selection: { type: 'link', id: 'shanghai-shaoxing-technology-transfer' } },
      dataset,
    );
    expect(content.figure).toBe('19 Jan 2019');
    expect(content.figureNote).toContain('year inferred');
  });

  it('gives a place its latest GDP with geography and status', () => {
    const content = previewContent(
      { ...DEFAULT_VIEW, selection: { type: 'place', id: 'boston' }, currency: 'USD' },
      dataset,
    );
    expect(content.figure).toBe('GDP 2021: 532 billion US dollars');
    expect(content.figureNote).toMatch(/Metropolitan Statistical Area · unverified/);
  });

  it('says "over" for a lower bound', () => {
    const content = previewContent(
      { ...DEFAULT_VIEW, selection: { type: 'place', id: 'shanghai' } },
      dataset,
    );
    expect(content.figure).toBe('GDP 2024: over 5,000 billion yuan');
  });

  it('has no figure for a place without GDP', () => {
    const content = previewContent({ ...DEFAULT_VIEW, selection: { type: 'place', id: 'sicc' } }, dataset);
    expect(content.figure).toBeNull();
  });

  it('describes the whole atlas without a selection', () => {
    expect(previewContent(DEFAULT_VIEW, dataset).figure).toBe('4 cooperation links · 9 places');
  });
});
