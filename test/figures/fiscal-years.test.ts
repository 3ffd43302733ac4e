/**
 * A fiscal year on its prefix ("FY2021", "FY24", "FY'27") is the year it names, in a record's
 * figures and in the years it mentions, as "FY 2019" with a space already was; a longer code
 * ending in "FY…" ("SFY2021") or a percentage ("FY24%" is no year) is not.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures, mentionedYears } from '../../src/figures/extract.js';

describe('fiscal years', () => {
  it('four digits, two digits, an apostrophe', () => {
    expect(mentionedYears('Revenue rose from FY2021 to FY2023, and FY24 guidance is flat.')).toEqual([2021, 2023, 2024]);
    expect(mentionedYears("The FY'27 target and FY98's loss")).toEqual([1998, 2027]);
    const dates = extractFigures('Margins in FY2022 were thin.', { year: null }).filter((f) => f.kind === 'date');
    expect(dates.map((f) => [f.text, f.value, f.precision])).toEqual([['FY2022', '2022', 'year']]);
  });

  it('not inside a longer word, nor a percentage', () => {
    expect(mentionedYears('SFY2021 and FY24% and FY2021x')).toEqual([]);
  });
});
