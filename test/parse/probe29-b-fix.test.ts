/**
 * Probe 29 (helper b), second pass: a meeting export (Google Meet) lists its attendees under
 * "Attendees", a room's device among them ("Eastbrook Council - Committee Room 2"); a line opening
 * with exactly that attendee and a colon is the device's turn.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

describe("A meeting export's label that is exactly one of its own attendees, a room's device among them", () => {
  const council = `Transcript
Northfield Council - Transport working group
Mar 4, 2026

Attendees
Cllr Joan Hale, Cllr Peter Osei, Nadia Brook, Northfield Council - Chamber Room 1, Omar Lind

Transcript

00:00:00

Joan Hale: Right, let's begin. Nadia, the bus figures?
Nadia Brook: Ridership is up 12% since 2024. The new route carries 900 people a day.
Peter Osei: And the cost?
Nadia Brook: About 1.4 million a year.
Northfield Council - Chamber Room 1: Sorry, Chair, the microphone dropped out, can you repeat the cost?
Joan Hale: One point four million a year. Omar, anything from planning?
Omar Lind: Nothing yet.
`;
  // Other words: a trust's board, "Participants" over the list, the device with its seats.
  const trust = `Meeting notes
Harbour Trust board
Jun 9, 2025

Participants
Ellen Price, Marco Ruiz, Harbour Trust - Boardroom (8), Sara Quinn

Ellen Price: Welcome. Marco, the dredging quote?
Marco Ruiz: It came in at 300,000 pounds, 20% over budget.
Harbour Trust - Boardroom (8): Can the people online hear us? We lost the audio here.
Sara Quinn: We can hear you now.
Ellen Price: Good. Marco, go on.
Marco Ruiz: We should rebid it in 2026.
`;
  it("reads the device's line as its turn, its name the speaker and no words of the turn", async () => {
    for (const [text, device, words] of [
      [council, 'Northfield Council - Chamber Room 1', /microphone dropped out/],
      [trust, 'Harbour Trust - Boardroom (8)', /lost the audio here/],
    ] as const) {
      const corpus = await loadCorpus(tempCorpus({ 'doc.txt': text }));
      const said = corpus.records.filter((r) => words.test(r.text) || words.test(r.question ?? ''));
      expect(said.length).toBeGreaterThan(0);
      for (const r of said) {
        const own = words.test(r.text) ? r.speaker : r.asker;
        expect(own).toBe(device);
        expect(`${r.text} ${r.question ?? ''}`).not.toContain(`${device}:`);
      }
    }
  });
});
