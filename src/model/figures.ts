/**
 * What a figure is: a date, duration, amount, count, percent or rank that a
 * record's text asserts, normalised so sources can be compared. Finding them
 * is the work of src/figures/.
 */

export type FigureKind = 'date' | 'duration' | 'amount' | 'count' | 'percent' | 'rank';

export interface Figure {
  kind: FigureKind;
  /** the words as written, e.g. "July 2017", "nine months", "$54B" */
  text: string;
  /** character offsets of `text` in the input */
  start: number;
  end: number;
  /** normalised value: date → "2017", "2017-07" or "2017-07-14"; duration → days; amount → number in `unit`; count/percent/rank → number */
  value: string | number;
  /** amount: ISO currency ("USD", "BTC"…); count: the counted noun lemma ("user"); duration: "days" */
  unit?: string;
  /** date: "year" | "month" | "day"; other kinds: omitted */
  precision?: 'year' | 'month' | 'day';
  /** "over", "about", "more than", "up to", "nearly", "within", "top", "summer", "early"… */
  qualifier?: string;
}
