/**
 * fix35-b: leftovers of probe25-b (transcript-service exports). A line check answered by its own
 * speaker asks nothing; a meeting's saved chat is a stream apart from its spoken turns, and Zoom's
 * "Replying to" echo is the quoted message, not the sender's words; Otter's action-item checkboxes
 * are list marks; a recorder's "Total duration:" under the last turn is a recording field.
 * Each rule on the fixture's shape and on a text in other words.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const recordsIn = async (files: Record<string, string>) => (await loadCorpus(tempCorpus(files))).records;

describe('a line check its speaker answers asks nothing of the next voice', () => {
  it('does not pair "Better? Okay." as the question to the next turn', async () => {
    const records = await recordsIn({
      'harbor-podcast.txt': [
        'Jonah Feld (00:10):', 'Let us start with the early years. What did you build first?', '',
        'Dana Whitfield (00:15):', 'A tethered hull crawler, in a garage in 2016.', '',
        'Speaker 3 (00:20):', "Sorry, we're getting a buzz on the mic. Can you move it back?", '',
        'Dana Whitfield (00:24):', 'Better? Okay.', '',
        'Jonah Feld (00:30):', 'Last few questions. Your co-founder left in January.', '',
        'Dana Whitfield (00:36):', 'He left because his father was ill. That is the whole story.', '',
        'Jonah Feld (00:45):', 'And the first round was small.', '',
        'Dana Whitfield (00:47):', 'It was 1.2 million, from two angels.', '',
        'Whitfield_ep41_FINAL (Completed 03/14/23)                    Page 2 of 4',
        'Transcript by Rev.com', '',
        'Jonah Feld (00:52):', 'People read a lot into the layoffs.', '',
        'Dana Whitfield (00:55):', 'We did one round of cuts, 61 people.', '',
      ].join('\n'),
    });
    expect(records.some((r) => r.question === 'Better? Okay.')).toBe(false);
    expect(records.some((r) => /Better\? Okay\./.test(r.text))).toBe(true);
  });

  it('does not pair "Can you hear me now? Great." either (other words)', async () => {
    const records = await recordsIn({
      'orchard-call.txt': [
        'Mira Castell (00:02):', 'Thanks for joining. How did the orchard do this year?', '',
        'Tomas Reyes (00:06):', 'Apples were down a third after the frost in April.', '',
        'Mira Castell (00:14):', 'Can you hear me now? Great.', '',
        'Tomas Reyes (00:18):', 'Pears held up, though. We sold 40 tonnes to the cannery.', '',
      ].join('\n'),
    });
    expect(records.some((r) => r.question === 'Can you hear me now? Great.')).toBe(false);
    expect(records.some((r) => /Can you hear me now\? Great\./.test(r.text))).toBe(true);
    expect(records.some((r) => /Pears held up/.test(r.text))).toBe(true);
  });

  it('still pairs a line check left for the other voice to answer', async () => {
    const records = await recordsIn({
      'check.txt': [
        'Speaker 1 (00:00):', 'Hi Lena, can you hear me okay?', '',
        'Lena Ortiz (00:03):', 'Yes, loud and clear.', '',
        'Speaker 1 (00:06):', 'When did you open the bakery?', '',
        'Lena Ortiz (00:09):', 'In 2019, on Mill Street.', '',
      ].join('\n'),
    });
    expect(records.find((r) => /In 2019, on Mill Street/.test(r.text))?.question).toBe('When did you open the bakery?');
  });
});

describe("a meeting's saved chat is a stream apart from its spoken turns", () => {
  const meeting = (spoken: string[], chat: string[]) => [...spoken, '', ...chat].join('\n');

  it("keeps a participant's spoken turn and their chat message apart, and the reply echo out of the text", async () => {
    const records = await recordsIn({
      'water-ops.txt': meeting(
        [
          '[Grace Ndiaye] 10:04:11', 'Okay. Luis, give us the rate numbers.', '',
          '[Luis Batra] 10:04:14', 'The board approved 6.5% in June, effective October 1.', '',
          '[Grace Ndiaye] 10:04:42', 'Priya, draft something and I will sign it.', '',
          '[Priya Anand] 10:04:49', 'Will do.',
        ],
        [
          '10:03:20 From Priya Anand to Everyone:', '\tLink to the boil notice FAQ: halden-water.gov/pinecrest',
          '10:03:51 From Luis Batra to Everyone:', '\tthe 2.3 is the 2022 estimate, could be higher now',
          '10:04:36 From Owen Castellano to Everyone:', '\tReplying to "the 2.3 is the 2022 estimate...":', '\tyes, probably 2.6-2.8 with current pipe prices',
        ],
      ),
    });
    expect(records.some((r) => /Will do/.test(r.text) && /boil notice/.test(r.text))).toBe(false);
    expect(records.find((r) => /boil notice FAQ/.test(r.text))?.speaker).toBe('Priya Anand');
    const reply = records.find((r) => /2\.6-2\.8 with current pipe prices/.test(r.text))!;
    expect(reply.text).toBe('yes, probably 2.6-2.8 with current pipe prices');
    expect(reply.speaker).toBe('Owen Castellano');
    expect(reply.context).toContain('Replying to "the 2.3 is the 2022 estimate...');
  });

  it('reads the same shape in other words', async () => {
    const records = await recordsIn({
      'library-board.txt': meeting(
        [
          '[Hana Sato] 14:10:02', 'Next item is the branch hours. Marco, where are we?', '',
          '[Marco Bellini] 14:10:09', 'We can open Sundays from March if the union agrees.', '',
          '[Hana Sato] 14:10:30', 'Good. Send me the draft rota.', '',
          '[Marco Bellini] 14:10:33', 'Sure thing.',
        ],
        [
          '14:09:55 From Marco Bellini to Everyone:', '\tDraft rota is in the shared folder under Hours 2025',
          '14:10:40 From Hana Sato to Everyone:', '\tReplying to "Draft rota is in the shared folder...":', '\tthanks, opening it now',
        ],
      ),
    });
    expect(records.some((r) => /Sure thing/.test(r.text) && /shared folder/.test(r.text))).toBe(false);
    const reply = records.find((r) => /opening it now/.test(r.text))!;
    expect(reply.text).toBe('thanks, opening it now');
    expect(reply.context).toContain('Replying to "Draft rota is in the shared folder');
  });
});

describe("a to-do's checkbox is a list mark, no words of the item", () => {
  it('reads Otter action items without "[ ]"', async () => {
    const records = await recordsIn({
      'season-review.txt': [
        'Season review - coaching staff', 'Mon, Nov 6, 2023 9:31AM • 1:02:47', '',
        'Action Items', '[ ] Rafaela Monteiro to send the 2024 recruiting budget to the athletic director.', '[ ] Ben Ashdown to draft a defensive plan for the spring camp.', '',
        'Rafaela Monteiro  0:03', 'Okay. Let us get going, we have an hour.', '',
        'Ben Ashdown  0:20', 'In August you said top four would be a good year.', '',
      ].join('\n'),
    });
    const item = records.find((r) => /defensive plan for the spring camp/.test(r.text));
    expect(item?.text).toBe('Ben Ashdown to draft a defensive plan for the spring camp.');
    expect(records.some((r) => r.text.startsWith('['))).toBe(false);
  });

  it('reads ticked and bulleted checkboxes the same way (other words)', async () => {
    const records = await recordsIn({
      'garden-notes.md': ['# Allotment committee, 3 May 2024', '', '- [x] Marta booked the skip for the spring clear-out.', '- [ ] Idris will ask the council about the water meter.', '[x] The seed swap raised 140 pounds.', ''].join('\n'),
    });
    expect(records.find((r) => /booked the skip/.test(r.text))?.text).toBe('Marta booked the skip for the spring clear-out.');
    expect(records.find((r) => /water meter/.test(r.text))?.text).toBe('Idris will ask the council about the water meter.');
    expect(records.find((r) => /seed swap/.test(r.text))?.text).toBe('The seed swap raised 140 pounds.');
  });
});

describe("a recording field under the last turn is the recording's, no claim", () => {
  it('reads "Total duration:" after the end mark as metadata', async () => {
    const records = await recordsIn({
      'interview-p07.txt': [
        'Interviewer: So, can you tell me how you got into coaching?', '',
        'Respondent: I played until I was 22, and then I did my knee.', '',
        'Interviewer: And now?', '',
        'Respondent: Now I am head coach of the first team.', '',
        '[END OF TRANSCRIPT]', 'Total duration: 00:03:12', '',
      ].join('\n'),
    });
    expect(records.some((r) => /Total duration/.test(r.text))).toBe(false);
    expect(records.find((r) => /head coach of the first team/.test(r.text))?.text).toBe('Now I am head coach of the first team.');
  });

  it('reads "Recording length:" under the last turn, with no end mark, the same way (other words)', async () => {
    const records = await recordsIn({
      'ferry-oral-history.txt': [
        'Interviewer: When did the ferry stop running?', '',
        'Narrator: In 1987. The bridge opened that spring and nobody wanted the boat after that.', '',
        'Interviewer: Did you stay on?', '',
        'Narrator: Two more years, on the harbour launch.', '',
        'Recording length: 00:41:07', '',
      ].join('\n'),
    });
    expect(records.some((r) => /Recording length/.test(r.text))).toBe(false);
    expect(records.find((r) => /harbour launch/.test(r.text))?.text).toBe('Two more years, on the harbour launch.');
  });
});

describe("one speaker's paragraphs minutes apart by the recorder's stamps are two turns", () => {
  it('does not join a closing "Agreed." to a new topic 23 minutes later', async () => {
    const records = await recordsIn({
      'staff-review.txt': [
        'Tamsin Okoro  14:45', '72% of available minutes through the first 18 games.', '',
        'Rafaela Monteiro  14:55', 'Okay, yes. Agreed.', '',
        'Rafaela Monteiro  38:07', 'Recruiting. The AD has given us $185,000 for 2024. Ben, you have seen the kid from Lyndale?', '',
        'Ben Ashdown  38:20', 'Jaylen Price. Six foot eight, averaged 19 points last season.', '',
        'Rafaela Monteiro  38:31', 'Then we move fast.', '',
      ].join('\n'),
    });
    const answer = records.find((r) => /Six foot eight/.test(r.text))!;
    expect(answer.question).toBe('Recruiting. The AD has given us $185,000 for 2024. Ben, you have seen the kid from Lyndale?');
    expect(records.some((r) => /Agreed\./.test(r.text) && !/Recruiting/.test(r.text))).toBe(true);
  });

  it('does not join a remark that says more than back-channel either', async () => {
    const records = await recordsIn({
      'staff-review-2.txt': [
        'Unknown Speaker  14:52', "That's the whole season right there.", '',
        'Rafaela Monteiro  14:55', 'Okay, whoever that is, yes. Agreed.', '',
        'Rafaela Monteiro  38:07', 'Recruiting. I want two guards and a big. Ben, you have seen the kid from Lyndale?', '',
        'Ben Ashdown  38:20', 'Jaylen Price. He has offers from three programmes already.', '',
      ].join('\n'),
    });
    expect(records.find((r) => /offers from three programmes/.test(r.text))?.question).toBe('Recruiting. I want two guards and a big. Ben, you have seen the kid from Lyndale?');
  });

  it('keeps joining paragraphs spoken on, and reads a gap in other words', async () => {
    const records = await recordsIn({
      'council-call.txt': [
        'Nadia Ferraz  2:10', 'The bus lane trial ends in June. Ridership went up 14% on the corridor, which is more than we hoped for when we started.', '',
        'Nadia Ferraz  2:22', 'And complaints fell by half after the first month.', '',
        'Owen Hale  2:40', 'Good. Thanks, Nadia.', '',
        'Owen Hale  1:05:12', 'Before we close: the depot lease. Nadia, is the landlord still asking for ten years?', '',
        'Nadia Ferraz  1:05:30', 'Eight now. We can live with eight.', '',
      ].join('\n'),
    });
    expect(records.some((r) => /Ridership went up 14%/.test(r.text) && /complaints fell by half/.test(r.text))).toBe(true);
    expect(records.find((r) => /We can live with eight/.test(r.text))?.question).toBe('Before we close: the depot lease. Nadia, is the landlord still asking for ten years?');
  });
});
