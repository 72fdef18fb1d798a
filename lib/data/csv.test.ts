import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords, toCsv } from './csv';

describe('parseCsv', () => {
  it.each([
    [
      'plain fields',
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'CRLF endings',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'no final newline',
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'empty fields',
      'a,,c\n,,\n',
      [
        ['a', '', 'c'],
        ['', '', ''],
      ],
    ],
    ['quoted comma', 'a,"b,c"\n', [['a', 'b,c']]],
    ['escaped quote', '"say ""hi""",x\n', [['say "hi"', 'x']]],
    ['newline in quotes', '"line1\nline2",x\n', [['line1\nline2', 'x']]],
    ['byte order mark', '\ufeffa,b\n', [['a', 'b']]],
    ['Chinese text', '上海,"5108亿元"\n', [['上海', '5108亿元']]],
  ])('%s', (_name, input, expected) => {
    expect(parseCsv(input)).toEqual(expected);
  });

  it('rejects an unterminated quoted field', () => {
    expect(() => parseCsv('"open,1\n')).toThrow(/quoted/);
  });
});

describe('parseCsvRecords', () => {
  it('keys rows by the header', () => {
    expect(parseCsvRecords('id,value\nx,1\ny,\n')).toEqual([
      { id: 'x', value: '1' },
      { id: 'y', value: '' },
    ]);
  });

  it('names the row whose field count is wrong', () => {
    expect(() => parseCsvRecords('id,value\nx,1,extra\n')).toThrow(/row 2/);
  });
});

describe('toCsv', () => {
  it.each([
    ['plain', ['a', 1], 'a,1'],
    ['comma', ['a,b', 2], '"a,b",2'],
    ['quote', ['say "hi"', null], '"say ""hi""",'],
    ['formula injection', ['=HYPERLINK("x")', '+1'], `"'=HYPERLINK(""x"")",'+1`],
    ['negative number stays a number', ['-71.06', '@x'], "-71.06,'@x"],
  ])('%s', (_name, row, line) => {
    expect(toCsv(['h1', 'h2'], [row])).toBe(`h1,h2\r\n${line}\r\n`);
  });

  it('round-trips through parseCsv', () => {
    const rows = [
      ['1', 'a "quoted", text', '上海'],
      ['2', 'line\nbreak', ''],
    ];
    expect(parseCsv(toCsv(['n', 'text', 'zh'], rows))).toEqual([['n', 'text', 'zh'], ...rows]);
  });
});
