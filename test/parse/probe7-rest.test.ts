/**
 * Documents a reviewer wrote (test/fixtures/probe7/rest, from probe7 folders c2, c3, c4, c5) and
 * small texts of our own in other wordings with the same shapes: a hearing's chair handing over
 * the floor and its wrapped headings and preamble, a reporter naming themselves in a "Q:" turn.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const corpus = loadCorpus(join(FIXTURES, 'probe7', 'rest'));
const flat = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const records = (doc: string) => recordsOf(corpus, doc);
/** The record whose text holds `needle`. */
function holding(doc: string, needle: string, recs = records(doc)) {
  const r = recs.find((x) => flat(x.text).includes(needle) || flat(x.question).includes(needle));
  expect(r, needle).toBeDefined();
  return r!;
}
function load(files: Record<string, string>) {
  return loadCorpus(tempCorpus(files));
}

describe('a hearing record: the chair hands over the floor, statements follow', () => {
  const doc = 'house-hearing-digital-assets-2023-06-13';
  it('an opening statement after "I now recognize … for 5 minutes" is a quote, not an answer', () => {
    const driscoll = holding(doc, '$2.5 billion');
    expect([driscoll.type, driscoll.speaker, driscoll.asker]).toEqual(['quote', 'Mr. Driscoll', null]);
    expect(holding(doc, '120 million users').type).toBe('quote');
    const statement = holding(doc, 'registered as a money services');
    expect([statement.type, statement.asker]).toEqual(['quote', null]);
  });
  it('the real questions still pair', () => {
    const qa = holding(doc, '14 percent');
    expect([qa.type, qa.asker, qa.speaker]).toEqual(['qa', 'Grant Holloway', 'Maria Ventresca']);
    // "Chairman Holloway." is the chairman the preamble names in full, "Hon. Grant Holloway".
    expect(holding(doc, '120 million users').speaker).toBe('Grant Holloway');
    expect(holding(doc, 'Forty-one states').asker).toBe('Mr. Pena');
  });
  it('a capitals heading wrapped over two lines is one heading, no words of the chair', () => {
    const intro = holding(doc, 'Our witness today');
    expect(flat(intro.text)).not.toContain('STATEMENT OF');
    expect(holding(doc, 'registered as a money services').section).toBe('STATEMENT OF MARIA VENTRESCA, CHIEF COMPLIANCE OFFICER, LEDGERLINE MARKETS');
    expect(records(doc).filter((r) => flat(r.text) === 'MARKETS')).toEqual([]);
  });
  it('the hard-wrapped preamble is read as paragraphs, and no line of it becomes a section', () => {
    const met = holding(doc, 'The subcommittee met');
    expect(flat(met.text)).toContain('Rayburn House Office Building, Hon. Grant Holloway [chairman of the subcommittee] presiding.');
    expect(flat(holding(doc, 'Members present').text)).toContain('Abernathy, and Castellanos.');
    expect(records(doc).some((r) => /Rayburn/.test(r.section ?? ''))).toBe(false);
  });
  it('in another wording: "the gentlewoman is recognized", a hanging preamble and a wrapped heading', () => {
    const c = load({
      'hearing.txt': `              OVERSIGHT OF PORT SECURITY

    The committee met, pursuant to call, at 9:30 a.m., in
room 310, Dirksen Building, Hon. Ruth Calder
presiding.
    Senator Calder. Good morning. Cargo theft at our ports rose
sharply last year. The gentlewoman from Ohio is recognized.
    Senator Voss. Thank you. I have long argued for federal
inspectors at every container terminal.
    Senator Calder. Our witness is Mr. Hale. Mr. Hale, you are
recognized for five minutes.

   TESTIMONY OF DANIEL HALE, DIRECTOR, PORT AUTHORITY OF
                        NEW JERSEY

    Mr. Hale. Thank you. We inspect about 4 percent of containers
today.
    Senator Calder. Could you inspect all of them by 2030?
    Mr. Hale. Not without twice the staff.
`,
    });
    const recs = recordsOf(c, 'hearing');
    expect(holding('', 'federal inspectors', recs).type).toBe('quote');
    expect(holding('', '4 percent', recs).type).toBe('quote');
    expect(holding('', '4 percent', recs).section).toBe('TESTIMONY OF DANIEL HALE, DIRECTOR, PORT AUTHORITY OF NEW JERSEY');
    const qa = holding('', 'twice the staff', recs);
    expect([qa.type, qa.asker]).toEqual(['qa', 'Ruth Calder']);
    expect(flat(holding('', 'The committee met', recs).text)).toContain('Dirksen Building, Hon. Ruth Calder presiding.');
    expect(recs.some((r) => /Dirksen/.test(r.section ?? ''))).toBe(false);
  });
});

describe('a press briefing: the reporter names themselves as the "Q:" turn opens', () => {
  const doc = 'fsra-press-briefing-2023-11-22';
  it('"Q: Thanks. Dana Reilly, Bloomberg. …" is asked by Dana Reilly', () => {
    expect(holding(doc, 'suspend the licence').asker).toBe('Dana Reilly');
    expect(holding(doc, 'personally contacted').asker).toBe('Omar Said');
    expect(holding(doc, 'How many local customers').asker).toBe(null);
  });
  it('in another wording: "Good afternoon, Priya Nair from Reuters."', () => {
    const c = load({
      'briefing.txt': `MINISTER LANG: We will take a few questions.

Q: Good afternoon, Priya Nair from Reuters. When will the new rules apply?

MINISTER LANG: From the first of March.

Q: Sure. Yesterday you said the rules were final. Are they?

MINISTER LANG: They are.
`,
    });
    const recs = recordsOf(c, 'briefing');
    expect(holding('', 'first of March', recs).asker).toBe('Priya Nair');
    expect(holding('', 'They are.', recs).asker).toBe(null);
  });
});

describe('a bilingual interview: "问：" / "Q:" then the answer in both languages', () => {
  const doc = 'bilingual-interview-heyi-2021';
  it('each language\'s answer pairs with its own language\'s question, asked by the cast line\'s interviewer', () => {
    const qas = records(doc).filter((r) => r.type === 'qa');
    expect(qas).toHaveLength(6);
    const zh = holding(doc, '规模。2017年');
    expect([flat(zh.question), zh.asker, zh.speaker]).toEqual(['币安成立四年了，你觉得最大的变化是什么？', 'Chen Jing', 'He Yi']);
    const en = holding(doc, 'Scale. In 2017');
    expect([flat(en.question), en.asker]).toEqual(['Binance is four years old. What has changed the most?', 'Chen Jing']);
    expect(records(doc).filter((r) => r.type === 'quote')).toEqual([]);
  });
  it('in another wording: traditional characters, one guest under two labels of one person, a host field in two languages', () => {
    const c = loadCorpus(
      tempCorpus({
        'speakers.yml': 'Lin Xiao:\n  aliases: [林曉]\n',
        'talk.txt': `麵包店的故事 / The bakery story

主持人：王明 / Host: Wang Ming

問：麵包店是哪一年開的？
Q: When did the bakery open?

林曉：2009年，只有兩個烤箱。
Lin Xiao: In 2009, with two ovens.

問：現在呢？
Q: And now?

林曉：現在有六個。
Lin Xiao: Now we have six.
`,
      }),
    );
    const recs = recordsOf(c, 'talk');
    const zh = holding('', '只有兩個烤箱', recs);
    expect([flat(zh.question), zh.speaker, zh.asker]).toEqual(['麵包店是哪一年開的？', 'Lin Xiao', 'Wang Ming']);
    const en = holding('', 'Now we have six', recs);
    expect([flat(en.question), en.speaker, en.asker]).toEqual(['And now?', 'Lin Xiao', 'Wang Ming']);
  });
});

describe("a show's notes: a highlight bullet's quotation nobody is named for", () => {
  it('is the guest\'s, when the title names them and every signed quotation is theirs', () => {
    expect(holding('podcast-shownotes-unchained-ep', 'not a side project').speaker).toBe('He Yi');
  });
  it('in another wording: a numbered list of moments, and not when the signed quotations are several people\'s', () => {
    const notes = (second: string) => `# Episode 12: Mara Quist on Cold Water Swimming

Mara Quist talks about the winter she swam every day.

## Moments

1. (00:04:00) The first swim: "my hands stopped working after a minute"
2. (00:19:30) Why she never wears a wetsuit

## Quotes

"Cold water teaches you to breathe." — Mara Quist

"You get used to it by March." — ${second}
`;
    const one = recordsOf(load({ 'ep12.md': notes('Mara Quist') }), 'ep12');
    expect(holding('', 'hands stopped working', one).speaker).toBe('Mara Quist');
    const two = recordsOf(load({ 'ep12.md': notes('Tove Lund') }), 'ep12');
    expect(holding('', 'hands stopped working', two).speaker).toBe(null);
  });
});

describe("titles of tool exports and articles", () => {
  const title = (id: string, c = corpus) => c.documents.find((d) => d.id === id)!.meta.title;
  it('a meeting\'s first line with its date over the tool\'s own lines is the title; a "Meeting Title:" field gives its value', () => {
    expect(title('google-meet-binance-apac-sync')).toBe('APAC community sync - 2023/05/09 15:00 GMT+08:00 - Transcript');
    expect(title('riverside-onchain-weekly-cz')).toBe('OnChain Weekly — recording 2024-11-20');
    expect(title('descript-founders-pod-ep42')).toBe("Founders at Dusk — Ep. 42 — Yi He on building Binance's brand");
    expect(title('fireflies-partner-review-2024-09-16')).toBe('Q3 Partner Review — Northwind Logistics x Halcyon Freight');
  });
  it('an article\'s first line over its standfirst and byline is the title', () => {
    expect(title('profile-ines-carvalho-baker')).toBe("The baker who wouldn't scale");
  });
  it('in other wordings', () => {
    const c = load({
      'standup.txt': 'Platform standup — 2024-03-04\nOtter transcript\n\nSpeaker 1\n00:00:01 - 00:00:05\nMorning all, let us start with the deploy.\n\nSpeaker 2\n00:00:06 - 00:00:09\nThe deploy went out at nine.\n',
      'pod.txt': 'The Long Haul — Ep. 7 — Rosa Vidal on night trains\nTranscript exported from Descript\n\n[00:00:00] Ben Cole: Welcome, Rosa. Why night trains?\n\n[00:00:05] Rosa Vidal: Because you wake up somewhere new.\n',
      'review.txt': 'Call Title: Budget review with the regional team\nDate: Tue, Mar 5, 2024 09:00 AM CET\nDuration: 12 mins\n\nAnna Holt: We are under budget this quarter.\nLeo Brandt: Good. Keep it that way.\n',
      'feature.txt': 'The ferryman of Lake Orta\nFor forty years Giulio Sarti has rowed the same crossing. He has no plans to stop.\nBy Clara Weiss | June 9, 2023\n\nGiulio Sarti starts rowing at six, before the fog lifts. The boat is older than he is.\n',
    });
    expect(['standup', 'pod', 'review', 'feature'].map((id) => title(id, c))).toEqual([
      'Platform standup — 2024-03-04',
      'The Long Haul — Ep. 7 — Rosa Vidal on night trains',
      'Budget review with the regional team',
      'The ferryman of Lake Orta',
    ]);
  });
});

describe("a thread's title heading read as a claim", () => {
  it('keeps no Markdown heading marks in its text', () => {
    const top = records('reddit-ama-yihe-2022').find((r) => r.line === 1)!;
    expect(flat(top.text)).toBe("I'm Yi He, co-founder of Binance and head of Binance Labs. Ask me anything!");
  });
  it('in another wording', () => {
    const recs = recordsOf(
      load({ 'ama.md': "# I run the night ferry between Oban and Mull. Ask me anything!\n\n**r/ferries** · Posted by u/ferry_crew · 3 Mar 2021 · 40 points\n\nHi all! I have run the night crossing since 2015.\n\n---\n\n**u/sleepy_pax** · 3 points · 3 years ago\n\nDo you ever sleep?\n\n**u/ferry_crew** OP · 12 points · 3 years ago\n\nIn shifts, four hours each.\n" }),
      'ama',
    );
    expect(recs.find((r) => r.line === 1)!.text).toBe('I run the night ferry between Oban and Mull. Ask me anything!');
  });
});

describe('cosmetics: the sentence check and a page footer', () => {
  const missed = (id: string, c = corpus) => c.documents.find((d) => d.id === id)!.sentences.missed.map((m) => m.text);
  it('a Chinese name label with a full-width colon ("何一：") and a hearing\'s run-in label ("Ms. Ventresca.") are labels, no missed sentences', () => {
    expect(missed('bilingual-interview-heyi-2021')).toEqual([]);
    expect(missed('house-hearing-digital-assets-2023-06-13')).toEqual([]);
  });
  it('in another wording', () => {
    const c = load({
      'speakers.yml': 'Lin Xiao:\n  aliases: [林晓]\n',
      'zh.txt': '采访：王明\n\n问：你什么时候开始做面包？\n\n林晓：很早。十六岁就开始了。\n\n问：现在呢？\n\n林晓：每天。周末也做。\n',
      'hearing.txt': 'PORT SECURITY\n\n    Our witness is Ms. Ana Ruiz, director of the port.\n    Senator Calder. Do you inspect containers?\n    Ms. Ruiz. Yes. About 4 percent of them.\n    Senator Voss. And trucks?\n    Ms. Ruiz. No. Not yet.\n',
    });
    expect(missed('zh', c)).toEqual([]);
    expect(missed('hearing', c)).toEqual([]);
  });
  it("an FAQ's footer under the last answer is no words of the answer", () => {
    const last = holding('faq-greenhollow-cooperative', 'community fund');
    expect(flat(last.text)).not.toContain('Still have a question');
    const footer = holding('faq-greenhollow-cooperative', 'Still have a question');
    expect(footer.type).toBe('claim');
    const c = load({ 'faq.md': '# Ferry FAQ\n\n**Can I bring a bike?**\n\nYes, bikes travel free on every crossing.\n\n**Is there food on board?**\n\nA small café sells coffee and sandwiches.\n\nMore questions? Write to info@lakeferry.example.\n' });
    const recs = recordsOf(c, 'faq');
    expect(flat(holding('', 'small café', recs).text)).toBe('A small café sells coffee and sandwiches.');
    expect(holding('', 'More questions', recs).type).toBe('claim');
  });
});
