/**
 * Shortening the shared text to a network's limit: on grapheme boundaries
 * (an emoji, a flag or an Arabic letter with its marks is never split),
 * preferring the end of a word, with an ellipsis, and never touching the link.
 */

/** How a network counts the characters of a post. */
export type Measure = 'graphemes' | 'code-points' | 'x';

export interface TextLimit {
  /** The most the network accepts in the box the text goes into. */
  readonly max: number;
  readonly measure: Measure;
  /**
   * What the link costs in that same box (plus one for the space before it):
   * `counted` at its own length, a number when the network counts every link
   * at a fixed length, `apart` when the link travels in a field of its own.
   */
  readonly link: 'counted' | 'apart' | number;
}

export const ELLIPSIS = '…';

/**
 * The most text, in UTF-16 code units, that <pm-share> ever works on: ample
 * for the longest limit (300 graphemes on Bluesky, which an emoji sequence
 * makes up to about a dozen code units each), so a 2 MB value is cut before
 * anything segments it.
 */
export const MAX_TEXT_LENGTH = 4000;

/**
 * X's weighting (twitter-text v3): an emoji counts 2; other characters count 1
 * in the ranges below (Latin, Greek, Cyrillic, Arabic, Hebrew, Indic…, general
 * punctuation) and 2 elsewhere (CJK and the rest).
 */
function xWeight(grapheme: string): number {
  if (/\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(grapheme)) return 2;
  let weight = 0;
  for (const char of grapheme) {
    const code = char.codePointAt(0) ?? 0;
    const light =
      code <= 0x10ff ||
      (code >= 0x2000 && code <= 0x200d) ||
      (code >= 0x2010 && code <= 0x201f) ||
      (code >= 0x2032 && code <= 0x2037);
    weight += light ? 1 : 2;
  }
  return weight;
}

const weights: Record<Measure, (grapheme: string) => number> = {
  graphemes: () => 1,
  'code-points': (grapheme) => [...grapheme].length,
  x: xWeight,
};

const segmenters = new Map<string, Intl.Segmenter>();

/** `text` cut into graphemes or words; where `Intl.Segmenter` is missing, into code points or at spaces. */
function segments(text: string, granularity: 'grapheme' | 'word', locale: string): string[] {
  // `Intl` itself may be missing or replaced on a partner's page.
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return granularity === 'grapheme' ? [...text] : text.split(/(?<=\s)/u);
  const key = `${granularity} ${locale}`;
  let segmenter = segmenters.get(key);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(locale, {granularity});
    segmenters.set(key, segmenter);
  }
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

function measured(text: string, measure: Measure, locale: string): number {
  const weigh = weights[measure];
  return segments(text, 'grapheme', locale).reduce((sum, grapheme) => sum + weigh(grapheme), 0);
}

/**
 * `text` as it fits beside `url` within `limit`: whole when it fits, else its
 * longest prefix that ends on a grapheme boundary (at the end of a word when
 * that keeps at least half the room) followed by an ellipsis; empty when not
 * even the ellipsis fits.
 */
export function fitText(text: string, url: string, limit: TextLimit | undefined, locale: string): string {
  if (limit === undefined) return text;
  const {measure} = limit;
  const linkCost = limit.link === 'apart' ? 0 : 1 + (limit.link === 'counted' ? measured(url, measure, locale) : limit.link);
  const room = limit.max - linkCost;
  if (measured(text, measure, locale) <= room) return text;
  const budget = room - measured(ELLIPSIS, measure, locale);
  if (budget <= 0) return '';

  const weigh = weights[measure];
  let kept = '';
  let used = 0;
  for (const word of segments(text, 'word', locale)) {
    const cost = measured(word, measure, locale);
    if (used + cost > budget) {
      if (used * 2 < budget) {
        for (const grapheme of segments(word, 'grapheme', locale)) {
          if (used + weigh(grapheme) > budget) break;
          kept += grapheme;
          used += weigh(grapheme);
        }
      }
      break;
    }
    kept += word;
    used += cost;
  }
  return kept.trimEnd() + ELLIPSIS;
}
