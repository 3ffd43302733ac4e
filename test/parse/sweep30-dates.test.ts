/**
 * Sweep 30 (dates): header datelines the loader passed over, so the document and every record had
 * no year. Each form is tested on the fixture's words and on a second text in other words.
 */
import { describe, expect, it } from 'vitest';
import { inferDate } from '../../src/load/infer.js';
import { foreignDay } from '../../src/parse/header.js';

const dateOf = (text: string) => inferDate(text.split('\n'), 1, null).date?.value ?? null;

describe('a year-first dotted date (Korean news: 입력 YYYY.MM.DD)', () => {
  it('reads the published stamp', () => {
    expect(foreignDay('입력 2023.11.08 06:00   수정 2023.11.08 09:41')).toBe('2023-11-08');
    expect(foreignDay('등록 2021.02.17 18:05')).toBe('2021-02-17');
  });
  it('dates a Korean article from its header', () => {
    expect(dateOf('허이 인터뷰\n\n기자 김민수\n입력 2023.11.08 06:00   수정 2023.11.08 09:41\n\n본문이 시작된다. 두 번째 문장이다.')).toBe('2023-11-08');
  });
  it('reads no version number or impossible day', () => {
    expect(foreignDay('Release 2023.13.40')).toBeNull();
  });
});

describe('a day, an abbreviated month and the year joined by points (Folha: 12.fev.2024)', () => {
  it('reads the Portuguese stamp', () => {
    expect(foreignDay('12.fev.2024 às 23h15')).toBe('2024-02-12');
    expect(foreignDay('30.abr.2024 às 19h40')).toBe('2024-04-30');
    expect(foreignDay('3.out.2019 às 8h00')).toBe('2019-10-03');
  });
});

describe('a header line opening with the verb of the day (held, posted)', () => {
  it('reads minutes "Held at …, on DATE at TIME"', () => {
    const text = 'HALVORSEN MARINE HOLDINGS ASA\n\nMINUTES OF THE ANNUAL GENERAL MEETING\nHeld at the Company\'s offices, Strandkaien 12, Bergen, on 14 May 2024 at 10:00 CET\n\nPresent: Ingrid Solberg';
    expect(dateOf(text)).toBe('2024-05-14');
    const other = 'RIVERBEND ROWING CLUB\nMINUTES OF THE COMMITTEE\nheld on Monday 3 March 2025 at 7.30 pm, the Boathouse, Quay Road, Riverbend\n\nPresent: Ana Pires (Chair)';
    expect(dateOf(other)).toBe('2025-03-03');
  });
  it('reads "Posted DATE by …"', () => {
    expect(dateOf('EVENT RECAP\nNordic Fintech Week 2024 | Oslo\nPosted 22 September 2025 by the Summit editorial team\n\nModerator: Rachel Tan')).toBe('2025-09-22');
    expect(dateOf('# Ask the CFO\n\n_Posted to the staff wiki by the finance office · 2 June 2024 · 4 min read_\n\nEvery quarter, the finance office answers what you asked. This is the list.')).toBe('2024-06-02');
  });
  it('leaves a sentence of the body alone', () => {
    expect(dateOf('Club news\n\nThe meeting was held at the boathouse on 3 March 2025 at 7.30 pm, and twelve members came to it.\n')).toBeNull();
  });
});
