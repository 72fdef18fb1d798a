import { describe, expect, it } from 'vitest';
import type { LinkIndexProperties } from '@/lib/api/contract/links';
import { type EvidenceGrade, inYearRange } from '@/lib/domain';
import {
  FIXTURE_LINK_ARCS,
  FIXTURE_PLACES as places,
  FIXTURE_LINK_INDEX as records,
} from '@/lib/test-fixtures/features';
import { groupArcs, groupLinks, strongestGrade, withLanes } from './arcs';

const keepAll = () => true;

const [sample] = records.features;
if (!sample) throw new Error('no links');

const link = (id: string, change: Partial<LinkIndexProperties>) => ({
  id,
  properties: { ...sample.properties, id, ...change },
});
const ids = (result: ReturnType<typeof groupLinks>) => result.groups.map((g) => g.members.map((m) => m.id));

describe('groupLinks', () => {
  it('keeps each fixture link on its own arc', () => {
    expect(groupLinks(records, keepAll).groups.map((g) => g.members.length)).toEqual(
      records.features.map(() => 1),
    );
  });

  it.each([
    [
      'the same places, direction and kind share an arc, latest first',
      [
        link('a', { from: 'shanghai', to: 'suzhou', mutual: false, date: '2020-01-01' }),
        link('b', { from: 'shanghai', to: 'suzhou', mutual: false, date: '2022-05-01' }),
      ],
      [['b', 'a']],
    ],
    [
      'opposite directions do not',
      [
        link('a', { from: 'shanghai', to: 'suzhou', mutual: false }),
        link('b', { from: 'suzhou', to: 'shanghai', mutual: false }),
      ],
      [['a'], ['b']],
    ],
    [
      'two-way links between the same places do, whichever way they are written',
      [
        link('a', { from: 'shanghai', to: 'suzhou', mutual: true }),
        link('b', { from: 'suzhou', to: 'shanghai', mutual: true }),
      ],
      [['a', 'b']],
    ],
    [
      'other kinds and other venues do not',
      [
        link('a', { kind: 'enterprise_park' }),
        link('b', { kind: 'technology_transfer' }),
        link('c', { kind: 'enterprise_park', venue: 'shanghai' }),
      ],
      [['a'], ['b'], ['c']],
    ],
  ])('%s', (_, features, expected) => {
    expect(ids(groupLinks({ features }, keepAll))).toEqual(expected);
  });

  it('leaves out links outside the year range and finds every member’s group', () => {
    const features = [
      link('old', { year: 2010, date: '2010-01-01' }),
      link('new', { year: 2021, date: '2021-01-01' }),
      link('newer', { year: 2022, date: '2022-01-01' }),
    ];
    const result = groupLinks({ features }, (link) => inYearRange(link.year, [2020, 2023]));
    expect(ids(result)).toEqual([['newer', 'new']]);
    expect(result.groupOf.get('new')?.id).toBe('newer');
    expect(result.groupOf.has('old')).toBe(false);
  });
});

describe('groupArcs', () => {
  it('draws the arcs /api/links serves, link for link', () => {
    const drawn = groupArcs(groupLinks(records, keepAll).groups, places);
    expect(drawn.features.map((f) => [f.id, f.geometry, f.properties.count])).toEqual(
      FIXTURE_LINK_ARCS.features.map((f) => [f.id, f.geometry, 1]),
    );
  });

  it.each([
    ['an unknown origin', { from: 'atlantis' }],
    ['an unknown destination', { to: 'atlantis' }],
  ])('leaves off a group with %s and keeps the others', (_, change) => {
    const broken = { ...sample, properties: { ...sample.properties, ...change } };
    const rest = records.features.slice(1);
    const drawn = groupArcs(groupLinks({ features: [broken, ...rest] }, keepAll).groups, places);
    expect(drawn.features.map((f) => f.id)).toEqual(rest.map((f) => f.id));
  });

  it('counts the links on each arc', () => {
    const features = [link('a', { date: '2020-01-01' }), link('b', { date: '2021-01-01' })];
    const [arc] = groupArcs(groupLinks({ features }, keepAll).groups, places).features;
    expect(arc?.properties).toMatchObject({ id: 'b', count: 2 });
  });
});

describe('strongestGrade', () => {
  const graded = (...grades: EvidenceGrade[]) => grades.map((grade) => ({ grade }));
  it.each<[string, EvidenceGrade[], EvidenceGrade]>([
    ['one link keeps its own grade', ['moderate'], 'moderate'],
    ['a strong member makes the group strong', ['weak', 'strong', 'moderate'], 'strong'],
    ['moderate beats weak', ['weak', 'moderate'], 'moderate'],
    ['all weak stays weak', ['weak', 'weak'], 'weak'],
  ])('%s', (_, grades, expected) => {
    expect(strongestGrade(graded(...grades))).toBe(expected);
  });

  it('puts the grade on the arc', () => {
    const features = [
      link('a', { date: '2020-01-01', grade: 'weak' }),
      link('b', { date: '2021-01-01', grade: 'moderate' }),
    ];
    const [arc] = groupArcs(groupLinks({ features }, keepAll).groups, places).features;
    expect(arc?.properties).toMatchObject({ id: 'b', grade: 'moderate' });
  });
});

describe('the records the page embeds', () => {
  it('carry no geometry', () => {
    for (const feature of records.features) expect(feature.geometry).toBeNull();
  });
});

describe('withLanes', () => {
  const arc = (id: string, from: string, to: string) => ({
    id,
    properties: {
      id,
      from,
      to,
      mutual: false,
      venue: null,
      kind: 'technology_transfer' as const,
      year: 2021,
      count: 1,
      grade: 'strong' as const,
      lane: 0,
    },
  });
  const lanes = (features: ReturnType<typeof arc>[]) =>
    Object.fromEntries(withLanes(features).map((f) => [f.id, f.properties.lane]));

  it.each<[string, ReturnType<typeof arc>[], Record<string, number>]>([
    ['an arc alone keeps the middle', [arc('a', 'x', 'y')], { a: 0 }],
    ['two arcs between one pair part', [arc('a', 'x', 'y'), arc('b', 'x', 'y')], { a: -0.5, b: 0.5 }],
    [
      'three arcs take three lanes',
      [arc('a', 'x', 'y'), arc('b', 'x', 'y'), arc('c', 'x', 'y')],
      { a: -1, b: 0, c: 1 },
    ],
    // Offsets are to a line's right as it runs, so an arc running the other way flips its sign
    // to land on its own side all the same.
    ['an arc the other way flips its sign', [arc('a', 'x', 'y'), arc('b', 'y', 'x')], { a: -0.5, b: -0.5 }],
    ['arcs between other pairs do not share lanes', [arc('a', 'x', 'y'), arc('b', 'x', 'z')], { a: 0, b: 0 }],
  ])('%s', (_name, features, expected) => {
    expect(lanes(features)).toEqual(expected);
  });
});
