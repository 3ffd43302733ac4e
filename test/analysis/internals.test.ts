/** The machinery under the commands: figure compatibility, statements, subjects. */
import { describe, expect, it } from 'vitest';
import { disagree, datesAgree } from '../../src/analysis/compat.js';
import { buildDiscourse, yearlessDates } from '../../src/analysis/discourse.js';
import { stem } from '../../src/analysis/text.js';
import { extractFigures, type Figure } from '../../src/figures/extract.js';
import { SpeakerRegistry } from '../../src/model/speakers.js';
import { rec } from './fixtures.js';

const fig = (text: string, kind: Figure['kind'] = 'date'): Figure => {
  const f = extractFigures(text).find((x) => x.kind === kind);
  if (!f) throw new Error(`no ${kind} in ${text}`);
  return f;
};

describe('compat: when figures disagree', () => {
  it('compares dates at the coarser precision', async () => {
    expect(datesAgree(fig('in 2017'), fig('in July 2017'))).toBe(true);
    expect(datesAgree(fig('on September 1, 2017'), fig('in 2017'))).toBe(true);
    expect(datesAgree(fig('in July 2017'), fig('on September 1, 2017'))).toBe(false);
    expect(datesAgree(fig('in 2013'), fig('in 2014'))).toBe(false);
    expect(datesAgree(fig('in the summer of 2017'), fig('in July 2017'))).toBe(true);
    expect(datesAgree(fig('in early 2021'), fig('in November 2021'))).toBe(false);
  });

  it('reads "before"/"pre-" as an upper bound', async () => {
    expect(disagree(fig('pre-2019'), fig('in 2017'))).toBeNull();
    expect(disagree(fig('in 2017'), fig('in 2015'), 'it happened before ')).toBeNull();
  });

  it('compares a yearless date by its month only', async () => {
    const july14 = yearlessDates('launched BNB on July 14, he said', [])[0]!;
    expect(july14).toMatchObject({ kind: 'date', value: '--07-14', text: 'July 14' });
    expect(disagree(july14, fig('in October 2017'))).not.toBeNull();
    expect(disagree(july14, fig('in July 2017'))).toBeNull();
    expect(disagree(july14, fig('in 2018'))).toBeNull();
    expect(yearlessDates('on July 14, 2017', [])).toEqual([]);
  });

  it('compares numbers with tolerance and bounds, and only like with like', async () => {
    expect(disagree(fig('nine months', 'duration'), fig('3 months', 'duration'))?.values).toBe('270 days vs 90 days');
    expect(disagree(fig('within 180 days', 'duration'), fig('3 months', 'duration'))).toBeNull();
    expect(disagree(fig('about 6 months', 'duration'), fig('180 days', 'duration'))).toBeNull();
    expect(disagree(fig('300 employees', 'count'), fig('1,500 employees', 'count'))).not.toBeNull();
    expect(disagree(fig('300 employees', 'count'), fig('1,500 users', 'count'))).toBeNull();
    expect(disagree(fig('top three', 'rank'), fig('the largest', 'rank'))).toBeNull();
  });

  it('weakens values orders of magnitude apart', async () => {
    const near = disagree(fig('nine months', 'duration'), fig('3 months', 'duration'))!;
    const far = disagree(fig('one hour', 'duration'), fig('a full day', 'duration'))!;
    expect(far.strength).toBeLessThan(near.strength);
  });
});

describe('discourse: statements of records', () => {
  it('splits sentences, keeps table rows whole with their cells as clauses', async () => {
    const d = buildDiscourse([
      rec('a', 'First sentence is here. Second one follows; with a clause.'),
      rec('a', 'July 2017 — Completed a round — Team formed'),
    ]);
    expect(d.statements.map((s) => s.text)).toEqual(['First sentence is here.', 'Second one follows; with a clause.', 'July 2017 — Completed a round — Team formed']);
    expect(d.statements[1]!.clauses).toHaveLength(2);
    expect(d.statements[2]!.row).toBe(true);
    expect(d.statements[2]!.clauses.map((c) => d.statements[2]!.source.slice(c.start, c.end))).toEqual(['July 2017', 'Completed a round', 'Team formed']);
  });

  it('dates the sentences after an opening time adverbial, up to the next dated one', async () => {
    const d = buildDiscourse([rec('a', 'In 2013, Bitcoin broke $1,000. I met Star. That was my entry into crypto. In 2015, I left.')]);
    expect(d.statements.map((s) => s.inherited?.figure.value ?? null)).toEqual([null, '2013', '2013', null]);
  });

  it('resolves I to the speaker and he/she to the last person named whose pronoun fits', async () => {
    const registry = new SpeakerRegistry([{ name: 'He Yi', aliases: ['Yi He'] }, { name: 'CZ', aliases: ['Zhao Changpeng'] }]);
    const d = buildDiscourse(
      [
        rec('a', 'CZ wrote the code in his notebook.', { line: 1 }),
        rec('a', 'He Yi ran marketing and she loved her job.', { line: 2 }),
        rec('a', 'Later he moved to Dubai.', { line: 3 }),
        rec('b', 'I joined in 2014.', { type: 'qa', speaker: 'He Yi', line: 1 }),
      ],
      registry,
    );
    expect(d.statements.map((s) => [...s.persons])).toEqual([['CZ'], ['He Yi'], ['CZ'], ['He Yi']]);
  });

  it('learns an appositive alias: "the platform token BNB" makes "Platform Token" mean BNB in that document', async () => {
    const d = buildDiscourse([
      rec('a', 'In 2018, he launched the platform token BNB for fee discounts.', { line: 1 }),
      rec('a', 'Platform Token Economic Model — October 2017 — Initiated the model', { line: 2 }),
      rec('b', 'Platform Token Economic Model — October 2017 — Initiated the model', { line: 1 }),
    ]);
    const stems = (i: number) => d.statements[i]!.words.map((w) => w.stem);
    expect(stems(1)).toContain('bnb');
    expect(stems(2)).not.toContain('bnb');
  });
});

describe('text: stemming', () => {
  it('folds inflections and a few irregular forms together', async () => {
    expect(new Set(['launch', 'launched', 'launches', 'launching'].map(stem))).toEqual(new Set(['launch']));
    expect(stem('became')).toBe(stem('become'));
    expect(stem('cryptocurrencies')).toBe(stem('crypto'));
    expect(stem('exchanges')).toBe(stem('exchange'));
    expect(stem('created')).toBe(stem('create'));
  });
});
