import { describe, expect, it } from 'vitest';
import { DATA_DIRECTORY, parseDataset, readDataFiles } from '@/lib/data/load';
import { DEFAULT_VIEW } from './parsers';
import { previewContent } from './preview';

const dataset = parseDataset(readDataFiles(DATA_DIRECTORY));

describe('previewContent', () => {
  it('gives a link its terms and source', () => {
    const content = previewContent(
      { ...DEFAULT_VIEW, selection: { type: 'link', id: 'shanghai-suzhou-193-tasks' } },
      dataset,
      'en',
    );
    expect(content.heading).toMatch(/Shanghai–Suzhou/);
    expect(content.figure).toBe('193 tasks');
    expect(content.figureNote).toContain('26 Oct 2021');
  });

  it('marks an inferred year', () => {
    const content = previewContent(
      { ...DEFAULT_VIEW, selection: { type: 'link', id: 'shanghai-shaoxing-technology-transfer' } },
      dataset,
      'en',
    );
    expect(content.figure).toBe('19 Jan 2019');
    expect(content.figureNote).toContain('year inferred');
  });

  it('gives a place its latest GDP with geography and status', () => {
    const content = previewContent(
      { ...DEFAULT_VIEW, selection: { type: 'place', id: 'boston' }, currency: 'USD' },
      dataset,
      'en',
    );
    // Rounded to a billion in its source, so "about".
    expect(content.figure).toBe('GDP 2021: about 532 billion US dollars');
    expect(content.figureNote).toMatch(/Metropolitan Statistical Area · unverified/);
  });

  it('says "over" for a lower bound', () => {
    const content = previewContent(
      { ...DEFAULT_VIEW, selection: { type: 'place', id: 'shanghai' } },
      dataset,
      'en',
    );
    expect(content.figure).toBe('GDP 2024: over 5,000 billion yuan');
  });

  it('has no figure for a place without GDP', () => {
    const content = previewContent(
      { ...DEFAULT_VIEW, selection: { type: 'place', id: 'sicc' } },
      dataset,
      'en',
    );
    expect(content.figure).toBeNull();
  });

  it('describes the whole atlas without a selection', () => {
    expect(previewContent(DEFAULT_VIEW, dataset, 'en').figure).toBe('5 cooperation links · 9 places');
  });
});

describe('previewContent in Chinese', () => {
  it('writes the link, its terms and date in Chinese', () => {
    const content = previewContent(
      { ...DEFAULT_VIEW, selection: { type: 'link', id: 'shanghai-suzhou-193-tasks' } },
      dataset,
      'zh',
    );
    expect(content.heading).toBe('沪苏科技创新合作任务');
    expect(content.figureNote).toContain('2021年10月26日');
  });

  it('writes GDP in 亿元', () => {
    const content = previewContent(
      { ...DEFAULT_VIEW, selection: { type: 'place', id: 'shaoxing' } },
      dataset,
      'zh',
    );
    expect(content.figure).toBe('2024年地区生产总值：8,368.6亿元');
    expect(content.figureNote).toContain('绍兴市（地级市）');
  });
});
