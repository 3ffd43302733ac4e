/**
 * fix34-a: leftovers of probe24. A capitalised word in parentheses opening a caption line is a voice
 * only where the file shows it is one (a name it gives elsewhere, or a dialogue in parentheses), never
 * a sound such as "(SIRENS)", however often it recurs.
 * Each rule on the fixture's shape and on a text in other words.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const recordsIn = async (files: Record<string, string>) => (await loadCorpus(tempCorpus(files))).records;
const srt = (...cues: string[]) => cues.map((c, k) => `${k + 1}\n00:00:${String(k * 3 + 1).padStart(2, '0')},000 --> 00:00:${String(k * 3 + 3).padStart(2, '0')},000\n${c}\n`).join('\n');

describe('a parenthesised capitalised word is a voice only where the file shows it is one', () => {
  it('reads "(SIRENS)" before narration as a sound, not a speaker', async () => {
    const records = await recordsIn({
      'flood.srt': srt('<i>The river rose all night.</i>', '(SIRENS) People ran into the street.', '<i>By morning the bridge was gone.</i>'),
    });
    expect(records.some((r) => r.speaker === 'Sirens')).toBe(false);
    expect(records.some((r) => /People ran into the street/.test(r.text))).toBe(true);
  });

  it('reads a recurring sound as a sound, among named voices (other words)', async () => {
    const records = await recordsIn({
      'strike.srt': srt(
        'NADIA FERRAZ: We walked out at six.',
        '(HORNS) Trucks lined the road to the port.',
        'NADIA FERRAZ: Nobody crossed the line for a week.',
        '(HORNS) The drivers joined us on the Tuesday.',
      ),
    });
    expect(records.some((r) => r.speaker === 'Horns')).toBe(false);
    expect(records.find((r) => /Nobody crossed the line/.test(r.text))?.speaker).toBe('Nadia Ferraz');
    expect(records.some((r) => /The drivers joined us/.test(r.text))).toBe(true);
  });

  it('reads a parenthesised surname the file names elsewhere as that voice', async () => {
    const records = await recordsIn({
      'mill.srt': srt('<i>The mill closed in 1998, said Ottilie Brandt.</i>', '(BRANDT) I locked the gate myself.', '<i>Nobody reopened it.</i>'),
    });
    expect(records.find((r) => /locked the gate/.test(r.text))?.speaker).toBe('Ottilie Brandt');
  });
});

describe('a heading alone on its line, a comma and a part after it, is no titled-role label', () => {
  const programme = (heading: string, under: string) => `Why the mill town trial matters
Nov 14, 2024 6:35 PM EST

Transcript

Amna Nawaz:
The trial of the mill's former owners entered its second day today. Fred de Sam Lazaro reports.

Fred de Sam Lazaro:
The courtroom was full by eight in the morning.

${heading}
${under}

Fred de Sam Lazaro:
The first was a nurse who treated the injured.

Jessica Thorne, Mother of Three:
I had to carry two of them out myself.

Amna Nawaz:
Thank you, Fred.
`;

  it('reads "Key Points, Day Two:" as no speaker', async () => {
    const records = await recordsIn({ 'trial.txt': programme('Key Points, Day Two:', 'The jury heard from three witnesses about the night of the fire.') });
    expect(records.some((r) => r.speaker === 'Key Points')).toBe(false);
    expect(records.some((r) => /three witnesses/.test(r.text))).toBe(true);
    expect(records.find((r) => /carry two of them/.test(r.text))).toMatchObject({ speaker: 'Jessica Thorne', role: 'Mother of Three' });
  });

  it('reads other headings so: a part number after the comma, or a heading\'s noun before it (other words)', async () => {
    const byPart = await recordsIn({ 'a.txt': programme('Latest Developments, Session Four:', 'Two more firms withdrew their bids on Monday.') });
    expect(byPart.some((r) => r.speaker === 'Latest Developments')).toBe(false);
    const byNoun = await recordsIn({ 'b.txt': programme('Top Headlines, Morning Edition:', 'Rail fares rise by five percent from April.') });
    expect(byNoun.some((r) => r.speaker === 'Top Headlines')).toBe(false);
    expect(byNoun.some((r) => /Rail fares rise/.test(r.text))).toBe(true);
  });
});

describe('page furniture under and around a text', () => {
  it('reads a "Related videos" list and a "More obituaries" list as other pages, and an icon share bar as furniture', async () => {
    const records = await recordsIn({
      'talk.txt': `Transcript: "Small Ledgers" - Keynote by Oona Virtanen, Day 1

Thank you all for coming. I started the company in 2015 with two laptops. We had our first customer in 2016.

Related videos
- "Fraud at Scale" - Marta Oyelaran, Day 3
- Closing remarks - Day 3
`,
      'obit.txt': `OBITUARIES

Pieter Vos, harbour pilot, dies at 90

By Anna Ruiz, Staff Writer

Pieter Vos, who guided ships into Rotterdam for forty years, died on Monday. He was 90. He retired in 1995.

More obituaries
- Colin Ashby, cricket umpire, 91
- Yusuf Karim, restaurateur, 64

Share this article   [f] [x] [in]
`,
    });
    expect(records.some((r) => r.speaker === 'Marta Oyelaran')).toBe(false);
    expect(records.some((r) => /Fraud at Scale|Closing remarks|Colin Ashby|Yusuf Karim|Share this article/.test(r.text))).toBe(false);
    expect(records.some((r) => /guided ships into Rotterdam/.test(r.text))).toBe(true);
  });

  it('reads other lists and bars so (other words)', async () => {
    const records = await recordsIn({
      'page.txt': `Why the canal was closed

By Jonas Brandt

The canal closed in 2019 after the lock gates failed. Repairs took two years and cost 40 million euros.

Share [f] [x] [email]

Related talks
- "Water Under the Bridge" - Hana Sato, Day 2

Media Relations | media@canal-trust.example | Page 2 of 3
`,
    });
    expect(records.some((r) => r.speaker === 'Hana Sato')).toBe(false);
    expect(records.some((r) => /Water Under the Bridge|Media Relations|\[f\]/.test(r.text))).toBe(false);
    expect(records.some((r) => /lock gates failed/.test(r.text))).toBe(true);
  });

  it('reads a footer of fields between bars ending on its page count as furniture', async () => {
    const records = await recordsIn({
      'ruling.txt': `SUMMARY OF DECISION

The Tribunal dismissed the appeal on 3 March 2024. The firm must pay the penalty within 28 days.

- ends -

Press Office | press@tribunal.example | Page 1 of 1
`,
    });
    expect(records.some((r) => /Press Office/.test(r.text))).toBe(false);
    expect(records.some((r) => /dismissed the appeal/.test(r.text))).toBe(true);
  });
});

describe('what a talk showed the room, in brackets, is no quotation', () => {
  it('reads [Slide: "…"] as the slide, not a quote', async () => {
    const records = await recordsIn({
      'keynote.txt': `Transcript: "Small Ledgers" - Keynote by Oona Virtanen, Day 1

Thank you all for coming. I started the company in 2015 with two laptops.

[Slide: "Who maintains this in 2031?"]

Most of what you build will be maintained by someone you never meet.
`,
    });
    expect(records.some((r) => r.type === 'quote' && /Who maintains this/.test(r.text))).toBe(false);
    expect(records.some((r) => /maintained by someone you never meet/.test(r.text))).toBe(true);
  });

  it('reads [Video: "…"] so (other words)', async () => {
    const records = await recordsIn({
      'lecture.txt': `Transcript: "Building Slowly" - Lecture by Tomas Berg, Spring Series

Good evening. Our first office was above a bakery in Malmo.

[Video: "We will never leave this bakery."]

We stayed there for six years, and I still miss the smell.
`,
    });
    expect(records.some((r) => r.type === 'quote' && /never leave this bakery/.test(r.text))).toBe(false);
    expect(records.some((r) => /still miss the smell/.test(r.text))).toBe(true);
  });
});

describe("a picture's caption, its credit in brackets at its end, is no claim of the text", () => {
  it('reads "… 1983. (Family photo)" as a caption', async () => {
    const records = await recordsIn({
      'obit.txt': `Pieter Vos, harbour pilot, dies at 90

By Anna Ruiz, Staff Writer

Pieter Vos on the bridge of the pilot boat Zeemeeuw, 1983. (Family photo)

Pieter Vos, who guided ships into Rotterdam for forty years, died on Monday. He was 90.
`,
    });
    expect(records.some((r) => /Zeemeeuw/.test(r.text))).toBe(false);
    expect(records.some((r) => /guided ships into Rotterdam/.test(r.text))).toBe(true);
  });

  it('reads other credits so, and a sentence with an aside in brackets stays (other words)', async () => {
    const records = await recordsIn({
      'profile.txt': `Hana Sato, the engineer who rebuilt the lock

By Jonas Brandt

Hana Sato at the reopening of the Oudegracht lock, 2021. (Getty Images)

Sato joined the canal trust in 2009. She rebuilt the lock gates in 2021 (see the images).

The trust opened a second lock in 2023. (Photo: Jonas Brandt)
`,
    });
    expect(records.some((r) => /reopening of the Oudegracht/.test(r.text))).toBe(false);
    expect(records.some((r) => /second lock in 2023/.test(r.text))).toBe(false);
    expect(records.some((r) => /rebuilt the lock gates/.test(r.text))).toBe(true);
  });
});
