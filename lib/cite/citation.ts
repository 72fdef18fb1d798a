/**
 * Citations to copy, in APA 7 and GB/T 7714-2015, as plain text. Pure: the access date
 * is passed in, so the same work cited on the same day reads the same everywhere.
 */

export const CITATION_STYLES = ['apa', 'gbt7714'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** What a citation names, in either style. */
export type CitedWork = {
  /** A person or body responsible for the work; null where none is named. */
  author: string | null;
  title: string;
  /** The site, paper or publisher the work appears in. */
  container: string | null;
  /** Publication date as far as it is known: YYYY, YYYY-MM or YYYY-MM-DD; null for none. */
  date: string | null;
  url: string | null;
  /** GB/T 7714's type code: N newspaper, EB electronic bulletin (a web page), Z other. */
  type: 'N' | 'EB' | 'Z';
  /** The day the work was read (YYYY-MM-DD), for works that change (a page of the atlas); else null. */
  accessed: string | null;
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function dateParts(date: string): { year: string; month: string | null; day: number | null } {
  const match = DATE.exec(date);
  if (!match) throw new Error(`not a citation date: ${date}`);
  const [, year = '', month, day] = match;
  return {
    year,
    month: month === undefined ? null : (MONTHS[Number(month) - 1] ?? null),
    day: day === undefined ? null : Number(day),
  };
}

/** (2021, October 26) · (2021, October) · (2021) · (n.d.) */
function apaDate(date: string | null): string {
  if (date === null) return '(n.d.)';
  const { year, month, day } = dateParts(date);
  if (month === null) return `(${year})`;
  return day === null ? `(${year}, ${month})` : `(${year}, ${month} ${day})`;
}

/** December 2, 2026 */
function apaDay(date: string): string {
  const { year, month, day } = dateParts(date);
  return `${month} ${day}, ${year}`;
}

/** A sentence of a citation ends with one full stop, whatever the name ends with. */
const sentence = (text: string) => (/[.?!。？！]$/.test(text) ? text : `${text}.`);

/**
 * APA 7: Author. (Date). Title. Site. URL — with the site left out when it is the author,
 * the title moved first when there is no author, and, for an undated page (whose content
 * changes, like the atlas's own), "Retrieved <day>, from" before the URL.
 */
export function formatApa(work: CitedWork): string {
  const date = apaDate(work.date);
  const site = work.container && work.container !== work.author ? sentence(work.container) : null;
  const where =
    work.url === null
      ? null
      : work.accessed && work.date === null
        ? `Retrieved ${apaDay(work.accessed)}, from ${work.url}`
        : work.url;
  const parts = work.author
    ? [sentence(work.author), `${date}.`, sentence(work.title), site, where]
    : [sentence(work.title), `${date}.`, site, where];
  return parts.filter((part): part is string => part !== null).join(' ');
}

/**
 * GB/T 7714-2015: 责任者. 题名[EB/OL]. (出版日期)[引用日期]. 路径. — a newspaper ([N]) names
 * its paper and date instead: 题名[N/OL]. 报纸名, 出版日期[引用日期]. 路径. A work without a URL
 * has no /OL, no access date and no path; an unnamed author is left out.
 */
export function formatGbt(work: CitedWork): string {
  const online = work.url !== null;
  const author = work.author ? sentence(work.author) : null;
  const title = `${work.title}[${work.type}${online ? '/OL' : ''}].`;
  const accessed = online && work.accessed ? `[${work.accessed}]` : '';
  const container = work.container && work.container !== work.author ? work.container : null;
  let dates: string;
  if (work.type === 'N' || !online) {
    dates = [container, work.date].filter((part): part is string => part !== null).join(', ') + accessed;
  } else {
    dates = `${work.date === null ? '' : `(${work.date})`}${accessed}`;
  }
  const parts = [
    author,
    title,
    dates === '' ? null : `${dates}.`,
    online ? sentence(work.url as string) : null,
  ];
  return parts.filter((part): part is string => part !== null).join(' ');
}

export function formatCitation(work: CitedWork, style: CitationStyle): string {
  return style === 'apa' ? formatApa(work) : formatGbt(work);
}
