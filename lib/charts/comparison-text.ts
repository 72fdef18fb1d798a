import type { Locale, YearRange } from '@/lib/domain';
import { formatNumber, formatValue } from '@/lib/format/numbers';
import { INTL_LOCALE, listOf } from '@/lib/i18n/localized';
import type { Caveat, Compared, ComparisonSentence } from './comparison-sentence';
import type { GeographyKind } from './geography-kind';

/** The message keys the sentence is made of, so the page (next-intl) and the server (translatorFor) share one text. */
type SentenceKey =
  | `charts.sentence.${'nothing' | 'single' | 'leader' | 'undecided'}.${'levels' | 'index' | 'growth' | 'perCapita'}`
  | `charts.sentence.bound.${'at_least' | 'at_most' | 'unknown'}`
  | `charts.sentence.caveat.${Exclude<Caveat['kind'], 'geographies'> | 'geographies'}`
  | `charts.geographyKind.${GeographyKind}`
  | 'charts.sentence.rate'
  | 'charts.sentence.withCaveats'
  | 'charts.sentence.end'
  | `charts.rateSeries.${'fed_g5a' | 'pboc_central_parity' | 'derived_communique'}`;

export type Say = (key: SentenceKey, values?: Record<string, string | number>) => string;

type TextContext = {
  say: Say;
  locale: Locale;
  nameOf: (place: string) => string;
  /** The unit levels are shown in (the view's currency). */
  unit: string;
  range: YearRange;
};

const list = listOf;

function figureText(mode: ComparisonSentence['mode'], figure: Compared, { say, locale, unit }: TextContext) {
  const plain =
    mode === 'levels'
      ? formatValue(figure.value, unit, locale, figure.bound === 'at_least' ? 'more_than' : 'exact')
      : mode === 'index'
        ? formatNumber(figure.value, 'count', locale, 1)
        : say('charts.sentence.rate', {
            rate: new Intl.NumberFormat(INTL_LOCALE[locale], {
              style: 'percent',
              maximumFractionDigits: 1,
            }).format(figure.value),
          });
  // A level's lower bound already reads "over …"; a ratio's bound says which way it may be off.
  if (mode === 'levels' || figure.bound === 'exact') return plain;
  return say(`charts.sentence.bound.${figure.bound}`, { value: plain });
}

function caveatText(caveat: Caveat, { say, locale }: TextContext): string {
  switch (caveat.kind) {
    case 'geographies':
      return say('charts.sentence.caveat.geographies', {
        kinds: list(
          caveat.kinds.map((k) => say(`charts.geographyKind.${k}`)),
          locale,
        ),
      });
    case 'converted':
      return say('charts.sentence.caveat.converted', {
        series: list(
          caveat.series.map((s) => say(`charts.rateSeries.${s as 'fed_g5a'}`)),
          locale,
        ),
      });
    case 'missing':
      return say('charts.sentence.caveat.missing', { count: caveat.count });
    default:
      return say(`charts.sentence.caveat.${caveat.kind}`);
  }
}

/** The sentence in words: the claim, then its caveats, in the reader's language. */
export function comparisonText(sentence: ComparisonSentence, context: TextContext): string {
  const { say, nameOf, range } = context;
  const { mode, claim } = sentence;
  const span = { from: range[0], to: range[1] };
  // The per-capita panel compares levels, in words of its own.
  const wording = sentence.metric === 'gdp_per_capita' ? 'perCapita' : mode;
  let text: string;
  switch (claim.kind) {
    case 'nothing':
      text = say(`charts.sentence.nothing.${wording}`, span);
      break;
    case 'undecided':
      text = say(`charts.sentence.undecided.${wording}`, {
        ...span,
        count: claim.compared,
        year: claim.year ?? '',
      });
      break;
    case 'single':
    case 'leader': {
      const { figure } = claim;
      text = say(`charts.sentence.${claim.kind}.${wording}`, {
        place: nameOf(figure.place),
        value: figureText(mode, figure, context),
        year: figure.years[1],
        from: figure.years[0],
        to: figure.years[1],
        base: figure.baseYear ?? '',
        count: claim.kind === 'leader' ? claim.compared : 1,
      });
    }
  }
  const caveats = sentence.caveats.map((c) => caveatText(c, context));
  return caveats.length === 0
    ? say('charts.sentence.end', { text })
    : say('charts.sentence.withCaveats', { text, caveats: list(caveats, context.locale) });
}
