import { describe, expect, it } from 'vitest';
import type { Dataset } from '@/lib/data/load';
import type { Organization } from '@/lib/data/schema';
import { FIXTURE_DATASET } from '@/lib/test-fixtures/dataset';
import { organizationPreview } from './preview';

const organization = (id: string, seat: Organization['seat']): Organization => ({
  id,
  name: { en: `${id} in English`, zh: `${id}中文` },
  kind: 'development_zone',
  seat,
  parent: null,
  description: { en: 'D', zh: 'D' },
  sources: ['fixture-atlas'],
});

const seated = organization('park-office', {
  place: 'zhangjiang',
  status: 'found',
  source: 'fixture-atlas',
  note: { en: '', zh: '' },
});
const pointed = organization('lab-office', {
  lon: 121,
  lat: 31,
  status: 'found',
  source: 'fixture-atlas',
  note: { en: '', zh: '' },
});
const unnamed = organization('quiet-office', null);

/** The fixture's links, with the organizations above as actors of some. */
const dataset: Dataset = {
  ...FIXTURE_DATASET,
  organizations: [seated, pointed, unnamed],
  links: FIXTURE_DATASET.links.map((link, i) => ({
    ...link,
    actors: [
      { organization: 'park-office', role: i === 0 ? 'set_up' : 'hosts', source: 'fixture-atlas' },
      ...(i === 1 ? [{ organization: 'lab-office', role: 'signed' as const, source: 'fixture-atlas' }] : []),
    ],
  })),
};
const [first, second] = dataset.links;
const placeName = (id: string) => dataset.places.find((p) => p.id === id)?.name.en;

describe('organizationPreview', () => {
  it('names the kind, the seat, the links and how many more, and maps the seat', () => {
    expect(dataset.links.length).toBeGreaterThan(2);
    const { content, selection } = organizationPreview(seated, dataset, 'en');
    expect(content.heading).toBe('park-office in English');
    expect(content.subheading).toBe(`Development zone · ${placeName('zhangjiang')}`);
    expect(content.figure).toBe(`Acts in ${dataset.links.length} cooperation links`);
    expect(content.figureNote).toBe(
      `${first?.title.en} (set it up) · ${second?.title.en} (hosts it) · and ${dataset.links.length - 2} more`,
    );
    expect(selection).toEqual({ type: 'place', id: 'zhangjiang' });
  });

  it('maps the first link of an organization seated at a point of its own', () => {
    const { content, selection } = organizationPreview(pointed, dataset, 'zh');
    expect(content.subheading).toBe('开发区');
    expect(content.figure).toBe('参与 1 项合作');
    expect(content.figureNote).toBe(`${second?.title.zh} (签署)`);
    expect(selection).toEqual({ type: 'link', id: second?.id });
  });

  it('says so when no link names the organization', () => {
    const { content, selection } = organizationPreview(unnamed, dataset, 'en');
    expect(content.figure).toBe('Named in no cooperation link yet');
    expect(content.figureNote).toBeNull();
    expect(selection).toBeNull();
  });
});
