/**
 * Question understanding (src/query/question.ts): the asked kind, the words
 * taken out of the ranking, the subject.
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/query/question.js';

const read = (q: string) => readQuestion(q.split(' '));

describe('readQuestion', () => {
  it('reads the asked kind from the question word', () => {
    expect(read('when did binance launch').question?.asked).toBe('date');
    expect(read('what year did binance start its dex').question?.asked).toBe('date');
    expect(read('since when has she been in crypto').question?.asked).toBe('date');
    expect(read('how many employees does binance have').question?.asked).toBe('count');
    expect(read('how much angel funding did binance raise').question?.asked).toBe('amount');
    expect(read('how long did he yi work at yixia').question?.asked).toBe('duration');
    expect(read('how soon did binance become the largest exchange').question?.asked).toBe('duration');
    expect(read('what percentage of users trade').question?.asked).toBe('percent');
    expect(read('what share of features come from users').question?.asked).toBe('percent');
    expect(read('who founded focus media').question?.asked).toBe('person');
    expect(read('where are the servers').question?.asked).toBe('place');
  });

  it('takes the question words out of the ranked terms, keeping the rest as typed', () => {
    expect(read('how long did he yi work at yixia').terms).toEqual(['did', 'he', 'yi', 'work', 'at', 'yixia']);
    expect(read('how many employees does binance have').terms).toEqual(['employees', 'does', 'binance', 'have']);
    expect(read('What Year did Binance start').terms).toEqual(['did', 'Binance', 'start']);
    // words that only shape a duration question
    expect(read('how long did it take binance to grow').terms).toEqual(['did', 'it', 'binance', 'to', 'grow']);
  });

  it('keeps the subject words, without stop words', () => {
    const q = read('when did he yi join okcoin').question!;
    expect(q.subject).toEqual(['yi', 'join', 'okcoin']);
    expect(q.cue).toBe('when');
    expect(q.figureKinds).toEqual(['date']);
    expect(read('How Many employees').question!.cue).toBe('How Many');
  });

  it('prefers the longest cue', () => {
    const q = read('what percentage of users trade').question!;
    expect(q.cue).toBe('what percentage of');
    expect(q.subject).toEqual(['users', 'trade']);
  });

  it('reads a question word only at the start, after stop words at most', () => {
    expect(read('and when did binance launch').question?.asked).toBe('date');
    expect(read('what happens when binance lists a token').question).toBeNull();
    expect(read('binance launch').question).toBeNull();
    expect(read('maternity leave').terms).toEqual(['maternity', 'leave']);
  });

  it('leaves a query that is nothing but a question word as it is', () => {
    expect(read('how many')).toEqual({ question: null, terms: ['how', 'many'] });
  });

  it('reads the word after the cue: time units, "how much of", agents, "what year"', () => {
    const time = read('how much time off did she take').question!;
    expect(time.asked).toBe('duration');
    // the unit stays a subject word, and "take" is the subject's verb here ("did it take" only shapes)
    expect(time.subject).toEqual(['time', 'take']);
    expect(read('how long did it take the team').terms).not.toContain('take');
    expect(read('how many years did she work at yixia').question?.asked).toBe('duration');
    expect(read('how many employees did she hire').question?.asked).toBe('count');
    const share = read('how much of her time goes to meetings').question!;
    expect(share.asked).toBe('percent');
    expect(share.figureKinds).toEqual(['percent', 'amount']);
    const who = read('which vc backed binance').question!;
    expect(who.asked).toBe('person');
    expect(who.subject).toEqual(['vc', 'backed', 'binance']);
    expect(read('which exchange listed it first').question?.asked).toBe('person');
    expect(read('what year did the exchange open').question?.yearOnly).toBe(true);
    expect(read('when did the exchange open').question?.yearOnly).toBeUndefined();
  });

  it('reads "as a percentage of" wherever it stands', () => {
    const q = read('bnb users as a percentage of ethereum users').question!;
    expect(q.asked).toBe('percent');
    expect(q.subject).toEqual(['bnb', 'users', 'ethereum', 'users']);
    expect(read('bnb users and ethereum users').question).toBeNull();
  });

  it('reads a rank, a change and a size from the rest of the question', () => {
    const rank = read('where does binance rank among exchanges').question!;
    expect(rank.asked).toBe('rank');
    expect(rank.figureKinds).toEqual(['rank']);
    expect(rank.subject).toEqual(['binance', 'rank', 'among', 'exchanges']);
    expect(read('what position did the exchange reach').question?.asked).toBe('rank');
    expect(read('where is the office').question?.asked).toBe('place');
    expect(read('how much did the token price rise').question?.figureKinds).toEqual(['amount', 'percent']);
    expect(read('how much did the company raise').question?.figureKinds).toEqual(['amount']);
    expect(read('how big was the angel round').question?.figureKinds).toEqual(['count', 'amount']);
  });

  it('marks "after" and "before" as words a figure near them does not answer', () => {
    expect(read('how long did she rest after having a baby').question!.unanchored).toEqual(['after']);
    expect(read('how long did she rest').question!.unanchored).toEqual([]);
  });

  it('reads whether an organisation answers "who"', () => {
    expect(read('who hired her').question!.organisations).toBe('after people');
    expect(read('which company hired her').question!.organisations).toBe('too');
    expect(read('which executive hired her').question!.organisations).toBe('never');
    expect(read('when did she join').question!.organisations).toBeUndefined();
  });

  it('reads an age, a frequency and a place', () => {
    const old = read('how old was he yi when her father died').question!;
    expect(old).toMatchObject({ asked: 'age', cue: 'how old', figureKinds: ['age'] });
    expect(old.subject).toEqual(['yi', 'father', 'died']);
    expect(read('at what age did she start school').question).toMatchObject({ asked: 'age', cue: 'what age' });
    expect(read('how old is the typical employee').terms).toEqual(['is', 'the', 'typical', 'employee']);
    expect(read('how often does cz hold meetings').question).toMatchObject({ asked: 'frequency', figureKinds: ['frequency'] });
    // "how many times a week" is a frequency, and "how many times" alone a count of them
    expect(read('how many times a week does she exercise').question).toMatchObject({ asked: 'frequency', figureKinds: ['frequency', 'count'] });
    expect(read('where did he grow up').question!.figureKinds).toEqual(['place']);
    // "old" elsewhere is a subject word
    expect(read('when did the old office close').question!.subject).toEqual(['old', 'office', 'close']);
  });

  it('marks "since when" as answered by a date after "since"', () => {
    expect(read('since when has she worked in crypto').question!.since).toBe(true);
    expect(read('when did she start in crypto').question!.since).toBeUndefined();
  });
});
