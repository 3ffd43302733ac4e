/**
 * Misreads reviewer probe12 found in its other-language news (c3), journalism formats (c4) and
 * legal writings (c5), copied into test/fixtures/probe12/c3, c4 and c5, and beside each a small
 * text of our own in other words, so each test proves the shape and not the sentence.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const C3 = join(FIXTURES, 'probe12', 'c3');
const C4 = join(FIXTURES, 'probe12', 'c4');
const C5 = join(FIXTURES, 'probe12', 'c5');
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const find = (c: Corpus, doc: string, words: string) => recs(c, doc).find((r) => r.text.includes(words));

describe('speech verbs and attribution in other languages (probe12 findings 16–21)', () => {
  it('reads Turkish "…," dedi / diye konuştu / "…" yanıtını verdi as the words of the person named before', () => {
    const c = fixtureCorpus(C3);
    const doc = 'tr-binance-yi-he-istanbul-2024';
    expect(find(c, doc, 'Türkiye bizim için en önemli')).toMatchObject({ type: 'quote', speaker: 'He Yi', year: 2024 });
    expect(find(c, doc, 'Lisans başvurumuzu yaptık')).toMatchObject({ type: 'quote', speaker: 'He Yi' });
    // About CZ, said by He: the subject opens the sentence, the verb ends it.
    expect(find(c, doc, 'CZ her zaman ailemizin')).toMatchObject({ type: 'quote', speaker: 'He Yi' });
  });

  it('reads Vietnamese "…," bà nói and bà He cho biết', () => {
    const c = fixtureCorpus(C3);
    const doc = 'vi-he-yi-phong-van-2023';
    expect(find(c, doc, 'Chúng tôi không rời khỏi')).toMatchObject({ type: 'quote', speaker: 'He Yi', year: 2023 });
    expect(find(c, doc, 'sẽ tự bảo vệ mình')).toMatchObject({ type: 'quote', speaker: 'He Yi' });
  });

  it('reads Dutch "…," zei hij and aldus de wethouder, and drops the title before a name', () => {
    const c = fixtureCorpus(C3);
    const doc = 'nl-interview-de-vries-2022';
    expect(find(c, doc, 'Als de gasprijs zo blijft')).toMatchObject({ type: 'quote', speaker: 'Pieter de Vries' });
    expect(find(c, doc, 'We zijn te laat begonnen')).toMatchObject({ type: 'quote', speaker: 'Pieter de Vries' });
    expect(find(c, doc, 'Wie nu niet isoleert')).toMatchObject({ type: 'quote', speaker: 'Marieke Jansen' });
    // Finding 20: the answer under a question standing alone is the interviewee's.
    expect(find(c, doc, 'Minstens het dubbele')).toMatchObject({ type: 'quote', speaker: 'Pieter de Vries' });
  });

  it('reads Polish dash dialogue (– … – powiedział Zhao, odpowiedział: – …)', () => {
    const c = fixtureCorpus(C3);
    const doc = 'pl-zhao-wywiad-2021';
    const first = find(c, doc, 'Polska to dla nas brama do Europy. Macie');
    expect(first).toMatchObject({ type: 'quote', speaker: 'CZ', year: 2021 });
    expect(first!.text).not.toContain('powiedział');
    expect(find(c, doc, 'Bitcoin spadał o 80 procent')).toMatchObject({ type: 'quote', speaker: 'CZ' });
    expect(find(c, doc, 'Nie komentujemy spekulacji')).toMatchObject({ type: 'quote' });
  });

  it('reads Hindi NAME ने कहा, "…" through the name\'s alias', () => {
    const c = fixtureCorpus(C3);
    expect(find(c, 'hi-cz-dubai-2025', 'भारत के युवा तकनीक')).toMatchObject({ type: 'quote', speaker: 'CZ' });
  });

  it('reads the same shapes in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'speakers.yml': 'Ana Kowalska:\n  aliases: [Kowalska]\n',
        'tr.txt': [
          'Ankara haberi',
          '',
          'Ana Kowalska, Ankara’da bir konferansta konuştu.',
          '',
          '"Yeni ofisimizi gelecek yıl açacağız ve yüz kişi işe alacağız," dedi.',
          '',
          'Kowalska, fiyatlar hakkında bir soruya, "Fiyatları biz belirlemiyoruz, piyasa belirliyor" yanıtını verdi.',
          '',
        ].join('\n'),
        'nl.txt': [
          'Haven breidt uit',
          '',
          'Burgemeester Joost van Dam opende dinsdag de nieuwe kade. "Dit is een dag waar we tien jaar op hebben gewacht," zei hij tegen de aanwezigen.',
          '',
          '"We gaan nu ook de oude loodsen opknappen, dat beloof ik," aldus de burgemeester.',
          '',
          'Wanneer is alles klaar?',
          '',
          '"Volgend voorjaar, als het weer een beetje meezit."',
          '',
        ].join('\n'),
        'pl.txt': [
          'Nowa fabryka',
          '',
          'Ana Kowalska odwiedziła Gdańsk w poniedziałek.',
          '',
          '– Budujemy tu fabrykę na tysiąc osób. Zaczynamy w maju – powiedziała Kowalska.',
          '',
          '— Signed by nobody at all',
          '',
        ].join('\n'),
      }),
    );
    expect(find(c, 'tr', 'Yeni ofisimizi')).toMatchObject({ type: 'quote', speaker: 'Ana Kowalska' });
    expect(find(c, 'tr', 'Fiyatları biz belirlemiyoruz')).toMatchObject({ type: 'quote', speaker: 'Ana Kowalska' });
    expect(find(c, 'nl', 'Dit is een dag')).toMatchObject({ type: 'quote', speaker: 'Joost van Dam' });
    expect(find(c, 'nl', 'oude loodsen')).toMatchObject({ type: 'quote', speaker: 'Joost van Dam' });
    expect(find(c, 'nl', 'Volgend voorjaar')).toMatchObject({ type: 'quote', speaker: 'Joost van Dam' });
    expect(find(c, 'pl', 'Budujemy tu fabrykę')).toMatchObject({ type: 'quote', speaker: 'Ana Kowalska' });
    // A dash line with no incise is no dialogue.
    expect(find(c, 'pl', 'Signed by nobody')?.type).not.toBe('quote');
  });
});

describe('journalism formats (probe12 findings 23–25)', () => {
  it('reads a fact-check as its author\'s article: Claim:/Rating: are fields, the byline stays', () => {
    const c = fixtureCorpus(C4);
    const doc = 'factcheck-cz-tweet-2023';
    expect(recs(c, doc).some((r) => r.type === 'qa' || r.speaker === 'Claim' || r.speaker === 'Fact Check')).toBe(false);
    expect(find(c, doc, 'Binance founder Changpeng Zhao said in 2023')).toMatchObject({ speaker: 'Priya Nair' });
    expect(find(c, doc, 'The screenshot is fabricated')).toMatchObject({ type: 'claim', speaker: 'Priya Nair' });
    expect(find(c, doc, 'Today, I stepped down as CEO')).toMatchObject({ type: 'quote', speaker: 'Changpeng Zhao', year: 2023 });
    // The fabricated post is nobody's words.
    expect(find(c, doc, 'Binance never served US customers. Not one.')).toMatchObject({ speaker: null });
  });

  it('gives the quotes under a ROLE NAME heading to that person', () => {
    const c = fixtureCorpus(C4);
    const doc = 'flash-quotes-leeds-v-burnley-2025-02-03';
    expect(find(c, doc, "It's a point against")).toMatchObject({ type: 'quote', speaker: 'Daniel Farke' });
    expect(find(c, doc, 'We did our business early')).toMatchObject({ type: 'quote', speaker: 'Daniel Farke' });
    expect(find(c, doc, 'Twenty clean sheets')).toMatchObject({ type: 'quote', speaker: 'Scott Parker' });
    expect(find(c, doc, "We knew it'd be loud")).toMatchObject({ type: 'quote', speaker: 'James Trafford' });
  });

  it('reads a cleft attribution: It was NAME, not OTHER, who said', () => {
    const c = fixtureCorpus(C4);
    expect(find(c, 'correction-notice-2022-03-09', 'We will not freeze')).toMatchObject({ type: 'quote', speaker: 'Yi He' });
  });

  it('reads the same journalism shapes in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'fc.txt': ['FACT CHECK: Did the mayor ban bicycles?', '', 'By Tom Reed', '', 'Claim: The mayor of Lyle banned bicycles from the centre in 2024.', '', 'Verdict: False', '', 'No such ban was ever voted. The council minutes show nothing of the kind.', ''].join('\n'),
        'pressers.txt': [
          'POST-MATCH REACTION',
          '',
          'RIVERTON CITY MANAGER ALMA STRAND',
          '',
          'On the weather:',
          '"The rain made it a lottery. We adapted better in the second half."',
          '',
          'HARBOUR TOWN CAPTAIN LEO MARSH',
          '',
          '"We gave away two soft goals and you cannot do that here."',
          '',
        ].join('\n'),
        'fix.txt': ['Correction', '', 'An earlier version of this story misattributed a remark. It was Dana Cole, not Rob Lin, who said, "We will rebuild the pier before summer."', ''].join('\n'),
      }),
    );
    expect(recs(c, 'fc').some((r) => r.type === 'qa' || r.speaker === 'Claim' || r.speaker === 'Fact Check')).toBe(false);
    expect(find(c, 'fc', 'No such ban was ever voted')).toMatchObject({ speaker: 'Tom Reed' });
    expect(find(c, 'pressers', 'The rain made it a lottery')).toMatchObject({ type: 'quote', speaker: 'Alma Strand' });
    expect(find(c, 'pressers', 'two soft goals')).toMatchObject({ type: 'quote', speaker: 'Leo Marsh' });
    expect(find(c, 'fix', 'rebuild the pier')).toMatchObject({ type: 'quote', speaker: 'Dana Cole' });
  });
});

describe('legal writings (probe12 findings 28–30)', () => {
  it('reads a declaration as its declarant\'s sworn statements', () => {
    const c = fixtureCorpus(C5);
    const doc = 'Declaration_of_Wei_Lin_ISO_Motion';
    expect(find(c, doc, 'I am over eighteen years of age')).toMatchObject({ type: 'claim', speaker: 'Wei Lin' });
    expect(find(c, doc, 'no marketing campaign during 2020')).toMatchObject({ speaker: 'Wei Lin' });
    // The opening is searchable, the declarant's.
    expect(find(c, doc, 'declare as follows')).toMatchObject({ type: 'claim', speaker: 'Wei Lin' });
  });

  it('gives an opinion\'s majority to its author and the dissent to the dissenting judge', () => {
    const c = fixtureCorpus(C5);
    const doc = 'opinion-harmon-v-coastline-2021';
    expect(find(c, doc, 'We hold that it has')).toMatchObject({ speaker: 'Balmer' });
    expect(find(c, doc, 'The decision of the Court of Appeals is affirmed')).toMatchObject({ speaker: 'Balmer' });
    expect(find(c, doc, 'I respectfully dissent')).toMatchObject({ speaker: 'Nelson' });
    expect(find(c, doc, 'no longer denied')).toMatchObject({ speaker: 'Nelson' });
  });

  it('gives each of two letters in one file to the signer at its end', () => {
    const c = fixtureCorpus(C5);
    const doc = 'warren-letter-to-binance-and-reply-2023';
    expect(find(c, doc, 'I write regarding recent reports')).toMatchObject({ speaker: 'Elizabeth Warren' });
    expect(find(c, doc, 'Have Binance customer funds ever been transferred')).toMatchObject({ speaker: 'Elizabeth Warren' });
    expect(find(c, doc, 'We do not hold Binance.US customer assets')).toMatchObject({ speaker: 'Changpeng Zhao' });
  });

  it('takes the speaker of a quotation only described in the text from its footnote (finding 31)', () => {
    const c = fixtureCorpus(C5);
    expect(find(c, 'Testimony_Okafor_Senate_Banking_2023-02-14', 'users are unsecured creditors')).toMatchObject({ type: 'quote', speaker: 'Changpeng Zhao', year: 2022 });
    const t = loadCorpus(
      tempCorpus({
        'essay.txt': ['On harbours', '', 'By Ann Vale', '', 'As one port director told me, "The tide decides the timetable, not the other way round."² The rest is paperwork.', '', '² Rui Costa, conversation with the author, 2019.', ''].join('\n'),
      }),
    );
    expect(find(t, 'essay', 'The tide decides')).toMatchObject({ type: 'quote', speaker: 'Rui Costa' });
  });

  it('reads the same legal shapes in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'decl.txt': ['DECLARATION OF MARA QUIST', '', 'I, Mara Quist, hereby declare:', '', '1. I am the records custodian of Quist Pottery LLC.', '', '2. The kiln was sold in 2019.', '', '/s/ Mara Quist', ''].join('\n'),
        'op.txt': ['IN THE SUPREME COURT OF THE STATE OF NOWHERE', '', 'OKAFOR, J.', '', 'The statute is plain and we apply it as written.', '', 'LINDQVIST, J., concurring.', '', 'I agree with the result but write to note a doubt.', ''].join('\n'),
        'letters.txt': [
          'Dear Ms. Park:',
          '',
          'Please tell us when the bridge will reopen.',
          '',
          'Sincerely,',
          '',
          'Owen Hale',
          'Harbour Residents Association',
          '',
          '-----',
          '',
          'Dear Mr. Hale:',
          '',
          'The bridge will reopen in June after the inspection.',
          '',
          'Regards,',
          '',
          'Jin Park',
          'City Engineer',
          '',
        ].join('\n'),
      }),
    );
    expect(find(c, 'decl', 'The kiln was sold in 2019')).toMatchObject({ speaker: 'Mara Quist' });
    expect(find(c, 'op', 'we apply it as written')).toMatchObject({ speaker: 'Okafor' });
    expect(find(c, 'op', 'write to note a doubt')).toMatchObject({ speaker: 'Lindqvist' });
    expect(find(c, 'letters', 'when the bridge will reopen')).toMatchObject({ speaker: 'Owen Hale' });
    expect(find(c, 'letters', 'reopen in June')).toMatchObject({ speaker: 'Jin Park' });
  });
});
