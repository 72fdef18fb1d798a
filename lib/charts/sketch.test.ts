import { describe, expect, it } from 'vitest';
import { axisShare, bandBar, bandSpan, barSketch, lineSketch, pointAt, type SketchSeries } from './sketch';
import type { ValueAxis } from './ticks';

const AXIS_0_100: ValueAxis = { domain: [0, 100], ticks: [0, 50, 100] };
const plain = (value: number) => `n${value}`;

describe('scales', () => {
  it.each([
    { value: 0, axis: AXIS_0_100, share: 0 },
    { value: 25, axis: AXIS_0_100, share: 25 },
    { value: 100, axis: { domain: [80, 120], ticks: [] } as ValueAxis, share: 50 },
    { value: 0, axis: { domain: [-2, 6], ticks: [] } as ValueAxis, share: 25 },
    { value: 5, axis: { domain: [5, 5], ticks: [] } as ValueAxis, share: 0 },
  ])('axisShare($value) on $axis.domain is $share', ({ value, axis, share }) => {
    expect(axisShare(value, axis)).toBe(share);
  });

  it.each([
    { index: 0, count: 10, at: 0 },
    { index: 9, count: 10, at: 100 },
    { index: 1, count: 5, at: 25 },
    { index: 0, count: 1, at: 50 },
  ])('pointAt($index, $count) is $at', ({ index, count, at }) => {
    expect(pointAt(index, count)).toBe(at);
  });

  it.each([
    { index: 0, count: 4, bar: { start: 2.5, size: 20 } },
    { index: 3, count: 4, bar: { start: 77.5, size: 20 } },
    { index: 0, count: 1, bar: { start: 10, size: 80 } },
  ])('bandBar($index, $count)', ({ index, count, bar }) => {
    const { start, size } = bandBar(index, count);
    expect(start).toBeCloseTo(bar.start);
    expect(size).toBeCloseTo(bar.size);
  });

  it.each([
    { from: 2, to: 3, count: 10, span: { start: 20, end: 40 } },
    { from: -3, to: 1, count: 10, span: { start: 0, end: 20 } },
    { from: 8, to: 12, count: 10, span: { start: 80, end: 100 } },
  ])('bandSpan($from, $to) of $count', ({ from, to, count, span }) => {
    expect(bandSpan(from, to, count)).toEqual(span);
  });
});

const series = (key: string, values: (number | null)[], joined = true): SketchSeries => ({
  key,
  colour: `#${key}`,
  joined,
  points: values.map((value) => ({ value, mark: value === null ? null : 'published', breaks: false })),
});

describe('lineSketch', () => {
  const years = [2020, 2021, 2022, 2023, 2024];
  it.each([
    { name: 'a whole line is one run', values: [0, 25, 50, 75, 100], d: 'M0 100L25 75L50 50L75 25L100 0' },
    { name: 'a gap breaks the line in two', values: [0, 50, null, 50, 100], d: 'M0 100L25 50M75 50L100 0' },
    {
      name: 'a figure alone between gaps starts a run of its own',
      values: [null, 50, null, null, 100],
      d: 'M25 50M100 0',
    },
  ])('$name', ({ values, d }) => {
    const sketch = lineSketch({
      years,
      xTicks: years,
      axis: AXIS_0_100,
      series: [series('a', values)],
      formatValue: plain,
    });
    expect(sketch.paths).toEqual([{ key: 'a', colour: '#a', d }]);
    expect(sketch.marks).toHaveLength(values.filter((v) => v !== null).length);
  });

  it('draws lower bounds as marks only, and every figure of every series as a mark', () => {
    const sketch = lineSketch({
      years,
      xTicks: [2020, 2022, 2024],
      axis: AXIS_0_100,
      series: [series('a', [10, 20, 30, null, null]), series('b', [null, null, null, 90, 95], false)],
      formatValue: plain,
    });
    expect(sketch.paths.map((p) => p.key)).toEqual(['a']);
    expect(sketch.marks.map((m) => m.key)).toEqual(['a:2020', 'a:2021', 'a:2022', 'b:2023', 'b:2024']);
    expect(sketch.marks.at(-1)).toMatchObject({ x: 100, y: 5, colour: '#b' });
  });

  it('labels the ticks it is given, in place and in the format given', () => {
    const sketch = lineSketch({
      years,
      xTicks: [2020, 2022, 2024, 2030],
      axis: AXIS_0_100,
      series: [],
      formatValue: plain,
    });
    expect(sketch.xLabels).toEqual([
      { at: 0, text: '2020' },
      { at: 50, text: '2022' },
      { at: 100, text: '2024' },
    ]);
    expect(sketch.yLabels).toEqual([
      { at: 100, text: 'n0' },
      { at: 50, text: 'n50' },
      { at: 0, text: 'n100' },
    ]);
    expect(sketch.grid).toEqual([100, 50, 0]);
  });
});

describe('barSketch', () => {
  const one = (key: string, value: number) => ({
    key,
    label: key.toUpperCase(),
    segments: [{ key: 'v', value, colour: '#000' }],
    mark: { kind: 'published' as const, breaks: false, colour: '#000' },
  });

  it.each([
    {
      name: 'columns stand on zero, their marks on top',
      orientation: 'columns' as const,
      bars: [
        { key: 'a:v', x: 5, y: 50, width: 40, height: 50, colour: '#000' },
        { key: 'b:v', x: 55, y: 0, width: 40, height: 100, colour: '#000' },
      ],
      marks: [
        { x: 25, y: 50 },
        { x: 75, y: 0 },
      ],
    },
    {
      name: 'rows lie from zero to the right, their marks at the end',
      orientation: 'rows' as const,
      bars: [
        { key: 'a:v', x: 0, y: 5, width: 50, height: 40, colour: '#000' },
        { key: 'b:v', x: 0, y: 55, width: 100, height: 40, colour: '#000' },
      ],
      marks: [
        { x: 50, y: 25 },
        { x: 100, y: 75 },
      ],
    },
  ])('$name', ({ orientation, bars, marks }) => {
    const sketch = barSketch({
      orientation,
      categories: [one('a', 50), one('b', 100)],
      axis: AXIS_0_100,
      formatValue: plain,
    });
    expect(sketch.bars).toEqual(bars);
    expect(sketch.marks.map(({ x, y }) => ({ x, y }))).toEqual(marks);
    expect(sketch.categoryLabels.map((l) => l.text)).toEqual(['A', 'B']);
  });

  it('a bar below zero runs left from zero, and its mark and note stay at zero’s side', () => {
    const axis: ValueAxis = { domain: [-2, 6], ticks: [-2, 0, 2, 4, 6] };
    const sketch = barSketch({
      orientation: 'rows',
      categories: [{ ...one('a', -2), note: ['−2%', '2015–2024'] as const }],
      axis,
      formatValue: plain,
    });
    expect(sketch.bars[0]).toMatchObject({ x: 0, width: 25 });
    expect(sketch.marks[0]).toMatchObject({ x: 25 });
    expect(sketch.notes[0]).toMatchObject({ x: 25, lines: ['−2%', '2015–2024'] });
    expect(sketch.valueLabels.map((l) => l.at)).toEqual([0, 25, 50, 75, 100]);
  });

  it('stacks segments in order, draws none for a zero, and labels only the categories asked for', () => {
    const sketch = barSketch({
      orientation: 'columns',
      categories: ['2020', '2021'].map((year, i) => ({
        key: year,
        label: year,
        segments: [
          { key: 'x', value: i === 0 ? 20 : 0, colour: '#1' },
          { key: 'y', value: 30, colour: '#2' },
        ],
      })),
      labelled: ['2021'],
      axis: AXIS_0_100,
      formatValue: plain,
    });
    expect(sketch.bars.map(({ key, y, height }) => ({ key, y, height }))).toEqual([
      { key: '2020:x', y: 80, height: 20 },
      { key: '2020:y', y: 50, height: 30 },
      { key: '2021:y', y: 70, height: 30 },
    ]);
    expect(sketch.categoryLabels).toEqual([{ at: 75, text: '2021' }]);
    expect(sketch.marks).toEqual([]);
  });
});
