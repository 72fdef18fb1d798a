import { describe, expect, it } from 'vitest';
import type { Locale, Selection } from '@/lib/domain';
import { FIXTURE_DATASET as dataset } from '@/lib/test-fixtures/dataset';
import { DEFAULT_VIEW, type Scene } from './parsers';
import { previewContent } from './preview';

const preview = (selection: Selection | null, locale: Locale = 'en', view: Partial<Scene> = {}) =>
  previewContent({ ...DEFAULT_VIEW, ...view, selection }, dataset, locale);

describe('previewContent', () => {
  it('gives a link its terms and date', () => {
    const content = preview({ type: 'link', id: 'agreement-link' });
    expect(content.heading).toBe('agreement-link');
    expect(content.figure).toBe('12 tasks');
    expect(content.figureNote).toContain('26 Oct 2021');
  });

  it('marks an inferred year', () => {
    const content = preview({ type: 'link', id: 'lab-link' });
    expect(content.figure).toBe('19 Jan 2019');
    expect(content.figureNote).toContain('year inferred');
  });

  it('gives a place its latest GDP, converted, with its geography', () => {
    // 400,000 million dollars in 2017, the fixture's latest Boston figure with a value.
    const content = preview({ type: 'place', id: 'boston' }, 'en', { currency: 'USD' });
    expect(content.figure).toBe('GDP 2017: 400 billion US dollars');
    expect(content.figureNote).toContain('Boston Metropolitan Statistical Area');
  });

  it('says "over" for a lower bound', () => {
    expect(preview({ type: 'place', id: 'shanghai' }).figure).toBe('GDP 2024: over 200 billion yuan');
  });

  it('has no figure for a place without GDP', () => {
    expect(preview({ type: 'place', id: 'massachusetts-state-house' }).figure).toBeNull();
  });

  it('counts the whole atlas without a selection', () => {
    expect(preview(null).figure).toBe('4 cooperation links · 9 places');
  });
});

describe('previewContent in Chinese', () => {
  it('writes the link, its terms and date in Chinese', () => {
    const content = preview({ type: 'link', id: 'agreement-link' }, 'zh');
    expect(content.heading).toBe('agreement-link（中）');
    expect(content.figureNote).toContain('2021年10月26日');
  });

  it('writes GDP in 亿元 and marks an unverified figure', () => {
    // 80 billion yuan is 800 亿元.
    const content = preview({ type: 'place', id: 'shaoxing' }, 'zh');
    expect(content.figure).toBe('2024年地区生产总值：800亿元');
    expect(content.figureNote).toContain('未核实');
  });
});
