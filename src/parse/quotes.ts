/**
 * Quote attribution: which words in a paragraph were said by someone, and by whom.
 *
 * An ordered sieve of precision-first rules (after Muzny et al. 2017 and
 * Quootstrap). For each quoted span, the first rule that names a speaker wins:
 *   1. an epigraph's dash line:     “…” — Ana Ruiz
 *   2. verb after the quote:        “…,” said Ana Ruiz, chief executive of Fennel Pay.
 *                                   “…,” Tom Hale, a partner at Birch Partners, said.
 *                                   “…,” she recalled.  /  “…,” Ruiz told The Ledger.
 *                                   “…,” according to Ana Ruiz.
 *   3. verb or colon before it:     As one team member puts it, “…”
 *                                   CZ explained in detail and emphasized that “…”
 *                                   According to Ruiz, “…”  /  CZ: “…”
 *   4. a quote that is a sentence of its own continues the quote before it
 *      (a split quote: one record), or else is the words of the last person
 *      named in this paragraph or the one before.
 * The speaker phrase is read by structure: an appositive after a name
 * (`NAME, a partner at ORG`) describes the name and never speaks; an
 * organisation (a company suffix, or a name seen after "at", "of", "for") is
 * never what "he" or "she" refers to; a surname alone means the full name
 * seen earlier; a capitalised "He" in mid-sentence is a registered speaker
 * whose name has that word ("He Yi"), not the pronoun.
 *
 * Spans of one to three words and Title-Case spans are scare quotes or titles
 * ("hodler", “Off the Charts!”) unless a speech verb names their speaker
 * (“No comment,” said Hale.). A longer span shaped like speech (a sentence of
 * its own, or introduced by a colon, a comma, a dash or a speech verb) that no
 * rule can attribute is a quote with no speaker: never dropped, never guessed.
 * A longer span woven into the sentence's grammar ("call it “the company on
 * which the sun never sets”") is a mention, and stays in its sentence's claim.
 */
import { allMatches, caseless, caselessRegExp, hasWholeWord, lazy } from '../model/regexp.js';
import type { SpeakerRegistry } from '../model/speakers.js';
import { CJK_SAYS_AFTER, findQuoteSpans, isFirstPersonSingular, isSpaceCode, isTitleCase, lowerFirst, noWordIn, normalizeSpace, splitSentences, titleCaseName, withExtraSpans, wordCount, type QuoteSpan, type Sentence } from './text.js';
import { attendanceFields, attendanceNames, attendanceOffices, panelRosterNames } from './notes.js';

const VERBS =
  'said|says|say|saying|told|tells|telling|asked|asks|asking|added|adds|adding|explained|explains|noted|notes|recalled|recalls|recalling|confessed|confesses|emphasi[sz]ed|emphasi[sz]es|replied|replies|responded|responds|shared|shares|wrote|writes|posted|posts|tweeted|tweets|mentioned|mentions|stated|states|commented|comments|declared|insisted|insists|remarked|joked|jokes|continued|continues|admitted|admits|argued|argues|announced|observed|called|laments|lamented|warned|warns|cautioned|conceded|concedes|acknowledged|acknowledges|predicted|predicts|concluded|agreed|agrees|disagreed|disagrees|recounted|recounts|quipped|boasted|complained|complains|countered|counters|pointed out|points out|puts it|put it|went on|wondered|wonders|asserted|asserts|answered|answers|suggested|suggests|stressed|stresses|reflected|reflects|conceded|exclaimed|exclaims|whispered|whispers|shouted|shouts|yelled|yells|muttered|mutters|murmured|murmurs|snapped|retorted|retorts|shot back|fired back|mused|muses|vowed|vows|claimed|claims|urged|urges|pleaded|sighed|scoffed|gushed|marvell?ed|chimed in|interjected|laughed|laughs|chuckled|chuckles|cried|(?:grinned|smiled|beamed|shrugged|winked)(?=\\s*[:“"])|remembers|remembered|testified|testifies|submitted|submits|contended|contends|gave evidence|gives evidence|' +
  // The same verbs in the languages of Western European news, which frame a quote the same way
  // ("„…“, sagte Keller", "« … », a déclaré Claire Dubois", "explique-t-elle", "dijo Moreno").
  // French reporting verbs in the passé composé and present beyond "a déclaré" ("« … », a regretté
  // Sophie Lachaud", "« … », nous a confié son président, Karim Benali"); "nous a confié" before
  // "a confié" so the pronoun is no subject. "selon" (according to) closes a quotation the same way.
  // (Not the bare presents "assure" and "tranche": English words, "to assure investors", "a tranche".)
  'nous a confié|m\'a confié|a confié|a regretté|regrette|a reconnu|reconnaît|a assuré|a indiqué|indique|a rappelé|rappelle|a insisté|a lancé|a estimé|a précisé|a résumé|a prévenu|prévient|a tranché|a martelé|martèle|selon|' +
  'sagte|sagt|erklärte|erklärt|betonte|betont|meinte|meint|ergänzte|ergänzt|fügte hinzu|fügt hinzu|antwortete|antwortet|sagen|a dit|dit|résume|a répondu|répond|confie|précise|poursuit|raconte|a déclaré|déclare|a expliqué|explique|a affirmé|affirme|a ajouté|ajoute|a souligné|souligne|estime|dijo|dice|respondió|responde|afirmó|afirma|explicó|explica|señaló|añadió|añade|agregó|agrega|aseguró|declaró|disse|diz|afirmou|explicou|acrescentou|acrescenta|ha detto|ha spiegato|ha aggiunto|spiega|racconta|sorride|afferma|dichiara|osserva|ammette|sottolinea|kata|ujar|ujarnya|katanya|tuturnya|ungkapnya|jelasnya|tambahnya|berkata|zei|zegt|aldus|declarou|' +
  // Turkish, Vietnamese, Polish and Hindi news ('"…," dedi.', '"…," bà nói.', '– … – powiedział Zhao.', 'झाओ ने कहा, "…"').
  'dedi|söyledi|diye konuştu|ifade etti|belirtti|yanıtını verdi|nói|cho biết|' +
  // … with their other common verbs of saying: Turkish's "ifadelerini kullandı" (used the words),
  // "açıklamasında bulundu", "vurguladı", "kaydetti"; Vietnamese "nhận định" (assessed), "khẳng định",
  // "nhấn mạnh", "chia sẻ" ('"…" ifadelerini kullandı.', 'ông X, Phó chủ tịch …, nhận định: "…"').
  'ifadelerini kullandı|ifadesini kullandı|açıklamasında bulundu|vurguladı|kaydetti|nhận định|khẳng định|nhấn mạnh|chia sẻ|powiedział|powiedziała|dodał|dodała|odpowiedział|odpowiedziała|stwierdził|stwierdziła|podkreślił|podkreśliła|zaznaczył|zaznaczyła|ने कहा|' +
  // Greek, Swedish, Ukrainian and Russian, Hebrew and Filipino news ('«…», δήλωσε ο …', '– …, säger han.',
  // '«…», – заявив Чжао.', '"…", אמרה הי יי', '"…," sabi ni X'). The Filipino verbs keep the marker
  // of the name after them ("ni", "ng", "kay"): the speaker follows the verb.
  'είπε|δήλωσε|πρόσθεσε|τόνισε|ανέφερε|σημείωσε|εξήγησε|υπογράμμισε|απάντησε|' +
  'säger|sade|skriver|skrev|berättar|berättade|tillägger|tillade|svarar|svarade|konstaterar|konstaterade|' +
  'заявив|заявила|заявил|сказав|сказала|сказал|написав|написала|написал|додав|додала|добавил|добавила|зазначив|зазначила|отметил|отметила|наголосив|наголосила|подчеркнул|подчеркнула|відповів|відповіла|ответил|ответила|' +
  'אמר|אמרה|אמרו|הוסיף|הוסיפה|השיב|השיבה|סיפר|סיפרה|ציין|ציינה|הסביר|הסבירה|הדגיש|הדגישה|כתב|כתבה|' +
  'sabi ni|sinabi ni|sinabi ng|ani|dagdag ni|paliwanag ni|giit ni|ayon kay|wika ni|dagdag pa ni|sabi pa ni|pahayag ni|tugon ni|' +
  // … and with the pronoun "niya" (he or she) in place of the name: the person just named ('"…," dagdag pa niya.').
  'aniya|sabi niya|sabi pa niya|dagdag niya|dagdag pa niya|wika niya|paliwanag niya|giit niya|tugon niya|' +
  // Serbian, Croatian and Bosnian news, in Cyrillic and in Latin ('„…”, рекао је Џао', '„…”, poručila je ona',
  // '– …, – rekao je Đorđević za „Politiku”'): the verb's participle and "je", the speaker after them.
  'рекао је|рекла је|изјавио је|изјавила је|навео је|навела је|поручио је|поручила је|додао је|додала је|истакао је|истакла је|објаснио је|објаснила је|одговорио је|одговорила је|каже|' +
  'rekao je|rekla je|izjavio je|izjavila je|naveo je|navela je|poručio je|poručila je|dodao je|dodala je|istakao je|istakla je|objasnio je|objasnila je|odgovorio je|odgovorila je|kaže|' +
  // Romanian, Swahili, Czech and Hungarian news ('„…", a declarat Yi He', '"…," alisema Peter Kamau',
  // '„…," řekl Zhao', '„…" – mondta Kovács').
  'a declarat|a spus|a precizat|a afirmat|a adăugat|a explicat|a subliniat|a răspuns|a transmis|declară|spune|afirmă|' +
  'alisema|anasema|amesema|aliongeza|alieleza|alisisitiza|alijibu|' +
  'řekl|řekla|říká|uvedl|uvedla|dodal|dodala|prohlásil|prohlásila|vysvětlil|vysvětlila|odpověděl|odpověděla|' +
  'mondta|mondja|nyilatkozta|közölte|fogalmazott|hangsúlyozta|tette hozzá|válaszolta|' +
  // Danish, Norwegian and Finnish news ('- …, siger Mette Lund.', '- …, fortæller hun.', '– …, Virtanen sanoo.').
  'siger|sagde|fortæller|fortalte|oplyser|oplyste|tilføjer|tilføjede|forklarer|forklarede|understreger|understregede|svarer|svarede|' +
  'sier|sa|forteller|fortalte|opplyser|opplyste|legger til|la til|understreker|understreket|forklarer|forklarte|påpeker|påpekte|' +
  'sanoo|sanoi|kertoo|kertoi|muistuttaa|muistutti|toteaa|totesi|huomauttaa|huomautti|painottaa|painotti|vastasi|' +
  // Urdu reported speech: 'NAME نے کہا کہ "…"' (NAME said that), 'NAME کا کہنا تھا کہ "…"' (NAME's saying was that).
  'نے کہا کہ|نے کہا|نے مزید کہا کہ|کا کہنا تھا کہ|کا کہنا ہے کہ|نے بتایا کہ|' +
  // Amharic puts the verb of saying after the quotation, no comma, its person the subject
  // ('«…» ብለዋል።' he/she said (honorific), 'ብላለች' she said, '«…» ሲሉ ተናግረዋል' spoke, saying).
  'ሲሉ ተናግረዋል|ስትል ተናግራለች|ሲል ተናግሯል|ሲሉ አብራርተዋል|ስትል አብራርታለች|ሲል አብራርቷል|ሲሉ ገልጸዋል|ስትል ገልጻለች|ሲል ገልጿል|ሲሉ አክለዋል|ስትል አክላለች|ሲል አክሏል|ሲሉ አሳስበዋል|ብለዋል|ብላለች|ብሏል|' +
  // Armenian news: '«…», — ասաց Մելքոնյանը։' (said), նշեց (noted), հավելեց (added), the speaker after the verb.
  'ասաց|ասել է|նշեց|նշել է|հավելեց|հավելել է|ընդգծեց|հայտնեց|պատասխանեց|շեշտեց|հայտարարեց';
/** A subject pronoun of those languages right after their speech verb, then more words: "zei hij maandag tijdens …". */
const FOREIGN_PRONOUN_FIRST = lazy(() => /^\s*(sie|zij|hij|er|ông|bà|hon|hun|han)\s+\p{Ll}/u);
/** The words before a quotation open on a name and a comma: "He, Zhao hakkında bir soruya, ". */
const SUBJECT_BEFORE_QUOTE = lazy(() => /^[\s*_]*(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}),\s[^“”"«»]{0,120}$/u);
/** A cleft sentence's focus before "who said": "It was Yi He, not Changpeng Zhao, who ", "It is Ruiz who ". */
const CLEFT_FOCUS = lazy(() => /^\s*It\s+(?:was|is)\s+(\p{Lu}[^,]{1,60}?)(?:,\s+not\s+[^,]{1,60},)?\s+(?:who|that)\s+$/u);
/**
 * Malay and Indonesian say "he said" in one word, the verb with the pronoun "-nya" ("katanya",
 * "ujarnya", "jelasnya"), or the verb and "beliau"/"dia"/"ia" ("kata beliau"): the person just
 * named, whatever phrase of time or place follows ("katanya pada sidang media").
 */
const MALAY_PRONOUN_VERB = lazy(() => /^(?:kata|ujar|tutur|ungkap|jelas|tambah)nya$/iu);
const MALAY_PRONOUN_AFTER = lazy(() => /^\s*(?:beliau|dia|ia)(?![\p{L}])/iu);
/** Romanian's and Czech's pronoun alone after the verb: "a spus acesta", "a declarat ea", "řekl on". */
const THIS_ONE_AFTER_VERB = lazy(() => /^\s*(acesta|aceasta|el|ea|on|ona)\s*$/iu);
/** French puts the subject pronoun after the verb, joined by hyphens: "dit-elle", "affirme-t-il". */
const FRENCH_INVERTED_PRONOUN = lazy(() => /^\s*-(?:t-)?(?:elles?|ils?)(?![\p{L}])/u);
/**
 * French's compound past with the pronoun inverted after the auxiliary, right after a quotation: "« … »,
 * a-t-elle déclaré jeudi.", "a-t-il ajouté", "ont-ils expliqué", "nous a-t-elle confié": the pronoun (1)
 * and the past participle (any: the auxiliary and its pronoun frame the words as said).
 */
const FRENCH_INVERTED_PERFECT = lazy(() => /^(?:nous\s+|m['’]\s*)?(?:a-t|ont)-(elles?|ils?)\s+\p{Ll}+(?:é|és|ée|i|is|u|t)(?![\p{L}])/u);
/** "SUBJECT confirmed the shutdowns in a statement:": the subject and its whitespace (group 1), the verb (group 2), then "in a statement" (an e-mail, a post, a letter) and a colon. */
const WRITTEN_IN_FRAME = lazy(() => /^(\S[^“”"]{0,100}?\s+)(\p{Ll}{3,}(?:ed|es))\s+(?:[^,;:“”"]{1,50}?\s+)?in\s+(?:a|an|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|e-?mail|post|letter|note|release|filing|message)\s*:\s*$/u);
const VERB_RE = lazy(() => new RegExp(`(?<![\\p{L}])(?:${VERBS})(?![\\p{L}])`, 'giu'));
/**
 * "“…,” he averred." / "“…,” Prof Oduya posed.": after a quotation closed on its comma, a pronoun or a
 * capitalised name (a title before it) and one past tense ending the sentence can only say who spoke,
 * whatever the verb (Nigerian and Kenyan news frame quotes with "averred", "posed", "fumed").
 */
const CLOSING_PAST_VERB = lazy(() => /(?<=^(?:(?:he|she|they|we|I)|(?:\p{Lu}[\p{L}'’-]*\.?\s+){0,3}\p{Lu}[\p{L}'’-]*)\s+)\p{Ll}{3,}ed(?=\s*[.!]?\s*$)/u);
/** A verb of saying anywhere in the text (VERB_RE is global: its position is reset first). */
function hasVerbOfSaying(text: string): boolean {
  const re = VERB_RE();
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}
/**
 * The text without its parenthesised notes, the spaces around each made one space: what replacing
 * each match of `\s*\([^)]*\)\s*` (global) with one space gives, in time linear in the text (that
 * pattern's leading spaces were tried at every start in a long run of spaces).
 */
export function withoutParenNotes(text: string): string {
  const pieces = splitAtParenNotes(text);
  if (pieces.length === 1) return text;
  const last = pieces.length - 1;
  return pieces.map((p, i) => (i > 0 ? p.trimStart() : p)).map((p, i) => (i < last ? p.trimEnd() : p)).join(' ');
}
/**
 * The text split at each parenthesised note, as `text.split(/\([^)]*\)/)` splits it, in linear
 * time: that pattern tried every "(" of a long run of them against the rest of the line (a 30 KB
 * run of "(" took a second). A "(" with no ")" after it has none after any later "(" either.
 */
function splitAtParenNotes(text: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('(', from);
    if (open < 0) break;
    const close = text.indexOf(')', open + 1);
    if (close < 0) break;
    pieces.push(text.slice(from, open));
    from = close + 1;
  }
  pieces.push(text.slice(from));
  return pieces;
}
/**
 * A parenthesised note after a quotation that is no person: a date or a number in it ("(Updated
 * March 2024)", "(Chapter 3)"), or a credit's or an organisation's last word ("(Getty Images)").
 */
function notPersonSource(source: string): boolean {
  const last = source.split(/\s+/).pop()!;
  return /\d/.test(source) || CREDIT_WORD().test(last) || ORG_SUFFIX().test(last);
}
const CREDIT_WORD = lazy(() => /^(?:Images|Photos?|Pictures|Archives?|Collection|Library|Wire|Staff)$/);
/** A source in parentheses closing the line after a quotation: "(Desai, in the Q&A)", "(Tom Brandt)". */
const PAREN_SOURCE_AFTER = lazy(() => /^[*_]*[,.!?]?[*_]*\s*\((\p{Lu}[^()“”"]{0,80})\)[.;]?$/u);
/** An auxiliary of habit or aspect right before a verb of saying: "kept (telling)", "used to (say)", "would always (say)". */
const HABIT_BEFORE_VERB = lazy(() => /(?<=\S)\s+(?:kept|keeps|would(?:\s+always|\s+often)?|used\s+to|liked\s+to|likes\s+to|loved\s+to|loves\s+to|never\s+tired\s+of|never\s+stopped)\s+$/u);
/** A verb at the end of the text before a quote, with the little that may follow it ("explained that", "put it this way"). */
const VERB_AT_END = lazy(() => new RegExp(
  `(?<![\\p{L}])(?:${VERBS})(?:\\s+(?:that|to\\s+\\S+|again|in\\s+detail|this\\s+way|as\\s+follows|simply|bluntly|later|once))?\\s*[,:—–-]?\\s*$`,
  'iu',
));

const PERSON_NOUNS =
  'member|members|manager|employee|employees|director|executive|investor|journalist|reporter|designer|developer|lead|founder|co-founder|cofounder|ceo|cmo|cto|coo|cfo|officer|head|analyst|engineer|spokesperson|spokesman|spokeswoman|representative|trader|colleague|person|expert|official|host|guest|writer|researcher|programmer|snowboarder|user|customer|man|woman|guy|lady|gentleman|co-host|cohost|girl|boy|friend|pal|pals|partner|leader|chairman|chairwoman|chair|president|staffer|insider|source|student|teacher|professor|candidate|owner|entrepreneur|worker|intern|specialist|consultant|advisor|adviser|economist|strategist|editor|lawyer|attorney|banker|regulator|minister|senator|governor|mayor|resident|farmer|nurse|doctor|scientist|architect|broker|auditor|treasurer|secretary|vice-president|vp|neighbour|neighbor|veteran|critic|observer|participant|volunteer|organiser|organizer|activist|islander|villager|local|locals|commuter|passenger|driver|pilot|sailor|miner|parent|mother|father|voter|shopper|shopkeeper|patient|survivor|witness|fan|player|coach|officer|judge|prosecutor|defendant|plaintiff|detective|sheriff|commissioner|inspector|ambassador|lawmaker|legislator|councillor|councilor|author|novelist|historian|actor|actress|singer|artist|chef|physician|surgeon|soldier|investigator|juror|dispatcher|moderator|panelist|panellist|correspondent|columnist|presenter|commentator|technician|mechanic|electrician|plumber|carpenter|welder|cashier|clerk|accountant|paramedic|firefighter|pharmacist|therapist|psychologist|psychiatrist|dentist|supervisor|aide|diplomat|envoy|rapporteur|negotiator|protester|protestor|demonstrator|campaigner|supporter|opponent|shareholder|tenant|landlord|homeowner|courier|athlete|cyclist|musician|filmmaker|blogger|influencer|podcaster|citizen|refugee|migrant|immigrant|depositor|subscriber|attendee|delegate|nominee|trainee|apprentice|applicant|administrator|midwife|caregiver|carer|cleaner|janitor|receptionist|housekeeper|nanny|gardener|trucker|whistleblower|sceptic|skeptic|mentor|classmate|roommate|pastor|priest|imam|rabbi|monk|nun|bishop|lecturer|tutor|baker|waiter|waitress|bartender|barista|butcher|coder|hacker|rancher|labourer|laborer|bureaucrat|politician|physicist|chemist|biologist|geologist|epidemiologist|virologist|statistician|sociologist|master|headteacher|headmaster|headmistress|warden|ranger|coroner|registrar|magistrate|superintendent|caretaker|chairperson|curator|archivist|librarian|striker|midfielder|defender|goalkeeper|winger|substitute|skipper|referee|umpire|jockey|teenager|youngster|rookie|debutant|newcomer|pensioner|retiree|widow|widower|porter|guard|cook|steward|stewardess|busker|shepherd|grocer|tailor|hairdresser|barber|builder|[\\p{L}]+(?:man|men|woman|women)';
const DETERMINERS = 'a|an|one|another|the|this|that|some|most|many|several|every|each|two|three';
export const PERSON_NOUN_ANY = lazy(() => new RegExp(`(?<![\\p{L}])(?:${PERSON_NOUNS})(?![\\p{L}])`, 'iu'));
/**
 * The single words PERSON_NOUNS lists, before its closing "…man" group (its
 * hyphenated ones end in one of them: "co-founder" in "founder"), for the scanner below.
 */
const PERSON_NOUN_WORDS = new Set(
  PERSON_NOUNS.slice(0, PERSON_NOUNS.indexOf('|['))
    .split('|')
    .filter((w) => /^[a-z]+$/.test(w)),
);

/** A word PERSON_NOUNS lists by itself, any case ("Engineer", "lead"): not its "…man" catch-all, so no surname such as "Venkataraman". */
export function isPersonNounWord(word: string): boolean {
  return PERSON_NOUN_WORDS.has(word.toLowerCase());
}

/**
 * PERSON_NOUN_WORDS as a trie over lower-case ASCII letters, so a word is
 * looked up as it is scanned, without cutting or lower-casing it: node k's
 * child for letter x is TRIE_NEXT[k * 26 + x] (0: none; the root is node 0,
 * which no edge leads back to), and TRIE_END[k] marks a whole noun.
 */
const { TRIE_NEXT, TRIE_END } = (() => {
  const next: number[] = new Array(26).fill(0);
  const end: number[] = [0];
  for (const w of PERSON_NOUN_WORDS) {
    let k = 0;
    for (let i = 0; i < w.length; i++) {
      const x = w.charCodeAt(i) - 0x61;
      let to = next[k * 26 + x]!;
      if (to === 0) {
        to = end.length;
        end.push(0);
        for (let j = 0; j < 26; j++) next.push(0);
        next[k * 26 + x] = to;
      }
      k = to;
    }
    end[k] = 1;
  }
  return { TRIE_NEXT: Int32Array.from(next), TRIE_END: Uint8Array.from(end) };
})();

/** ASCII letter. */
function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** Non-ASCII characters of ordinary English text that are not letters: they end a word, as any non-letter does. */
const NON_LETTERS = new Set([0x2018, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014, 0x2026, 0xa0, 0x202f]);

/**
 * `PERSON_NOUN_ANY.test(text)`, without the regex (it ran a lookbehind and a
 * hundred-word alternation at every character of every sentence: 3 % of a cold
 * build). A match is a whole word (letters on neither side) that is one of the
 * nouns case-insensitively, or any word of four letters or more ending in
 * "man"/"men" (`[\p{L}]+(?:man|men|woman|women)`); a hyphenated noun
 * contains a match of its last part. Text with a letter outside ASCII goes to
 * the regex (its case folding and \p{L} are the regex's to decide).
 * test/parse/fast-paths.test.ts compares the two.
 */
export function hasPersonNoun(text: string): boolean {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c > 0x7f && !NON_LETTERS.has(c)) return PERSON_NOUN_ANY().test(text);
    if (!isAsciiLetter(c)) {
      i++;
      continue;
    }
    const start = i;
    // walk the trie as the word is read (-1: no noun starts this way)
    let node = 0;
    for (; i < n; i++) {
      const d = text.charCodeAt(i);
      if (!isAsciiLetter(d)) break;
      if (node >= 0) node = TRIE_NEXT[node * 26 + ((d | 0x20) - 0x61)]! || -1;
    }
    if (i < n && text.charCodeAt(i) > 0x7f && !NON_LETTERS.has(text.charCodeAt(i))) return PERSON_NOUN_ANY().test(text);
    if (node > 0 && TRIE_END[node]) return true;
    // "[\p{L}]+(?:man|men)": four letters or more ending in "man" or "men"
    if (i - start >= 4 && (text.charCodeAt(i - 3) | 0x20) === 0x6d && ((text.charCodeAt(i - 2) | 0x20) === 0x61 || (text.charCodeAt(i - 2) | 0x20) === 0x65) && (text.charCodeAt(i - 1) | 0x20) === 0x6e) return true;
  }
  return false;
}
/**
 * The full stop of an initialism ("U.S.", "E.U.": one letter after a word start or a stop) or of a
 * company abbreviation ("Co.", "Corp.", "Inc.", "Ltd.", "Bros."), which goes on into what follows
 * ("the U.K. Treasury", "Smith & Co. in London") unless a sentence's opening word comes next
 * ("… at the firm's lawyers, Smith & Co. The next day"). Case-insensitive, as DESCRIPTION is.
 */
const ABBREVIATION_STOP =
  `(?<=(?:(?<![\\p{L}])\\p{L}|(?<![\\p{L}])(?:co|corp|inc|ltd|bros))\\.)(?=\\s|$)(?!\\s+(?:the|a|an|he|she|it|they|we|i|but|this|that|these|those|his|her|their|its|there|then)(?![\\p{L}]))`;
/** A described person ("a senior analyst at …"), read case-insensitively (exported for its test). */
export const DESCRIPTION_SOURCE =
  `(?<![\\p{L}])((?:${DETERMINERS})\\s+(?:(?!(?:to|for|with|from|at|in|on|by|and|or|than)\\s)[\\p{L}\\d'’&-]+\\s+){0,5}?(?:${PERSON_NOUNS})(?![\\p{L}])(?:\\s+(?:who|of|at|from|in|on|with|for)(?![\\p{L}])(?:[^,.;:“”"]|\\.(?:(?=[\\p{L}'’])|${ABBREVIATION_STOP})){0,80})?)`;
// caseless(): the matches of `giu`, which made this pattern take 20–30 ms to compile (`gu`: 1–2 ms)
const DESCRIPTION = lazy(() => new RegExp(caseless(DESCRIPTION_SOURCE), 'gu'));
/** A title or role word: what an appositive after a name is made of ("a partner at …", "Fennel Pay CEO"). */
const TITLE_WORD = lazy(() => new RegExp(`(?<![\\p{L}])(?:${PERSON_NOUNS}|chief|vice|senior|deputy|managing|general|associate|assistant|principal)(?![\\p{L}])`, 'iu'));

const PRONOUN = lazy(() => /^(he|she|they|him|her|them)$/i);
/** "sagte sie", "dit-il", "explique-t-elle", "dijo él": the pronouns after those languages' speech verbs, by gender. */
const FOREIGN_SHE = lazy(() => /^(sie|elle|ella|ela|lei|zij|bà|hon|hun|она)$/i);
/** Finnish "hän" (he or she): the last person named, whoever it is. */
const FOREIGN_EITHER = lazy(() => /^(hän)$/i);
const FOREIGN_HE = lazy(() => /^(er|il|él|ele|lui|hij|ông|han|він|он)$/i);
const SELF = lazy(() => /^(i|me|we|us|myself)$/i);
// (A perfect's auxiliary before the verb too: "Priya Raman has just told reporters …", "the
// minister has said that …": "has"/"have"/"had" ends no name, the subject is the words before it.)
const TRAILING_ADVERBS =
  lazy(() => /\s+(has|have|had|then|again|later|also|once|finally|just|still|often|always|even|immediately|simply|once again|in detail|and|recently|earlier|previously|yesterday|today|tonight|last week|this week|on \p{Lu}\p{Ll}+day)$/iu);
const LEADING_CONNECTIVES = lazy(() => /^(as|and|but|so|then|when|while|later|once|after that|one day|that day|yet|still|instead)\s+/i);
// Vietnamese writes "ông" (Mr) and "bà" (Mrs) before a full name, capitalised at a sentence's start: part of no one's name.
const HONORIFIC = lazy(() => /^(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Rev|Sen|Rep|Gov|Gen|Capt|Lt|Col|Cllr|[Ôô]ng|[Bb]à)\.?\s+(?=\p{Lu})/u);
/** A name and its honorific and nothing else: "Mr Tom Hale", "ông Trần Minh Đức", "bà Nguyễn Thu Hà". */
const HONORIFIC_NAME_ONLY = lazy(() => /^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?|[Ôô]ng|[Bb]à)\s+\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}$/u);
/** Titles written before a name ("Councillor Fiona MacLeod", a school board's "Trustee Oscar Villanueva", Turkish "Derneği Başkanı Selin Aydın", "Başkan Yardımcısı Oğuz Tan"): part of no one's name. */
// (Nigerian and Philippine news put a rank or a form of address before the name as a title:
// "Engr. Adewale Ogunleye", "Comrade Tunde Bakare", "Alhaji Musa Danladi", "Transportation
// Undersecretary Celeste Aguinaldo", as a doctor's "Dr Samuel Mutua" mid-phrase: none is the name's.)
// (Singapore and Malaysian papers the same: "Madam Tan Siew Eng", "Datuk Seri Hafiz Rahman", "Dato' Lim".)
// (German compounds ending on a head of something: "Gewerkschaftschef", "Bahnvorstand", "Abteilungsleiterin".)
export const TITLE_BEFORE_NAME =
  lazy(() => /^(Dr\.?|Prof\.?|Engr\.?|Barr\.?|Comrade|Alhaji|Alhaja|Madam|Datuk|Datin|Dato['’]?|Seri|Undersecretary|Under-?[Ss]ecretary|Vice|Councillors?|Cllr\.?|Councilors?|Councilwoman|Councilman|Councilmember|Assemblyman|Assemblywoman|Assemblymember|Alderman|Alderwoman|Mayor|Senator|Governor|President|Minister|Secretary|Judge|Justice|Chancellor|Professor|Inspector|Sergeant|Detective|Officer|Constable|Rabbi|Imam|Father|Sister|Brother|Bishop|Coach|Chairman|Chairwoman|Chair|Director|Commissioner|Ambassador|Representative|Congressman|Congresswoman|Lord|Lady|King|Queen|Prince|Princess|Captain|General|Colonel|Lieutenant|Admiral|Chief|Commander|Major|Corporal|Trooper|Sheriff|Deputy|Marshal|Superintendent|Trustee|Regent|Supervisor|Selectman|Selectwoman|W?PC|PCSO|PS|DC|DS|DI|DCI|DSI|DSU|DCS|DSgt|Sgt\.?|Insp\.?|Supt\.?|Det\.?|Pastor|Reverend|Rev\.?|Revd\.?|Canon|Vicar|Archdeacon|Monsignor|Deacon|Cardinal|Archbishop|Premier|Speaker|Attorney|Dame|Sir|Wethouder|Burgemeester|Fractievoorzitter|Woordvoerder|Kamerlid|Staatssecretaris|Voorzitter|Prezes|Rzecznik|(?:Ober|Bundes|Minister)?(?:Bürgermeister|Kanzler|Präsident|Sprecher|Direktor|Geschäftsführer|Richter|Senator|Professor|Pfarrer)(?:in)?|(?:[A-ZÄÖÜ][a-zäöüß]+(?:dezernent|referent|amtsleiter|minister|sprecher|vorsitzende|beauftragte|direktor|präsident|chef|vorstand|leiter|führer|berater)|Dezernent|Referent|Amtsleiter|Vorsitzende|Beauftragte)(?:in|r)?|(?:Stadt|Land|Gemeinde|Kreis)(?:rat|rätin)|Başkanı|Başkan|Yardımcısı|Müdürü|Bakanı|Bakan|Sözcüsü|Kurucusu|Direktörü|Üyesi)$/);

/** A minutes' or a report's paragraph number opening the sentence, "3.2 ", "4.10.1 " (two levels or more), before a capital. */
const MINUTE_NUMBER_OPENING = lazy(() => /^\s*\d{1,2}(?:\.\d{1,2}){1,3}\s+(?=\p{Lu})/u);
/**
 * A carrier's name: "Nordvik Container Line", "Baltic Ferry Lines", "Orient Steamship Line", and
 * "… Shipping", "… Logistics", "… Airways", "… Railways": a company (not "Line" alone, a given name).
 */
const CARRIER_LINE = lazy(() => /\s(?:(?:Container|Cruise|Ferry|Steamship|Tanker|Feeder|Bus|Coach|Shipping)\sLines?|Shipping|Logistics|Airways|Railways?|Freight)\.?$/);
/** Last words that make a capitalised name an organisation, never a person (the arts' too: "Meridian Screen Awards", "The Late Hour Band"; not "Records", a paper the text may say disclosed something). */
const ORG_SUFFIX =
  lazy(() => /^(Capital|Partners|Research|Inc|Incorporated|Ltd|Limited|LLC|LLP|PLC|Plc|GmbH|AG|SA|Corp|Corporation|Co|Company|Group|Bank|Exchange|Pay|Labs?|Holdings|Ventures|Fund|Funds|Foundation|Association|Agency|Ministry|Department|Council|University|College|Institute|Times|Post|News|Journal|Herald|Tribune|Gazette|Ledger|Review|Magazine|Weekly|Media|Network|Networks|Technologies|Technology|Systems|Solutions|Services|Industries|Securities|Investments|Advisors|Advisers|Associates|Trust|Insurance|Bureau|Commission|Authority|Office|Court|Party|Club|Society|Union|Alliance|Coalition|Board|Committee|Hospital|School|Press|Studios|Motors|Airlines|Energy|Health|Pharma|Markets|Finance|Financial|Digital|Global|International|Reuters|Bloomberg|Show|Podcast|Radio|Briefing|Tonight|Report|Awards|Festival|Prize|Theatre|Theater|Orchestra|Band|Choir|Ensemble|Gallery|Museum)\.?$/);

/**
 * Capitalised words that begin sentences or name things, never people (a structure's noun too:
 * "the Ferris Point Bridge", "Harlow Stadium"). The last alternative: a
 * prefix and a lowercase word ("Co-founds", "Re-elected", "Ex-wife"), a timeline row's verb; a
 * hyphenated name capitalises both parts ("Brandt-Vasquez").
 */
const NOT_PERSON_WORDS =
  lazy(() => /^(Binance|Bitcoin|BNB|Chain|Smart|Exchange|Media|Technology|Capital|Labs?|Pool|Card|Pay|Academy|Charity|Foundation|Fund|Group|Inc|Ltd|Network|Blockchain|Crypto|Coin|Token|Global|Marketing|Chief|Officer|Head|Web3|Spaces|Square|Street|Road|Avenue|Boulevard|Calle|Avenida|Piazza|Straße|Strasse|Stock|University|College|Institute|Station|Bridge|Viaduct|Tunnel|Tower|Towers|Stadium|Airport|Terminal|Motorway|Highway|Expressway|Freeway|Bypass|Railway|Canal|Reservoir|Lighthouse|Monument|TV|Show|Forum|Week|Summit|Conference|Festival|Spring|Summer|Autumn|Fall|Winter|New|Year|Day|The|This|That|These|Those|There|Then|In|On|At|As|For|But|And|Or|If|So|After|Before|When|While|During|Since|From|Our|His|Her|Their|Its|My|Your|With|Without|Under|Over|About|Across|Into|Through|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|North|South|East|West|Southeast|Sichuan|Beijing|Shanghai|Hong|Kong|Tokyo|Japan|China|Europe|Africa|Asia|America|US|USA|UK|EU|Wall|Big|Bang|Theory|Iron|Man|Avengers|Endgame|Thai|Pacific|Ocean|Chinese|English|Arabic|Japanese|Turkish|Fine|Arts|Materia|Medica|Google|Twitter|Telegram|Instagram|Amazon|Tesla|According|Enligt|Ifølge|Iflg|Ifølgje|Laut|Selon|Según|Segundo|Secondo|Volgens|Menurut|Согласно|Asked|Speaking|Things|Quotes|Notes|Highlights|Takeaways|Points|Findings|Updates|Headlines|Lessons|Meanwhile|However|Although|Though|Still|Yet|Even|Also|Last|Next|Earlier|Later|Today|Yesterday|Tomorrow|Once|Some|Many|Most|Each|Every|All|Both|One|Two|Three|What|Why|How|Who|Where|Which|Is|Was|Are|Were|Does|Did|Has|Have|Had|Should|Would|Could|It|We|They|He|She|I|You|A|An|No|Not|Yes|CEO|CFO|CTO|COO|CMO|[A-Z][a-z]{0,3}-[a-z]{3,})$/);

/** A restaurant's, a café's or a hotel's word before the name it bears ("Casa Pellegrini", "Hotel Ruddick"). */
const VENUE_WORD = lazy(() => /^(?:Casa|Café|Cafe|Caffè|Chez|Trattoria|Osteria|Taverna|Ristorante|Restaurante|Pizzeria|Bistro|Brasserie|Hotel)$/);
/** A preposition of where right before a name: "near ", "outside ", "in ". */
const PLACE_PREPOSITION_BEFORE = lazy(() => /(?<![\p{L}])(?:near|outside|in|around|throughout)\s+$/u);

/**
 * An appositive naming a place, its noun ending the phrase or before a preposition: ", the island's only
 * hill", ", the highest hill on the estate", ", a village near …" (never ", the village doctor", ", the man in the pub").
 */
const PLACE_APPOSITIVE = lazy(() => /^,\s+(?:the|a|an)\s+(?:(?!(?:in|on|of|at|for|with|from|to|by|and|or|who|which|that|whose)\s)[\p{Ll}\d'’-]+\s+){0,3}?(?:hill|mountain|peak|summit|ridge|island|isle|loch|lake|river|glen|valley|bay|beach|headland|cape|village|town|hamlet|harbour|harbor|castle|abbey|cathedral|moor|forest|estate)(?=\s*[,.;:!?)]|\s+(?:on|in|of|at|near|above|below|beside|outside|overlooking)\s)/u);

/** A given name of two romanised syllables joined by a hyphen, the second in lowercase: "Ji-won", "Mi-rae", "Ing-wen", "Hyun-woo". */
const GIVEN_NAME_SYLLABLES = lazy(() => /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,4}$/u);

/** Papers and figures as a sentence's subject ("Records disclosed that …"): plural nouns of documents, never a person's name. */
const DOCUMENT_PLURAL = lazy(() => /^(?:Records|Documents|Filings|Papers|Minutes|Figures|Data|Emails|E-mails|Messages|Reports|Statistics|Estimates|Results|Surveys|Polls|Studies|Accounts|Files|Transcripts|Receipts|Invoices|Photos|Photographs|Images|Videos|Recordings|Logs|Notes|Memos|Letters|Texts|Contracts|Documentation)$/);

/** German articles, capitalised at a sentence's start: "Die Stadt", "Der Bürgermeister Hans Kurz". */
const GERMAN_ARTICLE = lazy(() => /^(?:Der|Die|Das|Dem|Den|Des|Ein|Eine|Einem|Einen|Einer)$/);

/** Capitalised words of NOT_PERSON_WORDS that, alone before a speech verb, name nobody. */
const LONE_FUNCTION_WORD =
  lazy(() => /^(It|Its|This|That|These|Those|There|Then|The|A|An|What|Why|How|Who|Where|Which|All|Both|Some|Many|Most|Each|Every|One|Two|Three|No|Not|Yes|Our|His|Her|Their|My|Your|You|In|On|At|As|For|But|And|Or|If|So|After|Before|When|While|During|Since|From|With|Without|Under|Over|About|Across|Into|Through|According|Asked|Speaking|Meanwhile|However|Although|Though|Still|Yet|Even|Also|Last|Next|Earlier|Later|Today|Yesterday|Tomorrow|Once|Chief|Officer|Head|CEO|CFO|CTO|COO|CMO)$/);

/**
 * A verb of saying (its person told after it perhaps), then an aside between commas opening on
 * "and" or "as" and ending right before the quotation: ", and I wrote it down that evening, ".
 */
// An aside ending on a verb of saying of its own ("said, and Councillor Price replied, "…"") is no
// aside but the quotation's own tag: its subject says the words ("and I wrote it down that evening" is one).
const ASIDE_AFTER_SAYING = lazy(() => /(?<![\p{L}])((?:told|tells|said|says|wrote|writes|added|replied|warned)(?:\s+(?:me|us|him|her|them))?),\s+(?:and|as)\s+[^,“”"«».;:!?]{3,60}(?<!(?<![\p{L}])(?:said|says|told|tells|replied|replies|answered|answers|asked|asks|added|adds|wrote|writes|responded|responds|countered|counters|warned|warns|retorted|snapped|declared|insisted|shot back)(?:\s+(?:me|us|him|her|them|reporters))?),\s*$/u);
/** A capitalised adverb that opens a sentence before its subject ("Afterwards Yi told me …"). */
const SENTENCE_ADVERB = lazy(() => /^(?:Afterwards?|Thereafter|Eventually|Finally|Recently|Suddenly|Initially|Originally|Apparently|Meanwhile|Later|Earlier|Then|Now|Today|Yesterday|Tonight|Privately|Publicly|Separately|Briefly|Frankly|Honestly|Instead|Still|Also|Once|Soon|Afterwards)$/);

/** A conjunction that opens a sentence (or its clause) before a subject: "When Takeshi Ando started…". */
const OPENING_CONJUNCTION = lazy(() => /^(?:When|Whenever|While|After|Before|Since|As|If|Once|Although|Though|Until|Because|Unless|And|But|So)$/);

/** One person (or described person) the text has named: what "she said" can refer to. */
interface Mention {
  name: string;
  /** 'f' or 'm' when the text says (Ms., "her", "she"), else null */
  gender: 'f' | 'm' | null;
  /** the pronoun this person cannot be: "a reporter asked whether she …" asks about someone else */
  not?: 'f' | 'm';
}

/**
 * Parts of full names seen, keyed with one apostrophe: "O’Neill" and "O'Neill" are one
 * person's surname however the writer typed it.
 */
class NamePartMap extends Map<string, string> {
  private static key(k: string): string {
    return k.includes('’') ? k.replace(/’/g, "'") : k;
  }
  override get(k: string): string | undefined {
    return super.get(NamePartMap.key(k));
  }
  override set(k: string, v: string): this {
    return super.set(NamePartMap.key(k), v);
  }
  override has(k: string): boolean {
    return super.has(NamePartMap.key(k));
  }
}

/** Speaker memory that runs across the paragraphs of one document. */
export interface AttributionState {
  registry: SpeakerRegistry;
  /** Full names seen so far ("Ana Ruiz"), so a later "Ruiz said" or "said Ana" resolves. */
  fullNames: string[];
  /** Each word of those full names → the latest full name with it ("Ruiz" → "Ana Ruiz"). */
  byPart: Map<string, string>;
  /** Full names met after a preposition ("the furnace of Vittorio Castellan") by their last word: a person if that word alone later speaks. */
  afterPreposition: Map<string, string>;
  /** Organisations the text has named: never a pronoun's referent, never a person. */
  orgs: Set<string>;
  /** Short names the text defined in brackets, to the organisation's name: "ZEMA" → "The Zambia Environmental Management Agency". */
  shortNames?: Map<string, string>;
  /** Genders the text has given people, by name. */
  genders: Map<string, 'f' | 'm'>;
  /** The last words of the paragraph before (what "It reads:" opening a paragraph refers to). */
  previousTail?: string;
  /** The paragraph number previousTail was taken from, and the tail before it (writtenBefore's). */
  tailParagraph?: number;
  earlierTail?: string;
  /** Whose voice "I" is in this text (the answerer in a Q&A), or null in narration. */
  self: string | null;
  /**
   * In narration, who the first person is: the document's one author (a memoir's, a reporter's
   * "I asked"), whose words "“…,” I said." quotes; unset where no single author is named.
   */
  writer?: string | null;
  /**
   * While a claim is read after its whole paragraph was: the paragraph's sentences and the index of
   * the one being read, so "she" there never means someone only the sentences after it name.
   */
  claimAt?: { sentences: readonly string[]; at: number };
  /** Capitalised words seen in mid-sentence: names, not sentence openers. */
  midCaps: Set<string>;
  /**
   * Over the whole document (noteDocumentWords), read at the first lone subject that needs them: the
   * words it writes in lowercase ("police", "tradition"), and the capitalised words it sets after
   * "in"/"from"/"near" (places: "in Washington"). Where set, a lone capitalised subject of a verb of
   * saying that is neither may be a surname (loneSurname).
   */
  documentWords?: () => DocumentWords;
  /** Paragraph counter. */
  paragraph: number;
  /** Organisations the text cited as a source ("according to the Irish Heart Foundation"), which a later "the foundation says" means. */
  citedOrgs?: Set<string>;
  /** The people each recent sentence named, most recent last, with their paragraph. */
  recent: { paragraph: number; people: Mention[] }[];
  /** The speaker of the last quote of the previous paragraph, and that paragraph's number. */
  lastQuote: { speaker: string | null; paragraph: number; asked?: boolean; beat?: boolean } | null;
  /** The paragraph whose quotation answered the writer's own quoted question ('“Do you miss it?” I ask.' / '“Every day.”'): a quoted question alone under it is the writer's again. */
  answeredWriter?: number;
  /**
   * Speakers only described by whose they are ("her lawyer", "Our mentor"): each speaks in its own
   * attribution, never carried to the next paragraph's unattributed quotation as a dialogue turn.
   */
  ownedDescribed?: Set<string>;
  /** The person the words being attributed open by addressing ("Luis" in "“Luis, you're …”"): never who a pronoun framing them is. */
  addressed?: string | null;
  /** The person the document is about (its title's name, opening its first paragraph): who "she said" is when no one nearer fits. */
  subject?: string | null;
  /** The one known speaker a page's title names ("Changpeng Zhao (CZ) — timeline"): who a subjectless "Says:" is. */
  titled?: string | null;
  /**
   * The person last named with each role word ("U.S. District Judge Richard Jones", "defense
   * attorney Mary Burck", "Binance's chief executive, Richard Teng"): whom "the judge said" means.
   */
  roleHolders?: Map<string, string>;
  /** The honorific the text wrote before each full name ("Dr Colin Pell": "dr"): which of two people with one surname "Dr Pell" is. */
  honorifics?: Map<string, string>;
  /** A paragraph ending "…, he wrote:" (its number) and the pronoun's gender: whose words the next paragraph's quotation is. */
  colonPronoun?: { paragraph: number; gender: 'f' | 'm'; speaker?: string } | null;
  /** A paragraph ending "He spoke to NAME, a crane operator …:" (its number) and NAME: whose words the next paragraph's quotation is. */
  colonListener?: { paragraph: number; speaker: string } | null;
  /** The person the text named with each kinship word ("His uncle, Chidi Okonkwo"), null where it named two. */
  kin?: Map<string, string | null>;
  /** The people the text named as someone's parent ("her father, NAME", "Adeyemi's mother, NAME": elder) or child (younger): whom "the elder SURNAME" means. */
  generation?: Map<string, 'elder' | 'younger' | null>;
  /** The words of each quotation a named person said so far (lowercased, spaces collapsed): a pull quote repeats them. */
  saidBefore?: { words: string; speaker: string }[];
  /**
   * The name the paragraph below the one about to be read credits its words to ("The words belonged
   * to NAME, …", "So said NAME"): set by the caller, read (and cleared) by the next analyseQuotes.
   */
  creditBelow?: string | null;
  /** The sentence of that paragraph that tells where and when the words were said ("NAME said this to staff … in March 2020"): the quote's frame. */
  creditBelowFrame?: string | null;
  /**
   * The organisation a claim of the last paragraphs reported ("The Met Office says a further …"),
   * and that paragraph: whom "it warned: “…”" right after means (noteReportingOrg).
   */
  reportingOrg?: { speaker: string; paragraph: number } | null;
  /** An unnamed group a claim of the last paragraphs reported ("two people close to the talks said …"): whom "one of them said" is one of. */
  reportingGroup?: { speaker: string; paragraph: number } | null;
  /** A described person a claim reported ("A spokesperson for the council said …"): whom a later "the spokesperson" may mean, however many others were credited since. */
  reportingDescribed?: { speaker: string; paragraph: number } | null;
  /** Whoever a claim of the last paragraphs was credited to, and that paragraph: whose "the statement said" right after it is (noteReportingOrg). */
  reporter?: { speaker: string; paragraph: number } | null;
}

/**
 * A claim just credited to `speaker` by its reporting verb: when that is an organisation ("The
 * Met Office says …", "the agency said …"), "it" as the subject of a verb of saying in this
 * paragraph or the next is that organisation ("In its latest bulletin it warned: “…”").
 */
export function noteReportingOrg(state: AttributionState, speaker: string | null): void {
  // (and an unnamed group so credited is whom "one of them" is one of)
  if (!speaker) return;
  state.reporter = { speaker, paragraph: state.paragraph };
  // (a person credited since is nearer than the organisation: "it" no longer means it)
  state.reportingOrg = isOrg(speaker.replace(/^the\s+/i, ''), state) || ORGANISATION().test(speaker) ? { speaker, paragraph: state.paragraph } : null;
  // "Two people close to the negotiations said …. One of them said …": the group "them" is.
  if (REPORTING_GROUP().test(speaker)) state.reportingGroup = { speaker, paragraph: state.paragraph };
  // "A spokesperson for the council said repairs began in May. / The spokesperson said …": the
  // description as credited, which the sentence's people hold only cut to its noun ("a spokesperson").
  if (/^(?:a|an|one|another)\s/.test(speaker)) state.reportingDescribed = { speaker, paragraph: state.paragraph };
}
/**
 * "Sport England welcomed the decision. It said …", "The Harbour Trust backed the vote. It said …":
 * a sentence whose subject is an organisation (a known one, or one by its suffix or its noun: "the
 * council") makes it whom a following "it" says something means, as a claim credited to it does.
 * Only the capitalised words (or "the" and a noun or two) opening the sentence before a lowercase verb.
 */
export function noteSubjectOrg(state: AttributionState, sentence: string): void {
  const m = SUBJECT_BEFORE_VERB().exec(sentence.trim());
  if (!m) return;
  const subject = m[1]!;
  const bare = subject.replace(/^the\s+/i, '');
  // (a person's name as the subject is nearer than an organisation before it: "it" no longer means it)
  const capitalised = /^\p{Lu}/u.test(bare);
  if (state.orgs.has(bare) || (capitalised && isOrg(bare, state)) || ORGANISATION().test(subject))
    state.reportingOrg = { speaker: capitalised ? bare : subject.replace(/^The\s/, 'the '), paragraph: state.paragraph };
  else if (capitalised && /\s/.test(bare)) state.reportingOrg = null;
}
/**
 * A sentence's subject before its verb: "Sport England welcomed", "The Harbour Trust backed", "The council voted";
 * or its verb of saying, for a quotation later in the same paragraph ("The port authority said in a statement it
 * had offered guarantees. “…,” it said.": the claim is credited after the paragraph's quotations are read).
 */
const SUBJECT_BEFORE_VERB = lazy(() => /^((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}&'’.-]*\s+){0,4}(?:\p{Lu}[\p{L}&'’.-]*|\p{Ll}+(?:\s+\p{Ll}+)?))\s+(?:has\s+|had\s+)?(?:\p{Ll}{2,}ed|won|lost|made|took|gave|began|held|kept|sold|bought|ran|set|cut|put|led|met|paid|spent|left|chose|rose|fell|said|says)\s/u);

/** A group of unnamed people, counted or not, as reportedBy credits it: "two people close to the talks", "several officials". */
const REPORTING_GROUP = lazy(() => /^(?:(?:two|three|four|five|six|several|some|many|other|a\s+few|a\s+number\s+of)\s+)?(?:[\p{Ll}-]+\s+)?(?:people|persons|sources|insiders|officials|executives|employees|lawyers|residents|analysts|workers|members|diplomats|bankers)(?:\s|$)/u);
/** "one of them", "another of them": one of a group a claim just reported. */
const ONE_OF_THEM = lazy(() => /^(?:one|another)\s+of\s+them$/i);

export function newAttributionState(registry: SpeakerRegistry, self: string | null = null): AttributionState {
  return { registry, fullNames: [], byPart: new NamePartMap(), afterPreposition: new Map(), orgs: new Set(), genders: new Map(), self, midCaps: new Set(), paragraph: 0, recent: [], lastQuote: null };
}

/**
 * The people a document's labels name (a chat's senders), known before any sentence names them: a
 * first name or surname alone ("Hannah said on the call, …") is the one participant with that
 * word in their full name, wherever in the document they first speak. A word two participants
 * share names neither.
 */
export function noteParticipants(state: AttributionState, names: readonly string[]): void {
  const full = [...new Set(names)].filter((n) => /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}$/u.test(n));
  const owners = new Map<string, number>();
  for (const n of full) for (const part of new Set(n.split(' '))) owners.set(part, (owners.get(part) ?? 0) + 1);
  for (const n of full) {
    const parts = n.split(' ').filter((part) => owners.get(part) === 1);
    if (!parts.length) continue;
    state.fullNames.push(n);
    for (const part of parts) if (!state.byPart.has(part)) state.byPart.set(part, n);
  }
}

/**
 * A heading starts a new section: "she said" under it cannot mean someone named above it. A news
 * script's bite cue set as a heading ("{SOT: DR. HELEN PRYCE  :05}") names who speaks under it.
 */
export function startSection(state: AttributionState, heading?: string): void {
  state.recent = [];
  state.lastQuote = null;
  if (heading?.includes('SOT') && SOUNDBITE_CUE().test(heading.trim())) notePeopleIn(heading, state);
  if (heading) noteHeadingPerson(heading, state);
}

export interface FoundQuote {
  /** the words said, without quote marks (a split quote's parts joined) */
  text: string;
  speaker: string | null;
  /** offsets of the first span's opening mark and the last span's end in the paragraph */
  start: number;
  end: number;
  /** index of the first sentence the quote sits in */
  sentence: number;
  /** true when the speaker is the text's own voice ("I told him: …") */
  self: boolean;
  /** the sentence(s) that give the quote, each quotation written “…”; null when nothing surrounds it */
  context: string | null;
}

export interface QuoteAnalysis {
  sentences: Sentence[];
  quotes: FoundQuote[];
  /** sentences that give a quote (its words and its frame): they belong to the quote, not to a claim */
  speechSentences: Set<number>;
}

/** Eight Han, Hiragana or Katakana characters (the punctuation between them aside): a sentence's worth in those scripts. */
const CJK_SPEECH = lazy(() => /(?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}][^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{0,2}){8}/u);
/** A quoted span long enough, and plain enough, to be speech without a speech verb to say so. */
export function isSpeechSpan(span: QuoteSpan): boolean {
  const inner = normalizeSpace(span.inner);
  const words = wordCount(inner);
  // Chinese and Japanese set no spaces between words: a quotation of eight characters or more is speech-sized.
  if (words < 4) return CJK_SPEECH().test(inner);
  // “Off the Charts!”, “Chief Customer Service Officer,”: titles and nicknames, punctuation or not.
  if (words <= 8 && isTitleCase(inner)) return false;
  return true;
}

interface Attribution {
  speaker: string | null;
  self: boolean;
  /** named by a speech verb, a colon or a dash line (not inherited from the sentence before) */
  explicit: boolean;
  /**
   * the words one a sentence's subject remembers said ("Rusk learned from his uncle, Jerzy Rusk, who
   * told him, he recalls, “…”"): not the sentence's subject, whom a later "he says" still means
   */
  recalled?: boolean;
}

interface Draft {
  spans: QuoteSpan[];
  /** the sentence each span sits in */
  at: number[];
  speaker: string | null;
  self: boolean;
  /** named by its own frame, not inherited */
  explicit: boolean;
  sentences: number[];
  /** a frame standing outside the paragraph (the sentence below crediting it), for the quote's context */
  frame?: string;
}

/**
 * A statement's own words as the frame after a quotation: "…,” the statement added.", "…,” its letter
 * said." Not "his letter" or "her email": the owner a pronoun names may be someone other than the
 * voice before.
 */
const DOCUMENT_SPEAKS = lazy(() => /^[,.!?]?["”’]?,?\s+(?:the|its|their)\s+(?:\p{Ll}+\s+)?(?:statement|release|letter|filing|email|e-mail|memo|note|post|announcement)\s+(?:added|adds|said|says|continued|continues|read|reads|went on|concluded|stated|states)\b/u);

/**
 * A reference's authors before its title in quotation marks, perhaps numbered or bulleted: surnames
 * with initials ("Marchetti F, Olawale T, et al."), or one surname and "et al." ("Yoshida et al."),
 * perhaps the year in brackets after them.
 */
const REFERENCE_AUTHORS = lazy(() => /^\s*(?:\d{1,3}[.)]\s+|\[\d{1,3}\]\s+|[-*•]\s+)?(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?:,?\s+(?:\p{Lu}\.?){1,3})(?:,\s+\p{Lu}[\p{L}'’-]+(?:,?\s+(?:\p{Lu}\.?){1,3}))*(?:,?\s+et al\.)?|\p{Lu}[\p{L}'’-]+\s+et al\.)\s*(?:\((?:19|20)\d{2}\)[.,:]?\s*)?[,:]?\s*["“]/u);
/** Where a reference is to be found: a DOI, a link to one, or the year in brackets. */
const REFERENCE_LOCATOR = lazy(() => /\bdoi\b|doi\.org\/|\((?:19|20)\d{2}\)/i);
/** A reference list's entry: its authors, a title in quotation marks, where it was published. */
function isReferenceEntry(paragraph: string): boolean {
  return paragraph.length <= 600 && REFERENCE_LOCATOR().test(paragraph) && REFERENCE_AUTHORS().test(paragraph);
}

/**
 * `runningQuote`: the paragraph goes on with a quotation the one before left open ("…every rule in
 * the book." / "Every single one."): its opening quotation is speech however short.
 */
export function analyseQuotes(paragraph: string, state: AttributionState, runningQuote = false): QuoteAnalysis {
  state.paragraph++;
  // A letter to the editor's salutation before its first sentence ("Sir, – Councillor Pratt says …")
  // is no part of that sentence: blanked, so the sentence opens on its subject (same length: offsets hold).
  const salutation = paragraph.charCodeAt(0) === 0x53 || paragraph.charCodeAt(0) === 0x4d ? LETTER_SALUTATION_DASH().exec(paragraph) : null;
  if (salutation) paragraph = ' '.repeat(salutation[0].length) + paragraph.slice(salutation[0].length);
  // Dialogue set off by dashes (Polish, Russian, Italian press): "– Words. More words – powiedział Zhao."
  const dashed = mayHoldDashDialogue(paragraph) ? dashDialogueSpans(paragraph) : [];
  const sentences = splitSentences(paragraph, dashed);
  // A reference list's entry ('Marchetti F, Olawale T, et al. "Sleep duration …" Sleep Health (2023).
  // DOI: …'): its quotation marks hold a work's title, no one's words (the sentences keep them).
  const spans = isReferenceEntry(paragraph) ? [] : (dashed.length ? withExtraSpans(findQuoteSpans(paragraph), dashed) : findQuoteSpans(paragraph)).filter((s) => wordCount(s.inner) > 0);
  const drafts: Draft[] = [];
  // Where the attribution reads names, a case's name ("… blame.\" United States v. Corsey, 723 F.3d
  // …") is blanked: the parties to a case are no speaker. Same length, so every offset holds.
  const parties = withoutCaseNames(paragraph);
  const speechSentences = new Set<number>();
  // The speaker of the last quote: a bare quote sentence right after it continues it.
  let previous: { draft: Draft; sentence: number } | null = null;
  const answersAsked = state.lastQuote?.asked === true && state.lastQuote.paragraph === state.paragraph - 1 && !!state.lastQuote.speaker;
  let spanIdx = 0;

  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const mine: QuoteSpan[] = [];
    while (spanIdx < spans.length && spans[spanIdx]!.start < s.end) {
      if (spans[spanIdx]!.start >= s.start) mine.push(spans[spanIdx]!);
      spanIdx++;
    }
    // ("Sport England welcomed the decision. It said the money “would …”": the organisation a sentence is about, for the "it" after it)
    if (mine.length === 0) noteSubjectOrg(state, s.text);
    let accepted: QuoteSpan | null = null;
    let reportedHere: { speaker: string; self: boolean } | null = null;
    const speakers: string[] = [];
    // Whether a quotation of two words or more came earlier in this sentence, kept as the loop goes
    // (asking each quotation to look back over the ones before it is quadratic in a line of them).
    let longerSeen = false;
    for (let j = 0; j < mine.length; j++) {
      const q = mine[j]!;
      const longerBefore = longerSeen;
      if (!longerSeen && wordCount(normalizeSpace(q.inner)) >= 2) longerSeen = true;
      // (A short answer alone under a question standing between quotations, "“Every day.”", is speech too.)
      const speechLike = isSpeechSpan(q) || (runningQuote && si === 0 && j === 0 && q.start === 0) || (answersAsked && sentences.length === 1 && mine.length === 1 && !paragraph.slice(0, q.start).trim() && !paragraph.slice(q.end).trim());
      const bare = mine.length === 1 && isBareQuoteSentence(paragraph, s, q);
      // (whom the words open by addressing, "“Luis, you're feeding the geese”": no "he" of its frame)
      state.addressed = q.inner.includes(',') ? (VOCATIVE_OPENING().exec(q.inner)?.[1] ?? null) : null;
      let attr = attribute(parties, s, q, mine[j + 1]?.start ?? s.end, accepted, state, bare);
      state.addressed = null;
      // "“…,” Park said, before adding: “…”": the quotation the attribution's own speaker went on to
      // add is theirs too (the verb that names them stands between the two).
      const saidFirst = drafts[drafts.length - 1];
      if (!attr?.speaker && accepted && saidFirst?.speaker && saidFirst.spans.includes(accepted) && THEN_ADDED().test(paragraph.slice(accepted.end, q.start)))
        attr = { speaker: saidFirst.speaker, self: saidFirst.self, explicit: true };
      // '"I was wrong," Pellegrini said. "Don't print that." Then, after a moment: "No, print it."': a
      // pause alone before a colon, no one named, is the paragraph's last voice going on, however short.
      if (!attr?.speaker && saidFirst?.speaker && si > 0 && TIME_BEAT_COLON().test(paragraph.slice(s.start, q.start)))
        attr = { speaker: saidFirst.speaker, self: saidFirst.self, explicit: true };
      // "“…form goes into a drawer” (Participant 4, charge nurse, 51).": the paper's citation right after
      // the words names whom it quotes, whatever the sentence around them says ("As one put it").
      const cited = paragraph.charCodeAt(q.end) === 0x20 || paragraph.charCodeAt(q.end) === 0x28 ? participantCitation(paragraph.slice(q.end, q.end + 40)) : null;
      if (cited) attr = { speaker: cited, self: false, explicit: true };
      // "He pauses." / "“Maybe three.”": a paragraph that is only a quoted sentence, after the last
      // speaker's beat, goes on in that voice however short (no scare quote: it ends a sentence).
      const beat = state.lastQuote?.beat && state.lastQuote.paragraph === state.paragraph - 1 ? state.lastQuote.speaker : null;
      if (beat && bare && si === 0 && sentences.length === 1 && !(attr?.explicit && attr.speaker) && /[.!?…]$/.test(q.inner.trim())) attr = { speaker: beat, self: beat === state.self, explicit: true };
      // A bare sentence right after a quote in this paragraph: the same voice goes on (a split quote).
      if (bare && previous && previous.sentence === si - 1 && (!attr || !attr.explicit)) {
        previous.draft.spans.push(q);
        previous.draft.at.push(si);
        previous.draft.sentences.push(si);
        speechSentences.add(si);
        previous = { draft: previous.draft, sentence: si };
        accepted = q;
        continue;
      }
      // “Nwosu told the Ledger that the vote was “rushed and reckless.””: the words the subject is reported saying.
      let reported = attr?.speaker ? null : reportedSpeaker(paragraph, s, q, { any: j > 0, longer: longerBefore }, state);
      // "said Zhao had put 'growth and profits' ahead of 'compliance with US law'": a later fragment
      // of the same reported clause, with no new subject and verb between, is the same person's words.
      let fragment = false;
      if (!reported && !attr?.speaker && reportedHere && accepted && sameReportedClause(paragraph.slice(accepted.end, q.start))) {
        reported = reportedHere;
        fragment = true;
      }
      if (reported) {
        attr = { ...reported, explicit: true };
        if (!fragment) reportedHere = reported;
      }
      // "“We regret …,” the statement added.": a statement speaks for whoever issued it, the voice of
      // the quotation before it, in this paragraph or closing the one before ("The operator said in a
      // statement that its offer was “fair and final”.").
      if (!attr?.speaker && DOCUMENT_SPEAKS().test(paragraph.slice(q.end, q.end + 60))) {
        // (or whom the paragraph before credited with a claim, no quotation: "The
        // Association of British Insurers said in a statement that 87% of claims …" / "“Every claim
        // is different,” the statement said.")
        const before = drafts[drafts.length - 1]?.speaker ?? (state.lastQuote?.paragraph === state.paragraph - 1 ? state.lastQuote.speaker : null) ?? (state.reporter?.paragraph === state.paragraph - 1 ? state.reporter.speaker : null);
        if (before) attr = { speaker: before, self: before === state.self, explicit: true };
      }
      // “Wonderful!” Novak exclaimed.  An exclamation or a question standing as its own sentence,
      // named by the next one, is speech however short; the next sentence names it below.
      const named = !speechLike && bare && !attr?.explicit && /[!?]["”’]?\s*$/.test(q.inner) && !!sentences[si + 1] && attributionSentence(sentences[si + 1]!.text, state) !== null;
      // '“Aren't they?” I asked.': the narrator's words, however short: the writer's (nobody where
      // the document names no one author), never the last person named.
      const byNarrator = !(attr?.explicit && attr.speaker) && narratorFrameAfter(paragraph, q);
      if (byNarrator) attr = { speaker: state.self ?? state.writer ?? null, self: state.self !== null, explicit: true };
      const narrated = byNarrator && !speechLike && !named;
      // 'Asked whether that had changed his mind, he laughed. "Ask him yourself."': a short quoted
      // sentence standing alone after the speaker's beat in the same paragraph (a sentence about "he" or
      // "she", or about the person named, with no quotation of its own) is that person's, however short.
      const afterBeat = !speechLike && bare && si > 0 && !!attr?.speaker && !attr.explicit && shortTurnAfterBeat(q, sentences[si - 1]!.text, attr.speaker, state);
      if (!speechLike && !named && !narrated && !afterBeat && !(attr && attr.explicit && attr.speaker) && !opensSplitQuote(paragraph, q, mine[j + 1])) continue; // scare quote or title
      if (!attr && !bare && !isSpeechShaped(paragraph, s, q, accepted)) continue; // a phrase woven into the sentence
      const speaker = attr?.speaker ?? null;
      const self = attr?.self ?? false;
      const last = drafts[drafts.length - 1];
      if (last && accepted && !fragment && last.sentences[last.sentences.length - 1] === si && last.speaker === speaker) {
        // “First,” she said, “second.”: one sentence, one voice, one record.
        last.spans.push(q);
        last.at.push(si);
      } else {
        const draft: Draft = { spans: [q], at: [si], speaker, self, explicit: !!attr?.explicit, sentences: [si] };
        drafts.push(draft);
        previous = { draft, sentence: si };
      }
      speechSentences.add(si);
      accepted = q;
      // The writer speaking as "I" is no third person a later "she said" can mean.
      if (speaker && !self && !attr?.recalled && !(byNarrator || (speaker === state.writer && attr?.explicit))) speakers.push(speaker);
    }
    // “We are not going quietly.” Those were the words of Imran Qureshi, chair of …  A quotation
    // standing as a sentence of its own, then a sentence crediting it (CREDITS_WORDS_ABOVE, as a
    // paragraph below may): the credited person's words, whoever spoke before.
    const creditNext = mine.length === 0 && previous && previous.sentence === si - 1 && previous.draft.spans.length === 1 && isBareQuoteSentence(paragraph, sentences[si - 1]!, previous.draft.spans[0]!) ? creditsWordsAbove(s.text) : null;
    const creditedNext = creditNext ? creditedPerson(creditNext, state) : null;
    if (creditedNext && previous) {
      Object.assign(previous.draft, { speaker: creditedNext, self: false, explicit: true });
      previous.draft.sentences.push(si);
      speechSentences.add(si);
      speakers.push(creditedNext);
      accepted = previous.draft.spans[0]!;
      // (a bare quotation after the credit goes on in that voice: "… I need crews.")
      previous = { draft: previous.draft, sentence: si };
    }
    // “Aren't they?” I asked.  The narrator's frame, a sentence of its own, is part of the quote's.
    else if (mine.length === 0 && previous && previous.sentence === si - 1 && NARRATOR_SENTENCE().test(s.text)) {
      previous.draft.sentences.push(si);
      speechSentences.add(si);
      accepted = previous.draft.spans[0]!;
    }
    // “We will grow.” Ruiz said.  The attribution got a sentence of its own: it names the quote before it.
    else if (mine.length === 0 && previous && previous.sentence === si - 1 && !previous.draft.explicit) {
      const who = attributionSentence(withoutCaseNames(s.text), state);
      if (who) {
        previous.draft.speaker = who.speaker;
        previous.draft.self = who.self;
        previous.draft.explicit = true;
        previous.draft.sentences.push(si);
        speechSentences.add(si);
        if (!who.self) speakers.push(who.speaker);
        accepted = previous.draft.spans[0]!;
      }
    }
    if (!accepted) previous = null;
    // "According to Martin Quayle, chief executive of …, members are …. He warned that …": the person
    // a sentence names as its source is one the text now speaks of, whom a later "he" or "she" means
    // (the name after "to" is otherwise set aside as maybe a place's or a firm's).
    const source = mine.length === 0 && /according\s+to\s/iu.test(s.text) ? accordingSource(s.text, state) : null;
    if (source && !speakers.includes(source)) speakers.push(source);
    notePeople(maskSpans(paragraph.slice(s.start, s.end), s.start, mine), state, speakers);
  }
  const creditBelow = state.creditBelow;
  const creditFrame = state.creditBelowFrame ?? null;
  state.creditBelow = null;
  state.creditBelowFrame = null;
  if (creditBelow && drafts.length && drafts.every((d) => !d.explicit) && onlyQuotation(paragraph.replace(LIST_ITEM_NUMBER(), ''), drafts)) {
    const credited = creditedPerson(creditBelow, state);
    if (credited) for (const d of drafts) Object.assign(d, { speaker: credited, self: false, explicit: true }, creditFrame ? { frame: creditFrame } : {});
  }
  const last = drafts[drafts.length - 1];
  // An interview in print: a question standing alone between two quoted answers ("Hoeveel geld is er
  // nog nodig?" / "“Minstens het dubbele.”") leaves the answerer's voice to the quotation below it.
  const asked = !last && sentences.length === 1 && /\?\s*$/.test(paragraph) && !!state.lastQuote?.speaker && state.lastQuote.paragraph === state.paragraph - 1;
  for (const d of drafts) if (d.speaker) for (const span of d.spans) (state.saidBefore ??= []).push({ words: quotedWords(span.inner), speaker: d.speaker });
  // A beat of the speaker's alone between two of their quotations ("He pauses.", "She laughs."): one short
  // sentence about "he" or "she" and no one named, of the last speaker's gender as far as the text tells.
  const beatGender = !last && !asked && !spans.length && sentences.length === 1 && wordCount(paragraph) <= 6 && !!state.lastQuote?.speaker && state.lastQuote.paragraph === state.paragraph - 1 ? pronounParagraphGender(paragraph) : null;
  const beat = !!beatGender && (state.genders.get(state.lastQuote!.speaker!) ?? beatGender) === beatGender;
  // "“You'll stay in tonight,” her father said." then "“I always stay in.”": the reply is hers, not the
  // described father's; a speaker only described so carries no turn (his name would).
  const lastSpeaker = last?.speaker && state.ownedDescribed?.has(last.speaker) ? null : (last?.speaker ?? null);
  const answersWriter = !!last && state.lastQuote?.asked === true && state.lastQuote.paragraph === state.paragraph - 1 && !!lastSpeaker && lastSpeaker === state.lastQuote.speaker && onlyQuotation(paragraph, drafts);
  state.lastQuote = last ? { speaker: lastSpeaker, paragraph: state.paragraph } : asked ? { speaker: state.lastQuote!.speaker, paragraph: state.paragraph, asked: true } : beat ? { speaker: state.lastQuote!.speaker, paragraph: state.paragraph, beat: true } : null;
  // '“Do you miss it?” I ask.' (the writer's question, the whole paragraph) over '“Every day.”': the
  // quotation alone below answers it, the words of the one the piece is about; a quoted question
  // alone under that answer is the writer's again, and the scene goes on so.
  const writer = state.self ?? state.writer ?? null;
  const writerAsks = !!last && !!writer && last.speaker === writer && /\?\s*$/.test(last.spans[last.spans.length - 1]!.inner) && (onlyQuotation(paragraph, drafts) || NARRATOR_FRAME_AFTER().test(paragraph.slice(last.spans[last.spans.length - 1]!.end)));
  const askedOne = writerAsks ? askedInScene(state, writer) : null;
  if (askedOne) state.lastQuote = { speaker: askedOne, paragraph: state.paragraph, asked: true };
  if (answersWriter) state.answeredWriter = state.paragraph;
  state.colonPronoun = last ? null : colonPronoun(paragraph, sentences, spans, state);
  state.colonListener = last ? null : colonListener(paragraph, sentences, spans, state);
  state.earlierTail = state.previousTail;
  state.previousTail = paragraph.length > 400 ? paragraph.slice(-400) : paragraph;
  state.tailParagraph = state.paragraph;

  // The quotations taken in each sentence: what its frame writes “…”.
  const taken = new Map<number, QuoteSpan[]>();
  for (const d of drafts) {
    d.spans.forEach((q, k) => {
      const list = taken.get(d.at[k]!);
      if (list) list.push(q);
      else taken.set(d.at[k]!, [q]);
    });
  }
  const quotes = drafts.map((d): FoundQuote => {
    const first = d.spans[0]!;
    const lastSpan = d.spans[d.spans.length - 1]!;
    return {
      text: joinSpans(d.spans, paragraph),
      speaker: d.speaker,
      start: first.start,
      end: lastSpan.end,
      sentence: d.sentences[0]!,
      self: d.self,
      context: d.frame ?? contextOf(paragraph, d.sentences.map((i) => ({ s: sentences[i]!, spans: (taken.get(i) ?? []).slice().sort((a, b) => a.start - b.start) }))),
    };
  });
  return { sentences, quotes, speechSentences };
}

/** The listener after an entry's opening "Tells"/"Told": a paper or a few words ("Der Standard", "the BBC", "reporters in Vienna"), nothing quoted. */
const TOLD_LISTENER = lazy(() => /^\s+[^\s“”"«»]+(?:\s+[^\s“”"«»]+){0,3}\s*$/u);
/**
 * Between two quotations of one sentence, the first one's attribution and a verb of going on:
 * "," Park said, adding: ", "," she said before adding: ", "," the chief told reporters, then added: ".
 */
// (The stretch before the verb names the first quotation's speaker and no one after: it never runs
// past a first verb or an "and"/"but" to a second subject's: "“…,” Park said, and the union's Lee
// told reporters, adding: “…”" is Lee's second quotation, not Park's.)
/** A pause alone before a colon, opening its sentence: "Then, after a moment:", "A pause, then:", "Later:". */
const TIME_BEAT_COLON = lazy(() => /^\s*(?:(?:and\s+)?then|later|finally|a\s+pause|after\s+a\s+(?:moment|pause|beat|while)|a\s+(?:moment|beat)\s+later)(?:,?\s+(?:then|after\s+a\s+(?:moment|pause|beat|while)|a\s+(?:moment|beat)\s+later))?\s*[:：]\s*$/i);
const THEN_ADDED = lazy(() => /^[,.!?]?["”’]?[,.!?]?\s+(?:(?!\s(?:said|says|told|wrote|writes|explained|replied|and|but|while)[\s,])[^“”"]){1,80}?\s(?:said|says|told\s+[^,“”"]{1,40}|wrote|writes|explained|replied),?\s+(?:(?:and|then|before|while|later)\s+)?(?:adding|added|adds|continuing|continued|went\s+on)\s*[:,]?\s*$/u);

/**
 * The opening of a paragraph that credits the quotation paragraph above it to a person: "The words
 * belonged to NAME", "Those were the words of NAME", "The words were those of NAME", "That was
 * NAME, speaking …", "So said NAME". A closed set: any other opening credits no one.
 */
const CREDITS_WORDS_ABOVE = lazy(() => /^\s*(?:(?:The|Those|These)\s+(?:words|remarks|comments)\s+(?:belonged\s+to|came\s+from|were\s+those\s+of)|(?:Those|These)\s+were\s+the\s+(?:words|remarks)\s+of|(?:That|This)\s+was|So\s+said)\s+((?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov)\.?\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})(?=\s*[,.;—–]|\s+(?:speaking|talking|recalling|describing|remembering|explaining|reflecting|looking)\b|\s*$)/u);

/** The name a paragraph's opening credits the quotation above it to (CREDITS_WORDS_ABOVE), else null. */
export function creditsWordsAbove(opening: string): string | null {
  return CREDITS_WORDS_ABOVE().exec(opening)?.[1] ?? null;
}

/**
 * A paragraph opening on a name that "said this" (wrote, told, posted these words), under a
 * quotation standing alone: "Okafor said this to staff in an all-hands meeting in March 2020, days
 * before …". The demonstrative points back at the quotation above, so the name said it, and that
 * first sentence is its frame (where and when). Null for any other opening ("this week" is a time).
 */
const SAID_THIS_ABOVE = lazy(() => /^\s*((?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3})\s+(?:first\s+|once\s+|originally\s+)?(?:said|wrote|told|posted|tweeted)\s+(?:this|these\s+words|those\s+words)(?=\s*[,.;]|\s+(?:to|at|in|on|during|when|after|before|while|about|back|first|publicly|privately)\s)[^.!?]*[.!?]/u);
export function saidThisAbove(opening: string): { name: string; frame: string } | null {
  const m = SAID_THIS_ABOVE().exec(opening);
  return m ? { name: m[1]!, frame: normalizeSpace(m[0]) } : null;
}
/** A list item's number before its quotation: "3. “…”". */
const LIST_ITEM_NUMBER = lazy(() => /^\s*\d{1,3}[.)]\s+(?=[“"«„])/u);

/**
 * The person a crediting name means: a full name the text gave before ("Kiprono" → "Faith
 * Kiprono"), or a name of two words or more itself. A lone word the text never gave in full
 * ("That was Boston, …") credits no one.
 */
function creditedPerson(name: string, state: AttributionState): string | null {
  const who = resolveSpeaker(name, state, 'after-verb', true);
  if (!who || who.self || isOrg(who.speaker, state) || !/^\p{Lu}/u.test(who.speaker)) return null;
  return state.fullNames.includes(who.speaker) || (who.speaker.includes(' ') && mayBePersonName(who.speaker)) ? who.speaker : null;
}

/** The paragraph is its quotations and nothing else (punctuation, spaces and a note in brackets between them aside). */
function onlyQuotation(paragraph: string, drafts: readonly Draft[]): boolean {
  let rest = paragraph;
  const spans = drafts.flatMap((d) => d.spans).sort((a, b) => b.start - a.start);
  for (const q of spans) rest = rest.slice(0, q.start) + rest.slice(q.end);
  // (a stage note in brackets between the quotations, "“Wow. I have a list.” (He unfolded a sheet of
  // paper.) “I'm kidding.”", is the writer's aside in the speech, no words of another's)
  if (rest.includes('(')) rest = rest.replace(/\([^()]{1,200}\)/g, '');
  return /^[\s.,;:!?…—–-]*$/.test(rest);
}

/** A dash that opens a line of dialogue: at the paragraph's start, after a speech verb's colon, or after the full stop that ends an incise. */
// Danish press types the paragraph's opening dash as a hyphen ("- Jeg følte mig så dum, siger …"):
// only there, where a list's bullet would stand, and only with an incise closing it (below).
const DIALOGUE_DASH_OPEN = lazy(() => /(?:^-|(?:^|:\s+|[.!?]\s+)[–—])\s+(?=\p{Lu})/gu);
/** The dash of an incise after the words said: " – powiedział Zhao", " — dodał rzecznik". */
const DIALOGUE_DASH_CLOSE = lazy(() => /\s[–—]\s+(?=\p{Ll})/gu);

/**
 * The words of dialogue set off by dashes instead of quotation marks (Polish, Russian, Italian
 * press): "– Polska to brama do Europy. Macie świetnych inżynierów – powiedział Zhao.", "CZ
 * odpowiedział: – Bitcoin spadał…". Each opens at a dash that starts the paragraph (or follows
 * a colon, or the incise's full stop) and closes at the dash of an incise whose first word is a
 * speech verb, or at the paragraph's end. A dash at the paragraph's start with no such incise
 * (a signature line: "— Ana Ruiz") opens nothing. Each span ends at its closing dash, so the
 * incise reads as the words after a quotation do.
 */
export function opensDashDialogue(paragraph: string): boolean {
  return /^\s*[-–—]\s+\p{Lu}/u.test(paragraph) && dashDialogueSpans(paragraph.trimStart()).length > 0;
}
/** Whether the paragraph may hold dash dialogue: a dash with a space after it, or a hyphen opening it. */
export function mayHoldDashDialogue(paragraph: string): boolean {
  return paragraph.includes('– ') || paragraph.includes('— ') || /^\s*- \p{Lu}/u.test(paragraph);
}
function dashDialogueSpans(paragraph: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const end = paragraph.trimEnd().length;
  for (const open of execAll(DIALOGUE_DASH_OPEN(), paragraph)) {
    const from = open.index + open[0].length;
    if (out.length && from < out[out.length - 1]!.end) continue;
    const start = from - open[0].trimStart().length;
    // After a colon only where a speech verb ends the words before it ("CZ odpowiedział: – …"), not a list's colon.
    const afterColon = /^:/.test(open[0]) && VERB_AT_END().test(paragraph.slice(Math.max(0, open.index - 60), open.index + 1));
    // A dash after a full stop goes on a dialogue already open, and opens none.
    if (/^[.!?]/.test(open[0]) && !out.length) continue;
    let close = -1;
    // A line of dialogue is a few sentences: its incise is looked for within 1,500 characters, so a
    // paragraph thick with dashes stays linear.
    const window = paragraph.slice(from, from + 1500);
    for (const m of execAll(DIALOGUE_DASH_CLOSE(), window)) {
      VERB_RE().lastIndex = 0;
      const v = VERB_RE().exec(window.slice(m.index + m[0].length, m.index + m[0].length + 40));
      if (v && v.index === 0) {
        close = from + m.index + 1;
        break;
      }
    }
    // Swedish and Norwegian press close the line with a comma and the incise, no second dash:
    // "– Sverige är en av de mest digitala marknaderna, säger Johan Lindqvist till Di."
    if (close < 0 && !out.length) close = commaIncise(window, from);
    // Finnish (and Danish with a pronoun) name the speaker before the verb, at the paragraph's end:
    // "– Se oli virhe, Virtanen sanoo.", "– Vastuu on minun, hän sanoo."
    if (close < 0 && !out.length && window.length < 1500) close = nameFirstIncise(window, from);
    // A dash line that no incise closes is dialogue only after a speech verb's colon.
    if (close < 0 && !(afterColon || out.length)) continue;
    // A hyphen is a list's bullet unless an incise naming who speaks ends the paragraph
    // (", siger politikommissær Henrik Dahl.", ", fortæller hun."), not a note's ", announced 21 Nov.".
    if (open[0].startsWith('-') && (close < 0 || !HYPHEN_LINE_INCISE().test(paragraph.slice(close, close + 120)))) continue;
    const stop = close < 0 ? end : close;
    const inner = paragraph.slice(from, stop).trimEnd();
    if (wordCount(inner) < 2) continue;
    out.push({ start, end: stop, inner, open: open[0].trim().slice(-1), close: close < 0 ? '' : paragraph[close]! });
  }
  return out;
}

/** The incise that closes a hyphen's line of dialogue: to the paragraph's end, a speech verb and a name or a pronoun, either first. */
const HYPHEN_LINE_INCISE = lazy(() => /^,\s+(?:\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:\p{Ll}+\s+){0,2}(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}|hun|han|hon|hän|she|he)|(?:\p{Lu}[\p{L}'’-]*\s+){1,3}\p{Ll}+|(?:hun|han|hon|hän|she|he)\s+\p{Ll}+)\s*[.!?]?\s*$/u);
/** A comma, then a lower-case word: where a dash line's incise may start. */
const DIALOGUE_COMMA_CLOSE = lazy(() => /,\s+(?=\p{Ll})/gu);
/** Where a comma opens an incise whose first word is a speech verb (", säger han."), as an offset in the paragraph; -1 if none. */
function commaIncise(window: string, from: number): number {
  for (const m of execAll(DIALOGUE_COMMA_CLOSE(), window)) {
    VERB_RE().lastIndex = 0;
    const v = VERB_RE().exec(window.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (v && v.index === 0) return from + m.index;
  }
  return -1;
}

/**
 * The paragraph's last comma, then a name of up to three capitalised words or a subject pronoun,
 * a speech verb and the full stop that ends the paragraph (", Laakso sanoo.", ", hän kertoo."):
 * where the dash line's words end, as an offset in the paragraph; -1 if the paragraph does not end so.
 */
const NAME_FIRST_INCISE = lazy(() => /,\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,3}|(?:hän|hun|han|hon|she|he)\s+)(\p{Ll}+(?:\s+\p{Ll}+)?)\s*[.!?]?\s*$/u);
function nameFirstIncise(window: string, from: number): number {
  const m = NAME_FIRST_INCISE().exec(window.slice(-80));
  if (!m) return -1;
  VERB_RE().lastIndex = 0;
  const v = VERB_RE().exec(m[2]!);
  if (!v || v.index !== 0 || v[0].length !== m[2]!.length) return -1;
  return from + window.length - (window.slice(-80).length - m.index);
}

/**
 * “Papa,” she said, “what if the boat doesn't come?”: a span closed by a comma (inside the marks
 * or just after them), then an attribution of a few words with a speech verb and a comma, then
 * the next span: the quotation's first part, however short (a name called, “Well,”), and no
 * scare quote. Bounded: the words between are looked at only when short.
 */
function opensSplitQuote(paragraph: string, q: QuoteSpan, next: QuoteSpan | undefined): boolean {
  if (!next || next.start - q.end > 80) return false;
  const between = paragraph.slice(q.end, next.start);
  if (!/,\s*$/.test(q.inner) && !/^\s*,/.test(between)) return false;
  if (!/,\s*$/.test(between) || wordCount(between) > 6) return false;
  return between.search(VERB_RE()) >= 0;
}

/**
 * The words said: each span without its marks, split parts joined by a space,
 * verbatim. One exception: a part's closing comma before a part that goes on
 * in lowercase only marks where the attribution interrupts the sentence
 * (“The tide,” said Ortiz, “doesn't care”), so it is not the speaker's. And
 * where the attribution ends a sentence and the next part opens a new one
 * (“…market risk,” said Jonas Berg. “She will lead…”), the comma stood for the
 * speaker's full stop; where the comma stands outside the marks („…“, sagte
 * Keller. „Der…“), the part gets the full stop it left out.
 */
function joinSpans(spans: QuoteSpan[], paragraph: string): string {
  const parts = spans.map((q) => normalizeSpace(q.inner));
  return parts
    .map((p, k) => {
      if (k + 1 >= parts.length) return p;
      // „…“, sagte Keller. „Der Hafen…“: a comma outside the marks (German, Spanish, British
      // copy) left the part without its full stop; the sentence ended where the attribution did.
      if (/[\p{L}\p{N}]$/u.test(p)) {
        const between = paragraph.slice(spans[k]!.end, spans[k + 1]!.start).trim();
        return /^\p{Lu}/u.test(parts[k + 1]!) && /^,.*[.!?]$/.test(between) ? p + '.' : p;
      }
      if (!p.endsWith(',')) return p;
      // “…half the time,” he said, “which in this business…”: a part going on with a word that
      // follows a comma in the sentence itself (a relative clause, a coordinated one) keeps it.
      if (/^\p{Ll}/u.test(parts[k + 1]!)) return COMMA_CONTINUATION().test(parts[k + 1]!) ? p : p.slice(0, -1);
      const between = paragraph.slice(spans[k]!.end, spans[k + 1]!.start).trim();
      // (“…this week,” she said, adding: “Families…”: a colon that opens the next quotation ends the attribution too)
      if (!/^\p{Lu}/u.test(parts[k + 1]!) || !/[.!?:]$/.test(between)) return p;
      return /[.!?…]["”’)]?,$/.test(p) ? p.slice(0, -1) : p.slice(0, -1) + '.'; // "Why?," → "Why?"
    })
    .join(' ')
    .replace(EDGE_COMMAS(), '')
    // “…I wasn't allowed to write 'on fire,'” he said: the comma before the attribution, inside a nested quotation's mark.
    .replace(NESTED_CLOSING_COMMA(), '$1');
}
// "and"/"or" only where a new clause starts ("…, and it went better"); "charming and very hard" takes no comma.
const COMMA_CONTINUATION = lazy(() => /^(?:which|whose|who|whom|but|though|although|whereas|including|especially|(?:and|or)\s+(?:I|we|you|he|she|it|they|there|this|that))(?![\p{L}])/u);
const NESTED_CLOSING_COMMA = lazy(() => /(?<=\s['‘][^'’‘]{1,80}),(['’])$/u);

/**
 * The frame: the sentences that give the quote with every quotation taken as
 * a quote written “…” (scare quotes and titles stay as written). Null when
 * only marks and punctuation remain.
 */
function contextOf(paragraph: string, sentences: { s: Sentence; spans: QuoteSpan[] }[]): string | null {
  const parts: string[] = [];
  for (const { s, spans } of sentences) {
    let out = '';
    let from = s.start;
    for (const q of spans) {
      const closing = /([,?!])\s*$/.exec(q.inner)?.[1] ?? '';
      // A dash line's span stops before the mark that ends it (", sier han.", " – powiedział"): that
      // mark is the text's after the span, written once, not again as the span's close.
      const close = paragraph.slice(q.start, q.end).endsWith(q.close) ? q.close : '';
      out += paragraph.slice(from, q.start) + `${q.open}…${closing}${close}`;
      from = q.end;
    }
    out += paragraph.slice(from, s.end);
    parts.push(out);
  }
  const text = normalizeSpace(parts.join(' '));
  // „…“, „…” and „…" (German, Romanian, Polish) first: a low mark opens, any high or straight one closes.
  // A »…« span (German, Danish), as written above, likewise before the generic marks, which would read
  // "«, sagte X. »" between two of them as a quotation. (Only the spans' own "»…«": in Spanish
  // "«…», dijo X. «…»" the words between » and « are the attribution.)
  const lowFramed = text.includes('„') ? text.replace(/„[^“”"]*[“”"]/g, ' ') : text;
  const frame = lowFramed.includes('»…') ? lowFramed.replace(/»…[,?!]?«/g, ' ') : lowFramed;
  return wordCount(frame.replace(/[“"‘'«「『][^”"’'»」』]*[”"’'»」』]/g, ' ')) > 0 ? text : null;
}

/** A sentence that is only an attribution ("Ruiz said.", "said Tom Hale, a partner at Birch Partners."). */
function attributionSentence(text: string, state: AttributionState): { speaker: string; self: boolean } | null {
  const t = normalizeSpace(text);
  // Khmer: "នេះជាការលើកឡើងរបស់ លោក NAME …។" (this is the remark of Mr NAME): the quotation before is NAME's.
  const remark = t.startsWith('នេះជា') ? KM_REMARK_OF().exec(t) : null;
  if (remark) {
    const name = remark[1]!.split(/\s/).filter((w) => !KM_VERB_START().test(w)).join(' ');
    return { speaker: state.registry.resolve(name) ?? name, self: false };
  }
  if (wordCount(t) > 40 || !/[.!]$/.test(t)) return null;
  VERB_RE().lastIndex = 0;
  const verb = VERB_RE().exec(t);
  if (!verb) return null;
  const subject = t.slice(0, verb.index);
  const rest = t.slice(verb.index + verb[0].length).replace(/[.!]$/, '');
  // "Okafor said this to staff in an all-hands meeting in March 2020, days before …": the verb's
  // object points back at the quotation, so the sentence names its speaker however long it goes on
  // about where and when (those words are the quote's context).
  if (POINTS_BACK_AT_QUOTE().test(rest) && wordCount(subject) <= 4) return resolveSpeaker(subject, state, 'subject', false);
  if (wordCount(t) > 16) return null;
  if (subject.trim() === '') return resolveSpeaker(rest, state, 'after-verb', false);
  // "The colleague replied with a thumbs-up emoji.": a reply by a gesture answers the quotation, not names it.
  if (/^(?:replied|responded|answered|reacted)$/i.test(verb[0]) && /^\s*(?:with|by)\s/i.test(rest)) return null;
  // Only the subject, the verb and a short tail ("in an interview", "on Monday").
  if (wordCount(rest) > 6 || wordCount(subject) > 10) return null;
  return resolveSpeaker(subject, state, 'subject', false);
}

/** A verb's object pointing back at the quotation before it: "said this to staff", "wrote these words in 2019" ("this week" is a time). */
const POINTS_BACK_AT_QUOTE = lazy(() => /^\s*(?:this|these\s+words|those\s+words)(?=\s*(?:[,;]|$)|\s+(?:to|at|in|on|during|when|after|before|while|about|again|often|first|publicly|privately|later|once|twice|back)(?![\p{L}]))/iu);

/** A verb that names a thing right before the quotation: "what one director called “…”". */
const NAMING_AT_END = lazy(() => /(?<![\p{L}])(?:call|calls|called|calling|dubbed|termed|named|described\s+as|known\s+as)\s*$/iu);

/** ", which he described as ", ", which Okafor called ": a relative clause's person (1) naming the thing before the quotation. */
const RELATIVE_NAMING_AT_END = lazy(() => /,\s*(?:which|what)\s+(he|she|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:has\s+|had\s+|once\s+|later\s+|then\s+)?(?:called|calls|dubbed|termed|described\s+as|describes\s+as)\s*$/u);

/** How far before or after a quote its attribution is looked for, in characters. */
const WINDOW = 400;

const FOOTNOTE_MARKS = lazy(() => /\[\^?\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g);
/** An endnote's number in plain digits, alone before a space or the end. */
const PLAIN_ENDNOTE = lazy(() => /^\d{1,3}(?!\S)/);

/**
 * A quoted sentence of a few words (a capital, an end mark, no title's capitals) after a sentence
 * of narration whose subject is "he"/"she" of the speaker's gender or the speaker's own name: a
 * turn of speech after the speaker's beat ("He laughed. “Ask him yourself.”").
 */
function shortTurnAfterBeat(q: QuoteSpan, before: string, speaker: string, state: AttributionState): boolean {
  const inner = normalizeSpace(q.inner);
  if (!/^[\p{Lu}…]/u.test(inner) || !/[.!?…]$/.test(inner) || isTitleCase(inner) || /[“”"]/.test(before) || !/[.!?]$/.test(before.trim())) return false;
  // The beat may say when, a clause after it ("Ferreira laughs when I read her the line."): still her beat.
  const subject = /(?:^|,\s+)([Hh]e|[Ss]he|\p{Lu}[\p{L}'’-]+)\s+\p{Ll}+(?:\s+(?:when|as|after|before|while|once)\s[^.!?“”"]{1,60})?[.!?]$/u.exec(before.trim());
  if (!subject) return false;
  const who = subject[1]!;
  if (/^(?:he|she)$/i.test(who)) {
    const g = state.genders.get(speaker);
    return !g || g === (/^she$/i.test(who) ? 'f' : 'm');
  }
  return speaker.split(' ').includes(who);
}

/** The sentence is the quotation and nothing else (marks and punctuation aside). */
function isBareQuoteSentence(paragraph: string, s: Sentence, q: QuoteSpan): boolean {
  // A footnote mark after the closing quote ("…the whole job."¹, "…job."[3]) is no word of the sentence.
  // So is an endnote's number set as plain digits right after a closing quote that ends a sentence
  // ("…more than I earned."14): a book's notes are numbered so.
  const after = paragraph.slice(q.end, s.end).replace(FOOTNOTE_MARKS(), '');
  const rest = paragraph.slice(s.start, q.start) + (/[.!?…]["”’']?$/.test(paragraph.slice(q.start, q.end)) ? after.replace(PLAIN_ENDNOTE(), '') : after);
  return wordCount(rest) === 0;
}

/**
 * Shaped like speech though nobody is named: introduced by a colon, a speech
 * verb or "that"; or starting with a capital after a comma or dash, or as a
 * full sentence; not woven into the grammar ("laments the “…”", "call it
 * “…”", "…, “building upon its strong foundation.”").
 */
function isSpeechShaped(paragraph: string, s: Sentence, q: QuoteSpan, prevAccepted: QuoteSpan | null): boolean {
  const before = paragraph.slice(Math.max(s.start, prevAccepted?.end ?? s.start, q.start - WINDOW), q.start);
  if (NAMING_AT_END().test(before)) return false;
  if (/[:：]\s*$/.test(before) || VERB_AT_END().test(before) || /(?<![\p{L}])that\s*$/iu.test(before)) return true;
  // A fragment starting in lowercase after a comma ("…, “building upon its strong foundation.”") is part of the sentence.
  if (/^\s*\p{Ll}/u.test(q.inner)) return false;
  if (/[,—–]\s*$/.test(before)) return true;
  if (/(?<![\p{L}])(the|a|an|called|call|calls|named|titled|dubbed|as|of|in|on|for|to|about|like|with|its|his|her|their|our)\s*$/iu.test(before)) return false;
  return /^\s*[\p{Lu}…]/u.test(q.inner) && /[.!?…]\s*$/.test(q.inner);
}

/** The quotations before this one in its sentence: whether there are any, and whether one of them has two words or more. */
interface EarlierQuotations {
  any: boolean;
  longer: boolean;
}

/**
 * A verb of saying that is also a plural noun, an auxiliary right after it: "customer claims would be
 * handled", "the comments were": the noun of a clause an earlier verb reports, no verb of its own.
 */
const NOUN_BEFORE_AUXILIARY = lazy(() => /^(?:claims|comments|notes|remarks|answers|replies|posts|tweets|shares|vows)\s+(?:would|will|could|should|must|may|might|can|are|were|have|had)(?![\p{L}])/iu);
/**
 * Reported speech quoting the speaker's own words inside the clause ("Ruiz said
 * the town “will not be steamrolled”"): the sentence's subject, a speech verb,
 * then the quotation, with no other quotation before it. A naming verb before
 * it ("what critics call “a gift”"), a title or a single word is a phrase of
 * the sentence, not speech.
 */
function reportedSpeaker(paragraph: string, s: Sentence, q: QuoteSpan, earlier: EarlierQuotations, state: AttributionState): { speaker: string; self: boolean } | null {
  const inner = normalizeSpace(q.inner);
  const words = wordCount(inner);
  if (words < 2 || (words <= 8 && isTitleCase(inner))) return null;
  // "said the 5% cap was "arbitrary" and would "freeze a market"": a one-word fragment before it is
  // no speech of its own (a scare quote's size), but the clause it stands in still reports this one.
  // Its marks are blanked; a longer quotation before it is another quote's, read there.
  if (earlier.longer) return null;
  let before = paragraph.slice(s.start, q.start);
  if (earlier.any) before = before.replace(/[“”"]/g, ' ');
  // "He said he had collected 3,000 signatures against the scheme, which he described as “…”": a
  // relative clause whose subject is a person characterising the thing in the quoted words, as
  // "called the delay “…”" is. A name there says them; "he" or "she" is the sentence's own speaker,
  // read on the clause before it ("what critics call “…”", "an app called “…”" stay phrases).
  const naming = NAMING_AT_END().test(before) ? RELATIVE_NAMING_AT_END().exec(before) : null;
  if (naming && !/^(?:he|she)$/.test(naming[1]!)) return resolveSpeaker(naming[1]!, state, 'subject', true);
  if (naming) before = before.slice(0, naming.index);
  if (/[“”"]/.test(before) || NAMING_AT_END().test(before)) return null;
  if (asksAboutWords(before, paragraph.slice(q.end, s.end))) return null;
  // The verb nearest the quotation reports it: "When I asked Haddad about it, he said the
  // consultants “used conservative assumptions”" is what he said, not what I asked.
  // Else the first verb whose subject names someone ("Ruiz said the firm, which announced …").
  // (from the start: allMatches starts where the shared regex's last exec left it, past the verb
  // after the quotation attribute() read: "… “saved the company,” and that Ferreira had argued")
  VERB_RE().lastIndex = 0;
  const verbs = allMatches(VERB_RE(), before);
  // "has described it as “…”": characterising something, as "called it “…”" is.
  const described = /describ/i.test(before) ? DESCRIBED_AS().exec(before) : null;
  if (described) verbs.push(described);
  // "termed the announcement “…”", "branded the plan as “…”", "accused the ministry of “…”": the
  // subject characterising something (or charging someone) in the quoted words, as "called it “…”".
  const characterised = /termed|branded|labell?ed|accus/i.test(before) ? CHARACTERISED_AS().exec(before) : null;
  if (characterised) verbs.push(characterised);
  if (verbs.length === 0) return null;
  // "The administrators said in a statement that customer claims would be handled “…”": the nearest
  // "verb" is a noun there; the earlier verb reports the words.
  if (verbs.length > 1 && NOUN_BEFORE_AUXILIARY().test(before.slice(verbs[verbs.length - 1]!.index))) verbs.pop();
  for (const verb of [verbs[verbs.length - 1]!, ...verbs.slice(0, -1)]) {
    // "called the delay “a betrayal”": a person characterising something is speaking; "an app called “…”"
    // names a thing. So "called" counts only with its object between it and the quotation: a
    // determiner's phrase, or a person by name ("called Okonkwo “the most disciplined founder …”").
    if (/^call/i.test(verb[0]) && !CALLED_OBJECT().test(before.slice(verb.index + verb[0].length))) {
      if (verb === verbs[verbs.length - 1]) return null;
      continue;
    }
    // Filipino names the speaker after the verb, then "na" (that): 'sinabi ng Binance na "…"'.
    if (/\s(?:ni|ng|kay)$/i.test(verb[0])) {
      const named = FILIPINO_SPEAKER_THAT().exec(before.slice(verb.index + verb[0].length));
      if (!named) continue;
      const who = resolveSpeaker(named[1]!, state, 'after-verb', true);
      if (who) return who;
      if (/^\p{Lu}[\p{L}.&'’-]*(?:\s\p{Lu}[\p{L}.&'’-]*){0,3}$/u.test(named[1]!)) return { speaker: named[1]!, self: false };
      continue;
    }
    // "CZ has called her …": the perfect's auxiliary is no part of the subject.
    // (A minutes' paragraph number before the subject is none of it: "3.2 He said: “…”".)
    let subject = before.slice(0, verb.index).replace(MINUTE_NUMBER_OPENING(), '');
    // Read on the subject's last words only: a long sentence has many verbs.
    const tailFrom = Math.max(0, subject.length - 32);
    const aux = PERFECT_AUX_AT_END().exec(subject.slice(tailFrom));
    if (aux) subject = `${subject.slice(0, tailFrom + aux.index)} `;
    // "Achterberg, she said, had “stopped listening …”": a pronoun's saying set between commas
    // after a name reports that the name did something; the words are the pronoun's person's.
    // The pronoun is someone other than the name its clause is about (else the name would say "she"
    // twice): the latest other person of its gender, the name skipped.
    const aside = /^,/.test(before.slice(verb.index + verb[0].length)) ? PARENTHETICAL_PRONOUN().exec(subject.slice(-40)) : null;
    if (aside) {
      const about = resolveSpeaker(subject.slice(0, subject.length - aside[0].length), state, 'subject', false)?.speaker ?? null;
      const gender = /^she$/i.test(aside[1]!) ? 'f' : /^he$/i.test(aside[1]!) ? 'm' : null;
      const other = about && gender ? recentPerson(state, gender, (n) => n === about) : null;
      if (other) return { speaker: other, self: false };
      subject = `${aside[1]!} `;
    }
    // A participle reporting the quotation: "Rates held, with President Christine Lagarde saying
    // the decision was "wide open."" (the name after "with" is who says it) and "Zhao disagreed,
    // saying the plan was "a gift."" (the sentence's own subject, a name opening it, says it).
    if (/ing$/i.test(verb[0])) {
      // Read on the subject's last words only, as below: a long sentence has many quotations.
      const withName = PARTICIPLE_WITH().exec(subject.slice(-80));
      const opening = !withName && /,\s*$/.test(subject) ? OPENING_NAME().exec(subject) : null;
      if (withName || opening) subject = (withName ?? opening)![1]!;
    }
    // "I asked her whether …; she said no, and then, after a pause, said": a semicolon opens a clause
    // of its own, and a pronoun whose verb the speech verb joins by "and" is the subject of both
    // (the "I" of the clause before asked, and said nothing).
    if (subject.includes(';')) {
      const joined = PRONOUN_JOINED_AFTER_SEMICOLON().exec(subject.slice(subject.lastIndexOf(';') + 1));
      if (joined) subject = joined[1]!;
    }
    let midSentence = false;
    // "Binance said on … that …, and He, 39, said in a post that …": a long sentence whose last
    // clause has its own subject. That clause's subject, in mid-sentence (a capital there is a name's).
    // Not where the whole subject is one name and the appositives describing it ("Kwame Asare, a
    // partner at the Lagos fund Ridgeline Ventures, which passed on its seed round, said"): a long
    // description is still that person's.
    // "A spokeswoman for the Central Bank of Brazil declined to comment on Austral specifically but
    // said": the speech verb coordinated with the subject's first verb shares its subject.
    if (wordCount(subject) > 14 && /\s(?:but|and)\s*$/.test(subject)) {
      const shared = subject.replace(CLAUSE_VERB_ON(), '');
      if (shared !== subject && wordCount(shared) > 0 && wordCount(shared) <= 14 && !/[,;]/.test(subject.slice(shared.length))) subject = `${shared} `;
    }
    if (wordCount(subject) > 14 && !isDescribedName(subject, state)) {
      // "In a 2021 letter to the board, a copy of which was reviewed by the paper, then-director NAME
      // wrote that “…”": long opening phrases, then the subject, a few words after the last comma.
      const clause = lastClauseSubject(subject) ?? coordinatedPronounClause(subject) ?? subjectAfterOpening(subject);
      if (clause === null) continue;
      [subject, midSentence] = [clause, true];
    }
    if (wordCount(subject) === 0) continue;
    const who = pronounOfNameBefore(subject, state) ?? resolveSpeaker(subject, state, 'subject', midSentence);
    if (who) return who;
  }
  return null;
}

/**
 * A question opening on an auxiliary before its subject ("Did Quist say "…" in 2021?", "Has she
 * ever written "…"?", "Why would he tell them "…"?"): it asks whether the words were said, and
 * reports nobody saying them; the auxiliary is no part of a name either. The sentence must end as
 * a question after the quotation (a question mark inside the quotation is the quotation's own).
 * "Will" and "May" are names too ("Will Okonjo said "…""): they ask only before a bare verb.
 */
const QUESTION_AUX_OPENING = lazy(() => /^[\s*_>]*(?:\d{1,3}[.)]\s+|[-•]\s+)?(?:(?:Why|When|Where|How|What|Who|Whom|Which)\s+)?(did|does|do|has|have|had|can|could|should|would|shall|is|was|were|are|will|may|might|must)\s+\S/iu);
/** An auxiliary that opens a question and is no first name ("Will" and "May" are both). */
const QUESTION_AUX = lazy(() => /^(?:Did|Does|Do|Has|Have|Had|Can|Could|Should|Would|Shall|Is|Was|Were|Are|Might|Must)$/);
const BARE_SAYING_VERB_AT_END = lazy(() => /(?<![\p{L}])(?:say|tell|write|claim|add|ask|admit|argue|call|describe|warn|state|predict|promise|insist|suggest)\s+$/iu);
function asksAboutWords(before: string, after: string): boolean {
  const aux = QUESTION_AUX_OPENING().exec(before);
  if (!aux || !/\?[\s*_)\]]*$/.test(after.replace(/[“”"]/g, ''))) return false;
  if (/^(?:will|may)$/i.test(aux[1]!)) return BARE_SAYING_VERB_AT_END().test(before.replace(/[^\s\p{L}]+\s*$/u, ' ')) || !/^\p{Lu}/u.test(aux[1]!);
  return true;
}

/** A subject that ends in ", she " (the pronoun of a saying set between commas: "NAME, she said, had …"), the pronoun (1). */
const PARENTHETICAL_PRONOUN = lazy(() => /,\s*(he|she|they)\s*$/i);
/** The words after a long subject's last comma, when they are few and hold a capital (a name, perhaps with its title); else null. */
function subjectAfterOpening(subject: string): string | null {
  const last = /,\s+([^,;:“”"()]{1,60})$/u.exec(subject.trimEnd());
  return last && wordCount(last[1]!) <= 5 && /\p{Lu}/u.test(last[1]!) && !/^(?:and|but|or|so|yet|while|when)\s/i.test(last[1]!) ? last[1]! : null;
}

/** "NAME, APPOSITIVE[, APPOSITIVE]," before a verb: a name of up to four words, then only parts describing it (30 words at most). */
function isDescribedName(subject: string, state: AttributionState): boolean {
  if (!/,\s*$/.test(subject) || wordCount(subject) > 30) return false;
  const parts = commaParts(subject);
  return parts.length >= 2 && parts.length <= 4 && wordCount(parts[0]!) <= 4 && isNameOnly(parts[0]!, state) && parts.slice(1).every(isAppositive);
}

/** "…, with President Christine Lagarde " right before a participle: the name "with" introduces. */
const PARTICIPLE_WITH = lazy(() => /(?:^|[\s,])with\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,4})$/u);
/** A name of capitalised words opening a sentence, before its first lower-case word ("Senator Elizabeth Warren disagreed, "). */
const OPENING_NAME = lazy(() => /^\s*((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)\s+\p{Ll}[^,;:]{0,60},\s*$/u);

/** The name between a Filipino verb's marker and "na" (that) before the quotation: " Binance na ". */
const FILIPINO_SPEAKER_THAT = lazy(() => /^\s+([^,;:“”"]{1,60}?)\s+na\s*$/u);
/** What "called" names before the quotation it characterises: "the delay ", "it ", "Okonkwo ", "Tunde Bakare ". */
const CALLED_OBJECT = lazy(() => /^\s+(?:(?:the|this|that|it|its|their|his|her|them|him)(?:\s+[\p{L}'’-]+){0,4}|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s*$/u);
/**
 * "termed the announcement ", "branded the levy as ", "accused the ministry of ": a verb of
 * characterising (or of charging) with its object, then "as" or "of" right before the quotation.
 * Its object is a determiner's phrase or a name, as CALLED_OBJECT's ("a project termed “…”" has none).
 */
const CHARACTERISED_AS = lazy(() => /(?<![\p{L}])(?:(?:termed|terms|branded|brands|labell?ed|labels)(?=\s+(?:(?:the|this|that|it|its|their|his|her|them|him)(?:\s+[\p{L}'’-]+){0,4}|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:\s+as)?\s*$)|(?:accused|accuses|accusing)(?=\s+(?:(?:the|this|that|it|its|their|his|her|them|him)(?:\s+[\p{L}'’-]+){0,4}|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+of(?:\s+being)?\s*$))/u);
/**
 * "has described it as ", "described the deal as ": a verb of characterising, its object, then "as" right
 * before the quotation; or a person the quoted words describe, "describes a founder who “hears everything …”".
 */
const DESCRIBED_AS = lazy(() => /(?<![\p{L}])describe[sd](?=\s+(?:(?:the|this|that|it|its|their|his|her|them|him)(?:\s+[\p{L}'’-]+){0,4}|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+as\s*$|\s+(?:a|an|the|her|his|their)(?:\s+[\p{L}'’-]+){1,4}\s+who\s*$)/u);
/** "has", "have", "had" (with "long", "repeatedly", "often", "also", "once", "never" after it) closing the words before a verb. */
const PERFECT_AUX_AT_END = lazy(() => /\s(?:has|have|had)(?:\s(?:long|repeatedly|often|also|once|never|publicly|since|even))?\s*$/iu);

/** Between two quoted fragments of one reported clause: no quotation, and a verb only with no subject of its own ("…' ahead of '…'", "…', but noted there was '…'"). */
function sameReportedClause(between: string): boolean {
  if (/[“”"]/.test(between) || wordCount(between) > 12) return false;
  VERB_RE().lastIndex = 0;
  const verb = VERB_RE().exec(between);
  return !verb || /^[\s,;'’‘]*(?:(?:and|but|or|then|also)\s+)*$/iu.test(between.slice(0, verb.index));
}

/** Where a sentence's last coordinated clause starts: after "; " or ", and" / ", but" / ", while". */
const CLAUSE_BOUNDARY = lazy(() => /(?:;|,\s+(?:and|but|while|whereas|yet))\s+/gu);
/** The subject of a long sentence's last clause, before its verb ("He, 39,"), when it is short; else null. */
function lastClauseSubject(subject: string): string | null {
  let from = -1;
  for (const m of allMatches(CLAUSE_BOUNDARY(), subject)) from = (m.index ?? 0) + m[0].length;
  if (from < 0) return null;
  const clause = subject.slice(from);
  return wordCount(clause) > 0 && wordCount(clause) <= 6 ? clause : null;
}

/**
 * "When I told him …, in 1989, he thought about it for a full minute and then said": the long
 * sentence's last comma part opens with a pronoun whose verb phrase the speech verb joins by
 * "and" (then): the pronoun, the subject of both verbs. Null for any other last part.
 */
function coordinatedPronounClause(subject: string): string | null {
  const at = subject.lastIndexOf(', ');
  const part = at < 0 ? '' : subject.slice(at + 2);
  return wordCount(part) <= 14 && PRONOUN_THEN_AND().test(part) ? part.split(' ', 1)[0]!.toLowerCase() : null;
}
/** A subject (1), a past verb of a deed and a few words, then "and" before the verb of saying: "Ray Cotter came out on the first morning and ". */
const COMPOUND_BEFORE_SAYING = lazy(() => /^\s*([^,;:"“”]{2,40}?(?:,[^,;:"“”]{2,40},)?)\s+(?:came|went|got|stood|walked|turned|sat|looked|leaned|smiled|laughed|paused|nodded|shrugged|stepped|rose|arrived|appeared|rang|called|wrote|\p{Ll}{3,}ed)(?:\s+[^,;:"“”]{1,60}?)?\s+(?:and|and then|then)\s*$/u);
/** A clause's pronoun subject right after its conjunction, at the end of the words before the verb: " and she", " but he". */
// In lower case only: "and He said" names He Yi.
const JOINED_PRONOUN_SUBJECT = lazy(() => /\s(?:and|but|so|until|when)\s+(he|she)\s*$/u);
/**
 * "My husband, Len, he was on the committee, and I remember him saying": the relative named by a
 * first name earlier in the same sentence (not yet read for names) is the "him", where the words
 * before name one such person of that gender; null otherwise.
 */
function heardInClause(before: string, pronoun: string, state: AttributionState): { speaker: string; self: boolean } | null {
  if (!KIN_FIRST_NAME_HINT().test(before)) return null;
  const gender = pronoun.toLowerCase() === 'him' ? 'm' : 'f';
  const named = new Set<string>();
  for (const m of execAll(KIN_FIRST_NAME(), before)) {
    const g = MALE_KIN().test(m[1]!) ? 'm' : FEMALE_KIN().test(m[1]!) ? 'f' : null;
    if (g === gender && !NOT_PERSON_WORDS().test(m[2]!)) named.add(state.registry.resolve(m[2]!) ?? state.byPart.get(m[2]!) ?? m[2]!);
  }
  if (named.size !== 1) return null;
  const speaker = [...named][0]!;
  return { speaker, self: speaker === state.self };
}
/** A verb of hearing or remembering, then "him"/"her" right before the verb of saying: "I remember him (saying)", "I can still hear her (say)"; the pronoun (1). */
const PERCEIVED_SPEAKER = lazy(() => /(?<![\p{L}])(?:remember(?:s|ed)?|recall(?:s|ed)?|hear(?:s|d)?|overheard)\s+(him|her)\s*$/iu);
/** A clause after a semicolon: a pronoun, its verb phrase, then "and" (then), perhaps an aside set off by commas, before the next verb: the pronoun (1). */
const PRONOUN_JOINED_AFTER_SEMICOLON = lazy(() => /^\s*(he|she|they)\s+[^;:“”"]*?(?:,\s*|\s)and(?:\s+then)?(?:\s*,[^,;:“”"]{1,30},)?\s*$/i);
const PRONOUN_THEN_AND = lazy(() => /^(?:he|she|they)\s+[^,;:]+\sand(?:\s+then)?\s*$/i);

/** An opening clause of time: "When …", "After …", "As soon as …". */
const SUBORDINATE_OPENING = lazy(() => /^\s*(?:When|Whenever|After|Once|Before|While|As soon as|The first time|The moment)\s/u);
/** A comma part that is a full name alone: two or three capitalised words ("Jess Harlow"). */
const APPOSITIVE_FULL_NAME = lazy(() => /^\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s\p{Lu}\p{Ll}[\p{L}'’-]*){1,2}$/u);
/**
 * "When I asked Haddad about the gap, he said …": a pronoun subject after a clause that names
 * one known person is that person (the sentence has not been read for names yet).
 */
function pronounOfNameBefore(subject: string, state: AttributionState): { speaker: string; self: boolean } | null {
  const parts = commaParts(subject);
  const last = parts[parts.length - 1]?.trim() ?? '';
  if (parts.length < 2 || !/^(he|she)$/i.test(last)) return null;
  const gender = /^she$/i.test(last) ? 'f' : 'm';
  const named = new Set<string>();
  for (const m of execAll(CAPITALISED_WORD(), parts.slice(0, -1).join(', '))) {
    const full = state.byPart.get(m[1]!) ?? state.registry.resolve(m[1]!);
    const g = full ? state.genders.get(full) : undefined;
    if (full && (!g || g === gender)) named.add(full);
  }
  // "When our head groom, Jess Harlow, first saw her, she told me": an opening clause of time that
  // names one person first met here, set off between commas as an appositive, is about that person.
  if (named.size === 0 && SUBORDINATE_OPENING().test(parts[0]!)) {
    const appositives = parts.slice(1, -1).map((p) => p.trim()).filter((p) => APPOSITIVE_FULL_NAME().test(p) && mayBePersonName(p));
    if (appositives.length === 1) named.add(state.registry.resolve(appositives[0]!) ?? appositives[0]!);
  }
  if (named.size !== 1) return null;
  const speaker = [...named][0]!;
  return { speaker, self: speaker === state.self };
}

function maskSpans(text: string, offset: number, spans: QuoteSpan[]): string {
  let out = '';
  let from = 0;
  for (const q of spans) {
    const a = q.start - offset;
    const b = q.end - offset;
    if (a < from || b > text.length) continue;
    out += text.slice(from, a) + ' '.repeat(b - a);
    from = b;
  }
  return out + text.slice(from);
}

function attribute(
  paragraph: string,
  s: Sentence,
  q: QuoteSpan,
  nextStart: number,
  prevAccepted: QuoteSpan | null,
  state: AttributionState,
  bare: boolean,
): Attribution | null {
  // Text after the quote up to the next quote or the sentence end; before it, back to the last quote taken.
  // Both are bounded (an attribution is a few words), so a line thick with quotations stays linear.
  let after = paragraph.slice(q.end, Math.min(nextStart, s.end, q.end + WINDOW));
  // «…», — сказал «Крипто.Вестям» Артём Ковалёв: the next quotation is the outlet the verb's words
  // were told to, a name in marks, and the speaker comes after it: the attribution goes on past it.
  if (nextStart < s.end && /^[\s,.!?…—–-]*\p{Ll}+\s+$/u.test(after) && /^[«„“"][^«»„“”"]{1,40}[»“”"]\s+\p{Lu}/u.test(paragraph.slice(nextStart, nextStart + 48)))
    after = paragraph.slice(q.end, Math.min(s.end, q.end + WINDOW));
  let before = paragraph.slice(Math.max(s.start, prevAccepted?.end ?? s.start, q.start - WINDOW), q.start);
  // "He told me, and I wrote it down that evening, "…"": an aside set off by commas between the verb
  // of saying and its quotation tells how the words were kept; the verb's subject said them.
  if (before.includes(', and ') || before.includes(', as ')) before = before.replace(ASIDE_AFTER_SAYING(), '$1, ');
  const sentenceStart = s.start;

  // "In her memoir, Keeping the Light (2009), she wrote: “…”", "He wrote in his diary that “…”": in
  // an obituary or a profile, the pronoun writing in a work of its own is the person the document is
  // about, not the last person of that gender named (a niece quoted above).
  const ownWork = before.length <= 200 && /(?:memoir|diar|autobiograph|journal|book|letters|notebook)/iu.test(before) ? ownWorkAuthor(before, state) : null;
  if (ownWork) return { speaker: ownWork, self: ownWork === state.self, explicit: true };

  // 0. Chinese and Japanese: a clause ending on a verb of saying and a colon before the quotation
  // ("赵长鹏当天在社交媒体上发文说：“…”").
  if (CJK_SAYING_END().test(before.slice(-12))) return cjkAttribution(before, state);
  // Or the clause after the quotation, the sentence's end ("“欧洲是我们最重要的市场之一。”何一说。").
  if (q.close === '”' || q.close === '」') {
    const m = CJK_SAYS_AFTER().exec(after);
    if (m) return cjkAttribution(`${m[1]!}：`, state);
  }
  // 0b. Japanese: the verb after the quotation, joined by と ("彼は「…」と言っていました"), or right before
  // it ("彼女が言った「…」"); who says it the subject before it ("彼は", "何一さんは", "CZ氏が").
  if (q.open === '「' || q.open === '『') {
    const ja = japaneseAttribution(paragraph.slice(Math.max(s.start, q.start - 60), q.start), after, state);
    if (ja) return ja;
  }
  // 0b. Korean: the quotation, "(이)라고"/"고" and a verb of saying after it ('…"라고 말했다'); who says it
  // the subject before it, marked by 은/는/이/가 ("이민호 회장은", "그는").
  if (after.length > 2 && HANGUL_QUOTATIVE().test(after)) {
    const ko = koreanAttribution(paragraph.slice(Math.max(s.start, q.start - 60), q.start), state);
    if (ko) return ko;
  }
  // 0b. Thai: a verb of saying glued to the name before or after the quotation ("… กล่าวว่า "…"", '"…" นายนิธิกล่าว').
  if (THAI_CHAR().test(before.slice(-16)) || THAI_CHAR().test(after.slice(0, 16))) {
    const thai = thaiAttribution(before, after, state);
    if (thai) return thai;
  }

  // 0c. Burmese: '“…” ဟု NAMEက ပြောသည်။' (the quotation, "that", the speaker marked by က, the verb),
  // or 'NAMEက “…” ဟု ပြောသည်။'. Khmer: 'លោក NAME បានមានប្រសាសន៍ថា «…»' (the verb glued to ថា, "that").
  if (MYANMAR_CHAR().test(after.slice(0, 8))) {
    const my = burmeseAttribution(before, after, state);
    if (my) return my;
  }
  if (PERSIAN_CHAR().test(before.slice(-16)) || PERSIAN_CHAR().test(after.slice(0, 16))) {
    const fa = persianAttribution(before, after, state);
    if (fa) return fa;
  }
  if (KHMER_CHAR().test(before.slice(-8))) {
    const km = khmerAttribution(before, state);
    if (km) return km;
  }
  // 0d. Hindi: 'NAME ने कहा, "…"' or '"…," NAME ने कहा।' (the subject marked by ने, then the verb).
  // Georgian: '„…“, – განაცხადა NAME.' (a dash, the verb, the name in the ergative), a headline's
  // 'NAME: „…“'. Tamil: 'NAME, ‘‘…’’ என்றார்.' (the quotation, என்று "that" or என்றார் "he said").
  if (DEVANAGARI_CHAR().test(before.slice(-16)) || DEVANAGARI_CHAR().test(after.slice(0, 16))) {
    const hi = hindiAttribution(before, after, state);
    if (hi) return hi;
  }
  if (GEORGIAN_CHAR().test(before.slice(-16)) || GEORGIAN_CHAR().test(after.slice(0, 24)) || GEORGIAN_CHAR().test(q.inner.slice(0, 8))) {
    const ka = georgianAttribution(paragraph.slice(sentenceStart, q.start), after, state);
    if (ka) return ka;
  }
  if (TAMIL_CHAR().test(before.slice(-16)) || TAMIL_CHAR().test(after.slice(0, 16))) {
    const ta = tamilAttribution(paragraph.slice(sentenceStart, q.start), after, state);
    if (ta) return ta;
  }

  // 0e. "The paper quoted Bamidele, the ministry's spokesman, as saying: "…"": the one quoted said
  // the words, not the paper (the whole opening of the sentence is that attribution).
  if (q.start - s.start <= 240 && before.includes('quoted')) {
    const opening = paragraph.slice(s.start, q.start);
    const m = QUOTED_AS_SAYING().exec(opening);
    // Or the words quoted are a fragment of the clause said: "… quoted a council spokesman as saying the
    // library "serves too few people"": a short stretch of the clause, no quotation or verb of saying of its own.
    const rest = m ? opening.slice(m[0].length) : '';
    if (m && (rest.length === 0 || (rest.length <= 80 && !/[“”"]/.test(rest) && !hasVerbOfSaying(rest)))) {
      const who = resolveSpeaker(m[1]!, state, 'subject', true);
      if (who) return { ...who, explicit: true };
    }
  }

  // 0e'. "The Herald quotes the governor: "…"", "The Courier quotes Elin Strand:": a paper (or anyone)
  // passing on another's words, the colon before them; the one quoted said them, never the quoter.
  if (q.start - s.start <= 240 && before.trimEnd().endsWith(':') && /\s(?:quot|cit)/.test(before)) {
    const m = QUOTES_PERSON().exec(paragraph.slice(s.start, q.start));
    const who = m ? resolveSpeaker(m[1]!, state, 'subject', true) : null;
    if (who) return { ...who, explicit: true };
  }

  // 0f. A quotation read out of a written message, a colon before it: "Ms X read from an email Ashdown
  // sent to Mr Maddox that month: "…"", "A text message from Ashdown to a friend, shown to the jury,
  // read: "…"": the words are the message's writer's (the one who sent it, or the name after "from"),
  // not the one reading it out. Only a short opening is read.
  if (q.start - s.start <= 240 && before.trimEnd().endsWith(':')) {
    const opening = paragraph.slice(s.start, q.start);
    const m = MESSAGE_SENT_BY().exec(opening) ?? MESSAGE_FROM_READ().exec(opening);
    const who = m ? resolveSpeaker(m[1]!, state, 'subject', true) : null;
    if (who) return { ...who, explicit: true };
  }

  // 1. An epigraph's dash line: “…” — Ana Ruiz, founder of Fennel Pay
  // The quotation may be in italics or bold (`*"…"* — Name`), and the name followed by a handle
  // and a date, as an embedded post's is ("— Sen. Paula Grant (@SenPaulaGrant) February 10, 2024").
  const dash = /^[*_]*\s*[,.!?]?[*_]*\s*(?:[—―–]|--?)\s*(\p{Lu}[^“”"—―–]{0,80}?)\s*$/u.exec(after);
  const dashName = dash ? dash[1]!.replace(/\s*\(@[^)]*\)/g, '').replace(DATE_AFTER_NAME(), '') : '';
  if (dash && noWordIn(paragraph, s.start, q.start) && wordCount(dashName.split(',')[0]!) <= 5) {
    const who = resolveSpeaker(dashName, state, 'after-verb', true);
    if (who) return { ...who, explicit: true };
    // "— TOKEN2049 editorial board, 2024 theme note": a body of people signs as one.
    const body = SIGNING_BODY().exec(dashName.split(',')[0]!.trim());
    if (body) return { speaker: body[0], self: false, explicit: true };
  }

  // 1a. A source in parentheses after the quotation, in notes and lists: “…” (Desai, in the Q&A),
  // “…” (Tom Brandt). The name before any comma, a few words, is who said it. (The text after the
  // quotation is trimmed first, so one run of spaces stands in the pattern.)
  const sourced = after.length <= 200 && after.includes('(') ? PAREN_SOURCE_AFTER().exec(after.trim()) : null;
  const source = sourced ? sourced[1]!.split(',')[0]!.trim() : '';
  if (sourced && noWordIn(paragraph, s.start, q.start) && wordCount(source) <= 4 && !notPersonSource(source)) {
    const who = resolveSpeaker(source, state, 'after-verb', true);
    if (who) return { ...who, explicit: true };
  }

  // 1b. A signer's line, the dash before the quotation: Karen Liu, Millbrook — "…" (a petition's
  // or a guestbook's comments). The line is only the name, a place or note after a comma, the dash
  // and the quotation.
  if (/^[\s*_]*[,.!?]?[\s*_]*$/.test(after)) {
    const signer = SIGNER_BEFORE().exec(paragraph.slice(s.start, q.start));
    if (signer && wordCount(signer[1]!.split(',')[0]!) <= 4) {
      const who = resolveSpeaker(signer[1]!.split(',')[0]!, state, 'after-verb', true);
      if (who) return { ...who, explicit: true };
    }
  }

  // 1c. An owner's statement opening the sentence: Binance's statement: "…" (a chat message, a
  // story's aside). The words are the owner's, a person or an organisation.
  // Only a short opening is read: a long sentence thick with quotations slices nothing per quote.
  const opening = q.start - s.start <= 90 ? paragraph.slice(s.start, q.start) : '';
  if (/:\s*$/.test(opening)) {
    const owned = OWNED_QUOTE_INTRO().exec(opening);
    if (owned && !LONE_FUNCTION_WORD().test(owned[1]!) && !PRONOUN().test(owned[1]!)) {
      const who = resolveSpeaker(owned[1]!, state, 'label', true);
      return { speaker: who?.speaker ?? owned[1]!, self: who?.self ?? false, explicit: true };
    }
  }

  // 1d. A quotation set off between dashes, the sentence going on to say it was something the
  // pronoun's person said: "Its most quoted line — “…” — was, his colleagues say, something he said
  // out loud": his words, not the colleagues' who report it.
  if (/[—–]\s*$/.test(before) && /^[\s,.!?]*[—–]/.test(after)) {
    const said = SAID_BY_PRONOUN_AFTER_DASH().exec(after);
    if (said) {
      const who = resolveSpeaker(said[1]!.toLowerCase(), state, 'after-verb', true);
      if (who) return { ...who, explicit: true };
    }
  }

  // 2. Verb after the quote.
  // "«…», – заявив Чжао.": a comma and a dash may both stand before the attribution.
  const afterText = after.replace(/^[\s,.!?…—–-]*/, '');
  // German "„…“, so Brenner." (thus Brenner): after German's marks only, "so" and a name ending the sentence.
  // "“…,” per the fire chief, Kim Do-hyun." reads as "according to" does.
  const according = /^(?:[Aa]ccording\s+to|per(?=\s+(?:the\s|\p{Lu})))\s+(.+?)\s*[.!?]?\s*$/u.exec(afterText) ?? (q.open === '„' ? /^so\s+(\p{Lu}[^.!?]{0,60}?)\s*[.!?]?\s*$/u.exec(afterText) : null);
  if (according) {
    const who = resolveSpeaker(according[1]!, state, 'after-verb', true);
    if (who) return { ...who, explicit: true };
  }
  // « … », a-t-elle déclaré jeudi.: the inverted auxiliary's pronoun, the person it stands for (as "dit-elle" below).
  const perfect = /^\s*[,.!?…—–-]/.test(after) || /[,.!?…]\s*$/.test(q.inner) ? FRENCH_INVERTED_PERFECT().exec(afterText) : null;
  if (perfect) {
    const person = recentPerson(state, perfect[1]!.startsWith('elle') ? 'f' : 'm') ?? recentPerson(state, null);
    if (person) return { speaker: person, self: person === state.self, explicit: true };
  }
  // A speech verb frames the quote even when its subject names nobody ("“…,” they said."): then it has no speaker.
  let framed = false;
  VERB_RE().lastIndex = 0;
  let verb = VERB_RE().exec(afterText) ?? (/,\s*$/.test(q.inner) || /^\s*,/.test(after) ? CLOSING_PAST_VERB().exec(afterText) : null);
  // "‘…,’ one driver, who asked not to be named, told the Herald": the verb of a relative clause
  // frames nothing; the one after the clause does.
  while (verb && /(?<![\p{L}])(?:who|which|that)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu.test(afterText.slice(0, verb.index)) && /,/.test(afterText.slice(verb.index))) {
    const next = VERB_RE().exec(afterText);
    if (!next) break;
    verb = next;
  }
  if (verb && (/^\s*[,.!?…—–-]/.test(after) || /[,.!?…—–-]\s*$/.test(q.inner)) && wordCount(afterText.slice(0, verb.index)) <= 4) framed = true;
  // '"…" yanıtını verdi.': a verb that ends the sentence right after the quotation frames it, comma or not.
  else if (verb && verb.index === 0 && /^\s*[.!?።]?\s*$/.test(afterText.slice(verb[0].length))) framed = true;
  if (verb) {
    const subject = afterText.slice(0, verb.index);
    const object = afterText.slice(verb.index + verb[0].length).replace(/\s*[.!?։]\s*$/u, '');
    if (subject.trim() === '' && object.trim() === '' && framed) {
      // 'He, Zhao hakkında bir soruya, "…" yanıtını verdi.': a verb-final sentence names its subject
      // first, set off by a comma, before the quotation.
      const opener = SUBJECT_BEFORE_QUOTE().exec(paragraph.slice(s.start, q.start));
      const first = opener ? (opener[1] === 'He' ? personNamedHe(state) : null) ?? resolveSpeaker(opener[1]!, state, 'subject', true)?.speaker ?? null : null;
      if (first) return { speaker: first, self: first === state.self, explicit: true };
      // «…», afirmó. The verb has no subject (the languages that drop pronouns): the person just named,
      // or, no one named near at all, the person the piece is about (a profile's closing '"…", dijo.'),
      // as "she says" is.
      const person = recentPerson(state, null) ?? subjectWithNoOneNear(state);
      if (person) return { speaker: person, self: person === state.self, explicit: true };
    } else if (subject.trim() === '' && framed && FOREIGN_PRONOUN_FIRST().test(object)) {
      // "…," zei hij maandag …  /  „…“, sagte sie.: the pronoun after the verb, the person it stands for.
      const she = FOREIGN_SHE().test(FOREIGN_PRONOUN_FIRST().exec(object)![1]!);
      const person = recentPerson(state, she ? 'f' : 'm') ?? recentPerson(state, null);
      if (person) return { speaker: person, self: person === state.self, explicit: true };
    } else if (subject.trim() === '' && framed && /^[\u1200-\u137f]/.test(verb[0])) {
      // «…» ብላለች።: the verb's person ("she", "he", or the honorific plural for either) is the person
      // named last, across a paragraph that only goes on about them ("ዳይሬክተሩ አክለውም …": the director added).
      const g = /^(?:ስትል|ብላለች)/.test(verb[0]) ? 'f' : /^(?:ሲል\s|ብሏል)/.test(verb[0]) ? 'm' : null;
      const person = recentPerson(state, g, undefined, 2) ?? recentPerson(state, null, undefined, 2);
      if (person) return { speaker: person, self: person === state.self, explicit: true };
    } else if (subject.trim() === '' && framed && (MALAY_PRONOUN_VERB().test(verb[0]) || MALAY_PRONOUN_AFTER().test(object))) {
      // "…," katanya pada sidang media. / "…," kata beliau.: the person just named, across a
      // paragraph that only goes on about them ("Menurut beliau, …", "Katanya, …": names nobody).
      const person = recentPerson(state, null, undefined, 2);
      if (person) return { speaker: person, self: person === state.self, explicit: true };
    } else if (subject.trim() === '' && framed && THIS_ONE_AFTER_VERB().test(object)) {
      // „…", a spus acesta. / „…", a declarat ea.: a pronoun alone after the verb, the person just named.
      const w = THIS_ONE_AFTER_VERB().exec(object)![1]!.toLowerCase();
      const person = recentPerson(state, w === 'aceasta' || w === 'ea' ? 'f' : w === 'acesta' || w === 'el' ? 'm' : null) ?? recentPerson(state, null);
      if (person) return { speaker: person, self: person === state.self, explicit: true };
    } else if (subject.trim() === '' && FRENCH_INVERTED_PRONOUN().test(object) && framed) {
      // « … », dit-elle. / « … », affirme-t-il.: the pronoun after the verb, the person it stands for.
      const person = recentPerson(state, /^-(?:t-)?elles?/.test(object.trim()) ? 'f' : 'm') ?? recentPerson(state, null);
      if (person) return { speaker: person, self: person === state.self, explicit: true };
    } else if (subject.trim() === '') {
      // “…,” said Ana Ruiz, chief executive of Fennel Pay.
      // «…», — сказал «Крипто.Вестям» Артём Ковалёв, …: the outlet told, quoted between the verb
      // and the name (as "told the Ledger" stands after it in English), is nobody who speaks.
      const told = /^\s*[«„“"][^«»„“”"]{1,40}[»“”"]\s+(?=\p{Lu})/u.exec(object);
      // "…", adding that the Prime Minister was "…": the verb's "that" opens what was said, no one
      // named after the verb; the quotation is the sentence's subject's, read before it.
      const who = /^\s*that\s/i.test(object) ? null : resolveSpeaker(told ? object.slice(told[0].length) : object, state, 'after-verb', true);
      if (who) return { ...who, explicit: true };
      // «…», πρόσθεσε ο επικεφαλής της Binance: a Greek role with its article and no name is the person just named.
      const role = GREEK_DEFINITE_ROLE().test(object.trim()) ? recentPerson(state, null) : null;
      if (role) return { speaker: role, self: role === state.self, explicit: true };
    } else if (wordCount(subject) <= 14 && !/[“”"]/.test(subject)) {
      // “…,” Tom Hale, a partner at Birch Partners, said.  /  “…,” she recalled.  /  “…,” He told reporters.
      // “…,” Agbaje quoted him as saying.: the aide passes the words on; the one he quoted said them.
      const passedOn = verb[0] === 'saying' && /\squoted\s/.test(` ${subject}`) ? QUOTED_AS_AFTER().exec(subject) : null;
      if (passedOn) {
        const pro = /^(?:him|her)$/i.test(passedOn[2]!) ? passedOn[2]!.toLowerCase() : null;
        const quoter = pro ? resolveSpeaker(passedOn[1]!, state, 'subject', true)?.speaker : null;
        const who = pro ? recentPerson(state, pro === 'her' ? 'f' : 'm', (n) => n === quoter, 2) : resolveSpeaker(passedOn[2]!, state, 'subject', true)?.speaker;
        if (who) return { speaker: who, self: who === state.self, explicit: true };
      }
      const reply = replyToLastQuote(subject, verb[0], state);
      if (reply) return { speaker: reply, self: reply === state.self, explicit: true };
      const who = resolveSpeaker(subject, state, 'subject', !opensSentence(paragraph, q.end + after.length - afterText.length));
      if (who) return { ...who, explicit: true };
      // "After the hearing, the three MPs issued … "…," they said in a joint statement.": "they" are the
      // counted group of people the words before named (this paragraph, or the end of the one before), as written.
      const group = /^\s*they\s*$/i.test(subject) ? countedGroupBefore(`${state.previousTail ?? ''} ${paragraph.slice(0, q.start)}`) : null;
      if (group) return { speaker: group, self: false, explicit: true };
    }
  }

  // 2b. An owned saying right before the quotation: 'His line "…" drew applause', 'Her words: "…"',
  // "Haddad's reply: "…"": the owner said it (a pronoun, the person it stands for).
  if (before.includes(' ') || /^\s*(?:his|her)\s/i.test(before)) {
    const owned = OWNED_SAYING_BEFORE().exec(before.replace(/\*\*|__/g, ''));
    if (owned) {
      const who = owned[1]
        ? (() => {
            const person = recentPerson(state, /^h[ei]s$/i.test(owned[1]) ? 'm' : 'f');
            return person ? { speaker: person, self: person === state.self } : null;
          })()
        : resolveSpeaker(owned[2]!, state, 'subject', true);
      if (who) return { ...who, explicit: true };
    }
  }

  // 3. Verb, "according to" or colon before it. A list item's bold label is a label:
  // "- **Diane Swonk, KPMG:** “…”" reads as "Diane Swonk, KPMG: “…”".
  before = before.replace(/\*\*|__/g, '').replace(/^\s*[-*•]\s+/, '');
  // "Asked about the future, Alvarez was blunt:": the opening participle's verb frames nothing.
  const trimmed = before.replace(TRAILING_JOINERS(), '').replace(LEADING_PARTICIPLE(), '');
  const acc = /(?<![\p{L}])according\s+to\s+([^,;:]+?)\s*,?\s*$/iu.exec(before) ?? IN_THE_WORDS().exec(before);
  if (acc) {
    // "Whitcombe, in her words, “…”": the name the sentence opens on is whose words they are.
    const owner = acc[3] ? /^[\s*_]*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}),\s*$/u.exec(before.slice(0, acc.index)) : null;
    const who = (owner ? resolveSpeaker(owner[1]!, state, 'subject', false) : null) ?? resolveSpeaker((acc[1] ?? acc[2] ?? subjectPronoun(acc[3]!))!, state, 'after-verb', sentenceStart === s.start);
    if (who) return { ...who, explicit: true };
  }
  // "According to Grace Mwangi, a lawyer in Nairobi: “…”": the person named right after "According
  // to" speaks, not the appositive that describes them (a clause with its own speech verb after
  // the comma has its own subject: "According to X, the CEO told staff: “…”").
  const accName = !acc && ACCORDING_OPENING().test(before) ? accordingAppositive(before, state) : null;
  if (accName) return { speaker: accName, self: accName === state.self, explicit: true };
  // `“…,” said Ortiz, a pilot at Marlow Pilots Inc. “It never has.”`: the abbreviation kept the
  // attribution's full stop from ending the sentence, so the next quotation follows a closed frame.
  const closedFrame = !!prevAccepted && /[.!?]\s*$/.test(before);
  const introduced = closedFrame || /[,:—–]\s*$/.test(before) || /(?<![\p{L}])(?:that|saying|asking)\s*$/iu.test(before) || VERB_AT_END().test(before);
  // "what one director called “a painful reset”" names a thing; "CZ called again: “…”" is speech.
  const naming = NAMING_AT_END().test(before);
  if (trimmed && introduced && !naming && !asksAboutWords(paragraph.slice(s.start, q.start), paragraph.slice(q.end, s.end))) {
    VERB_RE().lastIndex = 0;
    const verbs = allMatches(VERB_RE(), trimmed);
    // "The mill operator, Severnside Paper, confirmed the shutdowns in a statement:": a verb of any
    // kind, its object perhaps, then the paper the words were given in: that verb frames the quotation.
    const written = verbs.length ? null : WRITTEN_IN_FRAME().exec(before);
    if (written) verbs.push(Object.assign([written[2]!], { index: written[1]!.length, input: trimmed, groups: undefined }) as RegExpExecArray);
    if (verbs.length) {
      framed = true;
      // The subject stands before the verb that gives the quote, or before the verb it is
      // coordinated with in the same clause: "CZ explained in detail and emphasized that",
      // "He Yi, …, responded by saying that".
      let v = verbs.length - 1;
      while (v > 0 && /(?<![\p{L}])(?:and|or|but|by|with|then)\s*$/iu.test(trimmed.slice(0, verbs[v]!.index).trim()) && !/[,;:]/.test(trimmed.slice(verbs[v - 1]!.index!, verbs[v]!.index))) v--;
      // "the CFO, Gregory Asante, who told him, in Bello's recollection, that “…”": the relative's own
      // verb reports the quotation ("that" right before it); the name the relative follows speaks.
      // (A parenthesis between may hold a verb of its own: "who told her, as she remembers it, that".)
      for (const rv of verbs.length <= 4 ? verbs : []) {
        const relative = RELATIVE_NAME_SPEAKS().exec(trimmed.slice(0, rv.index));
        const tail = before.slice(rv.index! + rv[0].length);
        if (!relative || !REPORTED_THAT_TAIL().test(tail)) continue;
        const who = resolveSpeaker(relative[1]!, state, 'subject', true);
        if (who) return { ...who, explicit: true, recalled: !/that\s*$/.test(tail) };
      }
      // "A text from Bev in Millbrook, who says: “…”", "from Hal Moss, who wrote: “…”": a relative
      // clause whose verb introduces the quotation (a colon or comma right before it) on a full name,
      // or a name with where it writes from; the name speaks, not the sentence's subject.
      for (const rv of verbs.length <= 4 ? verbs : []) {
        const head = trimmed.slice(0, rv.index);
        const relative = RELATIVE_NAME_INTRODUCES().exec(head);
        if (!relative || (!relative[1]!.includes(' ') && !relative[2]) || !INTRODUCING_TAIL().test(before.slice(rv.index! + rv[0].length))) continue;
        // (Not a cleft's other name: "It was Yi He, not Changpeng Zhao, who said, “…”" is Yi He's.)
        if (/^\s*It\s/.test(head) || /(?<![\p{L}])not\s+$/u.test(head.slice(0, relative.index + relative[0].indexOf(relative[1]!)))) continue;
        if (NOT_PERSON_WORDS().test(relative[1]!.split(' ')[0]!)) continue;
        const who = resolveSpeaker(relative[1]!, state, 'subject', true);
        if (who && !isOrg(who.speaker, state)) return { ...who, explicit: true };
      }
      // "Rusk learned the trade from his uncle in Stourbridge, who told him, he recalls, “…”": so for
      // one described, not named (a person's noun before the relative): the words are theirs,
      // nobody the text names, never those of whom the parenthesis says remembers them.
      for (const rv of verbs.length <= 4 ? verbs : []) {
        const head = trimmed.slice(0, rv.index);
        const described = DESCRIBED_RELATIVE_SPEAKS().exec(head);
        const tail = before.slice(rv.index! + rv[0].length);
        if (!described || RELATIVE_NAME_SPEAKS().test(head) || !RECALLED_TAIL().test(tail)) continue;
        const noun = described[2]!.split(/\s+/).pop()!;
        if (!hasPersonNoun(noun) && !KIN_NOUN().test(noun)) continue;
        // ("his uncle" the text named before: "His uncle, Chidi Okonkwo, …" is that person)
        const kin = KIN_NOUN().test(noun) ? resolveSpeaker(`${described[1]!} ${noun}`, state, 'subject', true) : null;
        return { speaker: kin?.speaker ?? null, self: false, explicit: true, recalled: true };
      }
      // “…,” said a former employee who asked not to be named, “…”: a relative clause's verb gives no quote.
      while (v > 0 && /(?<![\p{L}])(?:who|which)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu.test(trimmed.slice(0, verbs[v]!.index))) v--;
      // "My husband, Luis, kept telling me", "my sister Ana used to say", "Grandpa would say": a
      // habit's auxiliary between the subject and the verb of saying is no word of the subject.
      const subject = trimmed.slice(0, verbs[v]!.index).replace(HABIT_BEFORE_VERB(), ' ');
      // "It was Yi He, not Changpeng Zhao, who said, “…”": a cleft sentence's focus is who speaks.
      const cleft = /^\s*It\s/.test(subject) ? CLEFT_FOCUS().exec(subject) : null;
      const focus = cleft ? resolveSpeaker(cleft[1]!, state, 'after-verb', true) : null;
      if (focus) return { ...focus, explicit: true };
      const at = paragraph.lastIndexOf(subject.trim(), q.start);
      // “The tide,” said Samuel Ortiz, a harbor pilot, “doesn't …”: the verb opens the frame, the name follows it.
      const afterVerb = trimmed.slice(verbs[v]!.index + verbs[v]![0].length);
      // "… steps down as CEO. Says: "…"": a list about the page's person drops the subject.
      // "Wins the prize. Tells Der Standard: "…"": after a verb of telling, the words are its listener (a paper, "reporters"), and the speaker is still the page's person.
      const subjectless = wordCount(subject) === 0 && (wordCount(afterVerb) === 0 || (TOLD_LISTENER().test(afterVerb) && /^(?:Tells|Told)$/.test(verbs[v]![0]))) && state.titled && /^\p{Lu}/u.test(verbs[v]![0]) ? { speaker: state.titled, self: false } : null;
      // "I wanted to race in May and she said, “…”": the clause the speech verb ends has its own pronoun
      // subject after the conjunction; the first clause's "I" does not say the quotation.
      const joined = JOINED_PRONOUN_SUBJECT().exec(subject);
      // "I remember him saying to me, “…”", "I heard her say, “…”": the one heard or remembered,
      // the object of the verb of hearing or remembering, says the words, not the "I" who heard them.
      const heard = PERCEIVED_SPEAKER().exec(subject);
      const who =
        subjectless ??
        (joined ? resolveSpeaker(joined[1]!, state, 'subject', true) : null) ??
        (heard ? (heardInClause(subject.slice(0, heard.index), heard[1]!, state) ?? resolveSpeaker(heard[1]!.toLowerCase() === 'him' ? 'he' : 'she', state, 'subject', true)) : null) ??
        (wordCount(subject) === 0
          ? resolveSpeaker(afterVerb, state, 'after-verb', true)
          : (pronounOfNameBefore(subject, state) ?? resolveSpeaker(subject, state, 'subject', at < 0 || !opensSentence(paragraph, at)) ?? resolveMention(subject, state)));
      if (who) return { ...who, explicit: true };
      // "The manager, Mr Cotter, came out on the first morning and said, “…”": a subject with two
      // predicates, the first a deed, the second the verb of saying; the subject says the words.
      // (Its last clause: "The drivers cheered, and Ann Bell stepped forward and said" is Ann Bell's.)
      const compound = COMPOUND_BEFORE_SAYING().exec(subject.replace(/^.*(?:,\s+(?:and|but|so|then)\s+|;\s+)/su, ''));
      const doer = compound && !/(?<![\p{L}])(?:and|but|or)(?![\p{L}])/iu.test(compound[1]!) ? resolveSpeaker(compound[1]!, state, 'subject', at < 0 || !opensSentence(paragraph, at)) : null;
      if (doer) return { ...doer, explicit: true };
      // "One message, sent in 2019 by a senior employee to a colleague, reads:": a message's writer, named after "by".
      const writtenBy = MESSAGE_WRITTEN_BY().exec(subject);
      const writer = writtenBy ? resolveSpeaker(writtenBy[1]!, state, 'after-verb', true) : null;
      if (writer) return { ...writer, explicit: true };
      // 'על ישראל אמרה: "…"' ("On Israel she said"): a Hebrew verb carries its subject; the person
      // the text is about speaks.
      const dropped = /\p{sc=Hebrew}/u.test(verbs[v]![0]) ? droppedSubject(verbs[v]![0], state) : null;
      if (dropped) return { speaker: dropped, self: dropped === state.self, explicit: true };
      // 'سلمان قریشی کا کہنا تھا کہ "…"': Urdu writes no capitals to know a name by; the few words
      // opening the sentence before its verb of saying, no pronoun, are who speaks.
      const urdu = /\p{sc=Arabic}/u.test(verbs[v]![0]) ? urduSubject(subject) : null;
      if (urdu) return { speaker: urdu, self: false, explicit: true };
    } else if (/:\s*$/.test(before)) {
      // "Alvarez was blunt:", "He had a warning:": the clause's subject says what follows;
      // "Duarte's answer was simple:": the owner of the answer does.
      // "Diane Swonk, KPMG:": a name, then where the person works.
      // "Ignatius Mbeki-Lorde, who runs the hardware store, worried about the debt:": a name, a clause
      // about the person set off by commas, the predicate: the name says what follows.
      const nameFirst =
        // (A vox pop's "Jane Doe, 34, teacher:": her age and her work, each after a comma, describe her too.)
        /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})\s*,\s*[^,]{1,60}$/u.exec(trimmed) ??
        /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}),\s*\d{1,3},\s*[^,\d]{2,40}(?:,\s*[^,\d]{2,40})?$/u.exec(trimmed) ??
        /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})\s*,\s*(?:who|a|an|the)\s[^,]{1,80},\s*\p{Ll}[^,]{0,60}$/u.exec(trimmed) ??
        // "Green councillor Ruth Abara, who voted against:": a role before the name, a relative clause about her after it.
        /^((?:\p{L}[\p{L}'’.-]*\s+){1,3}?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})\s*,\s*(?:who|whose)\s[^,]{1,80}$/u.exec(trimmed);
      // "For P7, it was the first round of layoffs:": the person the clause is about says what follows.
      const forWhom = /^For\s+([^,]{1,40}),\s+(?:it|this|that)$/u.exec(trimmed.replace(COLON_PREDICATE(), ''));
      // "Later, in a post on LinkedIn:", "Kwok, via Instagram:": where the words were posted names no one.
      const unplaced = trimmed.replace(POSTED_ON_TAIL(), '');
      const subject = nameFirst ? nameFirst[1]! : forWhom ? forWhom[1]! : unplaced.replace(COLON_PREDICATE(), '').replace(SPEECH_NOUN_OWNED(), '');
      // "… says Binance will stay in Asia. Quote: “…”": the word names the quotation, its source is the sentence before's.
      const itself = wordCount(trimmed) <= 2 && /(?:^|[.!?]\s+)(?:full )?(?:quote|excerpt)s?$/i.test(before.replace(/[\s:]+$/, ''));
      const writtenBy = MESSAGE_WRITTEN_BY().exec(trimmed);
      // 'Music: "Back Straight" by The Pacers.': a show's credit names a song, a part of the production, no speaker.
      // 'From a resident of Mill Row: "Who decided …?"': a question or letter read out under its sender,
      // described and unnamed; the sender is who wrote the words.
      const sender = /^From\s+((?:a|an|one)\s+\p{Ll}[^,;:“”"()]{2,80})$/u.exec(trimmed);
      const who = CREDIT_KEY().test(trimmed) || PROGRAMME_KEY().test(trimmed)
        ? null
        : sender
        ? resolveSpeaker(sender[1]!, state, 'after-verb', true)
        : writtenBy
        ? resolveSpeaker(writtenBy[1]!, state, 'after-verb', true)
        : itself
        ? reportingSubject(paragraph.slice(0, paragraph.lastIndexOf(trimmed, q.start)), state)
        : subject !== trimmed && wordCount(subject) > 0
          ? resolveSpeaker(subject, state, 'label', true)
          : unplaced !== trimmed
          ? null
          : (resolveSpeaker(trimmed, state, 'label', true) ?? resolveMention(trimmed, state));
      if (who) return { ...who, explicit: true };
      // "…on his desk, with a note clipped to the first page." / "It reads: “Check the totals.”": a
      // written thing's words are its writer's, the person whose thing the sentence before says it is.
      if (WRITTEN_THING_READS().test(trimmed)) {
        const owner = writtenThingOwner(s.start > 0 ? paragraph.slice(Math.max(0, s.start - 400), s.start) : (state.previousTail ?? ''), state);
        if (owner) return { speaker: owner, self: owner === state.self, explicit: true };
      }
    }
  }

  // A note-taker's "NAME: yes, “…”" or "NAME on TOPIC: they plan to double the team, “…”": the
  // name the note opens with said the quotation its paraphrase leads into.
  // Only the last words before the quotation are read (a note's name, topic and paraphrase fit in them): a long line costs no more.
  const noted = /,\s*$/.test(before) && before.includes(':') ? NOTED_SPEAKER().exec(before.length > 300 ? before.slice(-300) : before) : null;
  if (noted) {
    const who = resolveSpeaker(noted[1]!, state, 'label', true);
    if (who) return { ...who, explicit: true };
  }

  // 4. A quote standing as a sentence of its own: the subject of the speech verb just before
  // ("She added that the union had written to the president twice. “Nobody answered us.”"),
  // else the last person named.
  if (bare) {
    // A pull quote: a paragraph that is only a quotation whose words someone quoted earlier in the
    // text said ("Desks make people …," she says … / … / "I'd rather look like I'm about to leave."):
    // theirs again, not the last person named before it.
    const repeated = !paragraph.slice(0, q.start).trim() && !paragraph.slice(q.end).trim() ? earlierSpeakerOf(q.inner, state) : null;
    if (repeated) return { speaker: repeated, self: repeated === state.self, explicit: false };
    if (state.lastQuote?.asked && state.lastQuote.speaker && state.lastQuote.paragraph === state.paragraph - 1 && s.start === 0) {
      return { speaker: state.lastQuote.speaker, self: state.lastQuote.speaker === state.self, explicit: false };
    }
    if (state.answeredWriter === state.paragraph - 1 && s.start === 0 && /\?\s*$/.test(q.inner) && !paragraph.slice(q.end).trim() && (state.self ?? state.writer)) {
      return { speaker: state.self ?? state.writer!, self: state.self !== null, explicit: true };
    }
    // '"I think so," I said. "Nobody told me …"', 'I told her the truth. "Only the sleep."': the
    // narrator's own frame right before: the narrator ("I": the text's own voice, else nobody
    // named) goes on speaking, never the last person named.
    if (narratorFrameBefore(paragraph.slice(0, s.start))) return state.self || !state.writer ? { speaker: state.self, self: state.self !== null, explicit: true } : { speaker: state.writer, self: false, explicit: true };
    // 'Vidal asked whether he had ever considered selling. "We said no …"', 'The session closed with
    // Vidal asking what he would do differently. "Hire a CFO …"': the sentence before reports a
    // question, and the words after it answer it: the one asked's, never the asker's.
    const answerAsked = /\bask(?:ed|ing)\b|^Asked\s/i.test(paragraph.slice(Math.max(0, s.start - 300), s.start)) ? answererAfterAsking(paragraph.slice(0, s.start), state) : null;
    if (answerAsked) return { speaker: answerAsked, self: answerAsked === state.self, explicit: false };
    const reporter = reportingSubject(paragraph.slice(0, s.start), state);
    if (reporter) return { ...reporter, explicit: false };
    // "An elder in Lodwar, who asked not to be named, said the borehole broke. “…”": the sentence
    // before reports someone the text only describes, with an article no name follows: the words
    // are that person's, never the person named last.
    const indefinite = INDEFINITE_REPORTER().exec(paragraph.slice(Math.max(0, s.start - 300), s.start));
    if (indefinite) return { speaker: `${indefinite[1]!.toLowerCase()} ${indefinite[2]!}`, self: false, explicit: false };
    // "He did not turn around. “…”", "Her father laughed. “…”": the person the sentence before is about speaks, never someone named earlier.
    const actor = actorBefore(paragraph.slice(0, s.start), state);
    if (actor) return { speaker: actor.speaker, self: actor.speaker !== null && actor.speaker === state.self, explicit: false };
    // "In a statement posted that day, he wrote:" / "I can still recite the way he began it:" over the
    // quotation's paragraph: the pronoun's person, named in the paragraph before the colon's at most.
    // "He spoke to João Mendes, a crane operator …:" over the quotation: the person spoken to answers, not the reporter.
    const listener = s.start === 0 && state.colonListener?.paragraph === state.paragraph - 1 ? state.colonListener.speaker : null;
    if (listener) return { speaker: listener, self: listener === state.self, explicit: false };
    const intro = s.start === 0 && state.colonPronoun?.paragraph === state.paragraph - 1 ? state.colonPronoun : null;
    if (intro) {
      // (Where the sentence went past a name of the other gender, the pronoun is the one other person that paragraph names.)
      const introduced = intro.speaker ?? onlyPersonOf(state, intro.gender, 2) ?? null;
      return { speaker: introduced, self: introduced !== null && introduced === state.self, explicit: false };
    }
    // "Henk told me, 'Rosalind, …' I thought he was being cynical." under "Her political mentor, Henk
    // Dijkstra, gave her that lesson": words that recount what someone told the speaker are never
    // the teller's, however last the lead-in names them (recountedSpeaker).
    if (s.start === 0) {
      const recounted = recountedSpeaker(q.inner, state);
      if (recounted !== undefined) return { speaker: recounted, self: recounted !== null && recounted === state.self, explicit: false };
    }
    // "I ask whether she will write a sequel." / "Her husband, Colm, died in 2022. The novel is not about
    // him, she insists." over a quotation alone: the paragraph before asks "her" something in the
    // writer's first person, or ends on her saying between commas; the quotation is her answer, the
    // woman the text means by "she", never someone the paragraph names only as what she speaks of.
    const answering = s.start === 0 ? answeringGender(state.previousTail ?? '') : null;
    const answerer = answering ? answeringPerson(state, answering, q.inner) : null;
    if (answerer) return { speaker: answerer, self: answerer === state.self, explicit: false };
    const person = recentPerson(state, null, (name) => namedInQuote(name, q.inner));
    if (person) return { speaker: person, self: person === state.self, explicit: false };
    // "She does not like to talk about 2012. When she does, …" over a quotation alone: a paragraph
    // about "she" and naming no one: the quotation is hers, the woman named a paragraph before.
    const about = s.start === 0 ? pronounParagraphGender(state.previousTail ?? '') : null;
    const described = about ? recentPerson(state, about, undefined, 2) : null;
    if (described) return { speaker: described, self: described === state.self, explicit: false };
    if (state.lastQuote && state.lastQuote.paragraph === state.paragraph - 1 && state.lastQuote.speaker) {
      return { speaker: state.lastQuote.speaker, self: state.lastQuote.speaker === state.self, explicit: false };
    }
  }
  // Last: a quotation inside a sentence that opens on its source, with no frame of its own
  // ("According to Priya Chand, a transport analyst, the route “could carry 1,400 riders a week”
  // if fares stay low"): the sentence states what that person says, so the words it quotes are theirs.
  if (!framed && !(prevAccepted && prevAccepted.end > s.start)) {
    const opening = paragraph.slice(s.start, q.start);
    if (ACCORDING_OPENING().test(opening)) {
      const who = accordingToPerson(opening, state);
      if (who) return { speaker: who, self: who === state.self, explicit: true };
    }
    // "he examined, by his own count, “…”", "where, he liked to say, he learned to count “…”": a
    // parenthesis says whose words the quotation after it is.
    // The aside closes the opening (a clause and at most 80 characters after it), so its last few
    // hundred characters hold it: a sentence thick with quotations is not rescanned per quotation.
    const openingTail = opening.length > 300 ? opening.slice(-300) : opening;
    const aside = openingTail.includes(',') ? OWN_WORDS_ASIDE().exec(openingTail) : null;
    if (aside) {
      const who = resolveSpeaker(subjectPronoun(aside[1]) ?? aside[2]!.toLowerCase(), state, 'after-verb', true);
      if (who) return { ...who, explicit: true };
    }
    // "The company, the manager wrote, did not have offices. It had “…”": a sentence going on with the
    // subject of one its source was set into gives that source's words.
    const lastSentence = s.start > 0 && /^[\s*_]*(?:It|They|This|That)\s/.test(opening) && wordCount(opening) <= 8 ? paragraph.slice(Math.max(0, s.start - 300), s.start).split(/(?<=[.!?])\s+/).filter((x) => x.trim()).pop() : undefined;
    const inserted = lastSentence ? INSERTED_SOURCE().exec(lastSentence.trim()) : null;
    if (inserted) {
      const who = resolveSpeaker(inserted[1]!, state, 'subject', true);
      if (who) return { ...who, explicit: true };
    }
    // "In her words, it was “a stress test”": the sentence gives the words of whom its opening names.
    const words = /^[\s*_]*In\s/.test(opening) ? IN_THE_WORDS_OPENING().exec(opening) : null;
    if (words) {
      const who = resolveSpeaker((words[1] ?? words[2] ?? subjectPronoun(words[3]!))!, state, 'after-verb', true);
      if (who) return { ...who, explicit: true };
    }
  }
  return framed ? { speaker: null, self: false, explicit: false } : null;
}

/**
 * A quotation that opens by recounting what someone told the speaker, a quotation inside it: "Henk
 * told me, 'Rosalind, …'", "He said to me, 'Seun, …'", "My father used to say, 'The note …'",
 * "Sister Halina told me on my first night, 'You …'". The teller is a name (3), "he"/"she" (2) or
 * the speaker's own kin (1). Read on the quotation's first 160 characters only.
 */
const RECOUNTED_TELLER = lazy(() => /^\s*(?:(?:[Mm]y|[Oo]ur)\s+(\p{Ll}[\p{L}-]{1,20})|(He|She)|(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}))\s+(?:(?:once|always|often|first|later|then|even|had|would)\s+)?(?:told\s+(?:me|us)|said\s+to\s+(?:me|us)|used\s+to\s+(?:say|tell\s+(?:me|us))|(?:would\s+)?(?:say|tell\s+(?:me|us))|said|says)(?![\p{L}])[^'‘’"“”]{0,60}?[,:]\s*['‘"“]/u);
/**
 * Who recounts the words a quotation standing alone recounts (RECOUNTED_TELLER): never the teller.
 * The lead-in paragraph names the teller ("Her mentor at Ibadan, the late Professor Adewale
 * Ogunleye, told her something similar") and only points at the speaker ("her"), so the speaker is
 * the one person it names besides the teller, else the last person quoted, else the person the
 * document is about; where each of those is the teller, nobody. undefined: no recounting.
 */
function recountedSpeaker(inner: string, state: AttributionState): string | null | undefined {
  const m = RECOUNTED_TELLER().exec(inner.length > 160 ? inner.slice(0, 160) : inner);
  if (!m) return undefined;
  // "He said to me": the one man the lead-in paragraph names, else (his gender never given, or read
  // from a "her" after his name) the person it names last, whom the old reading took for the speaker.
  const teller = m[1] ? (state.kin?.get(m[1].toLowerCase()) ?? null) : m[2] ? (onlyPersonOf(state, m[2] === 'She' ? 'f' : 'm', 1) ?? recentPerson(state, null)) : null;
  const tellerWords = m[3] ? m[3].split(/\s+/).map((w) => w.replace(/[.]$/, '')).filter((w) => w.length > 1) : [];
  // A person described, not named ("a senior midwife at the hospital", "her grandmother"), in a
  // lead-in to a recounting is the teller, whom the lead-in introduces; the speaker it only points at.
  const isTeller = (name: string): boolean =>
    name === teller || /^\p{Ll}/u.test(name) || (tellerWords.length > 0 && name.split(/\s+/).some((w) => tellerWords.includes(w)));
  const named = recentPerson(state, null, isTeller);
  if (named) return named;
  const said = state.saidBefore?.[state.saidBefore.length - 1]?.speaker;
  if (said && !isTeller(said)) return said;
  const subject = state.subject;
  return subject && !isTeller(subject) ? subject : null;
}

/** A person's name, an honorific perhaps before it: "Ashdown", "Mr Maddox", "Caroline Ashdown". */
const MESSAGE_AUTHOR = String.raw`((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})`;
const MESSAGE_NOUN = String.raw`(?:e-?mail|text(?:\s+message)?|message|letter|note|memo)`;
/** "… an email Ashdown sent to Mr Maddox that month:": a message, its writer, a verb of sending or writing, then up to the colon. */
const MESSAGE_SENT_BY = lazy(() => new RegExp(String.raw`(?<![\p{L}])(?:an?|the|one|this|that)\s+(?:[\p{Ll}-]+\s+){0,2}?${MESSAGE_NOUN}\s+(?:that\s+)?${MESSAGE_AUTHOR}\s+(?:had\s+)?(?:sent|wrote|written|posted|texted)(?![\p{L}])[^:“”"]{0,100}:\s*$`, 'u'));
/** "A text message from Ashdown to a friend, shown to the jury, read:": a message from its writer, then "read"/"said" and the colon. */
const MESSAGE_FROM_READ = lazy(() => new RegExp(String.raw`(?<![\p{L}])${MESSAGE_NOUN}\s+from\s+${MESSAGE_AUTHOR}(?![\p{L}])[^:“”"]{0,120}?\s(?:read|reads|said|says|stated)\s*:\s*$`, 'u'));
/** "— was, his colleagues say, something he said out loud": after a dash, the quotation is the object of a pronoun's verb of saying. */
const SAID_BY_PRONOUN_AFTER_DASH = lazy(() => /^[\s,.!?]*[—–]\s+(?:is|was|remains|became)(?![\p{L}])[^“”".;:!?—–]{0,60}?(?<![\p{L}])(?:something|what|words|a\s+line|a\s+phrase|a\s+sentence|a\s+rule|a\s+saying|advice)\s+(he|she)\s+(?:had\s+|would\s+|often\s+|first\s+)?(?:said|wrote|told|repeated|used\s+to\s+say|liked\s+to\s+say|coined|says|writes)(?![\p{L}])/u);
/** A show's credit line's key: "Music", "Theme music", "Artwork", "Sound design". */
const CREDIT_KEY = lazy(() => /^(?:(?:theme |intro |outro )?music|artwork|cover art|sound design)$/i);
/**
 * A programme's field before a colon: 'Panel: "Who Pays for the Public Library?"', 'Session 2:
 * "…"', 'Keynote: "…"'. The quotation is the item's title, no one's words.
 */
export const PROGRAMME_KEY = lazy(() => /^(?:(?:opening |closing |plenary |panel )?(?:panel|session|keynote|talk|lecture|workshop|seminar|debate|discussion|motion|topic|theme|title|track|strand|episode|programme|program|segment|event)(?:\s+(?:\d+|[IVX]+|[A-Z]))?)$/i);
/** "It reads", "The note said": a written thing's words introduced by a colon. */
const WRITTEN_THING_READS = lazy(() => /^[\s*_]*(?:It|The\s+(?:note|letter|card|sign|message|inscription|memo|postcard|label))\s+(?:reads?|says|said)(?:\s+in\s+full)?$/u);
const WRITTEN_THING = lazy(() => /(?<![\p{L}])(?:note|letter|card|sign|message|inscription|memo|postcard|label)s?(?![\p{L}])/iu);
/**
 * Whose the written thing named in the last sentence of `before` is: "his desk, with a note clipped
 * to the first page" is his (the one person of that gender near); null where the sentence names no
 * such thing, or a possessive of either gender could be the owner.
 */
function writtenThingOwner(before: string, state: AttributionState): string | null {
  const last = (before.split(/(?<=[.!?])\s+/).filter((x) => x.trim()).pop() ?? '').replace(/,\s+(?:he|she)\s+(?:said|says|recalls|recalled|added|wrote),/giu, ',');
  if (!WRITTEN_THING().test(last)) return null;
  const his = /(?<![\p{L}])his(?![\p{L}])/iu.test(last);
  const her = /(?<![\p{L}])(?:she|her|hers)(?![\p{L}])/iu.test(last);
  if (his === her || (!his && /(?<![\p{L}])(?:he|him)(?![\p{L}])/iu.test(last))) return null;
  // The one person of that gender this paragraph and the one before name, else the person the
  // document is about ("her father … his desk" in an obituary names no one but its subject).
  const gender = his ? 'm' : 'f';
  const fits = new Set<string>();
  for (let i = state.recent.length - 1; i >= 0 && state.paragraph - state.recent[i]!.paragraph <= 1; i--) {
    for (const p of state.recent[i]!.people) {
      const g = p.gender ?? state.genders.get(p.name) ?? null;
      if (/^\p{Lu}/u.test(p.name) && !isOrg(p.name, state) && p.not !== gender && (g === gender || g === null)) fits.add(p.name);
    }
  }
  if (fits.size === 1) return [...fits][0]!;
  return state.subject && (state.genders.get(state.subject) ?? gender) === gender ? state.subject : null;
}

/** A message (letter, email, memo, post…) and who sent or wrote it: "One message, sent in 2019 by a senior employee to a colleague,". */
const MESSAGE_WRITTEN_BY = lazy(() => /^[\s*_]*(?:\p{Lu}\p{Ll}*\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:message|letter|e-?mail|memo|note|post|text|tweet|entry)s?\s*,\s*(?:sent|written|posted|signed|drafted)\s+(?:[^,“”"]{0,30}?\s)?by\s+([^,“”"]{2,80}?)\s*,/u);
/** "he wrote:", "the way she began it:": a subject pronoun and its verb in a sentence that ends on a colon. */
// (when the verb may say, "she wrote in March 2013:", "he replied in 1998:": the date is no one named)
const PRONOUN_BEFORE_COLON = lazy(() => /(?<![\p{L}])(he|she)\s+(?:\p{Ll}+\s+){0,3}?\p{Ll}+(?:\s+(?:it|this|that|them|us|me|him|her))?(?:\s+(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:\d{1,2},?\s+)?(?:1[89]|20)\d{2})?\s*:[\s*_]*$/u);
/**
 * A paragraph that ends on a colon after "he"/"she" and a verb, naming no one in that last
 * sentence ("In a statement posted that day, he wrote:"): the pronoun's gender, for the quotation
 * the next paragraph opens on. Null for any other paragraph.
 */
function colonPronoun(paragraph: string, sentences: Sentence[], spans: QuoteSpan[], state: AttributionState): { paragraph: number; gender: 'f' | 'm'; speaker?: string } | null {
  if (!/:[\s*_]*$/.test(paragraph) || paragraph.length > 1200) return null;
  const tail = sentences[sentences.length - 1];
  if (!tail || spans.some((q) => q.end > tail.start)) return null;
  const text = paragraph.slice(tail.start, tail.end);
  const m = PRONOUN_BEFORE_COLON().exec(text);
  if (!m || /(?<![\p{L}])(?:she|her)(?![\p{L}])/iu.test(text) === /(?<![\p{L}])(?:he|his|him)(?![\p{L}])/iu.test(text)) return null;
  const gender = m[1]!.toLowerCase() === 'she' ? 'f' : 'm';
  // A name in the sentence (a capital past its first word, "I" aside) is the nearer referent: the older rules read it.
  // (Not the date the pronoun's clause gives, nor a name the text has told is of the other gender: "On the words,
  // which Hallam had removed, she wrote in March 2013:" is the woman's, Hallam a man.)
  const namesIn = (t: string) => [...t.matchAll(/(?:^|\s)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})/gu)].map((n) => n[1]!.replace(/['’]s$/u, '')).filter((n) => n !== 'I');
  const fullName = (n: string) => state.registry.resolve(n) ?? state.byPart.get(n) ?? n;
  const otherGender = (n: string) => {
    const g = state.genders.get(fullName(n));
    return g !== undefined && g !== gender;
  };
  const names = namesIn(text.slice(0, m.index).replace(/^\s*\S+/u, ''));
  if (names.some((n) => !otherGender(n))) return null;
  if (!names.length) return { paragraph: state.paragraph, gender };
  // The pronoun is then the one other person the paragraph names in full or by a part of the full name the text gave.
  const others = new Set(
    namesIn(paragraph)
      .filter((n) => !otherGender(n) && mayBePersonName(n))
      .map((n) => resolveSpeaker(n, state, 'after-verb', true))
      .flatMap((r) => (r && !r.self && r.speaker.includes(' ') && !otherGender(r.speaker) ? [r.speaker] : [])),
  );
  return others.size === 1 ? { paragraph: state.paragraph, gender, speaker: [...others][0]! } : null;
}

/** "He spoke to João Mendes, a crane operator who …:", "She talked with Helen Bracewell, the victim's aunt:": the person talked to, before the colon. */
const SPOKE_TO_BEFORE_COLON = lazy(() => /(?<![\p{L}])(?:spoke|speaking|talked|talking|chatted|chatting)\s+(?:to|with)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?:,[^:“”"]{0,160})?:[\s*_]*$/u);
/**
 * A lead-in that is only a note of whose words come ("Comment from Tomasz Wierzbicki, Engineering
 * Manager:", "A statement from the chair, Ruth Ames:" in a write-up): the person the words are from,
 * never the role after the name's comma.
 */
const WORDS_FROM_BEFORE_COLON = lazy(() => /^[\s*_]*(?:(?:A|An|The)\s+)?(?:[\p{L}'’-]+\s+){0,2}(?:[Cc]omments?|[Ss]tatement|[Mm]essage|[Nn]ote|[Rr]esponse|[Rr]eply|[Ff]eedback|[Ww]ords|[Rr]emarks)\s+from\s+(?:(?:the|our|their|his|her)\s+[\p{Ll}\s-]{1,40},\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?:,[^:“”"]{0,120})?:[\s*_]*$/u);
/**
 * A paragraph whose last sentence says the writer or a reporter talked to a person named there, or
 * is only a note that words from a named person follow, and ends on a colon: that person, for the
 * quotation the next paragraph opens on. Null for any other paragraph.
 */
function colonListener(paragraph: string, sentences: Sentence[], spans: QuoteSpan[], state: AttributionState): { paragraph: number; speaker: string } | null {
  if (!/:[\s*_]*$/.test(paragraph) || paragraph.length > 1200) return null;
  const tail = sentences[sentences.length - 1];
  if (!tail || spans.some((q) => q.end > tail.start)) return null;
  const from = sentences.length === 1 ? WORDS_FROM_BEFORE_COLON().exec(paragraph) : null;
  const source = from ? resolveSpeaker(from[1]!, state, 'after-verb', true) : null;
  // (A body named so is the words' author as much as a person is: "Statement from Northgate Rail:".)
  if (source && !source.self && source.speaker.includes(' ')) return { paragraph: state.paragraph, speaker: source.speaker };
  const m = SPOKE_TO_BEFORE_COLON().exec(paragraph.slice(tail.start, tail.end));
  const who = m ? resolveSpeaker(m[1]!, state, 'after-verb', true) : null;
  // A single word ("he talked with Parliament, the body that must ratify it:") names a person only when an
  // appositive after it says what the person is (", a retired nurse"); a full name needs none.
  const appositive = m ? m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length) : '';
  const person = !!who && (who.speaker.includes(' ') || personAppositive(appositive));
  return who && person && !who.self && /^\p{Lu}/u.test(who.speaker) && !isOrg(who.speaker, state) ? { paragraph: state.paragraph, speaker: who.speaker } : null;
}

/**
 * The gender of the one person a paragraph is about when it opens on "She"/"He", uses no pronoun of
 * the other gender, quotes nothing and names no one (no capital but its sentences' first letters).
 */
function pronounParagraphGender(paragraph: string): 'f' | 'm' | null {
  const m = /^\s*(She|He)\s/.exec(paragraph);
  if (!m || paragraph.length > 600 || /[“”"]/.test(paragraph) || /(?<![.!?:]|^)\s+\p{Lu}/u.test(paragraph.replace(/(?<![\p{L}])I(?![\p{L}])/gu, 'i'))) return null;
  const she = /(?<![\p{L}])(?:she|her|hers|herself)(?![\p{L}])/iu.test(paragraph);
  const he = /(?<![\p{L}])(?:he|him|his|himself)(?![\p{L}])/iu.test(paragraph);
  return she && !he ? 'f' : he && !she ? 'm' : null;
}

/**
 * The last sentence of a paragraph in an interviewer's first person asking "her" or "him" something
 * ("I ask her whether it felt strange …", "I asked if he would go back"), or a sentence that sets
 * "she insists", "he says" between commas or at its end: the gender of the one who answers next.
 */
// (A beat of the one asked may follow the question: "I ask whether she will write a sequel. She laughs for a long time.")
function answeringGender(tail: string): 'f' | 'm' | null {
  const sentences = tail.trim().split(/(?<=[.!?])\s+/).filter(Boolean);
  let beat: 'f' | 'm' | null = null;
  for (let i = sentences.length - 1; i >= 0 && i >= sentences.length - 3; i--) {
    const sentence = sentences[i]!;
    if (/[“”"]/.test(sentence)) return null;
    const asked = ASKED_IN_FIRST_PERSON().exec(sentence);
    const aside = asked || i < sentences.length - 1 ? null : SAYING_ASIDE().exec(sentence);
    const pronoun = (asked?.[1] ?? asked?.[2] ?? aside?.[1])?.toLowerCase();
    if (pronoun) {
      const gender = pronoun === 'she' || pronoun === 'her' ? 'f' : 'm';
      return beat && beat !== gender ? null : gender;
    }
    const opens = /^(She|He)\s+\p{Ll}/u.exec(sentence);
    if (!opens || (beat && beat !== (opens[1] === 'She' ? 'f' : 'm'))) return null;
    beat = opens[1] === 'She' ? 'f' : 'm';
  }
  return null;
}
/**
 * Who answers in the quotation under that paragraph: the person of that gender the paragraph (or
 * the one before) names; else the person the piece is about, where of that gender (an interview's
 * "I ask whether she …" means the one interviewed, not a woman quoted a paragraph or two before),
 * or the one of that gender quoted most; else the last person of that gender. Never one the quotation itself names.
 */
function answeringPerson(state: AttributionState, gender: 'f' | 'm', inner: string): string | null {
  const skip = (name: string) => namedInQuote(name, inner);
  for (let i = state.recent.length - 1; i >= 0; i--) {
    const entry = state.recent[i]!;
    if (state.paragraph - entry.paragraph > 1) break;
    const p = entry.people.find((m) => (m.gender ?? state.genders.get(m.name)) === gender && m.not !== gender && !isOrg(m.name, state) && !skip(m.name));
    if (p) return p.name;
  }
  const subject = state.subject;
  if (subject && state.genders.get(subject) === gender && !skip(subject)) return subject;
  // No subject the text gave: the one of that gender quoted most so far (the one interviewed).
  const counts = new Map<string, number>();
  for (const said of state.saidBefore ?? []) if (state.genders.get(said.speaker) === gender && !skip(said.speaker)) counts.set(said.speaker, (counts.get(said.speaker) ?? 0) + 1);
  const [most, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (most && (!second || most[1] > second[1])) return most[0];
  return recentPerson(state, gender, skip, 2);
}
/** "I ask her whether", "I asked if he", "I ask whether she": the first person asking, then whom (1: the object, 2: the clause's subject pronoun). */
const ASKED_IN_FIRST_PERSON = lazy(() => /^I\s+(?:then\s+|also\s+)?ask(?:ed)?\s+(?:(her|him)\s+)?(?:whether|if|why|how|what|when|where|about)(?:\s+(she|he)(?![\p{L}]))?/u);
/** ", she insists,", ", he says." : a pronoun and its present or past verb of saying set off by a comma (1: the pronoun). */
const SAYING_ASIDE = lazy(() => /,\s+(she|he)\s+(?:says|said|insists|insisted|explains|explained|adds|added|admits|admitted|concedes|conceded|tells\s+me|told\s+me)(?:[,.!?])/u);
/** The person's name, or one word of it, in a quotation's words: someone it speaks of or to, never who says it. */
function namedInQuote(name: string, inner: string): boolean {
  if (!/^\p{Lu}/u.test(name)) return false;
  return name.split(/\s+/).some((w) => w.length > 1 && hasWholeWord(inner, w));
}

/**
 * Whom the writer's quoted question in a scene is put to: the person the piece is about, else the
 * one quoted most so far who is not the writer; null where neither is known.
 */
function askedInScene(state: AttributionState, writer: string): string | null {
  if (state.subject && state.subject !== writer) return state.subject;
  const counts = new Map<string, number>();
  for (const said of state.saidBefore ?? []) if (said.speaker !== writer) counts.set(said.speaker, (counts.get(said.speaker) ?? 0) + 1);
  const [most, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return most && (!second || most[1] > second[1]) ? most[0] : null;
}
/** The sentence before ends on the first person's verb of saying: '…," I said.', 'I told her the truth.'. */
const NARRATOR_FRAME = lazy(() => /(?:[”"],?\s+|^)I\s+(?:\p{Ll}+ly\s+)?(?:said|asked|replied|answered|added|told\s+(?:her|him|them)(?:\s+the\s+truth)?|whispered|shouted|admitted)(?:\s+(?:her|him|them))?[.!]$/u);
/** The quotation is followed by the first person's verb of saying: '“Aren't they?” I asked.' */
// (A scene told in the present has them so too, the frame ending there: '“Do you miss it?” I ask.', not
// '… a good forecast." I ask about the forecasts …', a sentence of the writer's own after another's words.)
const NARRATOR_FRAME_AFTER = lazy(() => /^[\s,.!?]{0,3}I\s+(?:\p{Ll}+ly\s+)?(?:(?:said|asked|replied|answered|added|whispered|shouted|admitted|wrote)(?![\p{L}])|(?:say|ask|reply|answer|add)(?:\s+(?:her|him|them))?\s*[.!?,;])/u);
const NARRATOR_SENTENCE = lazy(() => /^\s*I\s+(?:\p{Ll}+ly\s+)?(?:said|asked|replied|answered|added|whispered|shouted|admitted|say|ask|reply|answer|add)(?:\s+\p{Ll}+ly)?[.!]\s*$/u);
function narratorFrameAfter(paragraph: string, q: QuoteSpan): boolean {
  return NARRATOR_FRAME_AFTER().test(paragraph.slice(q.end, q.end + 40));
}
function narratorFrameBefore(text: string): boolean {
  const t = text.trimEnd();
  if (!t.endsWith('.') && !t.endsWith('!')) return false;
  const sentence = /(?:^|[.!?]["”]?\s+)((?:["“][^"“”]*["”],?\s+)?I\s[^.!?]*[.!])$/u.exec(t);
  return !!sentence && NARRATOR_FRAME().test(sentence[1]!);
}

/**
 * "“It was still a choice about what this town values,” Vega said. / “And this is a choice about
 * what it can afford,” she replied.": a pronoun that replies, right after a paragraph whose
 * quotation another person of that gender said, is the other one — nobody replies to themself. The
 * person of that gender named in the last three paragraphs, the last quotation's speaker skipped; null
 * (read as any "she said") when there is none or the verb does not reply.
 */
function replyToLastQuote(subject: string, verb: string, state: AttributionState): string | null {
  const pronoun = subject.trim().toLowerCase();
  if ((pronoun !== 'she' && pronoun !== 'he') || !REPLY_VERB().test(verb)) return null;
  const last = state.lastQuote;
  if (!last?.speaker || state.paragraph - last.paragraph !== 1) return null;
  const gender = pronoun === 'she' ? 'f' : 'm';
  if ((state.genders.get(last.speaker) ?? gender) !== gender) return null;
  return recentPerson(state, gender, (name) => name === last.speaker, 3);
}
const REPLY_VERB = lazy(() => /^(?:replied|replies|retorted|retorts|answered|answers|responded|responds|shot back|fired back|countered|counters)$/i);

/** Urdu pronouns that stand where a name would before a verb of saying: they name nobody by themselves. */
const URDU_PRONOUN = lazy(() => /^(?:انہوں|اس|ان|انھوں|وہ|میں|ہم|آپ|اُنہوں|اُس)$/u);
/** A subject of one to three Urdu words that is no pronoun: the speaker's name as written. */
function urduSubject(subject: string): string | null {
  const name = normalizeSpace(subject);
  const words = name.split(' ');
  if (!name || words.length > 3 || !/^[\p{sc=Arabic}\s]+$/u.test(name) || URDU_PRONOUN().test(words[0]!)) return null;
  return name;
}

/**
 * The person a verb with no subject of its own means (Hebrew "אמרה", "השיבה": she said, she
 * replied): the last person named who fits the verb's gender, else the speaker of the quotation
 * just before, in this paragraph or the one before.
 */
function droppedSubject(verb: string, state: AttributionState): string | null {
  const gender = /ה$/u.test(verb) ? 'f' : /ו$/u.test(verb) ? null : 'm';
  const person = (gender ? recentPerson(state, gender) : null) ?? recentPerson(state, null);
  if (person) return person;
  const last = state.lastQuote;
  return last?.speaker && state.paragraph - last.paragraph <= 1 ? last.speaker : null;
}

/** A capitalised Armenian word ending on the definite article ը: the name without it. */
const ARMENIAN_NAME_ARTICLE = lazy(() => /(?<![\p{L}\p{M}])(\p{Lu}[\u0561-\u0587]+)ը(?![\p{L}\p{M}])/gu);

/** A note's "NAME:" or "NAME on TOPIC:" opening the sentence, a paraphrase with no quotation mark or full stop, a comma: "CZ: yes,". */
const NOTED_SPEAKER = lazy(() => /(?:^|[.!?]\s+)(\p{Lu}[\p{L}'’-]{0,30}(?: \p{Lu}[\p{L}'’-]{0,30}){0,2})(?: on [^:.!?"“”]{1,60})?:\s+[^:"“”.!?]{0,160},\s*$/u);

const THAI_CHAR = lazy(() => /[\u0E00-\u0E7F]/u);
/** Thai titles (Mr, Mrs, Miss) glued to a first name, then a surname after a space unless a verb of saying is glued to the name. */
const THAI_TITLED_NAME = lazy(() => /(?:(?<![\u0E00-\u0E7F])|(?<=ด้าน|โดย|และ|ของ|กับ))(นางสาว|นาย|นาง)(?!หน้า|จ้าง|ก(?:รัฐ|เทศ))([\u0E00-\u0E7F]+?)(?=กล่าว|เปิดเผย|ระบุ|เผย|\s|$)(?:\s([\u0E00-\u0E7F]+)(?=\s))?/gu);
/** A Thai verb of saying, with "ว่า" (that) after it, at the end of the words before a quotation. */
const THAI_SAYING_END = lazy(() => /(?:กล่าว|เปิดเผย|ระบุ|เผย|ให้สัมภาษณ์)(?:ว่า)?\s*$/u);
/** A Thai titled name (or "he"/"she") with a verb of saying right after a quotation: '"…" นายนิธิกล่าว'. */
const THAI_SAYING_AFTER = lazy(() => /^\s*(?:(?:นางสาว|นาย|นาง)([\u0E00-\u0E7F]+?)(?:\s([\u0E00-\u0E7F]+))?|(เขา|เธอ))\s?(?:กล่าว|เปิดเผย|ระบุ|เผย)/u);
/**
 * Thai sets no space between words: a verb of saying glued after a titled name. The speaker is
 * the titled name nearest before the verb (the quotation after it) or right after the
 * quotation; a first name alone means the full name the text gave before; "เขา"/"เธอ" (he/she)
 * the last person named.
 */
function thaiAttribution(before: string, after: string, state: AttributionState): Attribution | null {
  const follows = THAI_SAYING_AFTER().exec(after);
  if (follows) {
    if (follows[3]) {
      const person = recentPerson(state, follows[3] === 'เธอ' ? 'f' : 'm') ?? recentPerson(state, null);
      return person ? { speaker: person, self: false, explicit: true } : null;
    }
    const full = follows[2] ? `${follows[1]} ${follows[2]}` : (state.byPart.get(follows[1]!) ?? follows[1]!);
    return { speaker: state.registry.resolve(full) ?? full, self: false, explicit: true };
  }
  if (!THAI_SAYING_END().test(before)) return null;
  const names = execAll(THAI_TITLED_NAME(), before.slice(-240));
  const last = names[names.length - 1];
  if (!last) return null;
  const full = last[3] ? `${last[2]} ${last[3]}` : (state.byPart.get(last[2]!) ?? last[2]!);
  return { speaker: state.registry.resolve(full) ?? full, self: false, explicit: true };
}

const MYANMAR_CHAR = lazy(() => /[\u1000-\u109F]/u);
/** After a Burmese quotation: ဟု ("that"), the subject marked by က (ကမူ, "as for"), then, within a few words, a verb of saying. */
const MY_SAID_AFTER = lazy(() => /^\s*ဟု(?:လည်း)?\s+([^“”"]{1,80}?)က(?:မူ|လည်း)?\s+(?:[^\s“”"]+\s+){0,3}?(?:ဆက်လက်\s*)?(?:ပြော|ဆို|ဖြေ|ရှင်းပြ|ထုတ်ပြန်|သုံးသပ်|မှတ်ချက်ပြု)/u);
/** After a Burmese quotation whose subject came before it: ဟု, then the verb of saying. */
const MY_SAYING_AFTER = lazy(() => /^\s*ဟု(?:လည်း)?\s+(?:[^\s“”"]+\s+){0,2}?(?:ပြော|ဆို|ဖြေ|ရှင်းပြ|ထုတ်ပြန်|သုံးသပ်|မှတ်ချက်ပြု)/u);
/** Before a Burmese quotation: its subject, a word ending on the marker က (a note in brackets between perhaps), and at most a few words. */
const MY_SUBJECT_BEFORE = lazy(() => /(\S+?)\s*(?:\([^()]{1,20}\)\s*)?က(?:မူ|လည်း)?(?:\s+[^\s“”"]+){0,2}\s*$/u);
/** A Burmese name under its honorific, glued: ဦး (U), ဒေါ် (Daw), ကို (Ko), ဆရာ, ဒေါက်တာ (Dr). */
const MY_TITLED_NAME = lazy(() => /(?:ဦး|ဒေါ်|ကို|ဆရာ|ဒေါက်တာ)[\u1000-\u109F]+/gu);
/** Burmese "he/she", "that person" (၎င်း), "he" (သူ), "she" (သူမ). */
const MY_PRONOUN = lazy(() => /^(?:၎င်း|သူမ|သူ)$/u);
/**
 * Burmese marks the speaker with the particle က and reports the quotation with ဟု ("that") and a
 * verb of saying after it. The speaker is the honorific name of the subject (its last: a role
 * stands before the name, "အတွင်းရေးမှူး ဦးအောင်ကျော်မိုး"), or for ၎င်း (he, she) the person
 * just named. A subject with no honorific name ("ကုန်သည်တစ်ဦး", a trader) names nobody.
 */
function burmeseAttribution(before: string, after: string, state: AttributionState): Attribution | null {
  let subject: string | null = MY_SAID_AFTER().exec(after)?.[1] ?? null;
  if (subject === null && MY_SAYING_AFTER().test(after)) subject = MY_SUBJECT_BEFORE().exec(before.slice(-120))?.[1] ?? null;
  if (subject === null) return null;
  const word = subject.trim().split(/\s+/).pop()!;
  if (MY_PRONOUN().test(word)) {
    const person = recentPerson(state, word === 'သူမ' ? 'f' : null, undefined, 2);
    return person ? { speaker: person, self: false, explicit: true } : null;
  }
  const names = subject.match(MY_TITLED_NAME());
  const name = names?.[names.length - 1];
  if (!name) return null;
  return { speaker: state.registry.resolve(name) ?? name, self: false, explicit: true };
}

const PERSIAN_CHAR = lazy(() => /[\u0600-\u06FF]/u);
/** A Persian verb of saying and a colon at the end of the words before a quotation: "… گفت: «…»", "وی افزود: «…»". */
const FA_SAYING_END = lazy(() => /(?:گفت|افزود|تصریح کرد|اظهار (?:کرد|داشت)|اعلام کرد|خاطرنشان کرد|ادامه داد|توضیح داد|تاکید کرد|تأکید کرد|عنوان کرد|یادآور شد|پاسخ داد)\s*[:：]\s*$/u);
/** After a Persian quotation: "این را NAME، ROLE، … گفت." (this NAME said), the speaker after "این را". */
const FA_THIS_SAID_AFTER = lazy(() => /^[\s.،]*این(?:\s+(?:سخنان|جملات|حرف‌ها))?\s+را\s+([^،.«»]{2,40}?)(?:،|\s+(?:در|به|که)\s)[^«»]{0,160}?(?:گفت|بیان کرد|اظهار (?:کرد|داشت)|مطرح کرد)/u);
/** Openings of a Persian sentence before its subject: "به گزارش …،" (as … reports), "در همین حال،" (meanwhile). */
const FA_LEAD_PHRASE = lazy(() => /^\s*(?:به گزارش|در همین حال|همچنین|در ادامه|از سوی دیگر|در این میان)/u);
/** Persian "he/she": وی, او. */
const FA_PRONOUN = lazy(() => /^(?:وی|او)$/u);
/**
 * Persian writes no capitals: the speaker of "SUBJECT …، گفت: «…»" is the sentence's subject, its
 * first words up to a comma or a relative "که" (a lead phrase such as "به گزارش …،" skipped), when
 * they are a short name; وی or او (he, she) is the person just named. After the quotation, "این را
 * NAME، … گفت" names its speaker.
 */
function persianAttribution(before: string, after: string, state: AttributionState): Attribution | null {
  const afterName = FA_THIS_SAID_AFTER().exec(after)?.[1];
  let subject = afterName ?? null;
  if (subject === null && FA_SAYING_END().test(before)) {
    const parts = before.split('،').map((p) => p.trim()).filter(Boolean);
    const first = parts.find((p) => !FA_LEAD_PHRASE().test(p));
    if (!first) return null;
    subject = first.replace(FA_SAYING_END(), '').split(/\s+(?:که|در|به|با|نیز|همچنین)\s/u)[0]!;
  }
  if (subject === null) return null;
  const words = subject.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  if (words.length === 1 && FA_PRONOUN().test(words[0]!)) {
    const person = recentPerson(state, null, undefined, 2);
    return person ? { speaker: person, self: false, explicit: true } : null;
  }
  // A name is a word or three; more is a description or a clause.
  if (words.length > 3 || FA_SAYING_END().test(subject)) return null;
  const name = words.join(' ');
  return { speaker: state.registry.resolve(name) ?? name, self: false, explicit: true };
}

const KHMER_CHAR = lazy(() => /[\u1780-\u17FF]/u);
/** A Khmer verb of saying glued to ថា ("that") at the end of the words before a quotation: បានមានប្រសាសន៍ថា (said, polite), បានប្រាប់ … ថា (told … that), បន្តថា (went on). */
const KM_SAYING_END = lazy(() => /(?:មានប្រសាសន៍|និយាយ|ប្រាប់[^«»“”"]{0,60}?|បញ្ជាក់|លើកឡើង|បន្ត|ថ្លែង|ឆ្លើយ|សរសេរ)ថា\s*$/u);
/** A Khmer honorific, then (a space perhaps) a name of two words: លោក ម៉ៅ សារ៉េត, អ្នកស្រី ឡុង សារី. Alone before the verb it is "he"/"she". */
const KM_TITLED = lazy(() => /(លោកស្រី|លោកជំទាវ|ឯកឧត្តម|អ្នកស្រី|កញ្ញា|លោក)\s?([\u1780-\u17FF]+\s[\u1780-\u17FF]+)?/gu);
/** "នេះជាការលើកឡើងរបស់ លោក NAME" (this is the remark / words / statement of): the honorific name after it. */
const KM_REMARK_OF = lazy(() => /^នេះជា(?:ការលើកឡើង|សម្ដី|ប្រសាសន៍|ការបញ្ជាក់|ការថ្លែង)របស់\s*(?:លោកស្រី|លោកជំទាវ|ឯកឧត្តម|អ្នកស្រី|កញ្ញា|លោក)\s?([\u1780-\u17FF]+\s[\u1780-\u17FF]+)/u);
const KM_VERB_START = lazy(() => /^(?:បាន|មាន|បន្ត|និយាយ|ប្រាប់|បញ្ជាក់|លើកឡើង|ថ្លែង|ឆ្លើយ)/u);
/**
 * Khmer sets no space between words: the speaker is the honorific name nearest before the verb of
 * saying (its family and given name, space-separated); the honorific glued to the verb
 * ("លោកបន្តថា", he went on) is the person just named.
 */
function khmerAttribution(before: string, state: AttributionState): Attribution | null {
  if (!KM_SAYING_END().test(before)) return null;
  const titled = execAll(KM_TITLED(), before.slice(-200));
  const last = titled[titled.length - 1];
  if (!last) return null;
  const name = last[2] && !KM_VERB_START().test(last[2]) ? last[2].split(/\s/).filter((w) => !KM_VERB_START().test(w)) : [];
  if (name.length === 2) {
    const full = name.join(' ');
    return { speaker: state.registry.resolve(full) ?? full, self: false, explicit: true };
  }
  const person = recentPerson(state, /ស្រី|កញ្ញា|ជំទាវ/u.test(last[1]!) ? 'f' : 'm', undefined, 2) ?? recentPerson(state, null, undefined, 2);
  return person ? { speaker: person, self: false, explicit: true } : null;
}

const DEVANAGARI_CHAR = lazy(() => /[\u0900-\u097F]/u);
/** A Hindi verb of saying in the past (कहा said, बताया told, जोड़ा added …), up to two words (मीडिया से, "to the media") before it. */
const HI_SAID = String.raw`(?:[^\s,।"“”]+\s+){0,2}?(?:कहा|बताया|जोड़ा|पूछा|लिखा|दोहराया|कहना था)`;
/** Before a quotation: the subject marked by ने (glued in the pronouns उन्होंने, उसने), the verb, a comma or colon. */
const HI_SAID_BEFORE = lazy(() => new RegExp(String.raw`(?:^|[,।:;]\s*)([^,।:;"“”]{1,80}?)(?:\s+ने|(?<=ने))\s+${HI_SAID}(?:\s+कि)?\s*[,:]?\s*$`, 'u'));
/** After a quotation: its closing comma perhaps, the subject and ने, the verb. */
const HI_SAID_AFTER = lazy(() => new RegExp(String.raw`^[\s,]*([^,।:;"“”]{1,60}?)(?:\s+ने|(?<=ने))\s+${HI_SAID}(?![\p{L}\p{M}])`, 'u'));
/** Hindi pronouns in the ergative: उन्होंने (he, she, polite), उसने (he, she), इन्होंने. */
const HI_PRONOUN = lazy(() => /^(?:उन्होंने|उसने|इन्होंने|इसने)$/u);
/**
 * Hindi writes no capitals: the speaker is the subject of the verb of saying, marked by the
 * postposition ने. A subject of one to three words is the name ("नायर", "सुरेश नायर"); a longer one
 * (a role before the name) names the person only where its last words are a name the text knows.
 * The pronoun (उन्होंने) is the person just named.
 */
function hindiAttribution(before: string, after: string, state: AttributionState): Attribution | null {
  const subject = HI_SAID_AFTER().exec(after)?.[1] ?? HI_SAID_BEFORE().exec(before)?.[1];
  if (!subject) return null;
  const words = subject.trim().split(/\s+/);
  if (words.length === 1 && HI_PRONOUN().test(words[0]!)) {
    const person = recentPerson(state, null, undefined, 2);
    return person ? { speaker: person, self: false, explicit: true } : null;
  }
  return nameOfSubject(words, state);
}

/**
 * A name at the end of a subject's words, in a script without capitals: the whole subject when it
 * is one to three words, else its last three, two or one words where the text knows them as a name.
 */
function nameOfSubject(words: string[], state: AttributionState): Attribution | null {
  if (words.length === 0) return null;
  if (words.length <= 3) {
    const name = words.join(' ');
    const speaker = state.registry.resolve(name) ?? state.byPart.get(name) ?? name;
    if (words.length > 1) rememberFull(speaker, state);
    return { speaker, self: speaker === state.self, explicit: true };
  }
  for (let n = 3; n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    const known = state.registry.resolve(tail) ?? state.byPart.get(tail);
    if (known) return { speaker: known, self: known === state.self, explicit: true };
  }
  return null;
}

const GEORGIAN_CHAR = lazy(() => /[\u10D0-\u10FF]/u);
/**
 * After a Georgian quotation: its comma, a dash, a verb of saying and one to four words up to the
 * stop. The past-tense verbs (განაცხადა stated, თქვა said, აღნიშნა noted …) take their subject in
 * the ergative (ბერიძემ, ლომიძემ, თამარმა), the present ones (ამბობს says) in the nominative.
 */
const KA_SAID_AFTER = lazy(() => /^[\s,.]*[–—-]\s*(?:(განაცხადა|თქვა|აღნიშნა|განმარტა|დასძინა|უთხრა|უპასუხა|იკითხა|დაწერა|გვითხრა|მიიჩნია|შენიშნა)|(ამბობს|აცხადებს|აღნიშნავს|მიიჩნევს|ფიქრობს|წერს))\s+([\u10D0-\u10FF-]+(?:\s+[\u10D0-\u10FF-]+){0,3})\s*[.,;!?]?\s*$/u);
/** A headline's or a line's opening name and colon before the quotation: "თამარ ბერიძე: „…“". */
const KA_NAME_COLON = lazy(() => /^\s*([\u10D0-\u10FF-]+(?:\s+[\u10D0-\u10FF-]+){0,2})\s*:\s*$/u);
/** The ergative ending of a Georgian noun: -მა after a consonant (თამარმა), -მ after a vowel (ბერიძემ). */
const KA_ERGATIVE = lazy(() => /(?:(?<=[^აეიოუ])მა|(?<=[აეიოუ])მ)$/u);
/** A noun in the genitive (-ის, "of"): a role's or an outlet's word before a name, never the name. */
const KA_GENITIVE = lazy(() => /ის$/u);
/**
 * Georgian writes no capitals. After the quotation the speaker is the subject the verb of saying
 * names: the last word in the ergative (past verbs) with the word before it when that is a bare
 * first name, its ending taken off; before it, a line's opening "NAME:". A surname alone means
 * the full name the text gave before.
 */
function georgianAttribution(opening: string, after: string, state: AttributionState): Attribution | null {
  const said = KA_SAID_AFTER().exec(after);
  if (said) {
    const words = said[3]!.split(/\s+/);
    let at = words.length - 1;
    if (said[1]) {
      while (at >= 0 && !KA_ERGATIVE().test(words[at]!)) at--;
      if (at < 0) return null;
    }
    const first = at > 0 && !KA_ERGATIVE().test(words[at - 1]!) && !KA_GENITIVE().test(words[at - 1]!) ? words[at - 1] : undefined;
    const speaker = said[1] ? ergativeName(words[at]!, first, state) : knownName(first ? `${first} ${words[at]}` : words[at]!, state);
    if (first) rememberFull(speaker, state);
    return { speaker, self: speaker === state.self, explicit: true };
  }
  const named = KA_NAME_COLON().exec(opening);
  if (named && !KA_GENITIVE().test(named[1]!)) return nameOfSubject(named[1]!.split(/\s+/), state);
  return null;
}

/** The name as the text knows it (a surname alone: the full name it gave before), else as written. */
function knownName(name: string, state: AttributionState): string {
  return state.registry.resolve(name) ?? state.byPart.get(name) ?? name;
}
/**
 * A name in the ergative back in the nominative: -მ after a vowel goes (ბერიძემ, ბერიძე); -მა
 * after a consonant takes the stem back to -ი (ბერიშვილმა, ბერიშვილი), unless the text knows the
 * bare stem (first names: თამარმა, თამარ).
 */
function ergativeName(word: string, first: string | undefined, state: AttributionState): string {
  const stem = word.replace(KA_ERGATIVE(), '');
  const withFirst = (w: string) => (first ? `${first} ${w}` : w);
  if (!word.endsWith('მა')) return knownName(withFirst(stem), state);
  for (const form of [withFirst(stem), withFirst(`${stem}ი`)]) {
    const known = state.registry.resolve(form) ?? state.byPart.get(form);
    if (known) return known;
  }
  return withFirst(`${stem}ი`);
}

const TAMIL_CHAR = lazy(() => /[\u0B80-\u0BFF]/u);
/**
 * After a Tamil quotation: என்றார் / என்றனர் ("he / they said"), or என்று ("that") and within a few
 * words a verb of saying (கூறினார் said, தெரிவித்தார் stated …); the word between may be its subject.
 */
const TA_SAID_AFTER = lazy(() => /^\s*என்(?:றார்|றனர்|று(?:ம்)?\s+(?:[^\s‘’“”]+\s+){0,2}?(?:கூறினார்|கூறினர்|தெரிவித்தார்|தெரிவித்தனர்|சொன்னார்|குறிப்பிட்டார்|கூறியுள்ளார்|தெரிவித்துள்ளார்|பதிலளித்தார்|அறிவித்தார்))/u);
/**
 * Before a Tamil quotation: the subject (its initials perhaps, "ஆர். ராமநாதன்"), then perhaps
 * கூறுகையில் / பேசுகையில் ("saying", "speaking"), and a comma or colon.
 */
const TA_SUBJECT_BEFORE = lazy(() => /((?:[\u0B80-\u0BFF]{1,4}\.\s?){0,2}[\u0B80-\u0BFF]+)(\s+(?:கூறுகையில்|பேசுகையில்|கூறியதாவது|தெரிவிக்கையில்))?\s*[,:]\s*$/u);
/**
 * Tamil writes no capitals: the speaker is the name right before the quotation's comma, the
 * quotation then closed by its verb of saying after it (or the name said "saying" first). With no
 * name before it ("‘‘…’’ என்று அமைச்சர் கூறினார்": the minister), the person just named.
 */
function tamilAttribution(opening: string, after: string, state: AttributionState): Attribution | null {
  const saidAfter = TA_SAID_AFTER().test(after);
  const subject = TA_SUBJECT_BEFORE().exec(opening);
  if (subject && (saidAfter || subject[2])) {
    const name = subject[1]!.trim();
    const speaker = state.registry.resolve(name) ?? state.byPart.get(name) ?? name;
    return { speaker, self: speaker === state.self, explicit: true };
  }
  if (!saidAfter || opening.trim()) return null;
  const person = recentPerson(state, null, undefined, 1);
  return person ? { speaker: person, self: false, explicit: true } : null;
}

/** A Chinese sentence opening on who reports it: "据…介绍，", "张涛称，", "他表示，" (a verb of reporting and a comma, early in it). */
const CJK_REPORTING_OPENING = lazy(() => /^[^，,。：:“”「」]{1,26}?(?:认为|表示|透露|指出|强调|称|说|介绍)[，,：:]/u);
const CJK_PRONOUN_REPORTS = lazy(() => /^(?:他|她)(?:还|也|则|又|同时)?(?:认为|表示|透露|指出|强调|称|说)[，,：:]/u);
/** "据公司财务总监周红介绍，…" (according to): the person the clause names. */
const CJK_ACCORDING = lazy(() => /^据([^，,。：:“”「」]{2,24}?)(?:介绍|透露|表示|称|说)[，,：:]/u);
/**
 * The person a Chinese sentence without quote marks reports: "行业分析师张涛称，…", "他表示，…" (the person
 * just named), "据公司财务总监周红介绍，…"; a report or a described person ("有分析认为", "报告指出") none.
 */
function chineseReportedBy(text: string, state: AttributionState): string | null {
  const according = CJK_ACCORDING().exec(text);
  if (according) return cjkAttribution(`${according[1]!}说：`, state).speaker;
  // "他表示，…", "她还透露，…": the person just named.
  // Never one the reported words themselves name ("他表示，…滕日瑞（Richard Teng）将接任…": who takes over, not who says so).
  if (CJK_PRONOUN_REPORTS().test(text)) return recentPerson(state, null, (n) => text.includes(n) || state.registry.mentions(text).some((m) => m.name === n), 2);
  const m = CJK_REPORTED_SUBJECT().exec(text);
  if (!m || CJK_NO_PERSON_SUBJECT().test(m[1]!)) return null;
  // A described, unnamed source speaking for an organisation the sentence names ("法国金融市场管理局（AMF）
  // 发言人表示，…") is who reports it, as "an AMF spokesperson said …" is in English: never the writer.
  return cjkAttribution(`${m[1]!}说：`, state).speaker ?? (CJK_DESCRIBED_SOURCE().test(m[1]!) ? m[1]! : null);
}
const CJK_DESCRIBED_SOURCE = lazy(() => /^\p{sc=Han}.{1,20}(?:发言人|發言人|负责人|負責人|代表)$/u);
/**
 * Unnamed people as a group reporting, as "Analysts said …" and "people familiar with the matter
 * said" are in English: "分析人士认为，…", "知情人士称，…", "业内人士表示，…", "有官员透露，…". Nobody's.
 */
const CJK_UNNAMED_PEOPLE = lazy(() => /^(?:据|有)?(?:一些|部分|多位|多名)?(?:知情|业内|分析|相关|消息|接近[^，,。]{1,10}的)?(?:人士|官员|分析师|专家|学者)(?:认为|表示|透露|指出|强调|称|说|介绍)[，,：:]/u);

/** A verb of saying in Chinese or Japanese, then a colon or comma, at the end of the words before a quotation. */
const CJK_SAYING_END = lazy(() => /\p{Script=Han}(?:说|表示|称|说道|写道|问道|答道|回答|指出|强调|透露|坦言|回应|介绍|述べた|語った|話した|と話す)\s*[：:，,]\s*$/u);
/** A Chinese verb of reporting what someone says or thinks, then a comma or colon. */
const CJK_REPORTING_VERB = lazy(() => /\p{Script=Han}(?:认为|表示|透露|指出|强调|称|说)[，,：:]/u);
/**
 * A reported sentence's subject that is no person: "according to" (据, "据报道称，", "据悉"), "there is"
 * (有, "有分析认为，"), or a document or finding as its head ("报告指出，", "调查显示", "声明称，"):
 * the report says it, and a later "他说" means no report.
 */
const CJK_NO_PERSON_SUBJECT = lazy(() => /^(?:据|有)|(?:报告|报道|声明|文章|研究|调查|数据|消息|文件|公告|通知|社论)$/u);
/** A sentence opening on its subject and such a verb: "分析人士李强认为，", "币安联合创始人何一周四在巴黎表示，". */
const CJK_REPORTED_SUBJECT = lazy(() => /^\s*([^，,。：:“”「」\s]{2,24}?)(?:认为|表示|透露|指出|强调|称|说)[，,：:]/u);
/** A title word of an office or trade, then a name of two or three Han characters: "美国司法部长加兰", "分析人士李强", "经济学家陈国栋". */
const CJK_TITLED_NAME = lazy(() => /(?:人士|长|人|家|师|官|员|主席|总裁|总统|经理|主任|教授|律师|法官|董事|记者|议员|总监)(\p{Script=Han}{2,3})(?:当天|还|也|则|又|曾|随后|此前)?$/u);
/** A clause opening on "a" + counter ("一位", "一名"): a described, unnamed person. */
const CJK_DESCRIBED = lazy(() => /^(?:\p{Script=Han}{0,4}[，,])?一(?:位|名|个)/u);
/** A verb of saying after a Japanese quotation, joined by と, an adverb perhaps between: "と言った", "とよく言っていました", "と語った" (not "という", "called"). */
const JA_SAYS_AFTER = lazy(() => /^[」』]?\s*と(?:よく|いつも|何度も|繰り返し|笑って|笑いながら|静かに)?(?:言|い[いっわ]|話|語|述べ|おっしゃ|仰)/u);
/** A verb of saying in the past right before the quotation it qualifies: "彼女が言った「…」". */
const JA_SAID_BEFORE = lazy(() => /(?:言った|言っていた|話した|語った|述べた|口にした)\s*$/u);
/** The subject of the verb: a pronoun, or a name with its honorific, then は, が or も. */
const JA_SUBJECT = lazy(() => /(彼女|彼|[\p{Script=Han}\p{Script=Katakana}ーA-Za-z][\p{Script=Han}\p{Script=Katakana}ー・A-Za-z]{0,11}(?:さん|氏))(?:は|が|も)[^「」『』。]*$/u);
/**
 * A Korean paragraph that reports someone's words as news does: a quotation, its quotative ending and
 * a verb of saying in the written past ('…"라고 말했다.'). An interview's answers speak politely
 * ("…습니다"), so such a paragraph under one is the writer's, not more of the answer.
 */
export function reportsInKorean(text: string): boolean {
  return /[가-힣]/u.test(text) && KOREAN_REPORTED().test(text);
}
const KOREAN_REPORTED = lazy(() => /["”’]\s*(?:이?라고|고)\s+(?:[가-힣]{1,8}\s+){0,2}?(?:말했|밝혔|덧붙였|강조했|설명했|전했|주장했|지적했)다[.。]/u);
/** After a Korean quotation, its quotative ending and a verb of saying: '"…"라고 말했다', '"…"고 덧붙였다', '"…"며 강조했다'. */
const HANGUL_QUOTATIVE = lazy(() => /^\s*(?:이?라고|고|며|면서)\s+(?:[가-힣]{1,8}\s+){0,2}?(?:말했|밝혔|덧붙였|강조했|설명했|전했|말한|밝힌|주장했|지적했|언급했|답했)/u);
/** Before it, its subject: a name (its title perhaps after it) or a pronoun, then a subject or topic marker. */
const HANGUL_SUBJECT = lazy(() => /(?:^|[\s,.])(?:([가-힣]{2,4})\s+)?([가-힣]{1,8}?)(?:은|는|이|가)\s*$/u);
function koreanAttribution(before: string, state: AttributionState): Attribution | null {
  const m = HANGUL_SUBJECT().exec(before);
  if (!m) return null;
  // "그는", "그녀는": the person just named.
  if (!m[1] && (m[2] === '그' || m[2] === '그녀')) {
    const person = recentPerson(state, null, undefined, 2);
    return person ? { speaker: person, self: person === state.self, explicit: true } : null;
  }
  // A person the corpus knows, named last before the verb's subject marker ("허이(He Yi) 바이낸스 공동창업자는").
  const mentioned = state.registry.mentions(before);
  if (mentioned.length) {
    const known = mentioned[mentioned.length - 1]!.name;
    return { speaker: known, self: known === state.self, explicit: true };
  }
  // "이민호 회장은": the name before the title; "이민호는", "이민호가": the name alone. Any other
  // word before the marker ("바이낸스 공동창업자는") names nobody the text can tell.
  const name = m[1] && KOREAN_TITLE().test(m[2]!) ? m[1] : !m[1] && !KOREAN_TITLE().test(m[2]!) ? m[2]! : null;
  if (!name || name.length < 2 || KOREAN_TITLE().test(name)) return null;
  const known = state.registry.resolve(name) ?? name;
  remember(known, null, state);
  return { speaker: known, self: known === state.self, explicit: true };
}
/** A Korean title or office after a name: 회장 (chair), 대표 (head), 교수, 장관, 기자… */
const KOREAN_TITLE = lazy(() => /^(?:회장|대표|교수|장관|의원|대통령|사장|부사장|이사|이사장|원장|소장|국장|팀장|부장|위원장|총리|시장|기자|변호사|연구원|연구위원|작가|감독|씨|선수|대변인|애널리스트|센터장|본부장|실장|청장|총장|관계자)$/u);

/** The subject after the quotation, between と and the verb: "「…」と木村氏は語った", "「…」と彼は言った". */
const JA_SUBJECT_AFTER = lazy(() => /^[」』]?\s*と(彼女|彼|[\p{Script=Han}\p{Script=Katakana}ーA-Za-z][\p{Script=Han}\p{Script=Katakana}ー・A-Za-z]{0,11}(?:さん|氏))(?:は|が|も)[^「」『』。]{0,12}?(?:言|い[いっわ]|話|語|述べ|おっしゃ|仰)/u);
function japaneseAttribution(before: string, after: string, state: AttributionState): Attribution | null {
  const subjectAfter = after.includes('と') ? JA_SUBJECT_AFTER().exec(after)?.[1] : undefined;
  if (!subjectAfter && !JA_SAYS_AFTER().test(after) && !JA_SAID_BEFORE().test(before)) return null;
  const subject = subjectAfter ?? JA_SUBJECT().exec(before)?.[1];
  if (!subject) return null;
  if (subject === '彼' || subject === '彼女') {
    // "he"/"she": the person named last (in the answer or the question it answers), never the one who answers.
    const person = recentPerson(state, subject === '彼女' ? 'f' : 'm', (n) => n === state.self);
    return person ? { speaker: person, self: false, explicit: true } : null;
  }
  const name = subject.replace(/(?:さん|氏)$/u, '');
  // A surname alone ("木村氏は語った") is the person of that surname named in full just before ("社長、木村由美氏は").
  const full = state.registry.resolve(name) ? null : /^\p{sc=Han}{1,3}$/u.test(name) ? recentPerson(state, null, (n) => !(n.length > name.length && n.startsWith(name)), 3) : null;
  const known = full ?? state.registry.resolve(name) ?? name;
  return { speaker: known, self: known === state.self, explicit: true };
}

/**
 * The speaker a Chinese or Japanese clause of saying names: a name the corpus knows in it (its
 * last, "币安联合创始人何一对本报记者说"), else a name after a title word ("美国司法部长加兰说"),
 * else a pronoun's person ("他表示"); a described person ("一位不愿具名的业内人士表示") is nobody named.
 */
function cjkAttribution(before: string, state: AttributionState): Attribution {
  const clause = before.replace(/\s*[：:，,]\s*$/, '').split(/[。！？；;，,]/).pop()!;
  const verbAt = clause.search(/(?:说道|补充说|补充道|笑道|说|表示|称|写道|问道|答道|回答|指出|强调|透露|坦言|回应|介绍|述べた|語った|話した|と話す)$/u);
  // Adverbs between the subject and the verb ("当天", "还", "笑着") are no part of who speaks.
  // So is whom it was said to ("对记者", "对本报记者") and when ("昨天").
  let said = verbAt > 0 ? clause.slice(0, verbAt) : clause;
  // Where it was said or written is no part of who speaks either: "在推特上", "在社交媒体上发文",
  // "在巴黎" — unless what is left is too short for a name ("文在寅" is a name, 在 in it).
  const placeless = said.replace(/在\p{sc=Han}{1,10}?(?:上|中|里)?(?:发文|发帖)?$/u, '');
  if (placeless !== said && [...placeless.replace(/(?:当天|随后|此前|笑着|还|也|则|又|曾|昨天|今天|前天|日前|近日|周[一二三四五六日])+$/u, '')].length >= 2) said = placeless;
  const subject = said
    .replace(/(?:当天|随后|此前|笑着|还|也|则|又|曾)+$/u, '')
    .replace(/对\p{sc=Han}{1,6}$/u, '')
    .replace(/(?:昨天|今天|前天|当天|日前|近日|周[一二三四五六日])+$/u, '');
  // The script sets no space around a name, so a form the corpus knows is found as written, the longest first.
  let known: { at: number; name: string } | null = null;
  for (const form of state.registry.forms()) {
    if (!/\p{Script=Han}/u.test(form)) continue;
    const at = subject.lastIndexOf(form);
    if (at >= 0 && (!known || at > known.at)) known = { at, name: form };
  }
  if (known) {
    const name = state.registry.resolve(known.name) ?? known.name;
    return { speaker: name, self: name === state.self, explicit: true };
  }
  if (!CJK_DESCRIBED().test(subject)) {
    const titled = CJK_TITLED_NAME().exec(subject);
    if (titled) return { speaker: titled[1]!, self: false, explicit: true };
    // A subject that is only a name ("何一说"): two or three characters, no pronoun.
    if (/^\p{sc=Han}{2,3}$/u.test(subject) && !/^(?:他|她|我|你|它|有人|记者|对方)/u.test(subject)) return { speaker: subject, self: false, explicit: true };
    if (/^(?:他|她)/u.test(subject)) {
      const person = recentPerson(state, null);
      if (person) return { speaker: person, self: person === state.self, explicit: true };
    }
  }
  return { speaker: null, self: false, explicit: true };
}

/**
 * Whether the words at `offset` open a sentence: nothing but spaces, quote marks and markup
 * between them and the paragraph's start or a stop. A capitalised "He" there is the pronoun
 * ("He added: “…”"); after a comma it can only be a name ("“…,” He told reporters").
 */
function opensSentence(paragraph: string, offset: number): boolean {
  const before = paragraph.slice(Math.max(0, offset - 40), offset).replace(/[\s"“”'‘’*_()[\]>-]+$/, '');
  return before === '' || /[.!?…:]$/.test(before);
}

/**
 * The last sentence of `text`. An honorific's full stop ends no sentence: "Ms. He says …" is Ms. He's
 * sentence, not one that opens with "He".
 */
function lastSentenceOf(text: string): string {
  return text.trimEnd().split(/(?<=[.!?])(?<!\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Sen|Rep|Gov|Gen|Capt|Lt|Col|St)\.)\s+/).pop() ?? '';
}
/** "Asked by Vidal whether he …, Barreto was candid.": the question's clause, then the one who answered (1). */
const ASKED_OPENING = lazy(() => /^Asked\s+(?:by\s+[^,;:“”"()]{1,40}?\s+)?(?:whether|if|what|how|why|when|where|who|which|about)\s[^;:“”"()]{1,200}?,\s+((?:he|she|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}))\s+\p{Ll}/u);
/** "Vidal asked whether he …", "with Vidal asking Barreto what he …": who asked (1), whom (2), the pronoun the question means them by (3). */
const ASKER_ASKING = lazy(() => /(?:^|\s)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+ask(?:ed|ing)\s+(?:(him|her|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+)?(?:whether|if|what|how|why|when|where|who|which)\s+(?:[\p{Ll}'’-]+\s+){0,3}?(he|she)\s/u);
/**
 * The one who answers the question the last sentence of `text` reports: the subject after "Asked
 * (by X) whether …,", else the one "X asked (Y) whether he …" asks, named or the person the pronoun
 * means other than the asker. Null where the sentence reports no question or the person is unclear.
 */
function answererAfterAsking(text: string, state: AttributionState): string | null {
  const sentence = lastSentenceOf(text);
  if (!/[.!]$/.test(sentence) || /[“”"]/.test(sentence) || wordCount(sentence) > 40) return null;
  const opening = ASKED_OPENING().exec(sentence);
  if (opening) {
    const who = /^(?:he|she)$/.test(opening[1]!) ? recentPerson(state, opening[1] === 'she' ? 'f' : 'm') : resolveSpeaker(opening[1]!, state, 'subject', true)?.speaker ?? null;
    return who;
  }
  const m = ASKER_ASKING().exec(sentence);
  if (!m) return null;
  const asker = resolveSpeaker(m[1]!, state, 'subject', true)?.speaker ?? null;
  if (!asker) return null;
  if (m[2] && !/^(?:him|her)$/.test(m[2])) {
    const asked = resolveSpeaker(m[2], state, 'subject', true)?.speaker ?? null;
    return asked && asked !== asker ? asked : null;
  }
  const asked = recentPerson(state, m[3] === 'she' ? 'f' : 'm', (name) => name === asker, 2);
  return asked && asked !== asker ? asked : null;
}
/**
 * The speaker of the sentence that ends `text`, when it reports speech: a short
 * subject before a speech verb ("She added that …", "Nwankwo said her members …").
 */
function reportingSubject(text: string, state: AttributionState): { speaker: string; self: boolean } | null {
  const sentence = lastSentenceOf(text);
  if (!/[.!?]$/.test(sentence) || /[“”"]/.test(sentence)) return null;
  VERB_RE().lastIndex = 0;
  const verbs = allMatches(VERB_RE(), sentence);
  if (!verbs.length) return null;
  let verb = verbs[0]!;
  let subject = sentence.slice(0, verb.index).trim();
  let midSentence = true;
  if (wordCount(subject) < 1 || wordCount(subject) > 4 || /,/.test(subject)) {
    // "… AI-assisted replies, which He insists will not …": the subject of a later clause whose
    // verb reports, after a comma and a relative or a conjunction (in mid-sentence: a capital there
    // is a name's). A verb's form as a noun before it ("replies") reports nothing.
    let clause = '';
    for (const v of verbs) {
      clause = /,\s+(?:which|who|as|and|but|while|whereas|yet)\s+([^,]+)$/u.exec(sentence.slice(0, v.index))?.[1]?.trim() ?? '';
      if (wordCount(clause) >= 1 && wordCount(clause) <= 4) {
        verb = v;
        break;
      }
    }
    if (wordCount(clause) < 1 || wordCount(clause) > 4) return null;
    [subject, midSentence] = [clause, true];
  } else midSentence = !/^(?:He|She)$/.test(subject);
  // "She added that … to the president": the people the sentence names after its subject are
  // what she spoke of, never who "she" is.
  if (/^(he|she)$/i.test(subject)) {
    const spokenOf = sentence.slice(verb.index).toLowerCase();
    const person = recentPerson(state, /^she$/i.test(subject) ? 'f' : 'm', (name) => spokenOf.includes(name.toLowerCase()));
    const named = subject === 'He' && midSentence ? personNamedHe(state) : null;
    if (named) return { speaker: named, self: named === state.self };
    return person ? { speaker: person, self: person === state.self } : null;
  }
  return resolveSpeaker(subject, state, 'subject', midSentence);
}

/**
 * The actor of the sentence right before a quotation standing alone, when that sentence does
 * something rather than say something: "…, she laughs." / "She sat beside him." / "He did not
 * turn around." (the pronoun's person, by gender: null when nobody near is of that gender), or
 * "Her father laughed." (someone described, not named: null). Undefined when the sentence has
 * another shape, so the caller's older rules still decide.
 */
const PRONOUN_ACTOR = lazy(() => /(?:^|,\s+)(she|he)\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+(?:ed|s)?(?:\s[^,;]*)?[.!]$/u);
const DESCRIBED_ACTOR = lazy(() => /^(?:Her|His|Their|My|Our)\s+(\p{Ll}+)\s+\p{Ll}+(?:ed|s)(?![\p{L}])/u);
function actorBefore(text: string, state: AttributionState): { speaker: string | null } | undefined {
  const tail = text.trimEnd();
  const question = tail.endsWith('?');
  if (!/[.!]$/.test(tail) && !question) return undefined;
  // (A quoted sentence before it ends where its closing mark does: '"Okay, okay." She stands.' is
  // two sentences, the beat the last.)
  const sentence = (tail.length > 600 ? tail.slice(-600) : tail).split(/(?<=[.!?]["”’]?)\s+/).pop() ?? '';
  if (/[“”"]/.test(sentence) || wordCount(sentence) > 30) return undefined;
  // "Does she still answer customer emails? “Every Sunday.”": the writer's question about her,
  // put in narration, and the quotation answering it: hers.
  if (question) {
    const asked = QUESTION_ABOUT_PRONOUN().exec(sentence);
    if (!asked || (/^he$/i.test(asked[1]!) && (state.byPart.has('He') || state.registry.resolve('He')))) return undefined;
    // (The person asked about may be named two paragraphs up: a profile's questions come between scenes.)
    return { speaker: recentPerson(state, /^she$/i.test(asked[1]!) ? 'f' : 'm', undefined, 2) };
  }
  const described = DESCRIBED_ACTOR().exec(sentence);
  if (described && (KIN_NOUN().test(described[1]!) || PERSON_NOUN_WORDS.has(described[1]!))) return { speaker: null };
  // "He" may be a surname (He Yi) in a text that names one: the pronoun rules elsewhere decide there.
  const opening = /^(She|He)\s+\p{Ll}/u.exec(sentence);
  const clause = opening ? null : PRONOUN_ACTOR().exec(sentence);
  const pronoun = opening?.[1] ?? (clause && clause.index > 0 ? clause[1] : null);
  if (!pronoun || (/^He$/.test(pronoun) && (state.byPart.has('He') || state.registry.resolve('He')))) return undefined;
  VERB_RE().lastIndex = 0;
  if (VERB_RE().test(sentence.replace(LEADING_PARTICIPLE(), ''))) return undefined; // a speech verb: reportingSubject's shape
  const gender = /^she$/i.test(pronoun) ? 'f' : 'm';
  // (The people named after the pronoun are whom she acts on, never who "she" is.)
  const after = opening ? sentence : sentence.slice(clause!.index);
  const person = recentPerson(state, gender, (name) => after.includes(name));
  if (person) return { speaker: person };
  // "She dedicated the award to her late acting teacher, Wanda Brzeska. “…”" right after a paragraph
  // of her quotation: with no one near of that gender, the pronoun is whom the paragraph before
  // quoted (a named person the text never gave the other gender), not anyone this sentence names.
  const last = state.lastQuote;
  const quoted = last && last.speaker && state.paragraph - last.paragraph === 1 && /^\p{Lu}/u.test(last.speaker) && !isOrg(last.speaker, state) && !after.includes(last.speaker) ? last.speaker : null;
  if (quoted && (state.genders.get(quoted) ?? gender) === gender) return { speaker: quoted };
  return { speaker: null };
}

/** A question the writer asks about a third person: "Does she still …?", "What did he make of it?", "Has she ever …?". */
const QUESTION_ABOUT_PRONOUN = lazy(() => /^(?:(?:what|why|how|when|where|which)(?:\s+\p{Ll}+)?\s+)?(?:does|did|do|is|was|has|had|will|would|can|could|should)\s+(she|he)\s+\p{Ll}[^?]*\?$/iu);
/** A group that signs a quotation as one: "The Editors", "TOKEN2049 editorial board", "Binance Research team". */
const SIGNING_BODY = lazy(() => /^(?:The\s+)?\p{Lu}[\p{L}\d&'’.-]*(?:\s+[\p{L}\d&'’.-]+){0,3}?\s+(?:editorial\s+board|editors|board|team|staff|committee|council)$|^The\s+Editors$/u);
/** A date after an epigraph's name: " February 10, 2024", ", 10 Feb 2024", " 2024". */
const DATE_AFTER_NAME = lazy(() => /,?\s+(?:(?:on\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|\(?\d{4}\)?)\s*$/iu);
const LEADING_PARTICIPLE = lazy(() => /^\s*(?:when\s+)?(?:asked|pressed|questioned|told|speaking|writing)(?![\p{L}])[^,“”"]{0,80},\s*(?=\S)/iu);
/** A letters page's salutation and its dash opening a letter's first paragraph: "Sir, – ", "Madam — ", "Sir/Madam, – ". */
const LETTER_SALUTATION_DASH = lazy(() => /^\s*(?:Sir|Madam|Sir\s*\/\s*Madam)\s*,?\s*[–—-]\s+(?=\p{Lu})/u);
/** "In Duarte's words,", "in the words of Ines Duarte,": the owner of the words speaks. */
const IN_THE_WORDS = lazy(() => /(?<![\p{L}])in\s+(?:the\s+words\s+of\s+([^,;:]+?)|([^,;:]+?)['’]s?\s+(?:own\s+)?words|(his|her)\s+(?:own\s+)?words)\s*,?\s*$/iu);
/** "his" → "he", "her" → "she": the pronoun a possessive's owner is resolved by; undefined stays undefined. */
function subjectPronoun(possessive: string | undefined): string | undefined {
  return possessive === undefined ? undefined : /^his$/i.test(possessive) ? 'he' : 'she';
}
/** ", by his own count,", ", she liked to say,", ", he says," set off inside the sentence before its quotation, no quotation before it. */
const OWN_WORDS_ASIDE = lazy(() => /,\s+(?:by\s+(his|her)\s+own\s+(?:count|account|reckoning|estimate|tally)|(he|she)\s+(?:liked|loved|used|likes|loves)\s+to\s+(?:say|put\s+it|joke|tell\s+(?:people|friends|colleagues|students|visitors)))\s*,\s+[^,“”"]{0,80}$/iu);
/** ", Gregory Asante, who " before a verb: the name a relative clause describes. */
const RELATIVE_NAME_SPEAKS = lazy(() => /,\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s+who\s+$/u);
/** A name, perhaps a place it writes from after it (2), before ", who " at the end: "… from Bev in Millbrook, who ", "… from Hal Moss, who ". */
const RELATIVE_NAME_INTRODUCES = lazy(() => /(?:^|[\s,(])(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2})(\s+(?:in|from)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})?,\s+who\s+$/u);
/** After the relative's verb: whom it was told at most, then the colon or comma that opens the quotation: ": ", " us, ". */
const INTRODUCING_TAIL = lazy(() => /^\s*(?:(?:us|me|him|her|them|the\s+[\p{Ll}-]+)\s*)?[:,]\s*$/u);
/** A described person (a person's noun in the last few words, perhaps a place after it) before ", who " at the end: "… from his uncle in Stourbridge, who ". */
const DESCRIBED_RELATIVE_SPEAKS = lazy(() => /(?:^|\s)(his|her|their|my|our|a|an|the)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)(?:\s+(?:in|from|at|of)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})?,\s+who\s+$/u);
/** After the verb: whom it was told, then a parenthesis right before the quotation: " him, he recalls, ". */
const RECALLED_TAIL = lazy(() => /^\s+(?:him|her|them|me|us)\s*,[^,“”"]{1,50},\s*$/u);
/**
 * After the verb: whom it was told, a parenthesis perhaps, then "that" before the quotation: " him, in
 * Bello's recollection, that "; or whom it was told and a parenthesis right before the quotation, its
 * own words: " him, he recalls, " (the parenthesis tells who remembers the words, not who said them).
 */
const REPORTED_THAT_TAIL = lazy(() => /^\s+(?:(?:him|her|them|me|us|the\s+[\p{Ll}-]+|[\p{Ll}-]+)\s*)?(?:(?:,[^,“”"]{1,50},\s*)?that|,[^,“”"]{1,50},)\s*$/u);
/** A sentence with its source set into it: "The company, the manager wrote, did not have offices.", "The plan, Ruiz said, was dead." */
const INSERTED_SOURCE = lazy(() => /^[^,;“”"()]{2,80},\s+((?:the|a|an)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?|he|she|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:wrote|writes|said|says|added|explained|insisted)\s*,\s+\p{Ll}[^“”"]{0,200}[.!?]$/u);
/** A sentence opening on whose words it gives: "In her words, it was “…”", "In Duarte's own words, the freeze was “…”". */
const IN_THE_WORDS_OPENING = lazy(() => /^[\s*_]*In\s+(?:the\s+words\s+of\s+([^,;:“”"]+?)|([^,;:“”"]+?)['’]s?\s+(?:own\s+)?words|(his|her)\s+(?:own\s+)?words)\s*,\s*[^,;:“”"]{0,60}$/u);
/** A speech noun its speaker owns, where and to whom after it: "Duarte's answer", "his reply", "Zhao's own words at the hearing". */
const SPEECH_NOUN_OWNED = lazy(() => /['’]s?\s+(?:own\s+)?(?:answer|reply|response|retort|verdict|advice|message|words|explanation|assessment|conclusion|warning|promise|pitch|motto|reaction|comment|view|take)(?:\s+(?:at|to|in|on|during|before)\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)?$/iu);
/**
 * "His line", "Her words:", "Lena Ortiz's answer", "Haddad’s stock reply was": whose saying the
 * quotation after it is. Before a colon, what or whom the saying is about or for may follow the
 * noun: "Her verdict on the council:", "His advice to other retailers:".
 */
const OWNED_SAYING_BEFORE = lazy(() =>
  /(?:^|[\s(])(?:([Hh]is|[Hh]er)|(\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2})['’]s?) (?:own )?(?:(?:favou?rite|usual|stock|famous|trademark|signature|closing|opening|parting|best|last|first) )?(?:line|words|reply|answer|response|retort|verdict|advice|message|quip|remark|motto|mantra|refrain|catchphrase|slogan|one-liner|pitch)(?:(?: (?:was|is))?:? ?| (?:on|to|for|at|about|after|during) (?:the |a |an |his |her |their |its |other |all )?[\p{Ll}'’-]+(?: [\p{Ll}'’-]+)?(?: (?:was|is))?: ?)$/u,
);
/** The predicate of a clause that introduces a quotation without a speech verb: "… was blunt", "… had a warning for them". */
const COLON_PREDICATE = lazy(() => /\s+(?:was|were|is|are|sounded|seemed|remained|stayed|got|grew|became|had|has|offered|gave|kept|described|summed|summarised|summarized)(?![\p{L}])[^,;“”"]{0,40}$/iu);

function resolveMention(text: string, state: AttributionState): { speaker: string; self: boolean } | null {
  const m = state.registry.mentions(text);
  const first = m[0];
  if (first) return { speaker: first.name, self: first.name === state.self };
  return null;
}

/** Split on commas outside parentheses and quote marks. */
function commaParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(' || ch === '“') depth++;
    else if ((ch === ')' || ch === '”') && depth > 0) depth--;
    if ((ch === ',' || ch === ';') && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => normalizeSpace(p.replace(/[“”"]/g, ''))).filter((p) => wordCount(p) > 0);
}

/** A part after a name that only describes it: "a partner at Birch Partners", "52", "who founded it", "Fennel Pay's CEO". */
const APPOSITIVE_OPENER = lazy(() => new RegExp(`^(?:${DETERMINERS}|who|whose|which|its|his|her|their)(?![\\p{L}])`, 'iu'));
/** A relative clause ending on whom or what it is about: "who was represented by the Permanent Secretary", "who spoke through his media aide". */
const RELATIVE_OPENING = lazy(() => /^(?:who|whom|whose)\s[^,]{0,100}?(?:\s(?:by|through|to|with|from)(?:\s+(?:the|his|her|their|its)(?:\s+[\p{L}'’-]+){1,4})?|\s(?:the|his|her|their|its)(?:\s+[\p{L}'’-]+){0,3}\s+(?:aide|spokesman|spokeswoman|spokesperson|secretary|deputy|assistant|lawyer|counsel|representative|adviser|advisor))$/u);
/**
 * American news's party and state after a legislator's name, between commas: "Sen. Carla Whitmore,
 * D-Ore., said", "Rep. Luis Ocampo, D-N.M., who …": a letter of party, a hyphen and a state's name or
 * abbreviation (one or two words). It describes the name before it, and is no one's name itself.
 */
const PARTY_STATE_TAG = lazy(() => /^[DRI]-\p{Lu}[\p{L}.]{0,13}(?:\s\p{Lu}[\p{L}.]{1,13})?$/u);
function isAppositive(part: string): boolean {
  const p = part.replace(/^[“”"'‘’\s]+/, '');
  if (/^\d+$/.test(p)) return true;
  if (/^\p{Ll}/u.test(p)) return true;
  if (APPOSITIVE_OPENER().test(p)) return true;
  if (/['’]s\s+\p{Ll}/u.test(p)) return true;
  if (PARTY_STATE_TAG().test(p.trim())) return true;
  return TITLE_WORD().test(withoutManSurname(p));
}

/** A role in small words without its article, then a name of two or three words: "office worker Lorna Dizon", "rice farmer Ben Okoth". */
const BARE_ROLE_THEN_NAME = lazy(() => /^((?:\p{Ll}[\p{Ll}-]*\s+){1,3})\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u);
function bareRoleThenName(part: string): boolean {
  const m = BARE_ROLE_THEN_NAME().exec(part.trim());
  if (!m) return false;
  const role = m[1]!.trim();
  // Its first word no function word ("who met Ana Ruiz", "and Pedro Gil"), its last a person's noun
  // (a listed one, or a doer's: "farmer", "vendor", "pharmacist", "technician", "resident").
  return !FUNCTION_WORD().test(role.split(/\s+/)[0]!) && (PERSON_NOUN_AT_END().test(role) || /\p{Ll}{2,}(?:er|or|ist|ian|ant|ent)$/u.test(role));
}

/**
 * A name's last word that only looks like a "…man" noun: "Milton Friedman", "Anna Raman", "Lea
 * Hoffman". TITLE_WORD counts any word ending in "man"/"men" as a role ("a ferryman", "the
 * Congressman"), which made every such surname a title and its name no name. A capitalised last
 * word after another capitalised word, not itself a listed noun ("Chairman", "Spokesman"), is the
 * surname, and is left out before TITLE_WORD is asked.
 */
function withoutManSurname(part: string): string {
  const m = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(\p{Lu}\p{Ll}+m[ae]n)$/u.exec(part);
  if (!m || !isManSurname(m[2]!)) return part;
  return m[1]!;
}

/**
 * A capitalised office at a capitalised body, the part after a name: "Duty Controller at Falmouth
 * Coastguard", "Head of Water Safety for the RLSS". Its noun may be one no list holds; the "at"/"for"
 * of a body after capitalised words says it is a role, not a second name.
 */
const CAPITALISED_ROLE_AT_BODY = lazy(() => /^(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*\s+(?:at|for)\s+(?:the\s+)?\p{Lu}/u);
/** A capitalised office "of" a body: its last word before "of" a title ("Undersecretary of the Ministry of Finance", "Governor of the State Bank"). */
const CAPITALISED_OFFICE_OF_BODY = lazy(() => /^(?:\p{Lu}[\p{L}'’-]*\s+){0,3}?(\p{Lu}[\p{L}'’-]*)\s+of\s+(?:the\s+)?\p{Lu}/u);
/**
 * "“…,” Younis Al Marzouqi, Undersecretary of the Ministry of Finance, told Gulf News.": a Gulf or
 * South Asian paper's office of a body set after a full name describes that name, as one "at" a body
 * does; its last word before "of" must be a title, so "Bank of England" or "University of Oxford" is none.
 */
function capitalisedOfficeOfBody(part: string): boolean {
  const m = CAPITALISED_OFFICE_OF_BODY().exec(part);
  return !!m && isTitleWord(m[1]!);
}
/** Words for a group or anyone, capitalised as a sentence opens: "People", "Everyone", "Officials". */
const PLACED_GROUP_WORD = lazy(() => /^(?:People|Everyone|Everybody|Someone|Somebody|Anyone|Anybody|Nobody|Officials|Authorities|Police|Many|Most|Some|Others|Critics|Experts|Locals|Families|Children|Businesses|Companies|Firms|Banks|Investors|Shoppers|Traders|Teachers|Parents|Staff|Listeners|Viewers|Readers)$/);
/** A first name and where its person is: "Mick in Whitwick", "Sue from Leeds" (1: the first name). */
const FIRST_NAME_IN_PLACE = lazy(() => /^(\p{Lu}\p{Ll}+) (?:in|from) \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}$/u);
/**
 * Turn a speaker phrase into a speaker. `after-verb`: the phrase follows the
 * verb (its first comma part is the speaker, the rest appositives).
 * `subject`: the phrase precedes the verb ("Tom Hale, a partner at Birch
 * Partners," / "In an interview, Ruiz"). `label`: a colon's left side.
 */
function resolveSpeaker(raw: string, state: AttributionState, position: 'after-verb' | 'subject' | 'label', midSentence: boolean): { speaker: string; self: boolean } | null {
  // "Mick in Whitwick says, “…”", "Sue from Leeds writes:": a listener a phone-in knows by first name
  // and town; the town is where they are, the first name who speaks.
  if (position === 'subject' && (raw.includes(' in ') || raw.includes(' from '))) {
    const placed = FIRST_NAME_IN_PLACE().exec(raw.trim());
    // (Not a group named by its noun: "Residents in Leeds say", "Sources in Washington said", "People in Ibstock".)
    if (placed && !NOT_PERSON_WORDS().test(placed[1]!) && !isPersonNounWord(placed[1]!) && !isPersonNounWord(placed[1]!.replace(/s$/, '')) && !isPersonNounWord(placed[1]!.replace(/es$/, '')) && !PLACED_GROUP_WORD().test(placed[1]!)) raw = placed[1]!;
  }
  // Armenian names take the definite article as a suffix (ը) in a sentence's subject: "ասաց
  // Մելքոնյանը" is Մելքոնյան speaking. No Armenian name ends on it.
  if (raw.includes('ը')) raw = raw.replace(ARMENIAN_NAME_ARTICLE(), '$1');
  // "His co-founder, Bisi Adeyemi, once joked": an adverb between the appositive's closing comma and
  // the verb is no part of its own; the subject is the described name before it (a name it must
  // be: "Tidewater Grid, Inc. (…), a developer of …, today announced" walks back to no one).
  let adverbDropped = false;
  if (position === 'subject' && raw.includes(',')) {
    let bare = raw.trimEnd();
    for (let i = 0; i < 3; i++) bare = bare.replace(TRAILING_ADVERBS(), (m) => (/^\s+and$/i.test(m) ? m : ''));
    if (bare !== raw.trimEnd() && bare.endsWith(',')) [raw, adverbDropped] = [`${bare} `, true];
  }
  // "The harbour master — who took office in 2021 — said": an aside between dashes is an
  // appositive, as between commas.
  if ((raw.includes('—') || raw.includes('–')) && position !== 'label') raw = raw.replace(DASHED_ASIDE(), ', $1,');
  const parts = commaParts(raw);
  if (parts.length === 0) return null;
  let head: string;
  if (position === 'after-verb') {
    // "said its chief executive, Priya Natarajan": a role with a determiner, then the name it describes.
    // So does an owned one: "said Halvorsen's lawyer, Mary Brown".
    // Greek: "δήλωσε ο ιδρυτής … της εταιρείας, Changpeng Zhao".
    // A role in words of no capital, in any language, does the same: "alisema msemaji wa benki hiyo, Peter Kamau".
    head = parts.length > 1 && (ROLE_BEFORE_NAME().test(parts[0]!) || OWNED_ROLE().test(parts[0]!) || GREEK_ROLE_BEFORE_NAME().test(parts[0]!) || GERMAN_ROLE_BEFORE_NAME().test(parts[0]!) || LOWERCASE_ROLE().test(parts[0]!)) && isNameOnly(parts[1]!, state) ? parts[1]! : parts[0]!;
  } else {
    // Walk back over appositives to the name they describe.
    let k = parts.length - 1;
    // Only "NAME, APPOSITIVE, said" walks back; "In May, Ruiz said" and "a reply from CZ asking" take the last part.
    // "As one of those hires, a former tax inspector named Luiz Carvalho, put it": an appositive that names the person is the person.
    // So is one that describes and then names: "Its author, the former housing ombudsman Dame Caroline Oyelowo, wrote".
    // "Danladi, who was represented by the Permanent Secretary, Mrs. Ngozi Eze, said": a name after a
    // relative clause that ends on a role or a preposition's object names that role, the clause's
    // own object, not who speaks: the walk goes on past both.
    const relativeObject = (j: number) => j > 1 && RELATIVE_OPENING().test(parts[j - 1]!.trim()) && isNameOnly(parts[j]!.trim(), state);
    // "In Quezon City, office worker Lorna Dizon, 41, said": a part that is a role without its
    // article and then a name is the person the age describes; the walk stops there.
    if (/,\s*$/.test(raw))
      // ("Sarah Kellow, Duty Controller at Falmouth Coastguard, said": a capitalised office at a body
      // after a full name describes that name.)
      while (k > 0 && !bareRoleThenName(parts[k]!) && (relativeObject(k) || ((CAPITALISED_ROLE_AT_BODY().test(parts[k]!.trim()) || capitalisedOfficeOfBody(parts[k]!.trim())) && isNameOnly(parts[k - 1]!.trim(), state)) || PARTY_STATE_TAG().test(parts[k]!.trim()) || (isAppositive(parts[k]!) && !isNameOnly(parts[k]!, state) && !NAMED_IN_DESCRIPTION().test(normalizeSpace(parts[k]!)) && !describedThenNamed(parts[k]!)))) k -= relativeObject(k) ? 2 : 1;
    // "In a 2019 interview with The Lawyer, a senior partner at a firm, speaking anonymously,
    // complained": the walk back reached a phrase of occasion (a preposition opening it), no one's
    // name; the person described after it (an article opening the part) is the subject.
    if (/,\s*$/.test(raw) && k === 0 && parts.length > 1 && OCCASION_OPENING().test(parts[0]!.trim())) {
      const described = parts.findIndex((p, j) => j > 0 && /^(?:a|an|the|one|another)\s/iu.test(p.trim()) && !OCCASION_OPENING().test(p.trim()));
      if (described > 0) k = described;
    }
    // "ông Trần Minh Đức, Phó chủ tịch Hiệp hội …, nhận định": a name under its honorific, then a part
    // that is no name (a role in that language's words, capitalised): the role describes the name.
    if (/,\s*$/.test(raw) && k > 0 && !isNameOnly(parts[k]!, state) && HONORIFIC_NAME_ONLY().test(normalizeSpace(parts[k - 1]!))) k--;
    head = (k > 0 && describedThenNamed(parts[k]!)) || parts[k]!;
    // "In a 2018 interview she said", "Back in 2015 she told": a phrase of time or place before the pronoun, no comma between
    // ("In its latest bulletin it warned": "it", an organisation a claim just reported).
    // "Afterwards he said", "Today she says": one adverb of time alone, no comma, before the pronoun.
    const pronounAfterPhrase = /^(?:back\s+)?(?:in|at|on|during|after|before|later|then|there|since|from|of|over|when)\s[^,]*\s(he|she|it)$/iu.exec(head) ?? /^(?:afterwards?|later|then|once|finally|eventually|today|now|yesterday)\s+(he|she)$/iu.exec(head);
    if (pronounAfterPhrase) head = pronounAfterPhrase[1]!.toLowerCase();
    // "On one occasion in 2022 Mr. Zhao asked me": a phrase of time or occasion in small words and
    // numbers before a name, no comma between: the name is the subject.
    else if (/^(?:in|at|on|during|after|before|later|since|once)\s/iu.test(head)) {
      // "In 1823 the Kelburn Courier complained": a name in capitals after "the" is an organisation
      // (a newspaper, a board), which speaks as it does opening the sentence ("The Kelburn Courier complained").
      const orgAfterPhrase = ORG_AFTER_PHRASE().exec(head);
      if (orgAfterPhrase) head = `T${orgAfterPhrase[1]!.slice(1)}`;
      const nameAfterPhrase = orgAfterPhrase ? null : NAME_AFTER_PHRASE().exec(head);
      // "In 2021 the Financial Stability Board warned": an organisation after an article is no person.
      if (nameAfterPhrase && !/\s(?:the|a|an|its|their|his|her|our)\s+$/iu.test(head.slice(0, nameAfterPhrase.index + nameAfterPhrase[0].length - nameAfterPhrase[1]!.length)) && !ORG_SUFFIX().test(nameAfterPhrase[1]!.split(/\s+/).pop()!)) head = nameAfterPhrase[1]!;
    }
    // "He, 39, said": a pronoun takes no age after it; a name does (the surname He of He Yi).
    if (/^\d{1,3}$/.test(parts[k + 1] ?? '')) midSentence = true;
    // "In a post on X on Thursday, He wrote": after a comma, a capital is a name's, not a sentence's.
    if (k > 0 && head === parts[k]) midSentence = true;
    if (adverbDropped && !isNameOnly(head, state)) return null;
  }
  // "ZEMA said" after "The Zambia Environmental Management Agency (ZEMA) said": the short name in
  // brackets the text defined is its organisation, credited as the full name is.
  const long = state.shortNames?.get(head.trim());
  if (long) return resolveHead(long, state, position, midSentence) ?? { speaker: long, self: false };
  return resolveHead(head, state, position, midSentence);
}

/** A sentence's opening phrase of occasion or place: "In a 2019 interview with The Lawyer", "At the hearing", "During the debate". */
const OCCASION_OPENING = lazy(() => /^(?:in|at|on|during|after|before|speaking\s+(?:to|at|on|in))\s/iu);
/** A comma, then "he" or "she" as a subject: a sentence's opening phrase may be ending before it. */
const ADDRESSEE_HINT = lazy(() => /,\s+(?:he|she)\s/iu);
/** The end of an opening phrase's "to", "told", "with" (and "the"), right before the one addressed. */
const ADDRESSED_BEFORE = lazy(() => /(?<![\p{L}])(?:to|told|with)\s+(?:the\s+)?$/iu);
/** From the one addressed: the rest of the opening phrase (no clause's end), its comma and the subject pronoun (1). */
const PRONOUN_AFTER_OPENING = lazy(() => /^[^,.;:!?“”"]{1,60},\s+(he|she)\s+\p{Ll}/iu);
/** An aside between two dashes, spaced: " — who took office in 2021 —" (1: the aside). */
const DASHED_ASIDE = lazy(() => /\s+[—–]\s+([^—–,;:“”"()]{2,120}?)\s+[—–](?=\s|$)/gu);
/** "(ZEMA)", "(NTSB)": two to eight capitals in brackets after a space. */
const BRACKETED_SHORT = lazy(() => /\s\((\p{Lu}{2,8})\)/gu);
/**
 * Remember the short names a sentence defines in brackets: "The Zambia Environmental Management
 * Agency (ZEMA)" makes ZEMA that organisation. The short name's letters must be the initials of the
 * capitalised words just before the bracket (small words such as "of", "for", "and" skipped; at most
 * eight words back), the last of them an organisation's word or the short name already the text's
 * only reading; a person's name "(AB)" is never one since no organisation word ends it.
 */
function noteShortNames(text: string, state: AttributionState): void {
  if (!text.includes(' (') || text.length > 4000) return;
  for (const m of allMatches(BRACKETED_SHORT(), text)) {
    const short = m[1]!;
    const words = text.slice(Math.max(0, m.index! - 160), m.index!).split(/\s+/).filter(Boolean);
    const taken: string[] = [];
    let letters = short.length;
    for (let i = words.length - 1; i >= 0 && letters > 0 && taken.length < 12; i--) {
      const w = words[i]!;
      if (/^(?:of|for|and|on|the|de|du|des|la|le|&)$/.test(w) && taken.length) { taken.unshift(w); continue; }
      if (!/^\p{Lu}[\p{L}-]*$/u.test(w) || w[0] !== short[letters - 1]) break;
      taken.unshift(w);
      letters--;
    }
    if (letters > 0 || !ORG_SUFFIX().test(taken[taken.length - 1]!)) continue;
    const before = words[words.length - taken.length - 1];
    const long = (before === 'The' || before === 'the' ? 'The ' : '') + taken.join(' ');
    (state.shortNames ??= new Map()).set(short, long);
    state.orgs.add(short);
  }
}

/**
 * A lowercase singular noun formed as an agent noun, one who does something: "-er", "-or", "-ist",
 * "-ian", "-eer", "-ant", "-ent" (not "-ment"): "instructor", "operator", "trainer", "assistant",
 * "agent". Read only as the whole subject of a speech verb beside a quotation (OWNED_DESCRIPTION,
 * ONE_DESCRIBED), where a noun so formed is someone who speaks; the few things so formed that
 * "say" there (a letter, a computer, a sign's poster) are left out.
 */
// (Nor machines, instruments and software, which a screen or a display makes "say" something: "“It
// was fine,” my computer said", "Our server said no", "my thermometer said 39", "my fitness-tracker
// said"; the last part of a hyphened word is the one looked at, and any "-meter" is an instrument.)
const AGENT_FORM =
  '(?!(?:[\\p{Ll}]+-){0,2}(?:letter|newsletter|paper|order|poster|chapter|computer|printer|monitor|calculator|answer|mirror|number|counter|register|meter|timer|flyer|banner|document|comment|statement|server|router|scanner|browser|tracker|planner|sensor|detector|charger|controller|elevator|indicator|receiver|transmitter|trailer|header|footer|cover|filter|marker|sticker|generator|processor|current|element|event|component|content|container|folder|binder|reminder|launcher|installer|scheduler|adapter|adaptor|converter|amplifier|refrigerator|radiator|motor|error|connector|simulator|emulator|(?:check|play|wish|set|wait)list|[\\p{Ll}]*meter)$)\\p{Ll}[\\p{Ll}-]{1,20}(?:er|or|ist|ian|eer|ant|(?<!m)ent)';
/** A possessive, up to three small words, then a person's noun, a relative or an agent noun, and nothing else: "her lawyer", "his longtime spokesman", "Our mentor", "his widow", "my instructor". */
const OWNED_DESCRIPTION = lazy(() => new RegExp(`^(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Yy]our)\\s+(?:(?!(?:and|or|but|who|that|to|of)\\s)[\\p{Ll}-]+\\s+){0,3}(?:${PERSON_NOUNS}|${KIN_WORDS}|${AGENT_FORM})$`, 'u'));
/**
 * "one" or "another", up to three small words, then an agent noun, and nothing else: "one former
 * operator", "another night-shift supervisor". One person of a group described, as "a former
 * operator" is ("two operators" is the group: nobody's). DESCRIPTION reads the listed person nouns.
 */
const ONE_DESCRIBED = lazy(() => new RegExp(`^(?:[Oo]ne|[Aa]nother)\\s+(?:(?!(?:and|or|but|who|that|to|of)\\s)[\\p{Ll}-]+\\s+){0,3}${AGENT_FORM}$`, 'u'));
/** "Danny's mum Pauline", "Ortiz's lawyer Ann Bell": a possessive name, a lowercase noun (group 1), then a name. */
const OWNED_KIN_NAME = lazy(() => /^\p{Lu}[\p{L}-]{0,30}['’]s\s+(\p{Ll}[\p{L}-]{1,20})\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}$/u);
/** A phrase of time or occasion in small words and numbers, then "the" and a name of capitalised words (1): "In 1823 the Kelburn Courier". */
const ORG_AFTER_PHRASE = lazy(() => /^(?:[Ii]n|[Aa]t|[Oo]n|[Dd]uring|[Aa]fter|[Bb]efore|[Ll]ater|[Ss]ince|[Oo]nce)(?:\s+[\p{Ll}\d'’-]+){0,6}?\s+(the(?:\s+(?:(?:of|for|and|on)\s+)?\p{Lu}[\p{L}'’&.-]*){1,6})$/u);
/** A phrase of time or occasion in lowercase words and numbers, then a name (an honorific perhaps): "On one occasion in 2022 Mr. Zhao". */
const NAME_AFTER_PHRASE = lazy(() => /^(?:in|at|on|during|after|before|later|since|once)(?:\s+[\p{Ll}\d'’-]+){0,6}\s+((?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})$/iu);

/** People or sources, counted or not, then what sets them apart: "people familiar with …", "two sources close to …", "people who attended". */
// One of them alike, described by what they know: "a person familiar with the negotiations", "one
// source close to the board", "a person with knowledge of the deal".
const UNNAMED_GROUP = lazy(() => /^(?:(?:(?:two|three|four|five|several|some|many|other|a\s+few|a\s+number\s+of)\s+)?(?:people|persons|sources|insiders)\s+(?:familiar|close|with|who|briefed|knowledgeable|involved|aware|inside|within|at|in|from)|(?:a|an|one|another)\s+(?:person|source|insider)\s+(?:familiar|close|with|briefed|knowledgeable|involved|aware))\s/iu);

/** One of a group named by a plural noun, and nothing more: "one of the people", "one of the senior executives", "one of those officials". */
const ONE_OF_GROUP = lazy(() => /^(?:one|another)\s+of\s+(?:the|those|these|its|their)\s+(?:[\p{L}'’-]+\s+){0,2}(?:people|staff|men|women|[\p{L}'’-]{2,}s)$/iu);

/** A finite verb and what follows it, after a described person: "… declined to comment beyond", "… was quick to add". */
const CLAUSE_VERB_ON = lazy(() => /\s+(?:declined|refused|agreed|promised|offered|wanted|tried|went|was|were|had|has|is|would|could|did|does)\s.*$/iu);

/** The indefinite article opening a French, Spanish, Portuguese or German noun phrase. */
const FOREIGN_ARTICLE = lazy(() => /^(?:un|une|uno|una|um|uma|ein|eine|einer)\s/i);
/** That article, at most two words of description ("ancien", "ex", "ehemaliger"), and a noun for a person. */
const FOREIGN_DESCRIBED = lazy(() => new RegExp(
  String.raw`^((?:un|une|uno|una|um|uma|ein|eine|einer)\s+(?:[\p{Ll}-]+\s+){0,2}?` +
    String.raw`(?:(?:ex-?)?(?:salariée?|employée?|emplead[oa]|emplead[oa]|trabajador(?:a)?|funcionári[oa]|collaborat(?:eur|rice)|cadre|dirigeante?|responsable|porte-parole|portavoz|analyste|analista|investisseu(?:r|se)|invers(?:or|ora)|inversionista|investidor(?:a)?|développeu(?:r|se)|desarrollador(?:a)?|proche|amie?|amig[oa]|source|fuente|témoin|testigo|utilisat(?:eur|rice)|usuari[oa]|cliente?|avocate?|abogad[oa]|experte?|expert[oa]|ingénieure?|ingenier[oa]|cofondat(?:eur|rice)|fondat(?:eur|rice)|cofundador(?:a)?|fundador(?:a)?|directiv[oa]|ejecutiv[oa]|conseill(?:er|ère)|asesor(?:a)?|exempleado|exempleada|extrabajador(?:a)?)` +
    String.raw`|(?:Mitarbeiter(?:in)?|Sprecher(?:in)?|Analyst(?:in)?|Anleger(?:in)?|Investor(?:in)?|Entwickler(?:in)?|Nutzer(?:in)?|Kundin|Kunde|Anwältin|Anwalt|Expertin|Experte|Ingenieur(?:in)?|Mitgründer(?:in)?|Gründer(?:in)?|Berater(?:in)?|Insider(?:in)?)))(?![\p{L}])`,
  'u',
));

/**
 * An appositive that describes a person and then names them, no comma between: "the former housing
 * ombudsman Dame Caroline Oyelowo", "its longest-serving trustee Omar Feld". The description is in
 * lowercase words after a determiner and ends on no preposition ("the chief executive of Binance
 * Holdings" names a company); the name is two or three capitalised words, a title before it dropped.
 */
const DESCRIBED_THEN_NAMED = lazy(() => /^(?:the|a|an|its|his|her|their|our)\s+(?:[\p{Ll}'’-]+\s+){0,4}[\p{Ll}'’-]+\s+(?:(?:Dame|Sir|Lord|Lady|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})$/u);
const DESCRIPTION_LAST_WORD_NOT_ROLE = lazy(() => /\s(?:of|at|for|from|in|with|to|by|on|and|or|the|a|an)\s+(?:(?:Dame|Sir|Lord|Lady|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u);
function describedThenNamed(part: string): string | null {
  const text = normalizeSpace(part);
  if (text.length > 120) return null;
  const m = DESCRIBED_THEN_NAMED().exec(text);
  if (!m || DESCRIPTION_LAST_WORD_NOT_ROLE().test(text) || ORG_SUFFIX().test(m[1]!.split(/\s+/).pop()!)) return null;
  return m[1]!;
}
/** "… named Kimo Kahale", "… called Ana": the name a description gives. */
const NAMED_IN_DESCRIPTION = lazy(() => /(?<![\p{L}])(?:named|called)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s*$/u);

/** A role of two to eight words none capitalised, whatever the language: "msemaji wa benki hiyo". */
const LOWERCASE_ROLE = lazy(() => /^\p{Ll}[\p{Ll}'’-]*(?: \p{Ll}[\p{Ll}'’-]*){1,7}$/u);

/**
 * A German role with its article, its noun capitalised as German writes every noun, and perhaps whose
 * it is: "die Sprecherin der Bahn", "der neue Vorsitzende des Vereins", "ihr Anwalt" (then ", NAME").
 */
const GERMAN_ROLE_BEFORE_NAME = lazy(() => /^(?:der|die|den|dem|ihr|ihre|ihrem|sein|seine|seinem)\s+(?:\p{Ll}+\s+)?\p{Lu}\p{Ll}+(?:\s+(?:der|des|vom|von|beim|für|im)\s+(?:\p{Ll}+\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})?$/u);

/** A Greek role with its article and no name in it: "ο ιδρυτής και διευθύνων σύμβουλος της εταιρείας". */
const GREEK_ROLE_BEFORE_NAME = lazy(() => /^(?:ο|η|οι)\s+[\p{Ll}\s-]{1,80}$/u);

/** A Greek role with its article, perhaps of a firm, naming no person: "ο επικεφαλής της Binance". */
const GREEK_DEFINITE_ROLE = lazy(() => /^(?:ο|η)\s+[\p{Ll}\s-]{1,60}?(?:\s\p{Lu}[\p{L}\p{N}]*)?$/u);

/** A described role that opens with a determiner: "its chief executive", "the agency's spokeswoman". */
const ROLE_BEFORE_NAME = lazy(() => /^(?:its|the|their|his|her|our|a|an)\s+(?:[\p{Ll}-]+(?:['’]s)?\s+){0,3}[\p{Ll}-]+$/u);

/** A form of address (Nigerian news's "Chief", "Alhaji", "Comrade", "Engr.") before at least two capitalised words. */
// ("Professor Kwame Asante, a reef ecologist … who was not involved in the research, called …": the
// academic title before a full name, as "Dr" is, though "professor" alone is a role.)
const ADDRESSED_NAME = lazy(() => /^\s*(?:Chief|Alhaji|Alhaja|Comrade|Engr\.?|Barr\.?|Professor)\s+(?=\p{Lu}[\p{L}'’-]*\s+\p{Lu})/u);

/** The part is a bare name (a run of capitalised words), not a description with a name in it. */
function isNameOnly(part: string, state: AttributionState): boolean {
  if (state.registry.has(part)) return true;
  // "Chief Emeka Obi", "Alhaji Sani Bello": a form of address before a full name leaves it a name.
  if (ADDRESSED_NAME().test(part)) part = part.replace(ADDRESSED_NAME(), '');
  return /^(\p{Lu}[\p{L}'’.-]*)(\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u.test(part) && !TITLE_WORD().test(withoutManSurname(part));
}

/** "the judge", "the former chief executive", "the CEO": a definite role and nothing else. */
// ("the 34-year-old": an age noted with a name, noteRole)
const DEFINITE_ROLE = lazy(() => /^(?:the|de|het)\s+(?:(?:former|then|new|outgoing|incoming|presiding|acting|interim)\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?|\d{1,3}-year-old)$/iu);
/**
 * A few court roles in the Romance languages of news ("pelo juiz Richard Jones", "la fiscal Ana
 * Ruiz"), under the English key the role memory keeps: "O juiz afirmou que …" is that judge's.
 */
const FOREIGN_ROLE_KEY: Record<string, string> = {
  juiz: 'judge', 'juíza': 'judge', juez: 'judge', jueza: 'judge', giudice: 'judge', juge: 'judge',
  promotor: 'prosecutor', promotora: 'prosecutor', fiscal: 'prosecutor', procureur: 'prosecutor', procuratore: 'prosecutor',
  advogado: 'lawyer', advogada: 'lawyer', abogado: 'lawyer', abogada: 'lawyer', avocat: 'lawyer', avocate: 'lawyer', avvocato: 'lawyer',
  // The abbreviated titles of American news ("Sen. Walter Brisbane", "Gov. Ada Lin", "Det. Sgt. Ray
  // Holt"): a later "the senator said", "the governor told reporters" means that person.
  sen: 'senator', rep: 'representative', gov: 'governor', supt: 'superintendent', det: 'detective', sgt: 'sergeant', insp: 'inspector',
};
/** "o juiz", "la jueza", "le juge": a definite article and one of those roles. */
const FOREIGN_DEFINITE_ROLE = lazy(() => /^(?:o|a|os|el|la|le|il|lo)\s+(\p{Ll}+)$/iu);

/** The person a definite role phrase means: the last one the text named with that role. */
function roleHolder(phrase: string, state: AttributionState): string | null {
  const m = DEFINITE_ROLE().exec(phrase);
  if (!m) {
    const f = FOREIGN_DEFINITE_ROLE().exec(phrase);
    const key = f ? FOREIGN_ROLE_KEY[f[1]!.toLowerCase()] : undefined;
    return key ? (state.roleHolders!.get(key) ?? null) : null;
  }
  return state.roleHolders!.get(m[1]!.toLowerCase()) ?? null;
}

/** "the source", "The spokesperson": the article and one lowercase noun, nothing else. */
const THE_NOUN = lazy(() => /^[Tt]he\s+(\p{Ll}[\p{Ll}-]{2,20})$/u);

/**
 * The described person "the NOUN" refers to: of the people the recent sentences (the last four
 * paragraphs, trimRecent's bound) described without a name ("a government source", "a council
 * spokesperson"), the ones whose description ends on that noun; null unless exactly one does.
 */
function describedEarlier(phrase: string, state: AttributionState): string | null {
  const m = THE_NOUN().exec(phrase);
  if (!m) return null;
  const noun = m[1]!;
  trimRecent(state);
  if (WRITTEN_NOUN().test(noun)) return writtenBefore(noun, state);
  // The recent sentences may hold the description cut to its noun ("a source") where the quotation
  // before credited it whole ("a source close to the keeper"): one person, named as credited.
  const names = state.recent.flatMap((entry) => entry.people.map((p) => p.name));
  const quoted = state.lastQuote?.speaker;
  if (quoted && state.paragraph - state.lastQuote!.paragraph <= 4) names.push(quoted);
  const reported = state.reportingDescribed;
  if (reported && state.paragraph - reported.paragraph <= 4) names.push(reported.speaker);
  let found: string | null = null;
  for (const name of names) {
    if (!/^(?:a|an|one|another)\s/u.test(name) || name.length > 80) continue;
    const at = name.indexOf(` ${noun}`);
    const end = at + noun.length + 1;
    if (at < 0 || (end < name.length && name.charAt(end) !== ' ')) continue;
    // The noun must head the description ("a senior police source close to …"), not end a phrase
    // inside it ("a lawyer for the victim" is no "the victim").
    if (name.slice(0, at).split(' ').some((w, k) => k > 3 || /^(?:for|of|to|at|from|with|by|in|on|close|familiar|the|his|her|their|its)$/.test(w))) continue;
    if (!found || name.startsWith(`${found} `)) found = name;
    else if (found !== name && !found.startsWith(`${name} `)) return null;
  }
  return found;
}

/**
 * The organisation "the NOUN" means: the one organisation the text cited as a source (of two words
 * or more) whose name ends on that noun ("the foundation" after "according to the Irish Heart
 * Foundation"); null where none or several do. A story cites a body in full once, then by its head
 * noun. (Only a cited source: a body named as a place, "at the Larchmont Normal School", is not
 * thereby the one that speaks.)
 */
function orgEndingOn(phrase: string, orgs: ReadonlySet<string>): string | null {
  const m = THE_NOUN().exec(phrase);
  if (!m) return null;
  const noun = m[1]!;
  let found: string | null = null;
  for (const org of orgs) {
    const words = org.split(/\s+/);
    if (words.length < 2 || words[words.length - 1]!.toLowerCase() !== noun) continue;
    if (found && found !== org) return null;
    found = org;
  }
  return found;
}

/** Nouns of a thing someone wrote or gave, which speaks for its author ("the statement said"). */
const WRITTEN_NOUNS = 'statement|letter|e-?mail|memo|message|note|post|submission|affidavit|testimony';
const WRITTEN_NOUN = lazy(() => new RegExp(`^(?:${WRITTEN_NOUNS})$`));
/** A thing written owned by "his" or "her", the whole subject: "her statement", "his letter", "her written statement". */
const OWNED_WRITTEN = lazy(() => new RegExp(`^([Hh]is|[Hh]er)\\s+(?:(?:written|own|short|brief|prepared|open)\\s+)?(?:${WRITTEN_NOUNS})$`, 'u'));

/**
 * "“…,” the statement said." after "In a victim impact statement read to the court, …, Dr Farah
 * Siddiqui, said …": the written thing is the one the paragraph before (its last 400 characters)
 * names with that noun, and its author the one person, no organisation, this paragraph and that
 * one name, when the sentence naming the thing names them too; null where none or several.
 */
function writtenBefore(noun: string, state: AttributionState): string | null {
  // A claim is read after its paragraph's quotations, when the tail is this paragraph's own: the
  // thing may then be named in it or at the end of the paragraph before.
  const own = state.tailParagraph === state.paragraph;
  const naming = sentenceNaming(state.previousTail ?? '', noun) || (own ? sentenceNaming(state.earlierTail ?? '', noun) : '');
  if (!naming) return null;
  // "Mr Grant … had seen an email of 28 April 2019 from the customer": a thing the paragraph says came
  // from someone is theirs, not the person named beside it who saw or got it.
  // (noun is one of WRITTEN_NOUN's plain words: no character to escape.)
  if (new RegExp(`(?<![\\p{L}])${noun}(?![\\p{L}])[^.;:!?]{0,60}?\\sfrom\\s`, 'u').test(naming)) return null;
  const fits = new Set<string>();
  for (const entry of state.recent) {
    if (state.paragraph - entry.paragraph > 1) continue;
    for (const p of entry.people) if (/^\p{Lu}/u.test(p.name) && !isOrg(p.name, state)) fits.add(p.name);
  }
  // "I was dismissed by letter dated 10 November. The letter said …": a written thing speaks for its
  // writer, so the sentence that names it must name that person too (or hold "he"/"she" for them);
  // one naming no sender leaves the writer unknown, not the last person the text named.
  if (fits.size !== 1) return null;
  const author = [...fits][0]!;
  const named = author.split(/\s+/).some((w) => /^\p{Lu}\p{L}{2,}/u.test(w) && hasWholeWord(naming, w));
  return named || /(?<![\p{L}])(?:he|she)(?![\p{L}])/iu.test(naming) ? author : null;
}

/**
 * The last sentence of a text that names a written thing by its noun ("I was dismissed by letter
 * dated 10 November."), or '' with none. A sentence in which the thing itself speaks ("The letter
 * said …") names what it refers to, not where it came from, and is passed over.
 */
function sentenceNaming(text: string, noun: string): string {
  const word = new RegExp(`(?<![\\p{L}])${noun}(?![\\p{L}])`, 'u');
  const speaks = new RegExp(`(?<![\\p{L}])${noun}\\s+(?:\\p{Ll}+ly\\s+)?(?:said|says|stated|states|read|reads|added|adds|noted|notes|continued|continues)(?![\\p{L}])`, 'u');
  const sentences = text.split(/(?<=[.!?])\s+/);
  for (let k = sentences.length - 1; k >= 0; k--) if (word.test(sentences[k]!) && !speaks.test(sentences[k]!)) return sentences[k]!;
  return '';
}

/** A lower-case role in two parts joined by a hyphen: "co-founder", "co-host", "vice-president". */
const HYPHENED_ROLE = lazy(() => /^\p{Ll}+-\p{Ll}+$/u);

/**
 * A specialist's word, made as such words are: "cardiologist", "radiologist", "paediatrician",
 * "geriatrician", "podiatrist". No list holds every specialty; the ending says the word is a person's
 * line of work, so "Dr Ana Ruiz, a cardiologist at …" is whom "the cardiologist said" means.
 */
const SPECIALIST_WORD = lazy(() => /^\p{Ll}{2,}(?:ologist|ician|iatrist)$/u);
/** The role words a name is given where it is introduced, as the keys "the ROLE" is looked up by. */
function roleKeys(words: readonly string[]): string[] {
  const lower = words.map((w) => w.toLowerCase().replace(/[,.]$/, '')).map((w) => FOREIGN_ROLE_KEY[w] ?? w);
  let k = lower.length - 1;
  // (a team's roles too: "captain Chidi Okafor" is who "said the captain" means)
  // ("co-founder", "co-host": a hyphened role whose last part is a person noun, kept whole as its key)
  while (k >= 0 && !(PERSON_NOUN_WORDS.has(lower[k]!) || HYPHENED_ROLE().test(lower[k]!) && PERSON_NOUN_WORDS.has(lower[k]!.slice(lower[k]!.lastIndexOf('-') + 1)) || /^(?:ceo|cfo|cto|coo|judge|chancellor|captain|skipper|goalkeeper|keeper|striker|midfielder|defender|winger)$/.test(lower[k]!) || SPECIALIST_WORD().test(lower[k]!) || TITLE_BEFORE_NAME().test(words[k]!.replace(/[,.]$/, '')))) k--;
  if (k < 0 || k < lower.length - 2) return [];
  const keys = [lower[k]!];
  if (k > 0 && /^(?:chief|vice|deputy|managing|general|executive)$/.test(lower[k - 1]!)) keys.push(`${lower[k - 1]} ${lower[k]}`);
  if (keys.includes('chief executive')) keys.push('ceo');
  if (keys[0] === 'ceo') keys.push('chief executive');
  return keys;
}

/**
 * The people a minutes' attendance block lists ("Present: Cllr Peter Osei, …", "In attendance: Mark
 * Hollins (Town Clerk)"), known before the items below name them: "Cllr Osei" and "Mr. Hale" are
 * those full names, and "the Clerk" the person listed with that office.
 */
export function noteAttendance(state: AttributionState, attendance: Attendance | null): void {
  if (!attendance) return;
  noteParticipants(state, attendance.names);
  noteListedOffices(state, attendance.offices);
}

/** What a minutes' attendance block lists: its people's full names, and the offices some are given. */
export interface Attendance {
  names: string[];
  offices: [name: string, office: string][];
}

/** The attendance block of a document's lines, read once (noteAttendance gives it to each attribution state); null without one. */
export function readAttendance(lines: readonly string[], body: string): Attendance | null {
  if (!lines.length || !body.includes(':')) return null;
  const fields = attendanceFields(lines);
  // (a panel write-up's roster lists its people as minutes list those present)
  const panel = panelRosterNames(lines);
  if (!fields.length && !panel.length) return null;
  const names = [...attendanceNames(fields), ...panel];
  return names.length ? { names, offices: body.includes('(') || fields.some((f) => f.includes(';')) ? attendanceOffices(fields) : [] } : null;
}

/**
 * The offices a minutes' attendance block gives its people ("Ingrid Solberg (Chair of the Board)",
 * "Thomas Ekeland (Chief Executive Officer)", "Janet Moss (Mayor, in the chair)"), so that "the
 * Chair", "the CEO" and "the Mayor" below are those people: the role words of each office (before
 * its "of"), an office's initials ("CEO"), and "in the chair" as the chair. An office two people
 * hold names neither.
 */
function noteListedOffices(state: AttributionState, offices: readonly (readonly [string, string])[]): void {
  const holders = new Map<string, string | null>();
  for (const [name, office] of offices) {
    const keys = new Set<string>();
    for (const part of office.split(/\s*[,;]\s*/)) {
      if (/^in the chair$/i.test(part)) keys.add('chair');
      const words = part.split(/\s+(?:of|at|for|from|in|to)\s/i)[0]!.split(/\s+/).filter(Boolean);
      if (!words.length || words.some((w) => !/^\p{Lu}/u.test(w))) continue;
      for (const key of roleKeys(words)) keys.add(key);
      // ("Sophie Grange (Planning Officer)": "the Planning Officer" below names the office whole; so
      // does "the Town Planner" an attendance block's "Gareth Pell, Town Planner", a trade no role word names)
      if (words.length === 2) keys.add(words.join(' ').toLowerCase());
      if (words.length >= 2 && words.length <= 4) keys.add(words.map((w) => w[0]!.toLowerCase()).join(''));
    }
    for (const key of keys) holders.set(key, holders.has(key) && holders.get(key) !== name ? null : name);
  }
  for (const [key, name] of holders) if (name) (state.roleHolders ??= new Map()).set(key, state.registry.resolve(name) ?? name);
}

/** A form of address written before a name, no role: "Dr", "Mrs.", "Engr.", "Alhaji", "Comrade". */
const FORM_OF_ADDRESS = lazy(() => /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Engr|Barr|Hon|Comrade|Alhaji|Alhaja)\.?$/);

/** "Kevin Mosley, an assistant U.S. attorney," after a name: the appositive's words. */
// ("Simon Achterberg, a building physicist at the University of Bath,": the role's place after "at", "of", … up to the stop that ends the appositive)
const APPOSITIVE_ROLE = lazy(() => /^\s*,\s*(?:an?|the|its|their|\p{Lu}[\p{L}&.'’-]*['’]s)\s+((?:[\p{L}.'’-]+\s+){0,3}[\p{L}'’-]+)(?:\s+(?:of|at|for|from|in|with|on)\s[^,;.“”"]{1,60})?\s*[,.;]/u);

/** An age set off after a name: "Chidi Okafor, 34,". */
const AGE_AFTER_NAME = lazy(() => /^,\s(\d{1,3}),/u);
/** An age before a name, as one word: "the 34-year-old Chidi Okafor". */
const AGE_WORD = lazy(() => /^\d{1,3}-year-old$/u);
/** The roles a team or a firm calls its "boss": who leads it. */
const BOSS_ROLE = lazy(() => /^(?:manager|coach|head coach|chief executive|ceo)$/);
/**
 * "City manager Eddie Farraday", "Rovers coach Ana Ruiz", "Castellane's chief executive": a role
 * after the one capitalised word of a team's or a firm's name. A match report names both sides'
 * managers, so "the City manager" below means the one of City, and sport and business pages call
 * him "the City boss" too. Keys "city manager" and "city boss"; none without such a word.
 */
function teamRoleKeys(words: readonly string[], keys: readonly string[]): string[] {
  const key = keys.find((k) => BOSS_ROLE().test(k));
  if (!key) return [];
  const last = key.split(' ').pop()!;
  const at = words.map((w) => w.toLowerCase().replace(/[,.]$/, '')).lastIndexOf(last) - (key.includes(' ') ? 1 : 0);
  const team = at > 0 ? words[at - 1]!.replace(/['’]s?$/, '') : '';
  if (!/^\p{Lu}\p{Ll}+$/u.test(team) || TITLE_BEFORE_NAME().test(team) || FORM_OF_ADDRESS().test(team)) return [];
  return [`${team.toLowerCase()} ${key}`, `${team.toLowerCase()} boss`];
}
/**
 * Remember the role a name was introduced with: the title words before it ("Judge Richard Jones",
 * "defense attorney Mary Burck", "Binance's chief executive, Richard Teng") or an appositive right
 * after it ("Kevin Mosley, an assistant U.S. attorney,").
 */
function noteRole(text: string, start: number, end: number, name: string, state: AttributionState): void {
  // The words before the name, taken by hand: a pattern anchored at the end of the slice would be
  // tried from every one of its characters, for every name of every sentence.
  let before = start > 0 && /\s/.test(text[start - 1]!) ? text.slice(Math.max(0, start - 64), start).trim().split(/\s+/).slice(-6) : [];
  // "the Minister of Power, Alhaji Musa Danladi", "the Secretary for Health, Dr Ana Ruiz": a form of
  // address before the name is no role, and the role's field after "of"/"for" (up to the comma
  // that sets the name off) names no role either: the role is the word before "of".
  while (before.length > 1 && FORM_OF_ADDRESS().test(before[before.length - 1]!)) before = before.slice(0, -1);
  if (before.length > 2 && before[before.length - 1]!.endsWith(',')) {
    for (let i = before.length - 2; i >= Math.max(1, before.length - 4); i--) {
      if (/^(?:of|for)$/.test(before[i]!)) {
        before = before.slice(0, i);
        break;
      }
    }
  }
  before = before.slice(-3);
  // "For the Defendant, Ms Nwosu KC submitted": a role after a preposition is whom the person acts
  // for, an adverbial before the subject, never the person's own role.
  if (before.length > 1 && before[before.length - 1]!.endsWith(',') && before.slice(0, -1).some((w) => /^(?:for|to|with|against|from|by|on|behalf)$/i.test(w))) before = [];
  const after = /^\s*,/.test(text.slice(end, end + 4)) ? APPOSITIVE_ROLE().exec(text.slice(end, end + 128)) : null;
  const roleWords = before.filter((w) => /^[\p{L}.'’-]+,?$/u.test(w));
  const beforeKeys = roleKeys(roleWords);
  const keys = [...beforeKeys, ...teamRoleKeys(roleWords, beforeKeys), ...(after ? roleKeys(after[1]!.split(/\s+(?:of|at|for|from|in|with|on|to)\s/)[0]!.split(/\s+/)) : [])];
  // "Chidi Okafor, 34, …" or "the 34-year-old Chidi Okafor": the age given with the name is how a
  // second reference may call the person ("The 34-year-old, who joined in 2019, said …").
  const age = AGE_AFTER_NAME().exec(text.slice(end, end + 8))?.[1] ?? (before.length && AGE_WORD().test(before[before.length - 1]!) ? before[before.length - 1]!.split('-')[0] : undefined);
  if (age) keys.push(`${age}-year-old`);
  if (!keys.length) return;
  state.roleHolders ??= new Map();
  for (const key of keys) state.roleHolders.set(key, name);
}

/**
 * A relative clause saying why a source goes unnamed, to the phrase's end: "who asked not to be
 * named because …", "who declined to be identified", "who requested anonymity to discuss …", "who
 * spoke on condition of anonymity", "who was not authorized to speak publicly".
 */
// ("a senior carer who worked at the home until last year and asked not to be named": the clause's first verb may say where they worked first.)
const ANONYMITY_CLAUSE = lazy(() => /,?\s+who\s+(?:[^,;“”"]{1,100}?\s+and\s+)?(?:asked|requested|declined|refused|did\s+not\s+want|didn['’]t\s+want|spoke|was\s+not|were\s+not|is\s+not|are\s+not|insisted)\s(?:[^\s,;]+\s){0,6}?(?:named|identified|anonymity|anonymously|authori[sz]ed|publicly|on\s+the\s+record)(?![\p{L}]).*$/u);

/** A company abbreviation or an initialism of two letters or more ending a phrase before its full stop: "Acme Corp", "the U.S". */
const ABBREVIATION_AT_END = lazy(() => /(?<![\p{L}.])(?:Co|Corp|Inc|Ltd|Bros|\p{Lu}(?:\.\p{Lu})+)$/u);

/** An honorific right before a name, its full stop perhaps ("Dr ", "Mrs. "): group 1 without the stop. */
const HONORIFIC_BEFORE_NAME = lazy(() => /(?:^|[\s(])(Dr|Prof|Mr|Mrs|Ms|Miss|Mx)\.?\s$/u);
/**
 * An honorific and a surname ("Dr Pell", "Mrs. Okafor") that two or more full names the text gave
 * share: the one it wrote with that honorific, else the one the last paragraphs named most
 * recently (not one written with another honorific). Null where the surname is one person's, as
 * the registry resolves it.
 */
function sharedSurnameByHonorific(honorific: string, surname: string, state: AttributionState): string | null {
  const hon = HONORIFIC_BEFORE_NAME().exec(`${honorific} `)?.[1]?.toLowerCase();
  if (!hon || !/^\p{Lu}[\p{Ll}'’-]+$/u.test(surname)) return null;
  const sharing = [...new Set(state.fullNames.filter((n) => n.endsWith(` ${surname}`)).map((n) => state.registry.resolve(n) ?? n))];
  if (sharing.length < 2) return null;
  const same = sharing.filter((n) => state.honorifics?.get(n) === hon);
  if (same.length === 1) return same[0]!;
  const other = (n: string) => { const h = state.honorifics?.get(n); return !!h && h !== hon; };
  trimRecent(state);
  for (let i = state.recent.length - 1; i >= 0; i--)
    for (const p of state.recent[i]!.people) if (sharing.includes(p.name) && !other(p.name)) return p.name;
  return null;
}

function resolveHead(raw: string, state: AttributionState, position: 'after-verb' | 'subject' | 'label', midSentence: boolean): { speaker: string; self: boolean } | null {
  let phrase = normalizeSpace(raw.replace(/[“”"]/g, ''))
    .replace(/^-(?:t-)?/, '')
    // "an engineer at Acme Corp. told": an abbreviation's full stop is part of the name.
    .replace(TRAILING_MARKS(), (m: string, off: number, whole: string) => (m === '.' && ABBREVIATION_AT_END().test(whole.slice(0, off)) ? m : ''))
    .replace(LEADING_CONNECTIVES(), '');
  // "Business Unity South Africa (Busa) CEO Cas Coovadia": the organisation's short name in brackets is no word of the title or the name.
  if (phrase.includes('(')) phrase = phrase.replace(BRACKETED_SHORT_NAME(), '');
  for (let i = 0; i < 3; i++) phrase = phrase.replace(TRAILING_ADVERBS(), '');
  // "one manager who asked not to be named because …": why the person goes unnamed describes no one.
  if (phrase.includes(' who ')) phrase = phrase.replace(ANONYMITY_CLAUSE(), '');
  // "a fisherman on Molokai named Kimo Kahale": the description names the person.
  const namedIn = NAMED_IN_DESCRIPTION().exec(phrase);
  if (namedIn && namedIn.index > 0) return resolveHead(namedIn[1]!, state, 'label', midSentence);
  // "said one person close to the union": "to" belongs to "close to", and ends no attribution there.
  if (position === 'after-verb')
    phrase = phrase
      .replace(/\b(close|closer|closest|near|next|familiar|adviser|advisor)\s+(to|with)\b/giu, '$1\u0001$2')
      // "said an inspector at the U.S. Department of Labor": a described person keeps the institution "at" names (describedPerson()).
      .replace(/\s+(?:on|in|at|during|last|this|after|before|when|while|to|told|adding|who|which)\s.*$/iu, (m, off: number, whole: string) =>
        /^\s+who\s/i.test(m) ? m : /^\s+at\s/i.test(m) && PERSON_NOUN_AT_END().test(whole.slice(0, off)) ? describedPerson(`x${m}`).slice(1) : '')
      .replace(/\u0001/g, ' ');
  if (!phrase) return null;
  const words = phrase.split(/\s+/);
  const first = words[0]!.replace(/['’](d|s|ll|ve|re)$/i, '');
  const ok = (speaker: string) => ({ speaker, self: speaker === state.self });
  // "The minister's office said she would …", "the mayor's campaign said": those who speak for a
  // role's holder, not the holder; as written ("the minister's office"), as "a spokesperson" is.
  const roleBody = /['’]s\s/.test(phrase) ? ROLE_OWNED_BODY().exec(phrase) : null;
  if (roleBody) return ok(lowerFirst(phrase));
  // "The Met Office says … / In its latest bulletin it warned: “…”": "it" alone speaking is the
  // organisation a claim just reported (this paragraph or the one before), else nobody.
  // "Two people close to the negotiations said …. One of them said …": one of that group (this
  // paragraph or the one before), as "one of the people" is; else nobody, never the writer.
  if (position !== 'label' && ONE_OF_THEM().test(phrase)) {
    const group = state.reportingGroup;
    return group && state.paragraph - group.paragraph <= 1 ? ok(`one of ${group.speaker}`) : null;
  }
  if (position !== 'label' && /^it$/i.test(phrase)) {
    const org = state.reportingOrg;
    return org && state.paragraph - org.paragraph <= 1 ? ok(org.speaker) : null;
  }
  // "said Binance CEO Richard Teng", "säger Binances Nordenchef Johan Lindqvist till Di": an
  // organisation, a title, then the full name: the name speaks.
  if (position !== 'label' && words.length >= 3) {
    const titled = nameAfterOrgTitle(words) ?? nameAfterTitleOfField(words) ?? nameAfterConnectedOrgTitle(words) ?? (position === 'subject' ? nameAfterRolePhrase(words) : null);
    if (titled) {
      const name = state.registry.resolve(titled) ?? titled;
      remember(name, null, state);
      return ok(name);
    }
  }

  // "my sister said", "His uncle, asked the same question,": the relative the text named, or the writer's own.
  if (words.length === 2 && /^(?:my|our|his|her|their)$/i.test(first) && KIN_NOUN().test(words[1]!.replace(/[,.]$/, ''))) {
    const kin = words[1]!.replace(/[,.]$/, '');
    if (KIN_ONLY().test(kin)) {
      const person = kinPerson(first, kin, state);
      if (person) return ok(person);
    }
  }
  // In narration "I" alone is the writer ("“Why?” I asked."); "I remember CZ saying" is CZ's words, nobody's here.
  if (SELF().test(first) && words.length <= 3) return state.self ? ok(state.self) : phrase === 'I' && state.writer ? { speaker: state.writer, self: false } : null;
  // A pronoun that opens a registered name ("He Yi said", "He Lan, the governor,") is the name:
  // only the name's other words can follow the pronoun so.
  if (PRONOUN().test(first) && words.length > 1) {
    const named = state.registry.mentions(phrase)[0];
    if (named && named.start === 0 && named.end > first.length) return ok(named.name);
    // Unregistered, the same holds: "He Yi said", "He Jiankui told reporters" (familyNameHe).
    if (familyNameHe(words, '')) {
      const person = personName(phrase, state, position);
      if (person) return ok(person);
    }
  }
  // "He" in mid-sentence, capitalised: the registered speaker with that name ("He Yi"), not the pronoun.
  if (first === 'He' && midSentence && words.length <= 4) {
    const named = personNamedHe(state);
    if (named) return ok(named);
  }
  if (words.length === 1 && (FOREIGN_SHE().test(first) || FOREIGN_HE().test(first))) {
    const person = recentPerson(state, FOREIGN_SHE().test(first) ? 'f' : 'm');
    return person ? ok(person) : null;
  }
  // News quotes one person over several paragraphs with narration between: "hän" reaches two back.
  if (words.length === 1 && FOREIGN_EITHER().test(first)) {
    const person = recentPerson(state, null, undefined, 2);
    return person ? ok(person) : null;
  }
  // "Her brother Per": "her" before a noun owns it, and names nobody by itself.
  if (PRONOUN().test(first) && words.length <= 4 && !(/^her$/i.test(first) && words.length > 1)) {
    // "they" is a group nobody can name; "he"/"she" is the last person named who fits.
    if (/^(they|them)$/i.test(first)) return null;
    const addressed = state.addressed;
    const person = recentPerson(state, /^(she|her)$/i.test(first) ? 'f' : 'm', addressed ? (name) => name.split(' ').includes(addressed) : undefined);
    return person ? ok(person) : null;
  }
  // '"…", הוסיף ז'או בסיום דבריו' ("Zhao added at the end of his words"): in a script without
  // capitals no name stands out by its form, but a registered alias's surname or first name
  // right after the verb names its speaker as "said Zhao" does.
  if (position === 'after-verb' && CASELESS_SPACED().test(phrase)) {
    const part = registeredByPart(first, state);
    if (part) return ok(part);
  }
  // "Danny's mum Pauline, 67, told …": a relative (or a role) owned by a name in the possessive, then
  // the relative's own name: the relative speaks, not the owner the registry knows.
  const ownedKin = position !== 'label' && phrase.length <= 80 ? OWNED_KIN_NAME().exec(phrase) : null;
  if (ownedKin && (KIN_NOUN().test(ownedKin[1]!) || PERSON_NOUN_WORDS.has(ownedKin[1]!))) {
    const person = personName(phrase, state, 'subject');
    if (person) return ok(person);
  }
  // "Dr Pell said" in a story that named Raymond Pell and Dr Colin Pell: the one of them the text
  // wrote with that honorific, or the one named last, never simply the first the text registered.
  const titledSurname = words.length === 2 ? sharedSurnameByHonorific(words[0]!, words[1]!, state) : null;
  if (titledSurname) return ok(titledSurname);
  const known = state.registry.mentions(phrase);
  if (known.length > 0 && (position !== 'subject' || known[known.length - 1]!.end >= phrase.length - 2 || known[0]!.start === 0)) {
    return ok(position === 'after-verb' ? known[0]!.name : known[known.length - 1]!.name);
  }
  // "the judge said" after "U.S. District Judge Richard Jones ruled": the person the text gave that role.
  const holder = state.roleHolders?.size ? roleHolder(phrase, state) : null;
  if (holder) return ok(holder);
  // "The source said …" after "A government source has told us …": a definite description is the
  // one described person of the last few paragraphs whose description ends on the same noun.
  const described = position === 'subject' && phrase.length <= 40 ? describedEarlier(phrase, state) : null;
  if (described) return ok(described);
  // "“He always said that lane would kill someone,” her statement said": a thing written speaks for
  // whose it is, the person the pronoun means.
  const ownedWritten = position === 'subject' ? OWNED_WRITTEN().exec(phrase) : null;
  if (ownedWritten) {
    const owner = resolveSpeaker(ownedWritten[1]!.toLowerCase() === 'his' ? 'he' : 'she', state, 'subject', true);
    if (owner && /^\p{Lu}/u.test(owner.speaker) && !isOrg(owner.speaker, state)) return ok(owner.speaker);
  }
  // "“We will appeal,” her lawyer said", "said his spokesman": a person described by whose they
  // are, the whole subject of the speech verb (or all that follows it), speaks as "a lawyer" does;
  // the writer is not credited with the words. Only the whole phrase counts here: a possessive
  // noun elsewhere in a sentence anchors no pronoun nor dialogue turn.
  if (position !== 'label' && OWNED_DESCRIPTION().test(phrase)) {
    const described = phrase.charAt(0).toLowerCase() + phrase.slice(1);
    (state.ownedDescribed ??= new Set()).add(described);
    return ok(described);
  }
  // "“We ran it into the ground,” one former operator said": one of a group, described by what they
  // do, speaks as "a former operator" does; no anchor for later turns (as the possessive's).
  if (position !== 'label' && ONE_DESCRIBED().test(phrase)) {
    const described = lowerFirst(phrase);
    (state.ownedDescribed ??= new Set()).add(described);
    return ok(described);
  }
  // "People familiar with the matter", "two people with knowledge of the talks": an unnamed group
  // a news story cites, described by what it knows, is who speaks, as "one employee" is.
  if (UNNAMED_GROUP().test(phrase) && phrase.length <= 90) return ok(lowerFirst(phrase.replace(/^(?:People|Persons|Sources|Insiders)\b/, (w) => w.toLowerCase())));
  // "one of the people said", "one of the executives said": one of a group the story has cited, described so.
  if (ONE_OF_GROUP().test(phrase)) return ok(lowerFirst(normalizeSpace(phrase)));
  DESCRIPTION().lastIndex = 0;
  const descs = allMatches(DESCRIPTION(), phrase);
  const desc = descs[0];
  if (desc && desc.index === 0 && wordCount(phrase) <= 18) {
    // "a spokesperson for the family office declined to comment beyond saying": the description
    // ends where its clause's own verb starts (not inside a relative clause: "a man who was there").
    const described = position === 'after-verb' ? phrase : toHeadNoun(desc[1]!, phrase);
    const cut = lowerFirst(normalizeSpace(/\s(?:who|which|that)\s/i.test(described) ? described : described.replace(CLAUSE_VERB_ON(), '')));
    // "The Chair thanked her and said …": the description cut from its clause may be a role the
    // text gave someone ("Cllr Margaret Oduya (Chair)"), as the whole subject "The Chair" is.
    const heldBy = cut !== lowerFirst(normalizeSpace(phrase)) && state.roleHolders?.size ? roleHolder(cut, state) : null;
    return ok(heldBy ?? cut);
  }
  // "the fire chief said", "the referee said", "a vendor said": the whole subject a determiner and a
  // head noun that is a person's, in small words, though not one the description list holds (whose
  // nouns also shape appositives and titles: "chief executive, NAME", "Reverend X … The vicar").
  if (position !== 'label' && phrase.length <= 60) {
    const head = DESCRIBED_HEAD().exec(phrase);
    if (head) return ok(lowerFirst(normalizeSpace(phrase)));
  }
  // "Un ancien salarié, qui a requis l'anonymat, résume", "dijo una exempleada", "ein ehemaliger
  // Mitarbeiter sagte": a person described in French, Spanish, Portuguese or German, as "a former employee".
  if (FOREIGN_ARTICLE().test(phrase)) {
    const foreign = FOREIGN_DESCRIBED().exec(phrase.charAt(0).toLowerCase() + phrase.slice(1));
    if (foreign) return ok(normalizeSpace(foreign[1]!));
  }
  // "The Bank of England said", "The Royal Society for the Protection of Birds said", "Friends of
  // the Earth said": a name of capitalised words joined by "of", "for", "and" is an organisation's
  // (or an office's: "The Duke of Edinburgh said"), never a person's, when "The" opens it or an
  // organisation's word ends its head. "Mary Hall of King's College London" is a person (below).
  if (position !== 'label') {
    const org = connectedName(phrase);
    if (org) return ok(org);
  }
  // "A statement from Northgate Rail said", "A report by the Resolution Foundation said": what a
  // paper says, its author says ("the report said" alone credits nobody: reportedBy's credit).
  if (position === 'subject' && phrase.length <= 120) {
    const paper = PAPER_FROM().exec(phrase);
    if (paper) return resolveHead(paper[1]!, state, 'subject', true);
  }
  // "Mary Hall of King's College London said": the person before the institution speaks.
  if (position === 'subject') {
    const of = NAME_OF_INSTITUTION().exec(phrase);
    const who = of ? personName(of[1]!, state, position) : null;
    if (who && !isOrg(who, state) && /\s/.test(who)) return ok(who);
    // "Melissa Tarrant of the Australian Institute of Marine Science said": an institution's name
    // may hold "of", "for", "and" itself; the person is before the first preposition that opens
    // such a name, never its last words ("Marine Science").
    const longer = !who && phrase.length <= 160 ? personBeforeInstitution(phrase, state, position) : null;
    if (longer) return ok(longer);
  }
  // "the elder Adeyemi": of the two Adeyemis, the one the text named as the other's parent.
  const generation = /^the\s+(elder|younger)\s+(\p{Lu}[\p{L}'’-]+)$/iu.exec(phrase);
  const elder = generation ? elderOrYounger(generation[1]!, generation[2]!, state) : null;
  if (elder) return ok(elder);
  // "Power company Westgrid says …", "the energy firm Norland said …": a lone capitalised word after a
  // noun only an organisation is (and perhaps its trade) names that organisation, noted as one for a
  // later "Westgrid said …"; a person so introduced has a full name ("camera operator Jim Bell").
  const describedOrg = position !== 'label' ? DESCRIBED_ORG().exec(phrase) : null;
  if (describedOrg && !state.registry.resolve(describedOrg[1]!) && !state.byPart.has(describedOrg[1]!)) {
    state.orgs.add(describedOrg[1]!);
    return ok(describedOrg[1]!);
  }
  // "“…,” Police said.", "“…,” Officials said.": a capitalised word that names no person
  // (LONE_NON_PERSON) as the whole subject is read as its lowercase would be: "the police", an
  // organisation speaking as "the police said" does; "officials", people undescribed, nobody.
  if (position !== 'label' && words.length === 1 && LONE_NON_PERSON().test(phrase) && !state.registry.resolve(phrase) && !state.byPart.has(phrase)) {
    const body = `the ${phrase.toLowerCase()}`;
    return ORGANISATION().test(body) ? ok(body) : null;
  }
  const name = personName(phrase, state, position);
  if (name) return ok(name);
  // "Taxi driver (Pakistani, in Dubai since 2011) says": notes drop the article before a role
  // that opens the sentence; the role is who speaks, as "a taxi driver" would be.
  if (position === 'subject' && !midSentence) {
    const bare = normalizeSpace(withoutParenNotes(phrase).replace(/^[*_]{0,2}\d{1,2}:\d{2}[*_]{0,2}\s+/, ''));
    if (BARE_ROLE().test(bare) && PERSON_NOUN_AT_END().test(bare) && !NOT_PERSON_WORDS().test(bare.split(' ')[0]!)) return ok(bare[0]!.toLowerCase() + bare.slice(1));
  }
  // "a reply from CZ asking": the noun phrase right before the verb.
  if (position === 'subject' && descs.length) {
    const d = descs[descs.length - 1]!;
    if ((d.index ?? 0) + d[0].length >= phrase.length - 1) return ok(lowerFirst(describedBeforeVerb(normalizeSpace(d[1]!))));
  }
  // "Duarte's spokesperson": a person described by whom they speak for.
  const owned = OWNED_ROLE().exec(phrase) ?? OWNED_BODY().exec(phrase);
  if (owned) {
    const owner = resolveHead(owned[1]!, state, 'label', midSentence);
    if (owner) return ok(`${owner.speaker}'s ${owned[2]!.toLowerCase()}`);
  }
  // "The company said in a statement": an organisation speaks through its statements; the
  // description is its speaker, as "a port authority spokesman" is.
  // "The foundation says …" after "according to the Irish Heart Foundation": the organisation named.
  if (ORGANISATION().test(phrase)) return ok((position !== 'label' && state.citedOrgs ? orgEndingOn(phrase, state.citedOrgs) : null) ?? lowerFirst(normalizeSpace(phrase)));
  return null;
}

/** The last word of an organisation's name: ORG_SUFFIX's and ORG_HEAD_NOUN's, and a public body's "Service", "Scheme", "Unit", "Panel". */
const ORG_NAME_LAST = lazy(() => new RegExp(`${ORG_SUFFIX().source}|${ORG_HEAD_NOUN().source}|^(?:Service|Scheme|Unit|Panel)$`));
/**
 * A description that DESCRIPTION ended on a word that only looks like a "…man" noun ("a human",
 * "a Lumen", "a Yemen") carried on to its real head noun: "a human rights lawyer", "a Lumen Ridge
 * spokesperson", "a Yemen official". DESCRIPTION takes the first person noun it reaches; a noun
 * phrase's head is its last noun, up to three words on. A capitalised one inside an organisation's
 * name carries on to the name's last word ("The Student Union", "The Financial Ombudsman Service").
 */
function toHeadNoun(described: string, phrase: string): string {
  const lastWord = /[\p{L}-]+$/u.exec(described)?.[0] ?? '';
  const last = lastWord.toLowerCase();
  if (!phrase.startsWith(described)) return described;
  const words = phrase.slice(described.length).trim().split(/\s+/, 4);
  // "The Financial Ombudsman Service said", "The Local Government Association said": a capitalised
  // person noun that capitalised words carry on to an organisation's noun is a word of its name.
  if (/^\p{Lu}/u.test(lastWord)) {
    const run: string[] = [];
    for (const w of words.slice(0, 3)) {
      if (!/^\p{Lu}[\p{Ll}'’&-]+$/u.test(w)) break;
      run.push(w);
    }
    while (run.length && !ORG_NAME_LAST().test(run[run.length - 1]!)) run.pop();
    if (run.length) return `${described} ${run.join(' ')}`;
  }
  if (!/(?:man|men)$/.test(last) || PERSON_NOUN_WORDS.has(last)) return described;
  for (let j = Math.min(words.length, 3) - 1; j >= 0; j--) {
    if (PERSON_NOUN_WORDS.has(words[j]!.toLowerCase()) && words.slice(0, j).every((w) => /^[\p{L}&'’-]+$/u.test(w) && !/^(?:who|which|that|and|or|but|said|says|was|is|were|to|of|at|in|on|for|with|from|by)$/i.test(w))) {
      return `${described} ${words.slice(0, j + 1).join(' ')}`;
    }
  }
  return described;
}

/** "one (woman, ~25, …)", "someone (man, 40s)": a person described by a parenthesis that opens on their sex. */
const GENDER_IN_PARENS = lazy(() => /(?<![\p{L}])(?:one|someone|somebody)\s*\((woman|man|girl|boy|female|male)(?![\p{L}])[^)]*\)/giu);
/** A note's sentence opening on a role without its article (after its time), before a speech verb: "16:20 Taxi driver (…) says". */
const BARE_ROLE_SUBJECT = lazy(() => new RegExp(`^(\\s*(?:[*_]{0,2}\\d{1,2}:\\d{2}[*_]{0,2}\\s+)?)(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,2})(?:\\s*\\([^)]*\\))?\\s+(?:${VERBS})(?![\\p{L}])`, 'u'));
/** A role without its article, capitalised as a sentence's first word: "Taxi driver", "Host", "Senior engineer". */
const BARE_ROLE = lazy(() => /^\p{Lu}\p{Ll}+(?:\s+\p{Ll}[\p{Ll}-]*){0,2}$/u);
const PERSON_NOUN_AT_END = lazy(() => new RegExp(`(?<![\\p{L}])(?:${PERSON_NOUNS})$`, 'iu'));

/**
 * A name of capitalised words joined by small words: "The Bank of England", "Federation of Small
 * Businesses", "Royal Society for the Protection of Birds". Group 1 "The" if it opens the name,
 * group 2 the head before the first joining word. Each run bounded: linear.
 */
const CONNECTED_NAME = lazy(() => /^(?:([Tt]he)\s+)?((?:\p{Lu}[\p{L}'’&.-]*\s+){0,3}?\p{Lu}[\p{L}'’&.-]*)(?:\s+(?:of|for|on|and|&|without|de)\s+(?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,3}){1,3}$/u);
/** Head nouns of organisations that ORG_SUFFIX leaves out, as a name without "The" opens: "Friends of the Earth", "League of Women Voters". */
const ORG_HEAD_NOUN = lazy(() => /^(?:Federation|Confederation|League|Church|Friends|Museum|Organisation|Organization|Chamber|Academy|Order|Centre|Center|Library|Guild|Congress|Assembly|Parliament|Government|Institution|Doctors|Citizens|Campaign|Movement)$/);
/** The organisation (or office) a CONNECTED_NAME is, "The" lowercased; null where the name may be a person's. */
function connectedName(phrase: string): string | null {
  if (phrase.length > 100 || !/\s(?:of|for|on|and|&|without|de)\s/.test(phrase)) return null;
  const m = CONNECTED_NAME().exec(phrase);
  if (!m) return null;
  const head = m[2]!.split(/\s+/);
  if (!m[1] && !ORG_SUFFIX().test(head[head.length - 1]!) && !ORG_HEAD_NOUN().test(head[head.length - 1]!)) return null;
  // ("The" and then a pronoun's or a month's word is a sentence, not a name: "The Friday of the vote")
  if (m[1] && (LONE_FUNCTION_WORD().test(head[0]!) || TIME_THING_WORD().test(head[0]!))) return null;
  return m[1] ? lowerFirst(phrase) : phrase;
}
/** A paper and its author: "A statement from Northgate Rail", "a report by the Resolution Foundation"; group 1 the author. */
const PAPER_FROM = lazy(() => /^(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:statement|letter|e-?mail|post|press\s+release|release|filing|submission|memo|note|report|study|survey|review|analysis)\s+(?:from|by|issued\s+by|on\s+behalf\s+of)\s+((?:the\s+)?\p{Lu}[^,;:“”"()]{1,80})$/u);

// ("Beatriz Montes of Santiago-based brokerage Valor", "Ana Ruiz at the asset manager Norvik": the
// institution may be described first, in up to three small words or a place's "-based", before its name.)
const NAME_OF_INSTITUTION = lazy(() => /^(.*\p{Lu}[\p{L}'’-]+)\s+(?:of|at|from)\s+(?:(?:the|an?)\s+)?(?:(?:\p{Lu}[\p{L}'’.]*-based|\p{Ll}[\p{Ll}-]*)\s+){0,3}?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}&'’.-]*){0,4}$/u);
/** An institution's name of capitalised words that may be joined by "of", "for", "and", "&", "the", "on": "Australian Institute of Marine Science". */
const CONNECTED_INSTITUTION = lazy(() => /^(?:the\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:(?:of|for|and|&|the|on)\s+){0,2}\p{Lu}[\p{L}&'’.-]*){0,7}$/u);
/**
 * "NAME of/at/from INSTITUTION" where the institution's name holds "of" itself: each preposition from
 * the left whose rest is such a name is tried, and the first person's name of two words or more
 * before it is who speaks. Bounded: a phrase of a few dozen words.
 */
function personBeforeInstitution(phrase: string, state: AttributionState, position: 'after-verb' | 'subject' | 'label'): string | null {
  for (const m of execAll(/\s(?:of|at|from)\s/gu, phrase)) {
    const left = phrase.slice(0, m.index);
    if (!/\p{Lu}[\p{L}'’-]+$/u.test(left) || !CONNECTED_INSTITUTION().test(phrase.slice(m.index + m[0].length))) continue;
    const who = personName(left, state, position);
    if (who && !isOrg(who, state) && /\s/.test(who)) return who;
  }
  return null;
}
const OWNED_ROLE = lazy(() => new RegExp(`^(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})['’]s?\\s+((?:[\\p{Ll}-]+\\s+){0,2}(?:${PERSON_NOUNS}))$`, 'u'));
/** A counted group of people: "the three MPs", "both two founders", "all four candidates" (the last such in the text). */
const COUNTED_GROUP = lazy(() => /(?<![\p{L}])((?:the|all|both)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\p{Ll}-]+\s+)?(\p{Lu}{2,}s|\p{Ll}{2,}(?:men|people|s)))(?![\p{L}])/gu);
function countedGroupBefore(text: string): string | null {
  let found: string | null = null;
  for (const m of execAll(COUNTED_GROUP(), text.slice(-600))) {
    const head = m[2]!;
    if (/^\p{Lu}/u.test(head) || /(?:men|people)$/.test(head) || hasPersonNoun(head.slice(0, -1)) || PLURAL_PERSON().test(head)) found = normalizeSpace(lowerFirst(m[1]!));
  }
  return found;
}
/** "The minister's office", "the mayor's campaign": a role in small words owning a body that speaks for its holder. */
const ROLE_OWNED_BODY = lazy(() => /^[Tt]he\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*['’]s\s+(?:office|campaign|staff|aides|lawyers|attorneys|representatives|press\s+office|private\s+office)$/u);
/** "Gov. Anne Kessler's office", "Senator Ruiz's campaign": those who speak for a person, named by whom. */
const OWNED_BODY = lazy(() => /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’-]+){0,3})['’]s\s+(office|campaign|staff|family|lawyers|attorneys|representatives)$/u);
/** The nouns only an organisation is, never a person (no "operator", "producer", "developer": "camera operator NAME"). */
const ORG_ONLY_NOUN = 'company|firm|utility|supplier|retailer|manufacturer|carmaker|insurer|lender|bank|airline|startup|start-up|charity|chain|agency|broadcaster|regulator|conglomerate|supermarket|consultancy|group|giant|corporation|organi[sz]ation';
/** "Power company Westgrid", "the energy firm Norland", "housing charity Shelter": such a noun, perhaps its trade before it, then one capitalised word. */
const DESCRIBED_ORG = lazy(() => new RegExp(`^(?:(?:[Tt]he|[Aa]n?)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${ORG_ONLY_NOUN})\\s+(\\p{Lu}[\\p{L}\\d&'’-]*)$`, 'u'));
/** A determiner, up to three small words, then a person's noun the description list leaves out: "the fire chief", "the match referee". */
const DESCRIBED_HEAD = lazy(() => /^(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}-]+(?:['’]s)?\s+){0,3}(?:chief|boss|referee|umpire|striker|goalkeeper|midfielder|defender|vicar|medic|skipper|captain|commander|sergeant|lieutenant|colonel|trustee|jockey|vendor|grower|scholar|academic)$/u);
/** A whole phrase that describes an organisation: "the company", "the transport ministry", "its parent firm", a consultation summary's "one walking club" or "another housing association". */
const ORGANISATION =
  lazy(() => /^(?:the|its|their|a|an|one|another)\s+(?:[\p{L}'’&-]+\s+){0,3}(?:company|firm|ministry|department|agency|government|council|board|union|bank|court|police|management|office|campaign|group|team|exchange|startup|authority|commission|committee|party|club|school|university|college|hospital|airline|administration|embassy|organi[sz]ation|foundation|charity|platform|studio|network|newspaper|publisher|regulator|operator|retailer|manufacturer|carmaker|insurer|lender|developer|utility|city|county|district|military|army|navy|ministry|secretariat|cabinet|parliament|senate|club|league|federation|association|prosecution|defence|defense)$/iu);

/** A word in a script that has no capitals but spaces between words (Hebrew, Arabic, the Indic scripts). */
const CASELESS_SPACED = lazy(() => /^[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Georgian}]/u);

/**
 * The person whose family name is He, for a capitalised "He" where the pronoun cannot stand (in
 * mid-sentence, before an age): the one registered, else the one the text named in full ("He Yi").
 */
function personNamedHe(state: AttributionState): string | null {
  const registered = registeredByPart('He', state);
  if (registered) return registered;
  const named = state.byPart.get('He');
  return named && (named.startsWith('He ') || named.endsWith(' He')) ? (state.registry.resolve(named) ?? named) : null;
}

/** The registered speaker one of whose name's words is `word` (first or last), when exactly one is. */
function registeredByPart(word: string, state: AttributionState): string | null {
  const hits = state.registry.names().filter((n) => {
    const parts = n.split(/\s+/);
    return parts.length > 1 && (parts[0] === word || parts[parts.length - 1] === word);
  });
  if (hits.length) return hits.length === 1 ? hits[0]! : null;
  // "said Zhao" before the text has written "Changpeng Zhao": a word of one registered alias
  // ("CZ: [Changpeng Zhao]") names that speaker as a word of the canonical name would.
  const byAlias = state.registry.names().filter((n) =>
    state.registry.aliasesOf(n).some((a) => {
      const parts = a.trim().split(/\s+/);
      return parts.length > 1 && (parts[0] === word || parts[parts.length - 1] === word);
    }),
  );
  return byAlias.length === 1 ? byAlias[0]! : null;
}

/** Words that make a lowercase run before a name grammar, not a role ("said on Monday Ortiz"). */
const FUNCTION_WORD =
  lazy(() => /^(a|an|the|this|that|these|those|on|in|at|to|of|for|with|by|from|as|and|but|or|nor|so|it|its|his|her|their|our|my|your|after|before|when|while|then|again|also|later|today|yesterday|last|next|who|which|what|not|no|than)$/i);

/** A pronoun for no one in particular, capitalised as a sentence's first word. */
const INDEFINITE_PERSON = lazy(() => /^(?:Nobody|Everyone|Everybody|Someone|Somebody|Anyone|Anybody|Noone|None)$/);

/** A word in capitals long enough to be no initialism: a surname an official record writes in capitals. */
const CAPS_SURNAME = lazy(() => /^\p{Lu}{3,}$/u);

const NAME_TOKEN = lazy(() => /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.|de|da|van|von|der|del|la|le|bin|al|el|di|(?:al|el|bin|ibn|abu|ben|ad|ash)-\p{Lu}[\p{L}'’-]*)$/u);

/** A study's participant code: "P3", "R04", "S12"; or written out, "Participant 15" (= P15), "Respondent 4". */
const CODE_TOKEN = lazy(() => /^[PRIS]\d{1,3}$/);
const CODE_WORD = lazy(() => /^(?:[Pp]articipant|[Rr]espondent|[Ii]nterviewee|[Ss]ubject)$/);
/**
 * A research text's pseudonym as the whole speaker phrase (a leading connective aside): "As P3 put it",
 * "P19 told us", "said Participant 15". The written-out form is the code ("Participant 15" is P15),
 * so both spellings are one speaker.
 */
function participantCode(words: readonly string[], position: 'after-verb' | 'subject' | 'label'): string | null {
  const ws = position === 'subject' && words.length > 1 && /^(?:as|and|but|so|for|while|when|then|yet)$/i.test(words[0]!) ? words.slice(1) : words;
  const one = ws.length === 1 ? ws[0]!.replace(/[,.:;]$/, '') : null;
  if (one && CODE_TOKEN().test(one)) return one;
  if (ws.length === 2 && CODE_WORD().test(ws[0]!) && /^\d{1,3}[,.:;]?$/.test(ws[1]!)) return `${ws[0]![0]!.toUpperCase()}${ws[1]!.replace(/[,.:;]$/, '')}`;
  // "Participant B said": a report that codes the people it quotes by letter; kept whole ("B" alone names no one).
  if (ws.length === 2 && CODE_WORD().test(ws[0]!) && /^(?!I\b)\p{Lu}[,.:;]?$/u.test(ws[1]!)) return `${ws[0]![0]!.toUpperCase()}${ws[0]!.slice(1)} ${ws[1]![0]!}`;
  return null;
}

/**
 * A qualitative paper's citation of whom it quotes, in parentheses right after the words: "(P9)",
 * "(P11, midwife)", "(Participant 12, nurse, 34)", "(Respondent 4; 2019)". Its first part is the
 * participant's code (participantCode), the rest describes them. `text` starts at the parenthesis
 * (spaces before it aside); null when no such citation opens it.
 */
const PARTICIPANT_CITATION = lazy(() => /^\s*\(\s*([A-Za-z]{1,11}(?:\s\d{1,3}|\d{1,3}))\s*([,;)])/);
/**
 * A participant's code labelling the words that follow it, as a research write-up sets a quotation
 * off: "P7: I'd rather …", "Participant 12: …". The code (participantCode) and the label's length;
 * null when no such label opens the text.
 */
const PARTICIPANT_LABEL = lazy(() => /^\s*([A-Za-z]{1,11}(?:\s\d{1,3}|\d{1,3}))\s*:\s+(?=\S)/);
export function participantLabel(text: string): { code: string; length: number } | null {
  const m = text.includes(':') ? PARTICIPANT_LABEL().exec(text) : null;
  const code = m ? participantCode(m[1]!.split(' '), 'label') : null;
  return code ? { code, length: m![0].length } : null;
}
export function participantCitation(text: string): string | null {
  const m = PARTICIPANT_CITATION().exec(text);
  return m ? participantCode(m[1]!.split(' '), 'label') : null;
}

/**
 * Post-nominal letters right after a word with a capital in it, up to a comma, a space or the end:
 * the word kept. The match starts at the word's start (and takes what precedes its first capital
 * followed by a letter), so a long word is read once: starting at each of its capitals, as
 * `(\p{Lu}[\p{L}'’-]+)\s+…` did, a 30 KB word in capitals before " x KC" took half a second.
 */
export const POST_NOMINAL_LETTERS = lazy(() => /(?<![\p{L}'’-])((?:[\p{Ll}\p{Lt}\p{Lm}\p{Lo}'’-]|\p{Lu}(?![\p{L}'’-]))*\p{Lu}[\p{L}'’-]+)\s+(?:KC|QC|SC|MP|MSP|MEP|OBE|MBE|CBE|KBE|DBE)(?=[\s,;.]|$)/gu);

/** Post-nominal letters with a capitalised word after them: "Soy MP Caleb Rotich", a title before the name. */
const TITLE_LETTERS_BEFORE_NAME = lazy(() => /\s(?:KC|QC|SC|MP|MSP|MEP|OBE|MBE|CBE|KBE|DBE)\s+\p{Lu}/u);

/**
 * The person a description right before the quoting verb names: "this newspaper quoted an
 * unnamed director who" (called her …) is "an unnamed director". The description may run from an
 * earlier noun's determiner over a verb; the person's own determiner is the last one before the
 * first person noun, and the relative pronoun that ends it opens the quoting clause.
 */
function describedBeforeVerb(described: string): string {
  const noun = PERSON_NOUN_ANY().exec(described);
  let from = 0;
  if (noun) for (const m of described.slice(0, noun.index).matchAll(INNER_DETERMINER())) from = m.index! + 1;
  return described.slice(from).replace(/\s+(?:who|that)$/i, '');
}
const INNER_DETERMINER = lazy(() => new RegExp(`\\s(?=(?:${DETERMINERS})\\s)`, 'giu'));

/**
 * A person's name in a phrase: a run of capitalised words, after any titles
 * ("Binance CEO Richard Teng" → "Richard Teng"), never an organisation. A
 * surname or first name alone resolves to the full name seen earlier.
 */
function personName(phrase: string, state: AttributionState, position: 'after-verb' | 'subject' | 'label'): string | null {
  let text = withoutParenNotes(phrase).trim();
  // A barrister's or a member's letters after the name ("Mr Desmond Achebe KC", "Ruth Kamara MP"):
  // a rank, no word of the name.
  // Not letters followed by a capitalised word: there they are a title before a name, "Soy MP Caleb
  // Rotich" (the member for Soy) is Caleb Rotich, not "Soy Caleb Rotich".
  if (/\s(?:KC|QC|SC|MP|MSP|MEP|OBE|MBE|CBE|KBE|DBE)\b/.test(text) && !TITLE_LETTERS_BEFORE_NAME().test(text)) text = text.replace(POST_NOMINAL_LETTERS(), '$1');
  const hon = HONORIFIC().exec(text);
  let gender: 'f' | 'm' | null = null;
  if (hon) {
    gender = /^(Mrs|Ms|Miss|Dame|[Bb]à)/.test(hon[1]!) ? 'f' : /^(Mr|Sir|[Ôô]ng)$/.test(hon[1]!) ? 'm' : null;
    text = text.slice(hon[0].length);
  }
  const words = text.split(/\s+/).filter(Boolean);
  const code = participantCode(words, position);
  if (code) return code;
  // A title, then a doctor's or professor's rank before the name: "Sozialdezernent Dr. Thomas Brenner".
  let titled = false;
  while (words.length > 1 && (TITLE_BEFORE_NAME().test(words[0]!) || /^(?:Dr|Prof)\.$/.test(words[0]!))) {
    words.shift();
    titled = true;
  }
  // The run of name words at the end (subject, label) or the start (after the verb).
  let run: string[] = [];
  let kinLead = false;
  if (position === 'after-verb') {
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      // A numbered unit's number after its capitalised name, its office after it: "Local 1127 President
      // Marcus Delgado", "District 9 Supervisor Ana Ruiz". The number is the unit's, the office the title.
      const num = i > 0 && /^\d{1,5}$/.test(w) && /^\p{Lu}/u.test(words[i - 1]!) && words[i + 1] !== undefined && isTitleToken(words[i + 1]!) && /^\p{Lu}/u.test(words[i + 1]!) ? 1 : 0;
      if (!NAME_TOKEN().test(w) || (isTitleToken(w) && !(run.length && (isManSurname(w) || roleNounSurname(run, w, words[i + 1], state))))) {
        if (run.length) {
          // "Fennel Pay chief executive Ana Ruiz": an organisation, then titles, then the name.
          const rest = words.slice(i + num);
          const k = rest.findIndex((x) => !isTitleToken(x) && !/^(of|at|for|the|and)$/i.test(x));
          // (So does an office of capitalised words ending on a title: "Deputy Harbour Master Lin Okoro".)
          if ((isOrg(run.join(' '), state) || (isTitleToken(rest[0]!) && /^\p{Lu}/u.test(rest[0]!))) && k > 0 && NAME_TOKEN().test(rest[k]!) && /^\p{Lu}/u.test(rest[k]!)) {
            run = [];
            i += num + k - 1;
            continue;
          }
          break;
        }
        if (isTitleToken(w) || /^\p{Lu}/u.test(w)) continue; // "Binance CEO Richard Teng": skip the titles before the name
        if (num) continue; // (and a numbered unit's number: "Local 1127 President …")
        // "said harbor pilot Samuel Ortiz": a lowercase role of up to three content words, then the name.
        if (i < 3 && /^\p{Ll}[\p{L}-]*$/u.test(w) && !FUNCTION_WORD().test(w)) continue;
        break;
      }
      run.push(w);
    }
  } else {
    for (let i = words.length - 1; i >= 0; i--) {
      const w = words[i]!;
      // A title word is a surname where a full name seen before ends in it ("Mary Bishop … Bishop said").
      if (!NAME_TOKEN().test(w) || (isTitleToken(w) && !(run.length === 0 && (state.byPart.get(w)?.endsWith(` ${w}`) || (isManSurname(w) && i > 0 && /^\p{Lu}\p{Ll}/u.test(words[i - 1]!) && !isTitleToken(words[i - 1]!)) || (i === 1 && words.length === 2 && roleNounSurname([words[0]!], w, undefined, state)))))) break;
      run.unshift(w);
    }
    // "Did Quist say “…”?": a question's auxiliary opening the sentence is no part of a name, and a
    // question reports nobody saying anything ("Will", "May" are first names too: left to the name).
    if (run.length >= 2 && run.length === words.length && QUESTION_AUX().test(run[0]!)) return null;
    // "Afterwards Yi told me": a sentence adverb opening the sentence is no part of the name after it.
    if (run.length >= 2 && run.length === words.length && SENTENCE_ADVERB().test(run[0]!)) run.shift();
    // "Librarian Oscar Lindgren said": an occupation capitalised as the sentence's first word heads the name.
    if (run.length >= 3 && run.length === words.length && AGENT_NOUN().test(run[0]!)) run.shift();
    // A subject must be only the name and the titles before it ("Fennel Pay chief executive Ana Ruiz"),
    // or a lowercase role of up to three content words ("port director Anselm Gruber told reporters").
    // The first word may be capitalised as the sentence's first ("Parish council chairman Margaret Oddie").
    const lead = words.slice(0, words.length - run.length).map((w, k) => (k === 0 && !NOT_PERSON_WORDS().test(w) && /^\p{Lu}\p{Ll}+$/u.test(w) ? w.toLowerCase() : w));
    const role = (w: string) => /^\p{Ll}[\p{L}-]*$/u.test(w) && !FUNCTION_WORD().test(w);
    const roleWords = lead.filter((w) => !isTitleToken(w) && !/^\p{Lu}/u.test(w) && !/^(of|at|for|the|and)$/i.test(w));
    // "Her brother Per": a relative or a role owned by someone named before, then a first name alone.
    // So is one owned by a name in the possessive: "Danny's mum Pauline" is Pauline, not Danny.
    kinLead = lead.length === 2 && (/^(his|her|their|my|our)$/i.test(lead[0]!) || /^\p{Lu}[\p{L}-]{0,30}['’]s$/u.test(lead[0]!)) && (KIN_NOUN().test(lead[1]!) || PERSON_NOUN_WORDS.has(lead[1]!.toLowerCase()));
    if (!kinLead && roleWords.length && (roleWords.length > 3 || !roleWords.every(role) || !lead.slice(0, roleWords.length).every(role))) return null;
    if (kinLead && !gender) gender = MALE_KIN().test(lead[1]!) ? 'm' : FEMALE_KIN().test(lead[1]!) ? 'f' : null;
  }
  while (run.length && /^(de|da|van|von|der|del|la|le|bin|al|el|di)$/.test(run[0]!)) run.shift();
  // Nor does one end on it: "dijo Ferrer al final de la entrevista" ("al", "at the"), "sagte Roth von
  // der Stadt": the particle opens the words after the name, no surname follows it.
  while (run.length && /^(de|da|van|von|der|del|la|le|bin|al|el|di)$/.test(run[run.length - 1]!)) run.pop();
  run = officeRunName(run, titled, state);
  // "The Nigerian National Petroleum Company Limited (NNPCL) said": an organisation's name may run
  // past a person's four words when an organisation's word ends it and it is the whole phrase (its
  // article aside); it speaks for itself as a shorter one does (below).
  const longOrg = run.length > 4 && run.length <= 8 && position !== 'label' && ORG_SUFFIX().test(run[run.length - 1]!) && (run.length === words.length || (run.length === words.length - 1 && /^the$/i.test(words[0]!)));
  if (run.length === 0 || (run.length > 4 && !longOrg)) return null;
  // "Let's say “…”", "Let’s call it “…”": the imperative's "Let's" (us) is nobody's name.
  if (/^Let['’]s$/i.test(run[0]!)) return null;
  // "Here I say…", "Now I said": a capitalised opening word, then the pronoun I, is the speaker in the first person, never a name.
  if (position === 'subject' && run.length === 2 && run[1] === 'I' && !state.byPart.has(run[0]!) && !state.registry.resolve(run[0]!)) return null;
  const name = run.join(' ').replace(/['’]s$/, '');
  if (isOrg(name, state)) {
    // An organisation may speak for itself ("Birch Partners said in a statement"), but only as the whole phrase.
    return run.length === words.length && position !== 'label' ? name : null;
  }
  const resolved = state.registry.resolve(name);
  if (resolved) return resolved;
  // "zei Van Dijk", "a dit De Villiers": a surname with its particle, capitalised where it stands
  // without the given name, is the full name written before ("Pieter van Dijk").
  if (run.length >= 2 && run.length <= 3 && /^(?:Van|Von|De|Da|Di|Du|Del|Della|Der|Den|Ter|Ten|Zu|Le|La)$/.test(run[0]!)) {
    const full = state.byPart.get(run[run.length - 1]!);
    if (full && full.toLowerCase().endsWith(` ${name.toLowerCase()}`) && full.length > name.length + 1) return state.registry.resolve(full) ?? full;
  }
  if (run.length === 1) {
    const one = run[0]!;
    // "ZHAO stated that" (a record that writes its subject's surname in capitals): the surname as names are written.
    const cased = CAPS_SURNAME().test(one) ? one[0] + one.slice(1).toLowerCase() : null;
    const byPart = registeredByPart(one, state) ?? (cased ? registeredByPart(cased, state) : null);
    if (byPart) return byPart;
    const full = state.byPart.get(one) ?? (cased ? state.byPart.get(cased) : undefined);
    if (full) return state.registry.resolve(full) ?? full;
    if (NOT_PERSON_WORDS().test(one)) {
      // "“…,” Binance said.": a word that names things, never people, and is the whole subject
      // of the speech verb is an organisation speaking through a statement ("The company said"
      // is one too); a pronoun or a determiner there ("It said") names nobody.
      return position === 'subject' && words.length === 1 && !hon && !PRONOUN().test(one) && !SELF().test(one) && !LONE_FUNCTION_WORD().test(one) ? one : null;
    }
    // "Castellan said" after "the furnace of Vittorio Castellan": the surname speaks, so that was a person.
    const named = state.afterPreposition.get(one);
    if (named) {
      state.orgs.delete(named);
      return state.registry.resolve(named) ?? remember(named, gender, state);
    }
    // "Nobody asks", "Someone said": an indefinite pronoun names no one.
    if (INDEFINITE_PERSON().test(one)) return null;
    // "Records disclosed that …", "Filings show …": papers say things, and name no one who does.
    if (DOCUMENT_PLURAL().test(one)) return null;
    // "“…,” Varga said." above "Tomasz Varga, who …": a surname on its first mention, the full name
    // the document gives it elsewhere (loneSurname, as for a claim's "Varga said the …").
    // (Not a first name the text has given in full: "— Chidi" under "Chidi Okeke" is Chidi Okeke.)
    const surnamed = words.length === 1 && !hon && position !== 'label' && !state.fullNames.some((f) => f.startsWith(`${one} `)) ? loneSurname(one, state, '') : null;
    if (surnamed?.includes(' ')) return remember(surnamed, gender, state);
    // An unknown single name is a name when it stands alone as the speaker phrase.
    return words.length === 1 || hon || kinLead ? remember(one, gender, state) : null;
  }
  if (run.some((w) => NOT_PERSON_WORDS().test(w) && !/^(Chief)$/.test(w))) {
    // "Network Rail says …", "Media Matters said": two to four capitalised words, the first one that names
    // things, the others no such word, title or known person's part, as the whole subject of the
    // speech verb: an organisation speaking for itself (as "Binance said" is above). Not a time word
    // first ("Summer Jones said" is a person), and not "Network engineers said" (a lowercase word ends it).
    if (orgNamedByThing(run, words, position, hon, state)) return name;
    // "The Ledger", "New York": not a person's name; a registry name would have matched above.
    if (NOT_PERSON_WORDS().test(run[0]!) && !familyNameHe(run, '')) return null;
  }
  // "Lula da Silva" after "Luiz Inácio Lula da Silva": the end of a full name seen before is that person.
  const longer = state.fullNames.find((full) => full.endsWith(` ${name}`));
  if (longer) return state.registry.resolve(longer) ?? longer;
  return remember(name, gender, state);
}

/**
 * A run of capitalised words that is an office and then a name: "Deputy Harbour Master Lin Okoro",
 * an office of capitalised nouns no title list holds ("Harbour Master", "Parks Ranger"). The
 * name is the end of the run: the last two or three words where they are a full name the text has
 * given ("Harbour Master Lin Okoro said" after "Lin Okoro"), else, after a title word the run
 * followed ("Deputy", "Director"), the last two of four or more words (a name of four capitalised
 * words after a title is rarer than an office of two: "Deputy Harbour Master Lin Okoro"). Bounded:
 * the run holds at most a few words.
 */
function officeRunName(run: string[], titled: boolean, state: AttributionState): string[] {
  if (run.length < 3 || run.length > 6 || !run.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return run;
  for (const n of [3, 2]) {
    if (run.length <= n) continue;
    const tail = run.slice(-n).join(' ').replace(/['’]s$/, '');
    if (state.registry.resolve(tail) || state.fullNames.includes(tail)) return run.slice(-n);
  }
  return titled && run.length >= 4 ? run.slice(-2) : run;
}

/**
 * "He Yi", "He Jiankui": a name whose family name is He (何, 贺), written first, or last in the
 * Western order ("Yi He"). The pronoun is never followed by a capitalised word of a name in
 * running text, nor preceded by one, so "He" then (or after) one or two capitalised words that
 * name nothing else is a name; not in a title-case line ("Why He Left"),
 * where every word is capitalised (`text`: the line the words stand in, '' for a speaker phrase
 * alone, which a speech verb already marks as a name).
 */
function familyNameHe(words: readonly string[], text: string): boolean {
  if (words.length < 2 || words.length > 3 || isTitleCase(text)) return false;
  const given = words[0] === 'He' ? words.slice(1) : words[words.length - 1] === 'He' ? words.slice(0, -1) : null;
  return !!given && given.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !NOT_PERSON_WORDS().test(w));
}

function remember(name: string, gender: 'f' | 'm' | null, state: AttributionState): string {
  name = withoutCompoundRole(name);
  if (name.includes(' ')) rememberFull(name, state);
  if (gender) state.genders.set(name, gender);
  return name;
}

/**
 * Who said a quotation set off from the text (a "> " block in an article): the
 * name signed under it ("— Graciela Santiago"), else the person last named
 * in the paragraph above it ("Its founder, Teodora Cruz Martínez, is 68. …").
 */
export function setOffSpeaker(signature: string | null, state: AttributionState): string | null {
  if (signature) {
    const who = resolveSpeaker(signature, state, 'after-verb', true);
    return who?.speaker ?? normalizeSpace(signature.split(',')[0]!);
  }
  // Named in the paragraph right above it, or nobody: a charter's or a report's words are set off too.
  // Named, not described: "The baby, a girl, arrived…" above a memoir's set-off lines names no one who speaks them.
  return recentPerson(state, null, (name) => !/^\p{Lu}/u.test(name), 0);
}

/** A quotation's words as compared with a later repeat of them: lowercase, spaces collapsed, no edge punctuation. */
function quotedWords(inner: string): string {
  return normalizeSpace(inner.toLowerCase().replace(/[’‘]/g, "'")).replace(/^[\s.,;:!?…—–-]+|[\s.,;:!?…—–-]+$/g, '');
}

/** The speaker of an earlier quotation that holds these words (four words at least), else null. */
function earlierSpeakerOf(inner: string, state: AttributionState): string | null {
  const words = quotedWords(inner);
  if (!state.saidBefore || words.split(' ').length < 4) return null;
  for (let i = state.saidBefore.length - 1; i >= 0; i--) if (state.saidBefore[i]!.words.includes(words)) return state.saidBefore[i]!.speaker;
  return null;
}

/** A title that opens on a person's name, a short alias in brackets perhaps, then a dash or a colon and what the page is. */
const TITLE_PERSON_PAGE = lazy(() => /^(\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*){1,2})(?: \([^()]{1,30}\))? ?[—–:-] ?(?:[Aa]n? )?(?:[Tt]imeline|[Cc]hronology|[Aa] life|[Ll]ife|[Bb]iography|[Pp]rofile|[Cc]areer|[Kk]ey dates|[Mm]ilestones|[Ff]act ?sheet|[Ii]n quotes|[Qq]uotes)(?![\p{L}])/u);
/** A title naming whose funeral, memorial or eulogy it is: "the funeral of Margaret "Peggy" Olsen", "In Loving Memory of Tom Reilly". */
const MEMORIAL_TITLE = lazy(() => /(?:[Ff]uneral|[Mm]emorial(?:\s+[Ss]ervice)?|[Ee]ulogy|[Tt]ribute|[Mm]emory|[Cc]elebration\s+of\s+the\s+[Ll]ife)\s+(?:of|for|to)\s+(?:the\s+[Ll]ate\s+)?(\p{Lu}\p{Ll}[\p{L}'’-]*)(?:\s+["“(][^"“”()]{1,20}["”)])?((?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){1,2})(?![\p{L}'’-])/u);
/**
 * The person a profile or an obituary is about: a full name that opens the first paragraph and
 * that the title gives too ("Margit Halvorsen, cartographer who …, dies at 91" / "Margit
 * Halvorsen, a Norwegian-born cartographer, died …"). A "she said" paragraphs away from any
 * other woman is hers.
 */
export function noteDocumentSubject(state: AttributionState, title: string, opening: string, deck = ''): void {
  const named = new Set(state.registry.mentions(title).map((m) => m.name));
  if (named.size === 1) state.titled = [...named][0]!;
  // "Ana Ruiz — timeline", "Ana Ruiz (AR): a chronology": a page about the person its title names first.
  else if (!named.size && title) {
    const page = TITLE_PERSON_PAGE().exec(title.trim());
    if (page) state.titled = page[1]!;
  }
  // "Remarks at the funeral of Margaret "Peggy" Olsen", "In memory of Tom Reilly": the person the
  // words are about, whom a "she" or "he" means where nobody nearer fits (the nickname no part of the name).
  const memorial = !named.size && title ? MEMORIAL_TITLE().exec(title.trim()) : null;
  const pageOf = !named.size && title ? (TITLE_PERSON_PAGE().exec(title.trim())?.[1] ?? (memorial ? `${memorial[1]}${memorial[2]}` : null)) : null;
  const m = /^[\s*_]*(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){1,2})(?=[\s,])/u.exec(opening);
  const isSubject = (name: string) => {
    // The surname "He" opens a name as a pronoun opens a sentence ("He Yi (born 1986) is …"): where the
    // title gives the same words, it is the name.
    const words = name.split(/\s+/);
    // The title, or the header's lines under it (a deck, "A profile of Ines Varga"), names the person;
    // perhaps without the middle name the opening gives ("Ana Ruiz" over "Ana María Ruiz (born 1980) is …").
    const known = words.length === 3 ? `${words[0]} ${words[2]}` : name;
    return (title.includes(name) || deck.includes(name) || title.includes(known) || deck.includes(known)) && !words.some((w, k) => NOT_PERSON_WORDS().test(w) && !(k === 0 && w === 'He')) && !hasOrganisationSuffix(name);
  };
  // The name opening the first paragraph; or the one full name the title gives that the first
  // paragraph gives too, wherever in it ("People of Harbourline: Ama Öztürk, Head of Risk" over
  // "When Ama Öztürk joined Harbourline in 2019, …").
  const opened = m && isSubject(m[1]!) ? m[1]! : null;
  const inTitle = opened ? null : titledNameInOpening(title, opening);
  const name = opened ?? (inTitle && isSubject(inTitle) && !isOrg(inTitle, state) ? inTitle : null);
  // "Milan Kovac: A Chronology" over entries with no subject ("1991 — Leaves Croatia … he later
  // wrote"): the page is about the person its title names, whom its "he" means when no one nearer fits.
  if (!name) {
    if (pageOf && !state.subject) state.subject = pageOf;
    return;
  }
  state.subject = state.registry.resolve(name) ?? name;
  // "… died on Friday. He was 80.": the paragraph's pronouns give the subject's gender. The names
  // it writes are no pronouns ("also known as Yi He in …").
  for (const n of state.registry.mentions(opening).reverse()) opening = opening.slice(0, n.start) + ' '.repeat(n.end - n.start) + opening.slice(n.end);
  opening = opening.split(name).join(' ');
  const she = /(?<![\p{L}])(?:she|her|hers|herself)(?![\p{L}])/iu.test(opening);
  const he = /(?<![\p{L}])(?:he|his|himself)(?![\p{L}])/u.test(opening) || /(?<![\p{L}])(?:He|His|Himself)(?=\s+\p{Ll})/u.test(opening);
  if (she !== he && !state.genders.has(state.subject)) state.genders.set(state.subject, she ? 'f' : 'm');
}

/** The one name of two or three capitalised words in a title that the opening paragraph also gives; null if none or several. */
function titledNameInOpening(title: string, opening: string): string | null {
  const names = new Set<string>();
  for (const n of allMatches(TITLE_NAME_RUN(), title)) if (opening.includes(n[0])) names.add(n[0]);
  return names.size === 1 ? [...names][0]! : null;
}
const TITLE_NAME_RUN = lazy(() => /(?<![\p{L}'’-])\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*){1,2}(?![\p{L}'’-])/gu);

/** A letter's subject line: "Re: United States v. Nathaniel Brandt, No. 25 Cr. 64", "RE: Sentencing of Marta Ilves". */
const LETTER_RE_LINE = lazy(() => /^\s*(?:Re|RE|In re|IN RE)\s*:\s*(\S.{0,160})$/u);
/** A person's name: two to four capitalised words (an initial among them). */
const PERSON_NAME_RUN = lazy(() => /(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){1,2})\s*$/u);
/**
 * The person a letter is about: the one its "Re:" line above the salutation names (a letter of
 * support for a defendant: "Re: United States v. Nathaniel Brandt, No. 25 Cr. 64 (PKC)", the party
 * after the "v."). The writer calls them "he" all through, and by a short form of the first name
 * ("Nate", "Kat", "Alex"): a capitalised word the letter writes twice or more that the first name
 * starts with the same three letters of is that person. So "he told me" after a sentence naming
 * them, or a "the man" describing them right after, means them, not the last other person named.
 */
export function noteLetterSubject(state: AttributionState, reLine: string, letter: string): void {
  const m = LETTER_RE_LINE().exec(reLine);
  if (!m) return;
  // Up to the docket number or a bracket: "…, No. 25 Cr. 64 (PKC)", "… (Case 4:24-cr-118)".
  let about = m[1]!.split(/,\s*(?:No\.|Case|Docket|Dkt\.|Index)|\s\(|,\s*\d/u)[0]!.trim();
  const versus = about.lastIndexOf(' v. ');
  if (versus >= 0) about = about.slice(versus + 4);
  const run = PERSON_NAME_RUN().exec(about.replace(/[,.;:]+$/u, ''));
  if (!run) return;
  const name = run[1]!;
  if (name.split(/\s+/).some((w) => NOT_PERSON_WORDS().test(w)) || hasOrganisationSuffix(name) || isOrg(name, state)) return;
  const subject = state.registry.resolve(name) ?? name;
  state.subject = subject;
  rememberFull(name, state);
  // Its pronouns: "he" all through, or "she".
  const hes = letter.match(/(?<![\p{L}])(?:he|him|his|himself)(?![\p{L}])/giu)?.length ?? 0;
  const shes = letter.match(/(?<![\p{L}])(?:she|her|hers|herself)(?![\p{L}])/giu)?.length ?? 0;
  if (!state.genders.has(subject) && (hes >= 2 || shes >= 2) && (hes >= 2 * shes || shes >= 2 * hes)) state.genders.set(subject, hes > shes ? 'm' : 'f');
  const first = name.split(/\s+/)[0]!;
  if (first.length < 4) return;
  const counts = new Map<string, number>();
  for (const w of letter.match(/(?<![\p{L}'’-])\p{Lu}\p{Ll}{2,8}(?![\p{L}'’-])/gu) ?? []) {
    if (w !== first && w.slice(0, 3) === first.slice(0, 3)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  for (const [w, n] of counts) if (n >= 2 && !state.byPart.has(w) && !state.registry.resolve(w) && !NOT_PERSON_WORDS().test(w)) state.byPart.set(w, subject);
}

/**
 * "Binance's statement:", "The union's full response:", "Hale's response, in a post on LinkedIn:" right
 * before a quotation, opening its sentence: whose words they are (never the place they were posted).
 */
const OWNED_QUOTE_INTRO =
  lazy(() => /^[\s*_]*(?:The\s+)?((?:\p{Lu}[\p{L}&'’.-]*\s+){0,2}\p{Lu}[\p{L}&.-]+)['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|comment|response|reply|message|announcement|apology|note|remarks|post|tweet|letter|email|e-mail|memo)(?:,?\s+(?:to|on|in|from)\s+[^“”":]{1,40})?\s*:[\s*_]*$/u);

/** "Zhao's statement in full, posted on X:", "Teng's full message to staff:": whose words the paragraph below gives. */
const OWNED_STATEMENT_INTRO =
  lazy(() => /^[\s*_]*((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]+)['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|message|letter|post|remarks|speech|email|e-mail|memo|note|response|reply|apology|announcement)(?![\p{L}])[^“”"]{0,120}:[\s*_]*$/u);
/**
 * The person whose words a paragraph ending in a colon introduces, set off below it without
 * quotation marks (a live blog's or a press story's "Zhao's statement in full:"); null when the
 * paragraph is not such an introduction.
 */
export function introducedSpeaker(paragraph: string, state: AttributionState): string | null {
  const m = paragraph.length <= 240 ? OWNED_STATEMENT_INTRO().exec(paragraph) : null;
  if (!m) return null;
  const who = resolveSpeaker(m[1]!, state, 'label', true);
  return who && /^\p{Lu}/u.test(who.speaker) && !isOrg(who.speaker, state) ? who.speaker : null;
}

/** A clause's closing place of posting: " on LinkedIn", ", via X", " in a post on Weibo" (the capitalised object is a platform, no speaker). */
const POSTED_ON_TAIL = lazy(() => /,?\s+(?:on|via)\s+(?:\p{Lu}[\p{L}.]*|X)\s*$/u);

/**
 * A sentence that only leads into a quotation: "She continued:", "He added:", "Carolan told the
 * court:", "In a statement, he wrote:" : who speaks and a verb of saying (perhaps whom, where or
 * when), then the colon. It states nothing: the quotation after it is the speaker's, the lead-in
 * is no one's claim (narrative.ts).
 */
const LEAD_IN_COLON = lazy(() => /^(?:[^:“”"]{0,60},\s+)?(?:he|she|they|we|He|She|They|We|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|the\s+\p{Ll}+|The\s+\p{Ll}+)\s+(?:also\s+|then\s+|later\s+)?(?:said|says|added|adds|continued|continues|went\s+on|goes\s+on|explained|explains|wrote|writes|told\s+[^:“”",.]{1,40}|replied|replies|responded|concluded|recalled|insisted|warned|noted)(?:\s+(?:on|in|at|after|before|during|later|earlier)\s[^:“”",.]{1,40})?\s*:$/u);
/** Whether a sentence only leads into a quotation: "She continued:" (LEAD_IN_COLON). */
export function isQuoteLeadIn(sentence: string): boolean {
  const t = sentence.trim();
  return t.length <= 140 && t.endsWith(':') && LEAD_IN_COLON().test(t);
}

/** A paragraph's last clause naming who speaks, then a colon: "In her letter to the Court, she writes:", "Okoro told the panel:". */
const SAID_COLON = lazy(() => /(?:^|[,;.]\s+|\s)(he|she|He|She|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:writes|wrote|says|said|states|stated|told\s+(?:the\s+)?\p{L}+(?:\s+\p{L}+)?|testified|explained|added)\s*:[\s*_]*$/u);

/**
 * Who speaks the block quotation under a paragraph ending "… she writes:" (set off by its
 * indentation, no quotation marks): the person the clause names, or whom its "he"/"she" means
 * (read after the paragraph itself was, so its names are known). Null for any other paragraph.
 */
export function saidColonSpeaker(paragraph: string, state: AttributionState): string | null {
  const m = paragraph.length <= 600 ? SAID_COLON().exec(paragraph) : null;
  if (!m) return null;
  if (NOT_PERSON_WORDS().test(m[1]!.split(' ')[0]!) || LONE_FUNCTION_WORD().test(m[1]!)) return null;
  const who = resolveSpeaker(m[1]!, state, 'subject', true);
  return who && !who.self && /^\p{Lu}/u.test(who.speaker) && !isOrg(who.speaker, state) ? who.speaker : null;
}

/** A list's lead-in naming whose words its items are: "Things he said:", "What Dana Vole told us:". */
const SAID_LIST_INTRO = lazy(() => /^[\s*_]*(?:(?:[Ss]ome\s+)?(?:[Tt]hings|[Ww]hat|[Qq]uotes)\s+)?(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2})\s+(?:said|says|told (?:us|me|the \p{Ll}+)|wrote|posted)(?:\s[^:“”"]{0,60})?:[\s*_]*$/u);

/** The person a list's lead-in says the items are the words of ("Things he said:"); null for any other paragraph. */
export function saidListSpeaker(paragraph: string, state: AttributionState): string | null {
  const m = paragraph.length <= 120 ? SAID_LIST_INTRO().exec(paragraph) : null;
  if (!m) return null;
  // "Things he said:": no guess between the people just named (and no gender given to either).
  if (LONE_FUNCTION_WORD().test(m[1]!) || PRONOUN().test(m[1]!) || NOT_PERSON_WORDS().test(m[1]!.split(' ')[0]!)) return null;
  const who = resolveSpeaker(m[1]!, state, 'label', true);
  return who && /^\p{Lu}/u.test(who.speaker) && !isOrg(who.speaker, state) ? who.speaker : null;
}

/**
 * The speaker a name signed under a quotation is: a registered name or alias; a surname (or first
 * name) alone of one registered full name ("— Zhao"); a handle one of whose words is a registered
 * name ("— @cz_binance"). Else the name as written.
 */
export function signedName(name: string, state: AttributionState): string {
  const direct = state.registry.resolve(name);
  if (direct) return direct;
  const hits = new Set<string>();
  if (name.startsWith('@')) {
    for (const w of name.slice(1).split(/[_.\d]+/)) {
      const r = w.length > 1 ? state.registry.resolve(w) : null;
      if (r) hits.add(r);
    }
  } else if (/^\p{Lu}[\p{L}'’-]+$/u.test(name)) {
    for (const n of state.registry.names()) {
      for (const form of [n, ...state.registry.aliasesOf(n)]) if (form.split(/\s+/).length > 1 && form.split(/\s+/).includes(name)) hits.add(n);
    }
  }
  return hits.size === 1 ? [...hits][0]! : name;
}

/**
 * One of several authors the header names ("Priyanka Venkataraman" of two): the text may call them by
 * the first name alone ("Priyanka added that …"). Only the first name: their surname must not take a
 * namesake the text introduces ("Michael Brandt — no relation to one of the authors").
 */
export function knowAuthorFirstName(state: AttributionState, name: string): void {
  const parts = withoutCompoundRole(name).split(' ');
  if (parts.length >= 2 && !state.byPart.has(parts[0]!)) state.byPart.set(parts[0]!, parts.join(' '));
}

/**
 * A full name the document gives outside any attribution rule (an epigraph's
 * dash line), so its surname alone resolves to it later ("Ferrante wrote…").
 */
export function knowFullName(state: AttributionState, name: string): void {
  if (name.includes(' ')) rememberFull(name, state);
}

/**
 * A heading that opens on a person given by form of address and full name, then who they are:
 * minutes' delegation or agenda item ("3.2 Dr. Ian Achterberg, Medical Officer of Health"), a
 * programme's speaker ("Prof. Ana Ruiz, University of Leeds"). The text under it calls them by
 * title and surname ("Dr. Achterberg presented …"): that surname is this full name.
 */
function noteHeadingPerson(heading: string, state: AttributionState): void {
  const m = HEADING_PERSON().exec(heading.replace(CLAUSE_NUMBER(), ''));
  if (m) knowFullName(state, m[1]!);
}
const HEADING_PERSON = lazy(() => /^\s*(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Councillor|Councilor|Cllr|Mayor|Alderman|Alderwoman|Commissioner|Rev)\.?\s+(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){1,2}),\s/u);

/**
 * A role written as one compound with its organisation before a name ("Binance-grunnlegger Changpeng
 * Zhao": Binance founder; "Firi-sjef Ola Dahl"): capitalised by the organisation, no part of the name.
 * A name's own hyphened part is capitalised ("Okonjo-Hart"), so only a lower-case tail marks a role.
 */
function withoutCompoundRole(name: string): string {
  if (!name.includes('-')) return name;
  const words = name.split(' ');
  let k = 0;
  while (words.length - k > 2 && COMPOUND_ROLE().test(words[k]!)) k++;
  return k ? words.slice(k).join(' ') : name;
}
const COMPOUND_ROLE = lazy(() => /^\p{Lu}[^\s-]*-\p{Ll}{3,}$/u);

/**
 * Three or more capitalised words whose first is the surname of a full name the text gave before
 * ("Calloway Seed Cooperative" after "Ines Calloway"): a firm its founder named after themself.
 * The same words reordered ("Zhao Changpeng" after "Changpeng Zhao") are the person again.
 */
function eponymousBusiness(full: string, state: AttributionState): boolean {
  const words = full.split(' ');
  if (words.length < 3) return false;
  const person = state.byPart.get(words[0]!);
  if (!person || !person.endsWith(` ${words[0]}`) || state.orgs.has(person)) return false;
  const personWords = new Set(person.split(' '));
  return !words.slice(1).some((w) => personWords.has(w));
}

function rememberFull(name: string, state: AttributionState): void {
  name = withoutCompoundRole(name);
  const surname = name.split(' ').pop()!;
  if (state.byPart.get(surname) === name) return;
  state.fullNames.push(name);
  // A relative named after the person the text is about ("Her older sister, Abena Ansah") is
  // called by her first name from then on; the surname alone still means the person it meant
  // first ("Ansah says"), as profiles write a family.
  const earlier = state.byPart.get(surname);
  const keepSurname = !!earlier && earlier !== name && earlier.endsWith(` ${surname}`) && !state.orgs.has(earlier);
  for (const part of name.split(' ')) if (!(keepSurname && part === surname)) state.byPart.set(part, name);
}

/**
 * A capitalised word ending in "man"/"men" that no list names as a role ("Friedman", "Raman",
 * "Hoffman"): TITLE_WORD's catch-all for "-man" trades takes it for a title. After a first name it
 * is the surname (the callers check that context).
 */
function isManSurname(w: string): boolean {
  return /^\p{Lu}\p{Ll}+m[ae]n$/u.test(w) && !PERSON_NOUN_WORDS.has(w.toLowerCase()) && !TITLE_BEFORE_NAME().test(w);
}

/**
 * A surname that is also a role noun, after one given name and ending the phrase: "said Peter
 * Singer", "said Paul Farmer, a physician". A role word before a name ("Binance Founder Richard
 * Teng") has a capitalised word after it; an organisation's role ("Fennel Pay Director") has more
 * than one word before it or an organisation there.
 */
function roleNounSurname(run: string[], w: string, next: string | undefined, state: AttributionState): boolean {
  if (run.length !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(w) || !/^\p{Lu}\p{Ll}+$/u.test(run[0]!)) return false;
  // (A title is a surname there too: "said John King", "said Mary Constable, a fan"; read as a title
  // it left the given name alone, which named whoever of that first name the text had named before.)
  if (TITLE_BEFORE_NAME().test(run[0]!) || !(PERSON_NOUN_WORDS.has(w.toLowerCase()) || TITLE_BEFORE_NAME().test(w))) return false;
  if (next !== undefined && /^\p{Lu}/u.test(next.replace(/^[“"‘']/, ''))) return false;
  return mayBePersonName(run[0]!) && !isOrg(run[0]!, state);
}

/**
 * An occupation the lists don't name, capitalised before a full name ("Librarian Oscar Lindgren"),
 * told by its agent ending: "-ist" (Pharmacist, Archivist; not a Swedish "-qvist" / "-quist"
 * surname), "-ician" (Physician, Technician), "-arian" (Librarian; "Marian" is too short), "-torian"
 * (Historian). Given names rarely end so ("Christian", "Adrian", "Dorian" do not match); only the
 * head of three name words is taken, so "Rose Hill" and "Mary Ann Fisher" stay whole.
 */
const AGENT_NOUN = lazy(() => /^\p{Lu}(?:\p{Ll}{3,}(?<!q[uv])ist|\p{Ll}{2,}ician|\p{Ll}{3,}arian|\p{Ll}{2,}torian)$/u);

function isTitleToken(w: string): boolean {
  if (TITLE_BEFORE_NAME().test(w)) return true;
  return /^[A-Z]{2,5}$/.test(w) ? !/^(CZ)$/.test(w) && /^(CEO|CFO|CTO|COO|CMO|CIO|CSO|CPO|VP|SVP|EVP|MP|MEP|MSP|MLA|GM|MD)$/.test(w) : TITLE_WORD().test(w) && WHOLE_TITLE_WORD().test(w);
}
// Compiled once: built per call, this pattern of a hundred words cost tens of µs a call.
const WHOLE_TITLE_WORD = lazy(() => new RegExp(`^(?:${PERSON_NOUNS}|chief|vice|senior|deputy|managing|general|associate|assistant|principal)$`, 'iu'));

/**
 * A word that may be a given name opening a full name before a surname ("Chidi" of "Chidi Okafor"):
 * of a name's shape, no title nor occupation nor party ("Mayor", "Fisherman"), no form of address,
 * no word that never names a person.
 */
export function mayOpenFullName(w: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w) && !opensBeforeName(w) && !NOT_PERSON_WORDS().test(w) && !LONE_NON_PERSON().test(w) && !/^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady|Rev|Revd|Cllr)$/.test(w);
}
/** Whether a run of capitalised words may be a person's name: no word names things (a place, a firm, a month), no organisation's suffix. */
export function mayBePersonName(name: string): boolean {
  return !name.split(/\s+/).some((w) => NOT_PERSON_WORDS().test(w)) && !hasOrganisationSuffix(name);
}

/** A capitalised name whose last word makes it an organisation ("Kettle Pay", "Harlow Capital"). */
export function hasOrganisationSuffix(name: string): boolean {
  return ORG_SUFFIX().test(name.split(/\s+/).pop()!) || CARRIER_LINE().test(name);
}

/** A sentence that opens on its source: "According to Changpeng Zhao, Binance's chief executive, the …". */
const ACCORDING_OPENING = lazy(() => /^[\s*_]*According\s+to\s+([^,;:()“”"]{2,60}?)\s*,\s*\S/u);
/**
 * The source's role first and the name set off after it: "According to Castellane's chief executive,
 * Mireille Danvers, the …", "According to the chief executive, Mireille Danvers, …". Groups: the role, the name.
 */
const ACCORDING_ROLE_THEN_NAME = lazy(() => /^[\s*_]*According\s+to\s+((?:the|its|his|her|their|\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,2}['’]s?)\s+(?:\p{Ll}[\p{Ll}-]+(?:['’]s)?\s+){0,2}\p{Ll}[\p{Ll}-]+)\s*,\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s*,\s*\S/u);
/**
 * The person a sentence opening "According to NAME[, role]," credits with what it states: a
 * registered name or alias, a full name of a person (two or more name words, no organisation's),
 * or the surname of one the text named before. "According to data from X", "according to a
 * report", an organisation ("According to Maersk,") credit nobody: the narrator states those.
 */
export function accordingToPerson(sentence: string, state: AttributionState): string | null {
  const m = ACCORDING_OPENING().exec(sentence);
  if (!m) return null;
  // "According to county archivist Desmond Achebe, …": a role in small words before the full name
  // is no part of it (as in "…, prosecutor Sarah Linden said, …").
  const written = normalizeSpace(m[1]!);
  // (Not "a report by NAME", "data from NAME": a preposition among the small words makes them a
  // document's description, whose source is no speaker.)
  const roled = ROLE_IN_SMALL_WORDS().exec(written);
  // "According to the company's chief executive, Mireille Danvers, …": a person's role (its head a
  // person's noun) and then the name in commas; the name is the source, as after "county archivist".
  const roleFirst = !roled && hasPersonNoun(written) ? ACCORDING_ROLE_THEN_NAME().exec(sentence) : null;
  const name = roleFirst ? roleFirst[2]! : roled && !/(?<![\p{L}])(?:by|from|of|with|for|in|at|on|to|about)(?![\p{L}])/u.test(written.slice(0, written.length - roled[1]!.length)) ? roled[1]! : written;
  const known = state.registry.mentions(name);
  if (known.length === 1 && known[0]!.start === 0 && known[0]!.end === name.length) return known[0]!.name;
  if (!isNameOnly(name, state) || isOrg(name, state) || state.orgs.has(name)) return null;
  const words = name.split(/\s+/);
  if (words.length === 1) {
    const full = state.byPart.get(name);
    return full && full !== name && full.endsWith(` ${name}`) ? (state.registry.resolve(full) ?? full) : null;
  }
  if (words.some((w) => NOT_PERSON_WORDS().test(w) && !TITLE_BEFORE_NAME().test(w))) return null;
  const person = personName(name, state, 'after-verb');
  return person && wordCount(person) >= 2 ? person : null;
}

/** The person a sentence credits as its source, "According to NAME, …" opening it or ", according to NAME." closing it (accordingToPerson). */
function accordingSource(sentence: string, state: AttributionState): string | null {
  const after = ACCORDING_OPENING().test(sentence) ? null : ACCORDING_AFTER().exec(normalizeSpace(sentence));
  return after ? accordingToPerson(`According to ${after[1]!}, x`, state) : accordingToPerson(sentence, state);
}

/**
 * Verbs that report what someone stated, for sentences without quote marks ("Revenue rose 12 %,
 * Okafor said."): the speech verbs of a claim, not those of manner ("laughed", "whispered") or
 * of naming ("called"), which narrate rather than report.
 */
const REPORTING_VERBS =
  'said|says|told|tells|added|adds|explained|explains|noted|notes|wrote|writes|stated|states|argued|argues|warned|warns|cautioned|cautions|stressed|stresses|estimated|estimates|insisted|insists|acknowledged|acknowledges|confirmed|confirms|announced|announces|predicted|predicts|claimed|claims|maintained|maintains|recalled|recalls|conceded|concedes|posted|tweeted|pointed out|points out|observed|observes|reported|reports';
/**
 * "…, Okafor said[ on Tuesday]." / "…, she told Reuters in an interview." : a subject of a few
 * words (not one a conjunction opens: "…, and Park says it will not need to" is a second clause,
 * not the whole sentence's source), a reporting verb, and at most when and where it was said (and
 * whom "told" addresses). Anything else after the verb is its object ("recalls her journey",
 * "argued with Yi on the design"): the verb then narrates.
 */
const REPORTED_AFTER = lazy(() => new RegExp(
  `,\\s+(?!(?:and|but|or|so|yet|while|as|when)\\s)([^,;:“”"()]{1,60}?)\\s+(?:(?:${REPORTING_VERBS})|(?:told|tells)(?:\\s+\\p{L}+){1,3})(?![\\p{L}])` +
    // (American news names the day bare: "…, Mayor Dana Whitfield said Monday.", "…, she said Tuesday night.")
    `(?:\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+(?:morning|afternoon|evening|night))?)?` +
    `(?:\\s+(?:on|in|at|last|this|during|earlier|later|late|recently|yesterday|today)\\s[^,;:“”"()]{0,40}|\\s+(?:yesterday|today|recently|earlier|later))?[.!]$`,
  'u',
));
/**
 * "…, said Ilan Solot, co-head of digital assets at Marex." : the verb first, then who ("…, told
 * the board" names whom, not who: "told" never comes first so).
 */
const REPORTED_INVERTED = lazy(() => new RegExp(`,\\s+(?!told\\s|tells\\s)(?:${REPORTING_VERBS})\\s+([^;:“”"()]{2,100}?)[.!]$`, 'u'));
/** The words after an inverted reporting verb, up to their first comma, holding an auxiliary: a clause ("said the panel would …"). */
// ("His daughter, NAME, said he kept working …": a pronoun and more words after the verb are the reported clause's subject, no source; "…, said he." alone is one.)
const INVERTED_CLAUSE = lazy(() => /^[^,]*?(?<![\p{L}])(?:would|will|had|has|have|was|were|is|are|could|should|must|might|can)(?![\p{L}])|^(?:he|she|they|we|it)\s+\p{L}/u);
/**
 * Verbs that report only with "that" after them ("Bakare alleged that …", "the lawyer countered
 * that …", "He disclosed that …": Nigerian and Indian news use them as often as "said"). Without
 * "that" they take things ("revealed the figures", "stressed the point"), so they read only in
 * REPORTED_THAT. Past tenses only, as news reports: a pleading's present "Plaintiff alleges that …"
 * is a party's case stated, which the declaration around it quotes.
 */
// (A meeting's minutes report each member so: "Cllr Moss replied that the building needed repairs",
// "The chair proposed that the item be deferred", "Mr Dale complained that the grass was not cut".)
const THAT_REPORTING_VERBS =
  'countered|alleged|disclosed|revealed|stressed|emphasised|emphasized|asserted|contended|lamented|assured|averred|admitted|testified|cautioned|cautions|replied|responded|answered|suggested|proposed|complained|objected|remarked|reiterated';
// (and the verbs of recollection RECOLLECTION and REPORTED_BARE read: "remembered that Ferrier …", "recounted how …")
const ANY_REPORTING_WORD = lazy(() => new RegExp(`\\b(?:${REPORTING_VERBS}|${THAT_REPORTING_VERBS}|according|remembered|remembers|recounted|recounts)\\b`));
/**
 * "The rates, she says, reflect the risk." / "The plan, Okafor said, was never costed.": the attribution set between commas.
 * The one set there may be described ("…, the minister said, was …", "…, prosecutor Sarah Linden said, …": a role in
 * small words, then perhaps the name) and may say whom it told ("…, Ruiz told reporters, would …", "…, she told the
 * court, …"). What follows the second comma goes on with the sentence: a lowercase word, or a name or the like opening
 * the clause the attribution was set into ("On August 3, the prosecutor told the court, Fulbright climbed …"), never a quotation.
 */
const REPORTED_INSERTED = lazy(() => new RegExp(
  `^[^,;“”"()]{2,80},\\s+(?!(?:and|but|or|so|yet|while|as|when|which|who|where|if|though|although|because)\\s)(he|she|they|(?:(?:the|a|an|its|his|her|their)\\s+)?(?:\\p{Ll}[\\p{Ll}-]+(?:['’]s)?\\s+){0,3}(?:(?:Mr|Mrs|Ms|Dr|Prof)\\.?\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}|(?:the|its|his|her|their)\\s+(?:\\p{Ll}[\\p{Ll}-]+\\s+){0,2}\\p{Ll}[\\p{Ll}-]+)` +
    `\\s+(?:${REPORTING_VERBS}|(?:told|tells)\\s+(?:${TOLD_AUDIENCE}|the\\s+\\p{Ll}+|\\p{Lu}[\\p{L}'’-]+|him|her|them|us|me)),\\s+(?:\\p{Ll}|\\p{Lu}[\\p{L}'’-]*\\s+\\p{Ll})`,
  'u',
));
/** A role in small words (perhaps owned: "coroner's officer"), then a full name of two or three capitalised words: the name. */
const ROLE_IN_SMALL_WORDS = lazy(() => /^(?:(?:the|a|an|its|his|her|their)\s+)?(?:\p{Ll}[\p{Ll}-]+(?:['’]s)?\s+){1,3}(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})$/u);
/** "…, according to Okafor." at the end of a sentence. */
const ACCORDING_AFTER = lazy(() => /,\s+according\s+to\s+([^,;:()“”"]{2,60}?)(?:,\s[^;:()“”"]{0,80})?[.!]$/u);
/**
 * The words of a reporting subject before its appositives: no comma, quotation mark or bracket, but an
 * organisation's short name in brackets after its full one ("Business Unity South Africa (Busa) CEO
 * Cas Coovadia", "Central Power Purchasing Agency (CPPA) chief executive Rehan Akhtar").
 */
const SUBJECT_WORDS = `(?:[^,;:“”"()]|\\(\\p{Lu}[\\p{L}\\p{N}&.-]{0,11}\\))`;
/**
 * The appositives a reporting subject may carry, each between commas: "The chair, Ray Delgado,",
 * "One of the two dissenting directors, Walt Brennan, a former executive,", "One employee, who
 * asked not to be named because …,"; or the subject after an opening phrase: "In a 2021 letter to
 * the board, then-director NAME". No comma inside a part, so each splits one way only; a part
 * opening on a conjunction is a clause of its own ("…, and Park said"), no subject.
 */
const SUBJECT_APPOSITIVES = `(?:,\\s(?!(?:and|but|or|so|yet|while|when|because|although|though|if|since|after|before)\\s)${SUBJECT_WORDS}{1,120}?){0,3},?`;
/**
 * "Okafor said that …" / "Zhao told the court on Tuesday that …" / "The chair, Ray Delgado, told
 * reporters that …": the subject (with up to two appositives between commas) reports the clause
 * after "that".
 */
// (Between the verb and "that", at most 50 characters of whatever (whom, how: "told the court on
// Tuesday that"); or, when what follows the verb opens on a preposition or a word of time, up to
// 110 of when and where it was said: "said on Wednesday morning after a meeting with the minister
// that", "told reporters after the ceremony at the central station on Monday that"; or whom it was
// told and a relative clause about them between commas: "told the committee, which met with Senator
// Abro in the chair, that".)
const REPORTED_THAT = lazy(() => new RegExp(`^(${SUBJECT_WORDS}{1,72}?${SUBJECT_APPOSITIVES})\\s+(?:${REPORTING_VERBS}|${THAT_REPORTING_VERBS})(?![\\p{L}])(?:[^,;:“”"()]{0,50}?|[^,;:“”"()]{1,50}?,\\s+(?:which|who|where)\\s[^,;:“”"()]{1,100}?,|(?:\\s+(?:reporters|journalists|him|her|them|us|me))?\\s+(?:on|in|at|after|before|during|following|outside|ahead\\s+of|earlier|later|last|this|late)\\s[^,;:“”"()]{0,110}?)\\sthat\\s`, 'u'));

/**
 * Whom a news story says a speaker told, as a plural noun without "the": a gathering or a group of
 * listeners ("told councillors the charges would …", "told investors the margin had …", "told MPs" is
 * a capitalised word, read as such). Never a thing told ("told stories the children had heard").
 */
const TOLD_AUDIENCE = String.raw`(?:reporters|journalists|councillors|councilors|investors|analysts|shareholders|delegates|supporters|residents|members|colleagues|officials|lawmakers|legislators|senators|jurors|magistrates|students|parents|staff|workers|employees|staffers|listeners|viewers|readers|fans|voters|mourners|guests|attendees|protesters|protestors|villagers|parishioners|congregants|farmers|teachers|doctors|nurses|officers|troops|soldiers|executives|donors|customers|clients|patients|pupils)`;
/**
 * "Jones said Zhao had put growth first." / "She told reporters it was over.": the clause reported
 * without "that". Only a clause whose subject (a name, a pronoun, "the …") is followed within a
 * few words by an auxiliary counts, so "said goodbye", "told the story of…" stay narration.
 */
const REPORTED_BARE = lazy(() => new RegExp(
  // (the subject may carry two appositives: "His daughter, Ruth Prentiss-Hale, said the cause was …")
  `^(${SUBJECT_WORDS}{1,72}?${SUBJECT_APPOSITIVES})\\s+(?:said|says|told\\s+(?:${TOLD_AUDIENCE}|the\\s+\\p{L}+|\\p{Lu}[\\p{L}'’-]+|him|her|them|us|me)|added|noted|insisted|testified|argued|wrote|warned|acknowledged|admitted|stressed|explained|recalled|remembered|recounted)` +
    // ("said the union's demands were …": the noun after "the" may own the next, its apostrophe no quotation mark)
    `\\s+(?!that\\s)(?:(?:\\p{Lu}[\\p{L}'’-]+|he|she|they|it|we|the\\s+[\\p{L}-]+(?:['’]s?)?|his\\s+[\\p{L}-]+|her\\s+[\\p{L}-]+|its\\s+[\\p{L}-]+)` +
    // ("told us the story he would tell": a pronoun after "the story" opens a relative clause, no reported one)
    `\\s+(?:(?!(?:he|she|they|we|I|you)\\s)[\\p{Ll}-]+\\s+){0,2}?(?:had|has|have|was|were|is|are|would|will|could|can|should|might|must|did|does|do)` +
    // "Brandt said capex would peak …", "she said prices were rising": a bare noun, its auxiliary right after it
    // (or a few: "said energy availability had improved", "said farm input prices had doubled")
    `|\\p{Ll}[\\p{L}-]+\\s+(?:(?!(?:he|she|they|we|it|you)\\s)\\p{Ll}[\\p{L}-]+\\s+){0,2}?(?:had|has|have|was|were|is|are|would|will|could|should|might|must)` +
    // "said transportation for the displaced pupils would cost …", "said demand for its older phones had
    // slowed": a bare noun (no "the") and its "of"/"for" phrase, then the auxiliary, as with "the" below
    `|\\p{Ll}[\\p{L}-]+\\s+(?:of|on|in|at|for|from)\\s+(?:the\\s+)?(?:(?!(?:he|she|they|we|I|you|who|which|that|and|but|or)\\s)[\\p{L}'’\\d-]+\\s+){1,3}?(?:had|has|have|was|were|is|are|would|will|could|should|might|must)` +
    // "said the rehabilitation of the line's 72 coaches would be …", "said the second phase of the scheme
    // would …", "said the rent on her shop had doubled": a noun and its "of" (or place) phrase, then the auxiliary
    // ("said the line between Ledham and Hartbury is closed": a stretch between two places too)
    `|the\\s+(?:\\p{Ll}[\\p{L}-]+\\s+){1,2}(?:of|on|in|at|for|from|between)\\s+(?:the\\s+)?(?:(?!(?:he|she|they|we|I|you|who|which|that)\\s)[\\p{L}'’\\d-]+\\s+){1,3}?(?:had|has|have|was|were|is|are|would|will|could|should|might|must)` +
    // "said a valve on a storage tank installed in 2009 had cracked", "said a second pump had failed": a
    // thing named with "a"/"an", perhaps a phrase of where or what it is (up to six words, no pronoun
    // nor relative word among them), then its auxiliary
    `|(?:a|an)\\s+(?:\\p{Ll}[\\p{L}-]+\\s+){1,2}(?:(?:of|on|in|at|for|from)\\s+(?:(?!(?:he|she|they|we|I|you|who|which|that|and|but|or)\\s)[\\p{L}'’\\d-]+\\s+){1,6}?)?(?:had|has|have|was|were|is|are|would|will|could|should|might|must)` +
    // "said the Federal Government had approved …", "said the Supreme Court would …": a body named in capitals after "the", its auxiliary right after it
    `|the\\s+(?:\\p{Lu}[\\p{L}'’-]+\\s+){1,3}(?:had|has|have|was|were|is|are|would|will|could|should|might|must)` +
    // "said the authority expects to save …", "said the council plans to …": "the" and a noun or two,
    // then a verb of expecting or intending in the present or past (no auxiliary, as above)
    `|the\\s+(?:(?!(?:he|she|they|we|I|you|who|which|that)\\s)\\p{Ll}[\\p{L}-]+\\s+){1,2}?(?:expects|expected|plans|planned|intends|intended|hopes|hoped|aims|aimed|estimates|estimated|anticipates|anticipated)` +
    // "The company said it expects …", "she said he planned …": a pronoun and its own verb
    `|(?:he|she|it|they|we)\\s+(?!(?:always|perhaps|sometimes|afterwards|again|this|twice|was|has|is|does)\\s)\\p{Ll}{2,}(?:s|ed)` +
    // "said her father kept working", "said his mother worked nights": a relative or a thing owned, and its own past verb
    `|(?:his|her|their)\\s+(?:father|mother|husband|wife|son|daughter|brother|sister|team|company|firm)\\s+\\p{Ll}+(?:ed|ept|ent|ote|old|ew|ad)` +
    // ("said the meeting lasted …", a thing named and its own past verb: REPORTED_BARE_PAST, for the verbs that take no object)
    // "said £18m had been set aside", "said 38% of homes were …": a figure, what it counts, then the verb;
    // after "the" or "a" too, the figure then an adjective of the noun ("said the $860,000 project would replace …")
    // (and "said a further 30mm of rain could fall …", "said another 2.5km of track would …": "a" and a
    // word of adding before the figure, a unit of measure written onto it)
    `|(?:(?:the|a|an)\\s+)?(?:(?:further|another|additional|extra|total\\s+of)\\s+)?(?:[$£€¥]\\s?\\d[\\d,.]*(?:\\s?(?:m|bn|k|million|billion|thousand))?|\\d[\\d,.]*(?:\\s?(?:%|per\\s+cent|percent|million|billion|thousand)|(?:mm|cm|km|m|kg|t|ml)(?![\\p{L}]))?)` +
    // (up to six words of what the figure counts: "said a £12 million flood defence scheme for Ashworth Mill would …")
    `\\s+(?:[\\p{L}'’-]+\\s+){0,6}?(?:had|has|have|was|were|would|will|could|should|might|must)` +
    // "told the court two members of staff had been made redundant", "said three of the pumps were …": a
    // count written in words, up to six words of what it counts, then the auxiliary (as for a figure)
    `|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds|thousands|dozens)\\s+(?:(?!(?:he|she|they|we|I|you|who|which|that|and|but|or)\\s)[\\p{L}'’-]+\\s+){1,6}?(?:had|has|have|was|were|would|will|could|should|might|must)` +
    // "said two-thirds of the track had been relaid", "said half of the budget would go …": a share
    // written in words, "of" what it is a share of, then the verb
    `|(?:(?:one|two|three|four|five|nine)-(?:thirds?|quarters?|fifths?|tenths?)|half|(?:a|one)\\s+(?:third|quarter|fifth|tenth))\\s+of\\s+(?:[\\p{L}'’\\d-]+\\s+){1,5}?(?:had|has|have|was|were|would|will|could|should|might|must)` +
    // "said a study commissioned by the company in 2023 found each …": a study or a report, what it
    // is, then the verb of what it found
    `|(?:a|an|the|its|their|his|her)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:study|report|survey|review|analysis|audit|poll|assessment|inquiry)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,8}?(?:found|finds|showed|shows|concluded|estimated|suggested)` +
    // "said he and his wife had viewed …": a pronoun and someone of theirs, then the verb
    `|(?:he|she|they|we|I)\\s+and\\s+(?:his|her|their|our|my)\\s+(?:[\\p{Ll}-]+\\s+){1,2}?(?:had|have|were|would|will|could|should|might|must)` +
    // "said the distribution companies (Discos) in Peshawar, Sukkur, Hyderabad and Quetta had …": a noun,
    // its short name perhaps, then the places it is in, a list of capitalised names, then the verb
    `|the\\s+(?:\\p{Ll}[\\p{L}-]+\\s+){1,3}(?:\\(\\p{Lu}[\\p{L}]{1,11}\\)\\s+)?(?:in|of|at|from|across)\\s+(?:(?:\\p{Lu}[\\p{L}'’-]*,?|and|of|the)\\s+){1,10}?(?:had|has|have|was|were|would|will|could|should|might|must)` +
    // "said at least three of the clinic's physicians had …": a count, what it counts, then the verb
    `|(?:at\\s+least|at\\s+most|more\\s+than|fewer\\s+than|about|nearly|almost|only)\\s+(?:\\d[\\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|half)` +
    `\\s+(?:[\\p{L}'’-]+\\s+){0,5}?(?:had|has|have|was|were|would|will))\\s`,
  'u',
));

/** A subject, its verb (and a few words after it), then ", saying": the clause after it is tested on its own (CLAUSE_AFTER_VERB). */
const REPORTED_SAYING = lazy(() => new RegExp(`^(${SUBJECT_WORDS}{1,72}?${SUBJECT_APPOSITIVES})\\s+\\p{Ll}[\\p{L}-]*(?:\\s[^,;:“”"()]{0,40}?)?,\\s+saying`, 'u'));
/**
 * "Ruiz said the port opened in 2020.", "Okafor noted the board approved it.": a reported clause
 * whose subject is "the" and a noun or two, and whose verb is a past tense in -ed, without "that".
 * REPORTED_BARE wants an auxiliary after such a subject ("the port had opened"); a plain past verb
 * there is as clearly the reported clause's own. Only verbs of saying whose object is rarely a
 * thing said: "wrote the report based on …", "told the story tailored to …", "added the butter
 * softened overnight" narrate, so wrote, told and added are left out; but "told reporters the
 * river reached …", "told journalists the plant closed …": told whom the press is, what follows is
 * what they were told.
 */
const REPORTED_BARE_PAST = lazy(() => new RegExp(
  `^(${SUBJECT_WORDS}{1,72}?${SUBJECT_APPOSITIVES})\\s+(?:said|says|noted|insisted|argued|warned|acknowledged|confirmed|conceded|recalled|told\\s+${TOLD_AUDIENCE})` +
    // ("recalled the day she arrived": a pronoun after the noun opens a relative clause, as in REPORTED_BARE)
    `\\s+the\\s+(?:(?!(?:he|she|they|we|I|you)\\s)[\\p{Ll}-]+\\s+){1,2}?\\p{Ll}{2,}ed\\s`,
  'u',
));

/**
 * "Her son, Alasdair, remembered a winter night in 1978 when the ferry …", "A deckhand recounted how
 * the old man rowed out …": a subject, a verb of recollection, then the moment recalled and "when"
 * (or "how" right after the verb): what follows is the subject's recollection, their account, not
 * the writer's. Only a noun of time or of an event after "a"/"an"/"the"/"one" and two words at most.
 */
const RECOLLECTION = lazy(() => new RegExp(
  `^(${SUBJECT_WORDS}{1,72}?${SUBJECT_APPOSITIVES})\\s+(?:remembered|remembers|recalled|recalls|recounted|recounts|described|describes)\\s+` +
    // ("remembered that Ferrier never …", "recalls that she …"; not "remembers that winter differently": "that" a determiner)
    `(?:how\\s|that\\s+(?:he|she|they|we|I|it|\\p{Lu}[\\p{L}'’-]+|(?:the|his|her|their)\\s+\\p{Ll}+)\\s|(?:a|an|the|one)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:night|day|morning|evening|afternoon|time|year|summer|winter|spring|autumn|week|moment|occasion|trip|voyage|journey|crossing|storm|match|game|race)\\s+(?:[^,;:“”"()]{0,40}?\\s)?(?:when|as)\\s)`,
  'u',
));

/**
 * "He said the arrangement began by accident.": a sentence opening on "He"/"She" and a verb of
 * saying, then three words or more of no quotation, up to its full stop. Not when what follows the
 * verb is the thing said rather than a clause ("said nothing", "said goodbye", "said so", "said a
 * prayer", "said it twice", "said to …", "said, …"). Anchored, each run bounded: linear.
 */
const PRONOUN_SAID_CLAUSE = lazy(() => new RegExp(`^(He|She)\\s+(?:said|says|added|adds|told\\s+(?:me|us|him|her|them))\\s+${SAID_THING}\\p{L}[\\p{L}'’-]*(?:\\s+[^\\s“”"]{1,40}){2,80}\\s*$`, 'u'));
/** The words after "said" that make it narrate, not report: "said goodbye", "said a prayer", "said it twice", "said the words"; not "it" and then a verb ("said it still expects", "says it plans"): an organisation's reported clause about itself. */
const SAID_THING = `(?!(?:nothing|goodbye|hello|grace|so|yes|no|little|much|something|anything|it(?!\\s+(?:(?:still|also|now|already|no\\s+longer)\\s+)?\\p{Ll}+(?:s|ed)(?![\\p{L}]))|this|that|to|a|an|sorry|thanks|thank|farewell|amen|good|the\\s+(?:words?|prayers?|rosary|name|same|magic))(?![\\p{L}]))`;
/** A place in capitals and a colon opening a news story's first sentence: "NEW DELHI: ", "SAO PAULO: ". */
const COLON_DATELINE = lazy(() => /^\p{Lu}{2,}(?:[ .'’-]\p{Lu}{2,}){0,3}:\s+(?=\p{Lu})/u);
/** A subject that ends on an auxiliary or holds a clause of its own: "She has", "Meridian, …, has been …", "… since its shareholder". */
const SUBJECT_HOLDS_VERB = lazy(() => /(?:\s(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|did|does|do|never|always|often|once|also)$|,\s*(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|did|does|do)\s|\s(?:since|because|although|though|until|unless|whereas)\s)/iu);
/**
 * The same for any subject of "said" or "says" (the verbs whose object is nearly always the thing
 * said): "Mayor Ruth Ellis said repairs began in May 2024.", "Smith said sales rose 5% in 2024.".
 * Group 1 is the subject, as REPORTED_BARE's; what follows the verb opens on none of the words that
 * make "said" narrate ("said goodbye", "said a prayer", "said it twice", "said, …") and runs to the
 * full stop without a quotation. Anchored, each run bounded: linear.
 */
const SUBJECT_SAID_CLAUSE = lazy(() => new RegExp(
  `^(${SUBJECT_WORDS}{1,72}?${SUBJECT_APPOSITIVES})\\s+(?:said|says)\\s+${SAID_THING}\\p{L}[\\p{L}'’-]*(?:\\s+[^\\s“”"]{1,40}){2,80}\\s*$`,
  'u',
));
/** What follows "said" when it opens a reported clause: a word, not one of the things said, and two words more. */
const SAID_CLAUSE_OPENING = lazy(() => new RegExp(`^\\s+${SAID_THING}\\p{L}[\\p{L}'’-]*(?:\\s+[^\\s“”"]{1,40}){2}`, 'u'));

/** What loneSurname reads of the whole document (AttributionState.documentWords). */
interface DocumentWords {
  lower: Set<string>;
  places: Set<string>;
  given: Map<string, Set<string>>;
  addressed: Set<string>;
  quoted: Set<string>;
}
/**
 * Where a lone subject may be a surname, the document's words (see AttributionState.documentWords),
 * read once, and only if some sentence asks: most stories have no lone capitalised subject.
 */
export function noteDocumentWords(state: AttributionState, body: string): void {
  let words: DocumentWords | undefined;
  state.documentWords = () => (words ??= readDocumentWords(body));
}
/** The words a document writes in lowercase, and the capitalised ones it writes after a preposition of place. */
function readDocumentWords(body: string): DocumentWords {
  const lower = new Set<string>();
  for (const m of body.matchAll(/(?<![\p{L}'’-])\p{Ll}[\p{Ll}]+(?![\p{L}])/gu)) lower.add(m[0]);
  const places = new Set<string>();
  for (const m of body.matchAll(/(?<![\p{L}])(?:in|from|near|outside|across|around|throughout)\s+(\p{Lu}\p{Ll}+)(?![\p{L}'’])/gu)) places.add(m[1]!);
  // Each capitalised word written after another, one space between ("Chidi Okafor": "Okafor" → "Chidi";
  // not a heading over the next line, nor two signatures set side by side), and each written
  // after a form of address ("Mr Okafor"): what marks a lone word as a person's surname.
  const given = new Map<string, Set<string>>();
  for (const m of body.matchAll(/(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)[ \u00a0](?=(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}'’-]))/gu)) {
    let firsts = given.get(m[2]!);
    if (!firsts) given.set(m[2]!, (firsts = new Set()));
    firsts.add(m[1]!);
  }
  const addressed = new Set<string>();
  for (const m of body.matchAll(/(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}'’-])/gu)) addressed.add(m[1]!);
  // And each the story credits a quotation to, the word alone after its closing mark ("“…,” Smith
  // said.", "“…?” asked Smith."): the story's own source, though it never gives a first name.
  const quoted = new Set<string>();
  for (const m of body.matchAll(/[,?!…]\s*[”"]\s+(?:(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(?:said|says|added|asked|explained|recalled|insisted|replied)|(?:said|says|added|asked|explained|recalled|insisted|replied)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?))[.,!?]/gu)) quoted.add((m[1] ?? m[2])!);
  return { lower, places, given, addressed, quoted };
}
/** A capitalised word that is never a lone subject's name: no person's word, a body's, a function word, a plural the document uses, an organisation it names (loneSurname's and loneSubject's shared first test). */
function namesNoOneAlone(word: string, state: AttributionState): boolean {
  return NOT_PERSON_WORDS().test(word) || LONE_NON_PERSON().test(word) || LONE_FUNCTION_WORD().test(word) || DOCUMENT_PLURAL().test(word) || isOrg(word, state);
}
/**
 * A lone capitalised word before a verb of saying, the text having given no one by it yet, that is a
 * surname on its first mention ("Okonjo said the drills had lapsed." above "Dr Amaka Okonjo"): a word of
 * a name's shape that no person-name check turns away (NOT_PERSON_WORDS, LONE_NON_PERSON, an
 * organisation, a plural unless written capitalised mid-sentence, as "Dordea disagreed." is read), that
 * the document never writes in lowercase (a common noun) nor after "in"/"from" (a place), nor speaking
 * of itself as "it" ("Washington said it …"), and that the document writes somewhere after a given name
 * or a form of address. The full name, where one given name is written before it; else the word.
 * Only where the document's words were noted (noteDocumentWords: news and prose).
 */
function loneSurname(word: string, state: AttributionState, sentence: string): string | null {
  // ("Washington said it would respond.": what speaks of itself as "it" is no person.)
  if (!state.documentWords || LONE_SUBJECT_SAID_IT().test(sentence) || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(word)) return null;
  if (namesNoOneAlone(word, state) || (/s$/.test(word) && !state.midCaps.has(word))) return null;
  const words = state.documentWords();
  if (words.lower.has(word.toLowerCase()) || words.places.has(word)) return null;
  return surnameTrace(word, words);
}
/** A person's, where the document writes the word after a given name (that full name, if one) or a form of address, or credits a quotation to it alone. */
function surnameTrace(word: string, words: DocumentWords): string | null {
  const given = [...(words.given.get(word) ?? [])].filter((w) => mayOpenFullName(w));
  if (given.length === 1) return `${given[0]!} ${word}`;
  return given.length > 1 || words.addressed.has(word) || words.quoted.has(word) ? word : null;
}
/**
 * A lone capitalised subject of a verb of saying in a sentence reportedBy reads (no quotation in it),
 * the text having given no one by it: a surname the document traces (loneSurname's full name or
 * word), else the word itself, where the word passes loneSurname's person-name checks, is no plural
 * of people ("Residents", "Parents", "Critics"), and is never written in lowercase:
 * - speaking of itself as "it"/"its", a body speaking as one ("Hutchison said it had made a fair
 *   offer.", "Dover said its own checks …", "Washington said it was watching"), as "Network Rail said"
 *   is; a word ending in a single "s" ("Airbus", but "Unions", "Banks" too, where "it" may be a
 *   dummy: "Banks said it would take years") only with "its";
 * - else on a past verb of saying ("Unite said the strike would go on.", "Smith said the fix was
 *   close."), as "Unite said that …" already reads: the story reports the word's statement, never
 *   the writer's. Not "says" ("Tradition says …", a diary's "News says …": a saying, no source),
 *   nor a place the story writes after "in"/"from", nor a word ending in a single "s" the story
 *   traces nowhere (a surname, "Reeves", or a plural, "Unions": nothing in the word tells).
 */
function loneSubject(word: string, state: AttributionState, sentence: string): string | null {
  const surname = loneSurname(word, state, sentence);
  if (surname || !state.documentWords || !/^\p{Lu}\p{Ll}+$/u.test(word)) return surname;
  if (namesNoOneAlone(word, state)) return null;
  const lower = word.toLowerCase();
  const words = state.documentWords();
  if (words.lower.has(lower) || hasPersonNoun(lower) || PLURAL_PERSON().test(lower)) return null;
  const traced = words.places.has(word) ? null : surnameTrace(word, words);
  if (traced) return traced;
  if (/[^s]s$/.test(word) && !state.midCaps.has(word)) return LONE_SUBJECT_SAID_ITS().test(sentence) || LONE_SUBJECT_SAID_HE().test(sentence) ? word : null;
  if (LONE_SUBJECT_SAID_IT().test(sentence)) return word;
  return !words.places.has(word) && /^\S+\s+(?!says\s)\p{Ll}+\s/u.test(sentence) ? word : null;
}
/** A subject that names someone as it stands: several words, "it", a name or short name the text gave, an organisation, a body's word ("Police"). */
function namesSubject(subject: string, state: AttributionState): boolean {
  return /\s/.test(subject) || /^it$/i.test(subject) || !!state.registry.resolve(subject) || !!state.shortNames?.has(subject) || state.orgs.has(subject) || isBodyWord(subject);
}
/** A subject, "told"/"urged"/"advised", a plural noun of the people told (perhaps after "the"), "to" and a verb; the sentence bare of quotation. Anchored, each run bounded: linear. */
const TOLD_GROUP_TO = lazy(() => new RegExp(`^(${SUBJECT_WORDS}{1,72}?)\\s+(?:told|urged|advised)\\s+(?:the\\s+|its\\s+|their\\s+)?\\p{Ll}{2,}s\\s+to\\s+\\p{Ll}+[^“”"]*$`, 'u'));
/** A lone subject, its verb of saying, then "its" opening what it said: the possessive of one body. */
const LONE_SUBJECT_SAID_ITS = lazy(() => /^\S+\s+\p{Ll}+\s+(?:that\s+)?its\s/u);
/** A lone subject, a past verb of saying, then "he"/"she"/"his"/"her" opening what was said: one person ("Williams said he had …"), never a plural. */
const LONE_SUBJECT_SAID_HE = lazy(() => /^\S+\s+(?!says\s)\p{Ll}+\s+(?:that\s+)?(?:he|she|his|her)\s/u);
/**
 * A capitalised word for a body that speaks as one ("Police said the lines were peaceful.",
 * "Management reiterated that …"): read as "the police" is (resolveHead), where a lone word
 * otherwise speaks only if the text knows it as someone.
 */
function isBodyWord(word: string): boolean {
  return LONE_NON_PERSON().test(word) && ORGANISATION().test(`the ${word.toLowerCase()}`);
}
/** A lone subject, its verb of saying, then "it"/"its" opening what it said (perhaps after "that"). */
const LONE_SUBJECT_SAID_IT = lazy(() => /^\S+\s+\p{Ll}+\s+(?:that\s+)?its?\s/u);
/** A full stop or exclamation mark, then the quotation mark that closes a sentence's last words. */
const CLOSING_MARK_AFTER_STOP = lazy(() => /([.!])(["”’])$/u);
/** A footnote's reference after a sentence's stop (and a closing mark): "[47]", "[a]", "⁴", "¹²", Markdown's "[^47]". */
const FOOTNOTE_MARK_AFTER_STOP = lazy(() => /([.!?]["”’]?)(?:\[\^?(?:\d{1,3}|[a-z])\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})+$/u);
/**
 * A name of two to four capitalised words (an honorific before it) opening a sentence, then a note in
 * brackets that is no capitalised abbreviation ("(agent for the applicant, Brookfold Homes)",
 * "(objector)"), then a lowercase word: group 1 is the name. Bounded: linear.
 */
const NAME_THEN_ROLE_NOTE = lazy(() => /^((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Councillor)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3})\s\((?!\p{Lu}[\p{L}\p{N}&.-]{0,11}\))[^()]{1,100}\)(?=\s\p{Ll})/u);
/**
 * The one a sentence without quote marks reports, when it says so: "Binance has 300 million
 * users, Teng said.", "…, said Ilan Solot, co-head of digital assets at Marex.", "…, according to
 * Teng.", "Zhao told the court that …". A claim so worded states that person's words, not the
 * narrator's; "he"/"she" resolve as they would for a quotation. Only a person (or organisation)
 * the words name counts: "…, the report said." and "…, they said." credit nobody, and the
 * caller falls back to the narrator.
 */
export function reportedBy(sentence: string, state: AttributionState): string | null {
  // A minutes' numbered paragraph ("1.2 The Chair said that …") is no part of who said it, nor is
  // a news story's dateline in capitals before a colon ("NEW DELHI: The railway ministry said …").
  // (A sentence closing on a quoted word, its full stop inside the marks — 'Dr Colin Pell said staff
  // had been "devastated."' — ends as one with the stop outside them does, for the patterns below.)
  // (nor is a footnote's mark after its stop: "… since the pandemic.[47]", "… in 2019.⁴")
  const unmarked = /[\]¹²³⁴⁵⁶⁷⁸⁹⁰]$/u.test(sentence.trimEnd()) ? sentence.trimEnd().replace(FOOTNOTE_MARK_AFTER_STOP(), '$1') : sentence;
  const text = (/^\s*\d/.test(unmarked) ? unmarked.replace(CLAUSE_NUMBER(), '').trim() : unmarked.trim().replace(COLON_DATELINE(), '')).replace(CLOSING_MARK_AFTER_STOP(), '$2$1');
  if (text.charCodeAt(0) >= 0x4e00 && text.charCodeAt(0) <= 0x9fff && CJK_REPORTING_OPENING().test(text)) {
    const chinese = chineseReportedBy(text, state);
    if (chinese) return chinese;
  }
  if (FOREIGN_REPORTING_HINT().test(text)) {
    const foreign = foreignReportedBy(text, state);
    if (foreign) return foreign;
  }
  // "Mr Kwame Asante (agent for the applicant, Brookfold Homes) said that …": a name opening the
  // sentence with its role in brackets (minutes, court reports) is read without the note, which the
  // subject patterns below take only as a short capitalised abbreviation ("(SEC)").
  const noted = text.includes('(') ? NAME_THEN_ROLE_NOTE().exec(text) : null;
  if (noted) {
    const without = reportedBy(`${noted[1]!}${text.slice(noted[0].length)}`, state);
    if (without) return without;
  }
  const credit = (who: { speaker: string } | null): string | null =>
    who && !/^(?:the|a|an|some|many|several|other|these|those)\s+(?:people|person|sources?|report|reports|statement|data|study|filing|documents?)$/i.test(who.speaker) && !isBarePluralGroup(who.speaker) ? who.speaker : null;
  // "She estimated annual savings at about 85 million pounds.": the figure a person the text
  // names puts on something is their estimate, not the writer's statement.
  const estimate = PRONOUN_ESTIMATE().exec(text);
  if (estimate) return credit(resolveSpeaker(estimate[1]!, state, 'subject', false));
  // "Banda disputed that account. Her version was simple: the alarm sounded at 6:40 p.m., …": a
  // pronoun's own account, then a colon, then what it holds, unmarked: the words are the account of
  // the one person of that gender near (as "she said" would be), never the writer's statement.
  const account = OWN_ACCOUNT_COLON().exec(text);
  if (account) {
    const person = recentPerson(state, /^her$/i.test(account[1]!) ? 'f' : 'm');
    if (person) return credit({ speaker: person });
  }
  // Most claims hold no reporting verb: one plain scan keeps the four patterns below unrun.
  if (!/[.!]$/.test(text) || !(ANY_REPORTING_WORD().test(text) || text.includes(' quoted ') || text.includes(', saying '))) return null;
  const after = REPORTED_AFTER().exec(text);
  // "The regulator would publish its findings within 30 days, she said.": the people the reported
  // clause names are what she spoke of, never who "she" is (as in reportingSubject).
  if (after && /^(?:he|she)$/i.test(after[1]!.trim())) {
    const spokenOf = text.slice(0, after.index).toLowerCase();
    const person = recentPerson(state, /^she$/i.test(after[1]!.trim()) ? 'f' : 'm', (name) => spokenOf.includes(name.toLowerCase()));
    return person ? credit({ speaker: person }) : null;
  }
  // "…, though the allocation was yet to be confirmed.": a part opening on a conjunction of
  // concession or cause, or ending on an auxiliary (a passive: "was yet to be confirmed"), is a
  // clause of its own, no one who confirmed: the sentence is read by the patterns below.
  // (A part holding a verb of saying of its own stays as it was, crediting no one: "Your counsel,
  // Mr Levi, has said everything that could be said on your behalf." is the speaker's sentence.)
  if (after && !(CLAUSE_NOT_SOURCE().test(after[1]!.trim()) && !ANY_REPORTING_WORD().test(after[1]!))) return credit(resolveSpeaker(after[1]!, state, 'subject', true));
  // "The chair, Ray Delgado, told reporters … that …" reads as ", told WHO." too: when no one is
  // found after the verb, the subject before it may still report the clause.
  // "…, said the panel would summon the contractor, Kuroda Rail, at …": an auxiliary before the
  // first comma after the verb makes what follows it a reported clause, not who said it (the name
  // inside that clause is what was spoken of); "…, said Ilan Solot, co-head of …" names no verb.
  const invertedMatch = REPORTED_INVERTED().exec(text);
  const inverted = invertedMatch && !INVERTED_CLAUSE().test(invertedMatch[1]!) ? invertedMatch : null;
  const invertedBy = inverted ? credit(resolveSpeaker(inverted[1]!, state, 'after-verb', true)) : null;
  if (invertedBy) return invertedBy;
  const inserted = REPORTED_INSERTED().exec(text);
  // ("…, coroner's officer Dylan Rees told the hearing, …": a role in small words before a full name the
  // resolver does not take as a title is read past, to the name.)
  const insertedRoleless = inserted ? ROLE_IN_SMALL_WORDS().exec(inserted[1]!)?.[1] : undefined;
  // "Priya, she added, once refused to go …": a pronoun set into a clause about a name is someone
  // other than that name (who would be "she" twice): the latest other person of its gender, as the
  // quotation's "NAME, she said, …" is read.
  const insertedAbout = inserted && /^(?:he|she)$/i.test(inserted[1]!) ? resolveSpeaker(text.slice(0, text.indexOf(',')), state, 'subject', false)?.speaker ?? null : null;
  const insertedOther = insertedAbout ? recentPerson(state, /^she$/i.test(inserted![1]!) ? 'f' : 'm', (n) => n === insertedAbout) : null;
  const insertedBy = inserted ? (insertedOther ?? credit(resolveSpeaker(inserted[1]!, state, 'subject', true) ?? (insertedRoleless ? resolveSpeaker(insertedRoleless, state, 'subject', true) : null))) : null;
  if (insertedBy) return insertedBy;
  // "Priya Raman said gross margin would come in at about 52%, below the 55% analysts had expected,
  // according to LSEG data.": a source that credits nobody (data, a report, an organisation) backs
  // a figure inside the sentence, and leaves the sentence's own subject and verb of saying to report it.
  const according = ACCORDING_AFTER().exec(text);
  const accordingBy = according ? accordingToPerson(`According to ${according[1]!}, x`, state) : null;
  if (accordingBy) return accordingBy;
  // "Reuters quoted the minister as saying that …": the minister's words, passed on by Reuters.
  const quotedAs = quotedAsSayingBy(text, state);
  if (quotedAs) return credit(quotedAs);
  // "Harbour chief Anil Deshmukh acknowledged the premium but said it was worth paying.", "Deshmukh
  // denied that the deal had been rushed and said the talks began in 2022.": a subject, a first
  // predicate of its own (a past verb and what it takes), then "but"/"and" and a verb of saying: the
  // second predicate shares the subject, so the sentence is read as "SUBJECT said …" would be (which
  // credits "the company" as "The company said …" does, and a plural of people nobody, as before).
  // Read before the subject-first patterns below, whose subject would run over the first predicate
  // ("… Deshmukh acknowledged the premium but") and credit no one; where the rewritten sentence
  // credits no one, they read it as before.
  // "X acknowledged the crowd and left" has no verb of saying after the conjunction: no claim of X's.
  const compound = COMPOUND_SAID().exec(text);
  // (Not after an opening conjunction or adverb: "When the board voted …" is no subject and its verb.)
  const compoundBy = compound && !OPENING_CONJUNCTION().test(compound[1]!.split(/\s/)[0]!) && !SENTENCE_ADVERB().test(compound[1]!.split(/\s/)[0]!)
    ? reportedBy(`${compound[1]!} ${compound[2]!}${text.slice(compound[0].length)}`, state)
    : null;
  if (compoundBy) return compoundBy;
  const that = subjectOnly(REPORTED_THAT().exec(text));
  if (that) return credit(resolveSpeaker(that[1]!, state, 'subject', false));
  // "Cllr Farrow disagreed, saying the overspend was due to repairs.", "The company cut its
  // forecast, saying demand had weakened.": the participle's clause is what the subject said.
  const saying = text.includes(', saying ') ? subjectOnly(REPORTED_SAYING().exec(text)) : null;
  if (saying && CLAUSE_AFTER_VERB().test(text.slice(saying[0].length))) return credit(resolveSpeaker(saying[1]!, state, 'subject', false));
  // Without "that", a lone capitalised word may be a diary's "News says …": only a name the text
  // has given (or a pronoun, or several words, or a short name it defined in brackets) reports.
  // "The Environment Agency said a £12 million scheme for Ashworth Mill, first proposed in 2016,
  // would go …": an appositive between commas inside the reported clause, right before its
  // auxiliary, is read past (withoutInnerAppositive), as the subject's own appositives are.
  const bare = subjectOnly(REPORTED_BARE().exec(text)) ?? subjectOnly(REPORTED_BARE_PAST().exec(text)) ?? innerAppositiveBare(text);
  if (bare && (PRONOUN().test(bare[1]!) || state.byPart.has(bare[1]!) || namesSubject(bare[1]!.trim(), state)))
    return credit(resolveSpeaker(bare[1]!, state, 'subject', false));
  const bareSurname = bare ? loneSubject(bare[1]!.trim(), state, text) : null;
  if (bareSurname) return bareSurname;
  // "She said the first year nearly broke them.", "He said juries like accuracy, and …": "he" or
  // "she" opening the sentence, a verb of saying and a clause of three words or more is that
  // person's reported clause whatever its verb (REPORTED_BARE wants an auxiliary), never the
  // writer's; "She said nothing.", "He said goodbye to the crew." stay narration (PRONOUN_SAID_CLAUSE).
  const recollection = subjectOnly(RECOLLECTION().exec(text));
  if (recollection) {
    const by = credit(resolveSpeaker(recollection[1]!, state, 'subject', false));
    if (by) return by;
  }
  const pronounSaid = PRONOUN_SAID_CLAUSE().exec(text);
  if (pronounSaid) return credit(resolveSpeaker(pronounSaid[1]!, state, 'subject', false));
  // "Ruth Ellis said the committee met in May.", "The council said repairs began in 2024.": so for
  // a subject that names someone (a person, an organisation, a described spokesperson), as for "he"
  // or "she"; a subject that names no one ("The sign said …") resolves to nobody and stays narration.
  // A lone capitalised word must be a name the text has given, as for REPORTED_BARE ("Analysts said
  // …", "Officials said …" are people undescribed: nobody's); the subject must hold no verb of its
  // own ("Meridian, which runs 11 terminals, has been the subject of speculation since its largest
  // shareholder said …" is the writer's sentence about Meridian; "She has said versions of this" too).
  const subjectSaid = text.includes(' sa') ? SUBJECT_SAID_CLAUSE().exec(text) : null;
  const saidBy = subjectSaid?.[1]!.trim();
  if (saidBy && !PRONOUN().test(saidBy) && !SUBJECT_HOLDS_VERB().test(saidBy) && (state.byPart.has(saidBy) || namesSubject(saidBy, state)))
    return credit(resolveSpeaker(saidBy, state, 'subject', false));
  const saidSurname = saidBy && !PRONOUN().test(saidBy) ? loneSubject(saidBy, state, text) : null;
  if (saidSurname) return saidSurname;
  // "Harwich told drivers to expect delays.", "Network Rail told passengers to avoid the line.": what
  // a subject told a group to do is its word, as "… told drivers that delays were likely" is.
  const toldTo = text.includes(' to ') ? TOLD_GROUP_TO().exec(text) : null;
  const toldBy = toldTo?.[1]!.trim();
  if (toldBy && !SUBJECT_HOLDS_VERB().test(toldBy)) {
    const by = PRONOUN().test(toldBy) || state.byPart.has(toldBy) || namesSubject(toldBy, state) ? credit(resolveSpeaker(toldBy, state, 'subject', false)) : loneSubject(toldBy, state, text);
    if (by) return by;
  }
  // "Speaking to journalists after reviewing the project at the interchange, Deshmukh said …": a
  // participle's phrase opening the sentence, longer than the subject's 72 characters, says where
  // the words were spoken; the sentence after its comma is read as it stands (once, bounded).
  const opener = PARTICIPLE_OPENER().exec(text);
  if (opener) return reportedBy(text.slice(opener[0].length), state);
  return null;
}
/**
 * A subject (with its appositives), a past verb in "-ed" (the first one after the subject: "The
 * embattled mayor" reads "embattled" as the verb, and the rewritten "The said …" credits no one),
 * what it takes (no quotation, comma, colon nor semicolon), then ", but"/"and" and a verb of saying: group 1
 * is the subject, the match ends on the verb of saying. Anchored, each run bounded: linear.
 */
const COMPOUND_SAID = lazy(() => new RegExp(
  `^(${SUBJECT_WORDS}{1,72}?${SUBJECT_APPOSITIVES})\\s+\\p{Ll}{2,}ed\\s[^,;:“”"()]{1,120}?,?\\s(?:but|and)\\s+(?:(?:then|later|also)\\s+)?((?:said|says|added|insisted|argued|warned|told\\s+(?:${TOLD_AUDIENCE}|the\\s+\\p{Ll}+|\\p{Lu}[\\p{L}'’-]+|him|her|them|us|me)))(?=\\s)`,
  'u',
));

/**
 * A group of unnamed people a bare plural noun describes, no article nor owner before it: "local
 * fishermen", "shipping agents", "analysts". Their words are nobody's, as "Officials said …" are
 * (reportsUnnamedPeople). The parties a court report names stay theirs: "Prosecutors argued that …".
 */
function isBarePluralGroup(speaker: string): boolean {
  const words = speaker.trim().split(/\s+/);
  if (words.length > 3 || !words.every((w, k) => (k === 0 ? /^[\p{L}-]+$/u : /^\p{Ll}[\p{L}-]*$/u).test(w))) return false;
  if (/^(?:the|a|an|his|her|their|its|our|my|your|one|this|that|these|those)$/i.test(words[0]!)) return false;
  if (COURT_PARTY().test(speaker.trim())) return false;
  const head = words[words.length - 1]!.toLowerCase();
  return (/(?:men|people)$/.test(head) || (/s$/.test(head) && !/ss$/.test(head) && (hasPersonNoun(head.slice(0, -1)) || PLURAL_PERSON().test(head)))) && words.slice(0, -1).every((w) => !hasPersonNoun(w) || /^\p{Ll}/u.test(w));
}
/** The parties of a case, named as a group: "prosecutors", "defence lawyers", "the plaintiffs". */
const COURT_PARTY = lazy(() => /^(?:(?:federal|state|crown|the)\s+)?(?:prosecutors|plaintiffs|defendants|claimants|petitioners|respondents|appellants|(?:defen[cs]e|prosecution)\s+(?:lawyers|counsel|attorneys|barristers|solicitors))$/i);
/** A plural noun of people by its ending ("agents", "traders", "economists", "residents"), not of things ("documents", "sectors", "papers"). */
const PLURAL_PERSON = lazy(() => /^(?!\p{L}*ments$|(?:papers|numbers|orders|letters|others|matters|waters|centers|centres|meters|filters|parents|factors|sectors|errors|floors|doors|colors|colours|mirrors|motors|events|plants|grants|restaurants|pollutants)$)\p{Ll}{2,}(?:ers|ists|ians|ants|ents|ors)$/u);

/** A part before a closing reporting verb that is a clause, no source: "though …", "because …", or one ending on a passive's "be"/"been" ("was yet to be", "had been"; "the company has" stays a source: "has said"). */
const CLAUSE_NOT_SOURCE = lazy(() => /^(?:though|although|because|since|unless|until|whereas|if|after|before|once)\s|\s(?:be|been|being)$/iu);
/**
 * A comma-bounded appositive of a lowercase word ("first proposed in 2016", "which opened in 1998",
 * "now in its third year") right before an auxiliary: the part a reported clause's subject may
 * carry. At most 60 characters between the commas: linear.
 */
const INNER_APPOSITIVE = lazy(() => /,\s+(?=\p{Ll})(?!(?:and|but|or|so|yet|while|when|because|although|though|if|since|after|before|he|she|they|it|we|I|you)\s)[^,;:“”"()]{1,60},\s+(?=(?:had|has|have|was|were|is|are|would|will|could|should|might|must)\s)/u);
/** The verb of saying a reported clause follows, as REPORTED_BARE's: its first place in the sentence. */
const BARE_SAID_VERB = lazy(() => /\s(?:said|says|added|noted|insisted|argued|warned|told)\s/u);
/**
 * REPORTED_BARE on the sentence with the first appositive after its verb of saying left out ("said
 * a £12 million scheme for Ashworth Mill, first proposed in 2016, would go …" reads as "said a £12
 * million scheme for Ashworth Mill would go …"). Only after the verb: the subject's own part
 * ("Meridian, which runs 11 terminals, has been …") is the writer's sentence, and stays so; and the
 * subject then holds no verb of its own (SUBJECT_HOLDS_VERB).
 */
function innerAppositiveBare(text: string): RegExpExecArray | null {
  const verb = BARE_SAID_VERB().exec(text.slice(0, 200));
  if (!verb) return null;
  const from = verb.index + verb[0].length;
  const rest = text.slice(from);
  const inner = INNER_APPOSITIVE().exec(rest);
  if (!inner) return null;
  const shorter = text.slice(0, from) + rest.slice(0, inner.index) + ' ' + rest.slice(inner.index + inner[0].length);
  const m = subjectOnly(REPORTED_BARE().exec(shorter));
  return m && !SUBJECT_HOLDS_VERB().test(m[1]!.trim()) ? m : null;
}

/**
 * A subject of those patterns longer than 60 characters (one an organisation's bracketed short name
 * lengthens: "Central Power Purchasing Agency (CPPA) chief executive Rehan Akhtar") holds no verb of
 * saying of its own: "Pruitt said he would support putting the question to voters but warned that …"
 * is Pruitt's "said", no subject "Pruitt said … but" of "warned".
 */
function subjectOnly(m: RegExpExecArray | null): RegExpExecArray | null {
  return m && m[1]!.length > 60 && ANY_REPORTING_WORD().test(m[1]!.split(',')[0]!) ? null : m;
}

/**
 * Whether a sentence reports the words of people it describes but does not name, so that the
 * words are nobody's rather than the writer's: "Her lawyers said the ruling would be appealed.",
 * "In a defence filed on Friday, her lawyers said she had acted …", "One senior official, who spoke
 * anonymously, said Haldane "reads every annex".", "…, city officials said.", "…, according to two
 * people with knowledge of the figures.". Asked only where reportedBy credits no one. The source is
 * a noun phrase whose head is a person noun, singular or plural, with at most a few lowercase words
 * before it (its first word may be capitalised) and perhaps "familiar with …", "who …" after it;
 * subject-first, the verb must open a reported clause ("that", a quotation, a subject and its
 * auxiliary), so "The teacher said goodbye." stays narration. Scans the first 240 characters only.
 */
export function reportsUnnamedPeople(sentence: string): boolean {
  const text = sentence.trim();
  if (text.charCodeAt(0) >= 0x4e00 && text.charCodeAt(0) <= 0x9fff && CJK_UNNAMED_PEOPLE().test(text)) return true;
  if (!ANY_REPORTING_WORD().test(text)) return false;
  // The writer in the sentence ("Sources said the deal was done by Friday, but I was in the room and
  // I can tell you it was not"): the writer's own account, the sources' words only a part of it.
  if (isFirstPersonSingular(text)) return false;
  const after = REPORTED_AFTER().exec(text);
  if (after && describedPeople(after[1]!)) return true;
  // ", according to two people with knowledge of the figures, who spoke on condition …": the phrase
  // after "according to", up to its comma, however long the sentence goes on.
  const according = ACCORDING_TO_PHRASE().exec(text.slice(0, 400));
  if (according && describedPeople(according[1]!)) return true;
  const head = text.slice(0, 240);
  const verb = UNNAMED_REPORTING_VERB().exec(head);
  if (!verb || /[“”"()]/.test(head.slice(0, verb.index))) return false;
  const afterVerb = text.slice(verb.index + verb[0].length, verb.index + verb[0].length + 120);
  // ("Officials said the new charges began on Monday.": after "said" any clause but a thing said, as in SUBJECT_SAID_CLAUSE)
  if (!CLAUSE_AFTER_VERB().test(afterVerb) && !(/^\s(?:said|says)$/.test(verb[0]) && SAID_CLAUSE_OPENING().test(afterVerb) && !/[“”"]/.test(text))) return false;
  const parts = head.slice(0, verb.index).split(',').map((p) => p.trim()).filter(Boolean);
  // "In a defence filed on Friday, her lawyers said": a phrase of when or where opens the sentence.
  if (parts.length > 1 && SENTENCE_SETTING().test(parts[0]!)) parts.shift();
  // "One senior official, who spoke anonymously, said": appositives after the subject open lowercase.
  if (parts.length === 0 || parts.length > 3 || parts.slice(1).some((p) => !/^\p{Ll}/u.test(p))) return false;
  return describedPeople(parts[0]!);
}
const ACCORDING_TO_PHRASE = lazy(() => /(?:^|,\s)[Aa]ccording\s+to\s+([^,;:()“”".]{2,80})/u);
const UNNAMED_REPORTING_VERB = lazy(() => /\s(?:said|says|told|tells|added|argued|warned|insisted|claimed|alleged|stated|maintained|acknowledged|conceded|confirmed|testified)(?![\p{L}])/u);
/** What follows a reporting verb when it opens a reported clause: "that", a quotation within a few words, or a subject and its auxiliary. */
// ("aides said no floor time had been scheduled": "no" and a noun, as "the" and a noun)
const CLAUSE_AFTER_VERB = lazy(() => /^(?:\s+(?:reporters|the\s+court|him|her|them|us|me))?\s+(?:that\s|[^.;:“”"]{0,40}[“"]|(?:he|she|they|it|we|the\s+[\p{L}-]+|no\s+[\p{L}-]+|his\s+[\p{L}-]+|her\s+[\p{L}-]+|its\s+[\p{L}-]+|their\s+[\p{L}-]+|\p{Lu}[\p{L}'’-]*)\s+(?:[\p{L}-]+\s+){0,2}?(?:had|has|have|was|were|is|are|would|will|could|can|should|might|must|did|does|do)\s)/u);
/** A phrase of when or where opening a sentence before its subject: "In a defence filed on Friday", "Last week". */
const SENTENCE_SETTING = lazy(() => /^(?:In|At|On|After|Before|During|Earlier|Later|Last|This|When|Since|Meanwhile|However|Separately|Privately|Publicly|Yesterday|Today)(?![\p{L}])/u);
/** Words that may follow a described source's head noun: "people familiar with the matter", "officials close to …". */
const SOURCE_POSTMODIFIER = lazy(() => /^(?:familiar|with|close|who|in|at|of|from|briefed|knowledgeable|involved|for|on)$/);
/**
 * A noun phrase of a described person or people: at most four words, then a person noun (a plural
 * "s" off: "lawyers", "officials"), "people" or "sources", then nothing or a postmodifier. Only the
 * first word may be capitalised: a name in it ("Ferrante's lawyers" aside) is reportedBy's to read.
 */
function describedPeople(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/).slice(0, 16);
  for (let i = 0; i < words.length && i <= 4; i++) {
    const w = words[i]!.replace(/['’]s$/, '');
    // ("Senate Majority Leader aides", "White House officials": capitalised words from the first on
    // name the office or body the people serve, no one of them; a capital after a lowercase word is a name)
    if (i > 0 && /^\p{Lu}/u.test(w) && !words.slice(0, i).every((x) => /^\p{Lu}[\p{L}.-]*$/u.test(x))) return false;
    // "figures shared with investors": a preposition or a participle before the noun makes it no head.
    if (i > 0 && /^(?:with|of|at|to|from|by|for|in|on|about|over|under|among|between|\p{Ll}{3,}ed)$/u.test(w)) return false;
    const single = w.length > 4 && /s$/.test(w) ? w.slice(0, -1) : w;
    // (hasPersonNoun: the listed nouns and "fishermen", "councilwoman", any "…man"/"…men" word)
    // ("Defense counsel argued that …": "counsel", the lawyers of a side, counted or not)
    const noun = /^(?:people|persons|sources|counsel)$/i.test(w) || hasPersonNoun(w) || hasPersonNoun(single) || PLURAL_PERSON().test(w.toLowerCase());
    if (!noun) continue;
    const next = words[i + 1];
    if (next === undefined || SOURCE_POSTMODIFIER().test(next)) return true;
    // ("local fishermen": a noun of the list used as a modifier; the head comes after it)
  }
  return false;
}

/**
 * "The Punch quoted a NERC official as saying that …", "Reuters quoted the minister as saying the
 * levy …", "The paper quoted Bamidele, the ministry's spokesman, as saying: "…"": the outlet named
 * first only passes the words on; the one it quoted "as saying" (or "as telling reporters") said
 * them. Group 1 is that person, with any appositives; the match ends after "saying" and its
 * "that", comma or colon. Anchored at the sentence's start, every part bounded.
 */
// A short note in brackets may stand in the outlet's part: "Your report (March 7) quoted …".
const QUOTED_AS_SAYING = lazy(() => /^[\s*_]*(?:[^,;:“”"()]|\([^()]{1,30}\)){1,80}?\squoted\s+([^;:“”"()]{2,120}?)\s+as\s+(?:saying|telling\s+[^,;:“”"()]{1,40}?)(?![\p{L}])(?:\s+that(?![\p{L}]))?\s*[,:]?\s*/u);
/** "The Herald quotes the governor:", "Later, the Ledger quoted a trader:": whom a paper passes words on from (1), a colon ending the opening. */
const QUOTES_PERSON = lazy(() => /^[\s*_]*[^;:“”"()]{1,80}?\s(?:quotes|quoted|cites|cited)\s+([^,;:“”"()]{2,80}?)\s*:\s*$/u);
/** After a quotation, "Agbaje quoted him as", "the agency quoted Lim as" before "saying": who passed the words on (1), whom they quoted (2). */
const QUOTED_AS_AFTER = lazy(() => /^\s*([^,;:“”"()]{1,60}?)\s+quoted\s+(him|her|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+as\s*$/u);
/** Who "X quoted Y as saying" credits the words to (Y), or null when the sentence is not so worded. */
function quotedAsSayingBy(text: string, state: AttributionState): { speaker: string; self: boolean } | null {
  if (!/\squoted\s/.test(text)) return null;
  const m = QUOTED_AS_SAYING().exec(text);
  return m ? resolveSpeaker(m[1]!, state, 'subject', true) : null;
}

/** A sentence's opening participle phrase up to its comma ("Speaking at a forum in Abuja on Monday, "), then a capital or a pronoun. */
const PARTICIPLE_OPENER = lazy(() => /^[\s*_]*(?!According\s)\p{Lu}\p{Ll}{2,}ing\s[^,;:“”"()]{3,160},\s+(?=\p{Lu}|(?:he|she|the)\s)/u);

/** "Her version was simple:", "His explanation, he said, is this:" too short to hold a verb of saying: a pronoun's account (group 1 the pronoun), then a colon and a clause. */
const OWN_ACCOUNT_COLON = lazy(() => /^(His|Her)\s+(?:own\s+)?(?:version|account|explanation|answer|reply|response|position|argument|defence|defense|story|reasoning|recollection)(?:\s+of\s+(?:events|what\s+happened))?\s+(?:was|is|had\s+been)(?:\s+[\p{Ll}-]+){0,2}:\s+\p{L}/u);
/**
 * "He/She estimated (forecast, projected …) X at FIGURE" / "… X would reach FIGURE": the figure put on
 * something, not any number in the sentence ("She projected the film onto 3 screens" narrates).
 */
const PRONOUN_ESTIMATE = lazy(() => /^(He|She)\s+(?:estimated|estimates|forecast|forecasts|predicted|predicts|projected|projects|calculated|calculates|reckoned|reckons)\s[^.!?]*?\b(?:at|to\s+be|(?:would|will)\s+(?:reach|hit|top|be|exceed))\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|over\s+|under\s+|up\s+to\s+|more\s+than\s+|less\s+than\s+)?[$€£¥]?\d/u);

/**
 * Reported speech in Norwegian, Russian and Malay news, without quote marks: the subject and the
 * verb, then the word for "that" ("Aas la til at …", "Hun peker på at …", "Зайцева напомнила, что
 * …", "Azlan berkata, SC …"); or "according to" opening the sentence ("Ifølge Lunde …", "Menurut
 * beliau, …", "По его словам, …"), "Katanya, …" ("he/she said, …"). A pronoun is the person named
 * last, as for a quotation.
 */
const FOREIGN_REPORTING_HINT = lazy(() => /(?<![\p{L}])(?:selon|según|secondo|segundo|la til|sier|sa|skrev|skriver|påpeker|peker på|understreker|forteller|berkata|berpendapat|menurut|говорил|katanya|ifølge|напомнил|сказал|отметил|добавил|заявил|подчеркнул|по (?:его|её|ее) словам|по словам)/iu);
const FOREIGN_REPORTED_THAT = lazy(() => /^([^,;:“”"«»()]{1,60}?)\s+(?:la til|sier|sa|påpeker|peker på|understreker|forteller|напомнила|напомнил|сказала|сказал|отметила|отметил|добавила|добавил|заявила|заявил|подчеркнула|подчеркнул|говорила|говорил)(?:\s+(?:at|att)|,\s+что)\s/u);
/**
 * Norwegian leaves "at" out after "sier" ("Solheim sier han kanskje kommer tilbake": says he may come
 * back), the clause's own subject, a pronoun, straight after the verb; and "wrote on X that" sets
 * where between the verb and "at" ("Zhao skrev på X at han …").
 */
const NORWEGIAN_REPORTED = lazy(() => /^([^,;:“”"«»()]{1,60}?)\s+(?:(?:sier|sa|forteller|fortalte)\s+(?=(?:han|hun|de|vi|det|den|hen)\s)|(?:skrev|skriver)\s+(?:(?:på|i)\s+[^\s,;:]{1,30}\s+)?at\s)/u);
const MALAY_REPORTED = lazy(() => /^([^,;:“”"«»()]{1,60}?)\s+berkata(?:,|\s+bahawa)\s/u);
const FOREIGN_ACCORDING_OPENING = lazy(() => /^(?:Ifølge|Iflg\.?|Ifølgje|Enligt|Menurut|По словам)\s+([^,;:()“”"«»]{2,40}?)\s*,\s*\S|^(?:Ifølge|Iflg\.?|Ifølgje|Enligt)\s+(\p{Lu}[\p{L}'’-]+)\s+\p{Ll}/u);
/**
 * French, Spanish, Italian and Portuguese "according to" opening a sentence: a pronoun (1), or a
 * name (2), straight after it or after a role with its article set off by commas ("Selon la
 * directrice des ressources humaines, Hélène Marchetti, …"). "Selon la préfecture, …" names no one.
 */
const ROMANCE_ACCORDING_OPENING = lazy(() => /^(?:Selon|Según|Secondo|Segundo)\s+(?:(lui|elle|él|ella|lei|ele|ela)\s*,|(?:(?:l['’]|(?:la|le|el|il|lo|o|a)\s+)\p{Ll}[^,;:()“”"«»]{1,60}?,\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|du|del|della|di|da|do|van|von|der)\s+)*\p{Lu}[\p{L}'’-]+){0,2})\s*,\s*\S)/u);
function foreignReportedBy(text: string, state: AttributionState): string | null {
  const recent = (gender: 'f' | 'm' | null) => recentPerson(state, gender, undefined, 2) ?? (gender ? recentPerson(state, null, undefined, 2) : null);
  // "Selon Hélène Marchetti, …", "Selon la directrice des ressources humaines, Hélène Marchetti, …",
  // "Según ella, …" (according to): as English "According to NAME, …".
  const romance = ROMANCE_ACCORDING_OPENING().exec(text);
  if (romance) {
    if (romance[1]) return recent(/^(?:elle|ella|lei|ela)$/.test(romance[1]) ? 'f' : 'm');
    const name = romance[2]!;
    const known = state.registry.resolve(name) ?? state.byPart.get(name) ?? null;
    if (known) return known;
    if (/\s/.test(name) && !/^(?:Le|La|Les|El|Los|Las|Il|Lo|Gli|O|Os|As)\s/.test(name)) {
      const who = resolveSpeaker(name, state, 'subject', true)?.speaker ?? null;
      if (who && !isOrg(who, state)) return who;
    }
  }
  // "По его словам, …" (according to him), "Menurut beliau, …", "Katanya, …": the person just named.
  const pronoun = /^(?:По (его|её|ее) словам|Menurut (?:beliau|dia)|Katanya)\s*,/u.exec(text);
  if (pronoun) return recent(pronoun[1] === 'его' ? 'm' : pronoun[1] ? 'f' : null);
  const according = FOREIGN_ACCORDING_OPENING().exec(text);
  if (according) {
    const name = according[1] ?? according[2]!;
    return resolveSpeaker(name, state, 'subject', true)?.speaker ?? state.byPart.get(name) ?? null;
  }
  // "Pengarah Eksekutif SC, Datuk Azlan Hashim, berkata …": the name set off before the verb.
  const malay = text.includes('berkata') || text.includes('berpendapat') ? new RegExp(MALAY_SUBJECT_BEFORE_VERB().source, 'u').exec(text) : null;
  if (malay) return malay[1]!.replace(/^(?:Dr|Prof)\.?\s+/, '');
  const marked = FOREIGN_REPORTED_THAT().exec(text) ?? MALAY_REPORTED().exec(text);
  const that = marked ?? NORWEGIAN_REPORTED().exec(text);
  if (!that) return null;
  // Without "at", a lone capitalised word may be the noun opening the sentence ("Kommunen sier de …":
  // the council says they …): only a pronoun or a name the text has given in full reports.
  const bare = !marked && !/\sat\s$/.test(that[0]);
  // "Ричард Тенг ранее говорил, что": an adverb of time between the subject and the verb is no part of who.
  // "Solheim i Bergen", "Zhao selv": where the person is ("i" = in) and "himself" are no part of who.
  const subject = that[1]!.trim().replace(/\s+(?:ранее|также|тогда|уже|også|tidligere|juga|selv)$/u, '').replace(/\s+i\s+\p{Lu}[\p{L}-]*$/u, '');
  if (/^(?:hun|hon|она)$/iu.test(subject)) return recent('f');
  if (/^(?:han|он|beliau|dia)$/iu.test(subject)) return recent('m');
  const who = resolveSpeaker(subject, state, 'subject', true)?.speaker ?? null;
  return bare && who && !who.includes(' ') && !state.registry.resolve(who) ? null : who;
}

/** "Mrs Eileen Moffat, a shareholder, asked why …", "Mr. Dan Voss (private investor) asked whether …", "Councilmember Ortiz asked whether …": a question reported, its asker the subject. */
// (or queried, enquired, raised a matter: "Cllr Menon queried the insurance renewal.", "Ms Doyle enquired about …")
const REPORTED_ASK = lazy(() => /^([^,;:“”"()]{1,60}?)(?:,\s+[^,;:“”"()]{1,60},|\s+\(([^()]{1,60})\))?\s+(?:asked\s+(?:[\p{L}'’-]+\s+){0,3}?(?:whether|why|if|what|how|when|where|who|which|about)|(?:queried|questioned|raised|enquired|inquired)(?:\s+(?:about|whether|why|if|what|how|when|where|who|which))?)\s/u);
/** A verb of a question reported, as REPORTED_ASK reads them: cheap to test before it. */
const ASKING_VERB = lazy(() => /\s(?:asked|queried|questioned|raised|enquired|inquired)\s/);
/** The sentence reports a question put (REPORTED_ASK's shape): "Cllr Frame asked whether …", "Cllr Menon queried …". */
export function reportsAsking(sentence: string): boolean {
  return ASKING_VERB().test(sentence) && REPORTED_ASK().test(sentence.replace(CLAUSE_NUMBER(), ''));
}
/** The sentence opens as a reply reported (REPORTED_REPLY's shape): "The officer replied that …", "Mr Whitcombe replied: …". */
export function reportsReply(sentence: string): boolean {
  return REPORTED_REPLY().test(sentence.replace(CLAUSE_NUMBER(), '')) || REPLIED_COLON().test(sentence) || LABELLED_REPLY().test(sentence);
}
/**
 * "Dr. Achterberg: Roughly four hundred thousand dollars …": minutes giving the reply under its
 * giver's title and surname and a colon, as a transcript would (after "Cllr Baptiste asked how much
 * …"). Only a title or honorific and one or two capitalised words: "Key facts:" names no one.
 */
const LABELLED_REPLY = lazy(() => /^((?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Cllr|Coun)\.?|Councillor|Councilor|Councilmember|Alderman|Alderwoman|Mayor|Professor|Commissioner|Director|Supervisor|Trustee|Chief)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*:\s+(?=[\p{Lu}\d])/u);
/**
 * "The Secretary: Yes. Recordings will stay …": minutes giving the reply under the office of its giver,
 * "The" and an officer's title, as the minutes' other sentences name the officer ("The Secretary reported …").
 */
const OFFICER_REPLY = lazy(() => /^(The\s+(?:(?:Honorary|Hon\.|Branch|Company|General|Deputy|Vice|Acting)\s+)?(?:Chair|Chairman|Chairwoman|Chairperson|President|Vice-President|Secretary|Treasurer|Clerk|Convenor|Convener|Registrar|Director))\s*:\s+(?=[\p{Lu}\d])/u);
/** "Mr Whitcombe replied: “…”": the reply's speaker (group 1) and a colon opening the words. */
const REPLIED_COLON = lazy(() => /^([^,;:“”"()]{1,60}?)\s+(?:replied|responded|answered|explained|confirmed)\s*:\s*[“"]/u);
/** "The Chair replied that …", "Ms. Farrow said it did not": the answer reported, its speaker the subject. */
const REPORTED_REPLY = lazy(() => /^([^,;:“”"()]{1,60}?)\s+(?:replied|responded|answered|said|explained|confirmed|stated|noted|acknowledged)(?:\s+that)?\s/u);

const CLAUSE_NUMBER = lazy(() => /^\s*\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+(?=\p{Lu})/u);

/**
 * A meeting's minutes report an exchange in two sentences, one after the other: someone asked
 * whether (why, how…) something, then someone else replied or said that…. The asker and who
 * answered, both named; null for any other pair of sentences.
 */
export function reportedExchange(question: string, answer: string, state: AttributionState): { asker: string; speaker: string } | null {
  // A numbered paragraph's number ("3.1 A member asked …") is no part of who asked.
  // Or put in the member's own words under their title and surname, "Q. Mr. Lindqvist: Will the …?",
  // and answered under a name or an office the same way ("A. The Secretary: Yes. …").
  const labelledAsk = LABELLED_REPLY().exec(question);
  if (labelledAsk) {
    const reply = LABELLED_REPLY().exec(answer) ?? OFFICER_REPLY().exec(answer);
    const asker = reply ? resolveSpeaker(labelledAsk[1]!, state, 'subject', false)?.speaker : undefined;
    const speaker = reply ? resolveSpeaker(reply[1]!, state, 'subject', false)?.speaker : undefined;
    return asker && speaker && asker !== speaker && /^\p{Lu}/u.test(asker) ? { asker, speaker } : null;
  }
  const q = REPORTED_ASK().exec(question.replace(CLAUSE_NUMBER(), ''));
  const a = q ? (REPORTED_REPLY().exec(answer.replace(CLAUSE_NUMBER(), '')) ?? REPLIED_COLON().exec(answer) ?? LABELLED_REPLY().exec(answer)) : null;
  if (!q || !a) return null;
  // "raised" puts a matter, not always a question ("The company raised prices. Smith said …" is no
  // exchange): only a reply given as one answers it ("Cllr Mahmood raised … Mrs Finch replied: …").
  if (/\sraised\s/.test(q[0]) && !/\s(?:replied|responded|answered)\b/.test(a[0])) return null;
  // "A shareholder (Mr. Ole Brekke) asked …": someone described, named in the brackets.
  const described = q[2] && /^(?:a|an|one|another)\s/i.test(q[1]!) ? q[2] : null;
  const asker = resolveSpeaker(described ?? q[1]!, state, 'subject', false)?.speaker;
  const speaker = resolveSpeaker(a[1]!, state, 'subject', false)?.speaker;
  // The asker is named, or described as one person ("A resident of Orchard Lane asked …", "One parent
  // asked …"): the description as the resolver writes it, "a resident of Orchard Lane".
  const describedAsker = !!asker && /^(?:a|an|one)\s/.test(asker) && /^(?:a|an|one)\s/i.test(q[1]!.trim());
  return asker && speaker && asker !== speaker && (/^\p{Lu}/u.test(asker) || describedAsker) ? { asker, speaker } : null;
}

/** The person of "According to NAME, APPOSITIVE:" right before a quotation, when the appositive only describes them. */
function accordingAppositive(before: string, state: AttributionState): string | null {
  if (!/[,:—–]\s*$/.test(before)) return null;
  const m = ACCORDING_OPENING().exec(before)!;
  const rest = before.slice(m[0].length - 1);
  VERB_RE().lastIndex = 0;
  if (rest.length > 120 || /[“”"]/.test(rest) || VERB_RE().test(rest)) return null;
  return accordingToPerson(before, state);
}

/** Words of time that NOT_PERSON_WORDS holds and that open no organisation's name (a first name too: "Summer", "May"). */
const TIME_THING_WORD = lazy(() => /^(?:Spring|Summer|Autumn|Fall|Winter|New|Year|Day|Week|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/);

/**
 * The subject "Network Rail" (of "Network Rail says …") or "Global Energy Watch" is an organisation:
 * two to four capitalised words and nothing else before the verb, the first a word that names things
 * (NOT_PERSON_WORDS, no function or time word), each of the others none of those, no title and no
 * part of a person the text named.
 */
function orgNamedByThing(run: string[], words: string[], position: string, hon: unknown, state: AttributionState): boolean {
  if (position !== 'subject' || hon || run.length < 2 || run.length > 4 || words.length !== run.length) return false;
  const [first, ...rest] = run as [string, ...string[]];
  if (!run.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return false;
  if (!NOT_PERSON_WORDS().test(first) || LONE_FUNCTION_WORD().test(first) || TIME_THING_WORD().test(first)) return false;
  if (rest.some((w) => NOT_PERSON_WORDS().test(w) || isTitleToken(w) || state.byPart.has(w) || registeredByPart(w, state))) return false;
  state.orgs.add(run.join(' '));
  return true;
}

function isOrg(name: string, state: AttributionState): boolean {
  if (state.orgs.has(name)) return true;
  // "a former official at the Financial Conduct Authority": a described person, placed in an organisation.
  const placed = /^\p{Ll}/u.test(name) ? /\s(?:at|of|for|from)\s/.exec(name) : null;
  const last = (placed ? name.slice(0, placed.index) : name).split(/\s+/).pop()!;
  return ORG_SUFFIX().test(last);
}

function trimRecent(state: AttributionState): void {
  while (state.recent.length > 0 && state.paragraph - state.recent[0]!.paragraph > 4) state.recent.shift();
  if (state.recent.length > 40) state.recent.splice(0, state.recent.length - 40);
}

/**
 * Remember the people a sentence names, in order, so a following "she said"
 * or "said Ruiz" resolves: registered speakers, full names (not
 * organisations, not places), descriptions ("a skilled snowboarder"), and
 * surnames of full names seen before. Organisations named after "at", "of",
 * "for", "from" or by a company suffix are remembered as organisations.
 */
// notePeople's patterns, compiled once: it runs for every sentence, and matchAll clones its regex per call.
// Where a pattern opens with a lookbehind, the capital letter it needs comes first and the
// lookbehind right after it ("\p{Lu}(?<![\p{L}]\p{Lu})" for "(?<![\p{L}])\p{Lu}"): the same
// matches, but the engine tries the lookbehind only at capitals, not at every character
// (these three were a tenth of a cold build's CPU).
// No preposition here ends another one, so the lookbehind after the word asks what the one before it
// asked: is the character before the word a letter.
/** A verb of talking or meeting (or a meal one shares), then "with", right before a name: "raised it with ", "spoke with ", "sat down with ", "Lunch with ". */
const TALKED_WITH = lazy(() => /(?<![\p{L}])(?:spoke|speak|speaks|talked|talk|talks|chatted|met|meet|meets|sat down|sit down|raised (?:it|this|that)|checked|argued|pleaded|lunch|dinner|breakfast|coffee|drinks)\s+with\s+$/iu);
function talkedWithBefore(text: string, at: number): boolean {
  return TALKED_WITH().test(text.slice(Math.max(0, at - 40), at));
}
/** "according to the Irish Heart Foundation": the capitalised words after "according to" (and "the"). */
const ORG_AFTER_ACCORDING = lazy(() => /(?<![\p{L}])[Aa]ccording to\s+(?:the\s+)?(\p{Lu}[\p{L}&'’.-]*(?:\s+(?:&\s+|of\s+)?\p{Lu}[\p{L}&'’.-]*){1,5})/gu);
export const ORG_AFTER_PREPOSITION = lazy(() => /(?:at|of|for|from|with|by|joined|joins|left|leaves)(?<![\p{L}](?:at|of|for|from|with|by|joined|joins|left|leaves))\s+((?:the\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}&'’.-]*){0,4})/gu);
/**
 * PERSON_APPOSITIVE's opening, its determiner and the space after (", a …", ", their …"), in ASCII: tested
 * first, so the long pattern (every person noun, a \p{…} set in a lazy repeat: ≈ 10 ms to compile) is
 * compiled only for a comma that may open such an appositive, not for ", who is …" or ", bringing …".
 */
const PERSON_APPOSITIVE_LEAD = lazy(() => /^,\s+(?:a|an|the|its|his|her|their)\s/);
/** An appositive right after a name that says what the person is: ", a former Citibank trader", ", the band's drummer". */
function personAppositive(text: string): boolean {
  return PERSON_APPOSITIVE_LEAD().test(text) && PERSON_APPOSITIVE().test(text);
}
const PERSON_APPOSITIVE = lazy(() => new RegExp(`^,\\s+(?:a|an|the|its|his|her|their)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:${PERSON_NOUNS})(?![\\p{L}])`, 'u'));
/** After a title: "was written,", "were recorded in Leeds", "had been composed during …" (a work's making; no "recorded saying"). */
const WORK_MADE_AFTER = lazy(() => /^\s+(?:was|were|had\s+been|has\s+been|is\s+being|was\s+being)\s+(?:(?:largely|mostly|partly|mainly|first|originally|entirely|all|also)\s+)?(?:written|recorded|composed|filmed|painted|published|printed|produced|self-produced|mixed|mastered|directed|translated|illustrated|designed|choreographed|staged|broadcast|serialised|serialized)(?=\s*[,.;]|\s+(?:in|at|on|over|during|between|from|after|before|while|when|across|inside|largely|mostly|partly|entirely|with|by|for|as\s+(?:a|an|the)\s))/u);
/** A chronology's entry up to a word: its year, a dash or a colon ("1991 — ", "c. 1860s: "), and perhaps whole sentences of the entry before. */
const YEAR_ENTRY_OPENING = lazy(() => /^[\s*_>•-]*(?:c\.\s*)?\d{3,4}s?(?:[–-]\d{2,4})?\s*[—–:-]\s*(?:[^“”"]*?[.!?]\s+)?$/u);
/** Two or three capitalised words after a lowercase "a"/"an": "a Vinho Verde", "an Aston Martin DB5". */
const THING_AFTER_ARTICLE = lazy(() => /(?<![\p{L}])an?\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}\d]*){1,2})(?![\p{L}])/gu);
export const HONORIFIC_NAME = lazy(() => /(?<![\p{L}])(Mr|Mrs|Ms|Miss|Dr|Prof|Cllr)\.?\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/gu);
export const MID_SENTENCE_CAPITAL = lazy(() => /(\p{Lu}(?<=[\p{Ll},;]\s+\p{Lu})\p{Ll}+)(?![\p{L}])/gu);
// A name's word may open with an Irish or French prefix before its capital: "O’Neill", "D'Arcy".
export const FULL_NAME = lazy(() => /(\p{Lu}(?<![\p{L}]\p{Lu})(?:\p{Ll}[\p{L}'’-]*|\.))(?:\s+(\p{Lu}\.|\p{Lu}(?:['’]\p{Lu})?\p{Ll}[\p{L}'’-]*))?(?:\s+(\p{Lu}(?:['’]\p{Lu})?\p{Ll}[\p{L}'’-]*))?\s+(\p{Lu}(?:['’]\p{Lu})?\p{Ll}[\p{L}'’-]*)(?![\p{L}])/gu);
/** A role in lowercase (one or two words) and then a capitalised name: " captain Jonas Berg", " head coach Ana Ruiz". */
const ROLE_THEN_NAME = lazy(() => /^ ((?:\p{Ll}[\p{Ll}-]* ){0,1}\p{Ll}[\p{Ll}-]*) \p{Lu}\p{Ll}[\p{L}'’-]* \p{Lu}\p{Ll}/u);
/** A team's roles, which the person nouns leave out. */
const TEAM_ROLE = lazy(() => /(?<![\p{L}])(?:captain|skipper|striker|goalkeeper|keeper|defender|midfielder|winger|forward|coach|chief|boss)$/u);
// A surname opened by a lowercase particle: "Ursula von der Leyen", "Luiz Inácio Lula da Silva",
// "Abdel Fattah al-Sisi". FULL_NAME wants every word capitalised, so these take their own pass,
// run only where such a particle stands before a capital.
const PARTICLE = 'von|van|der|den|de|da|das|dos|del|della|di|du|la|le|ter|ten|zu|bin|ibn';
const HYPHEN_PARTICLE = 'al|el|bin|ibn|abu|ben|ad|ash';
const HAS_PARTICLE = lazy(() => new RegExp(String.raw`\s(?:${PARTICLE})\s+\p{Lu}|(?<![\p{L}])(?:${HYPHEN_PARTICLE})-\p{Lu}`, 'u'));
/** What every match of HAS_PARTICLE has, without its \p classes (so HAS_PARTICLE is not made for text without a particle). */
const PARTICLE_HINT = lazy(() => new RegExp(String.raw`\s(?:${PARTICLE})\s|(?:${HYPHEN_PARTICLE})-`));
export const PARTICLE_NAME = lazy(() => new RegExp(
  String.raw`(\p{Lu}(?<![\p{L}]\p{Lu})\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){0,2})\s+((?:(?:${PARTICLE})\s+){1,3}\p{Lu}\p{Ll}[\p{L}'’-]*|(?:${HYPHEN_PARTICLE})-\p{Lu}\p{Ll}[\p{L}'’-]*)(?![\p{L}])`,
  'gu',
));
/** A French, Spanish, Italian or Portuguese article and a noun of a works, firm or place, right before a name ("l'usine ", "la société ", "el grupo "). */
const THING_NOUN_BEFORE = lazy(() => /(?<![\p{L}])(?:[Ll]['’]|(?:[Ll][ae]|[Ee]l|[Ii]l|[Ll]o|[Dd]u|[Dd]el|[Dd]ella|[Dd]a|[Dd]o|[Aa]u|[Aa]l|[Aa]lla|[Nn]el|[Nn]ella|[Nn]a|[Nn]o|[Oo]|[Aa])\s+)(?:usine|soci[ée]t[ée]|groupe|entreprise|firme|marque|compagnie|enseigne|maison|boutique|magasin|brasserie|librairie|boulangerie|fromagerie|coop[ée]rative|banque|mutuelle|agence|cabinet|laboratoire|clinique|h[ôo]pital|lyc[ée]e|coll[èe]ge|[ée]cole|universit[ée]|mus[ée]e|th[ée][âa]tre|stade|gare|rue|avenue|boulevard|quartier|ch[âa]teau|domaine|abbaye|[ée]glise|chantier|fábrica|fabrica|fabbrica|empresa|grupo|gruppo|compañía|sociedad|tienda|bodega|cantina|azienda|ditta|negozio|loja|calle|plaza|piazza|via|rua|praça|escuela|escola|scuola|colegio|universidad|universidade|museo|museu|estación|stazione|estação|marca|marchio|fundación|fondazione|fundação)\s+$/u);
/** A signer's line up to its quotation: "Karen Liu, Millbrook — " (a name, a note after a comma, a dash). */
const SIGNER_BEFORE = lazy(() => /^[\s*_•-]*(\p{Lu}[^“”"—―–:.!?]{0,80}?)\s+(?:[—―–]|--?)\s*[*_]*$/u);
/** After a description: an appositive that names the person ("…, a kind man named Dr. Fitzgerald,"), or "was" and a full name. */
const DESCRIPTION_NAMED =
  lazy(() => /^(?:\s*,\s*(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,4}(?:named|called)\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s*[,)]|\s+(?:is|was)\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}(?![\p{L}'’-]))/u);
export const CAPITALISED_WORD = lazy(() => /(\p{Lu}(?<![\p{L}]\p{Lu})(?:['’]\p{Lu})?\p{Ll}[\p{L}'’-]*)(?![\p{L}])/gu);

/** Every match of a global regex that never matches empty, like matchAll without cloning the regex; not reentrant. */
function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  return out;
}

const NO_MATCHES: RegExpExecArray[] = [];

const UPPERCASE = lazy(() => /\p{Lu}/u);

/**
 * Whether an uppercase letter (\p{Lu}) stands after the text's first
 * character that is not whitespace: what every match of ORG_AFTER_PREPOSITION,
 * HONORIFIC_NAME, MID_SENTENCE_CAPITAL and FULL_NAME has (the capital of a
 * name after a preposition, a title, a lowercase word or comma, or another
 * name). Most sentences have one capital, their first letter, and need none
 * of the four (test/parse/fast-paths.test.ts holds the four to this).
 */
export function hasLaterCapital(text: string): boolean {
  const n = text.length;
  let i = 0;
  while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
  for (i++; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) return true;
    } else if (UPPERCASE().test(String.fromCodePoint(text.codePointAt(i)!))) return true;
  }
  return false;
}

/**
 * Whether the text may hold a word of a full name seen before: each such word
 * is a key of `byPart` and so a substring of the text. A necessary condition
 * only (the pattern decides); with many names the test would cost more than it saves.
 */
function mayNamePart(text: string, state: AttributionState): boolean {
  if (state.byPart.size > 64) return true;
  const plain = text.includes('’') ? text.replace(/’/g, "'") : text;
  for (const part of state.byPart.keys()) if (plain.includes(part)) return true;
  return false;
}

/** A sentence that is one capitalised word and a verb of reaction, perhaps with an adverb: "Aziz disagreed.", "Teng quickly objected." */
const ASKED_ABOUT_HINT = lazy(() => /\bask(?:ed|s)\s/);
const ASKED_ABOUT = lazy(() => /\bask(?:ed|s)\s+(?:(?:whether|if|when|why|how)\s+(she|he)|(her|him))(?![\p{L}])/u);
const LONE_SUBJECT =
  lazy(() => /^\s*(\p{Lu}\p{Ll}[\p{L}'’-]+|He)\s+(?:\p{Ll}+ly\s+)?(?:disagreed|agreed|objected|demurred|dissented|concurred|differed|hesitated|paused|nodded|smiled|laughed|grinned|shrugged|sighed|frowned|winced|scoffed|protested|countered|responded|replied|relented|persisted|insisted|conceded|interjected|pushed back|was unconvinced|was sceptical|was skeptical|was less sure)[.!]\s*$/u);
/** Capitalised words that stand as a sentence's subject and are nobody: "Nobody agreed.", "Others objected." */
const LONE_NON_PERSON = lazy(() => /^(?:Police|Management|Staff|Government|Nobody|Everyone|Everybody|Someone|Somebody|Anyone|Others|Few|Neither|Either|Critics|Analysts|Investors|Regulators|Officials|Markets|Prices|Shares|Sales|Profits|Revenue|Demand|Supply|Trading|Volume|Volumes|Growth|Inflation|Stocks|Bonds|Rates|Things|Everything|Nothing|Something)$/);

/** "NAME, his co-founder": the possessive that opens an appositive after a name (its capture: what stays). */
const APPOSITIVE_POSSESSIVE = lazy(() => /^(\p{Lu}[^,]{0,40},\s+)(?:his|her|their)(?=\s)/u);
/** "her" owning a noun ("her firm"), not "her" as an object ("praised her in public", "told her that"). */
const POSSESSIVE_HER =
  lazy(() => caselessRegExp(String.raw`(?<![\p{L}])her(?![\p{L}])(?!\s*(?:[.,;:!?)]|$|\s(?:in|on|at|to|for|with|from|as|and|but|or|that|about|again|too|up|out|off|back|down|over|into|the|a|an|because|when|if|so|once|twice|this|that|what|how|why|whether|often|always|never|well|before|later|now|then|publicly|privately|repeatedly|warmly|personally|directly|openly|recently|frequently|regularly|constantly|highly|since|until|during)(?![\p{L}])))`, 'iu'));
// The `iu` patterns below are built by caselessRegExp() (src/model/regexp.ts): the same matches without the i flag's compile cost on their \p{L} classes.
const SHE_WORD = lazy(() => caselessRegExp(String.raw`(?<![\p{L}])(she|hers|herself)(?![\p{L}])`, 'iu'));
const HIS_WORD = lazy(() => caselessRegExp(String.raw`(?<![\p{L}])(his|himself)(?![\p{L}])`, 'iu'));
// (From a run of spaces' first space only, "(?<!\s)": tried at each space of a long run, "\s+" read the rest of the run each time.)
const NAME_TAIL = lazy(() => caselessRegExp(String.raw`(?<!\s)\s+(who|of|at|from|in|on|with|for)(?![\p{L}]).*$`, 'iu'));
/**
 * The gender a described person's own relative clause gives them: "One longtime resident, who said
 * she had not owned a car since 1997, told …" is a woman, so the next paragraph's "she said" is
 * hers, not a woman named paragraphs before. Only a clause opening right after the description
 * ("who"/"whose"), by its subject pronoun, one gender's alone; null otherwise.
 */
function relativeClauseGender(after: string): 'f' | 'm' | null {
  const clause = /^\s*,?\s*(?:who|whose)\s([^,;.!?“”"]{0,160})/i.exec(after)?.[1];
  if (!clause) return null;
  // Subject pronouns only: "who sailed with her" names someone else by "her".
  const she = /(?<![\p{L}'’])she(?![\p{L}'’])/iu.test(clause);
  const he = /(?<![\p{L}'’])he(?![\p{L}'’])/iu.test(clause);
  return she === he ? null : she ? 'f' : 'm';
}

/**
 * A described person as a later quote names them: the description without its clause ("a man who
 * was there" → "a man"), keeping the institution it places them in ("a former official at the
 * U.K.'s Financial Conduct Authority", "a spokeswoman for Binance"): its capitalised words after
 * "at"/"of"/"for"/"from", read word by word.
 */
function describedPerson(desc: string): string {
  const tail = NAME_TAIL().exec(desc);
  if (!tail) return desc;
  const head = desc.slice(0, tail.index);
  if (!/^(?:at|of|for|from)$/i.test(tail[1]!)) return head;
  const words = desc.slice(tail.index).trim().split(/\s+/);
  let end = 1;
  if (words[end] && /^the$/i.test(words[end]!)) end++;
  let kept = 0;
  for (let k = end; k < words.length && k < end + 8; k++) {
    const w = words[k]!;
    if (/^\p{Lu}/u.test(w)) {
      kept = k + 1;
      // "Smith & Co.": a company abbreviation ends the name.
      if (/^(?:Co|Corp|Inc|Ltd|Bros)\.$/.test(w)) break;
    } else if (!(kept > 0 && /^(?:of|and|for|&|de|du|des)$/.test(w))) break;
  }
  return kept > 0 ? `${head} ${words.slice(0, kept).join(' ')}` : head;
}
const PREPOSITION_BEFORE = lazy(() => caselessRegExp(String.raw`(?<![\p{L}])(?:at|of|for|from|with|by|joined|joins|left|in|to)\s+(?:the\s+)?$`, 'iu'));
const COPULA_BEFORE = lazy(() => caselessRegExp(String.raw`(?<![\p{L}])(is|was|are|were|be|been|being|as|named|called|became|become)\s*$`, 'iu'));
const INDEFINITE_BEFORE = lazy(() => /(?<![\p{L}])(?:a|an)\s+$/u);
const THE_BEFORE = lazy(() => caselessRegExp(String.raw`(?<![\p{L}])the\s+$`, 'iu'));

/**
 * "elle a", "ella dijo": a French or Spanish subject pronoun before its verb (not "dit-elle", not "il y
 * a"). German "sie"/"er" in lowercase stand after their verb as often as before it ("sagte sie", "hat er").
 */
const FOREIGN_SUBJECT_SHE = lazy(() => /(?<![\p{L}'’-])(?:(?:[Ee]lles?|[Ee]lla)\s+\p{Ll}|sie(?![\p{L}'’,—–-]))/u);
/** French "il" only before a verb it goes with ("il a", "il ne"): Italian's article is "il" too, Spanish's "el". */
const FOREIGN_SUBJECT_HE = lazy(() => /(?<![\p{L}'’-])(?:[Ii]l\s+(?:a|avait|aura|est|était|sera|fut|dit|va|ne|n['’]|se|s['’])\s|[Éé]l\s+\p{Ll}|er(?![\p{L}'’,—–-]))/u);
/** A sentence or clause opening on a subject pronoun and its verb: "she founded", ", elle a cofondé". */
const SUBJECT_PRONOUN_HINT = lazy(() => /(?<![\p{L}'’-])(?:[Ss]he|[Hh]e|[Ee]lle|[Ii]l|[Ee]lla|[Éé]l|sie|er)\s/u);
const SUBJECT_PRONOUN = lazy(() => /(?:^|[.;!?]\s+|,\s+)[\s"“'‘*_]*([Ss]he|[Hh]e|[Ee]lle|[Ee]lla|[Éé]l|sie|er|[Ii]l(?=\s+(?:a|avait|aura|est|était|sera|fut|dit|va|ne|n['’]|se|s['’])\s))\s+(?=\p{Ll})/u);

/**
 * Amharic has no capitals to tell a name: a person is named after a title ("አቶ ተስፋዬ በቀለ" Mr,
 * "ወ/ሮ" Mrs, "ዶክተር"/"ዶ/ር" Dr, "ፕሮፌሰር") or after an age and what the person is ("የ26 ዓመቷ ወጣት
 * ሐና ታደሰ": the 26-year-old young woman Hana Tadesse), a given name and a father's name. A given
 * name alone after a title, or opening a sentence, is the full name seen before ("ዶክተር መሰረት").
 */
const ETHIOPIC_WORD = String.raw`[\u1200-\u137f]+`;
const ETHIOPIC_TITLED = lazy(() => new RegExp(String.raw`(?:^|\s)(?:አቶ|ወ/ሮ|ወይዘሮ|ወ/ሪት|ወይዘሪት|ዶክተር|ዶ/ር|ፕሮፌሰር|ፕ/ር|ኢንጂነር|ኢ/ር)\s+(${ETHIOPIC_WORD})(?:\s+(${ETHIOPIC_WORD}))?`, 'gu'));
const ETHIOPIC_AGED = lazy(() => new RegExp(String.raw`የ\d{1,3}\s+ዓመ(ቷ|ቱ|ት)\s+(?:(?:ወጣት|ነጋዴ|ተማሪ|ነዋሪ|ባለሙያ|እናት|አባት|አርሶ\s+አደር)\s+)?(${ETHIOPIC_WORD})\s+(${ETHIOPIC_WORD})`, 'gu'));
/** Words an Amharic name is never: what a sentence's verbs and particles end or open with after a name. */
const ETHIOPIC_NOT_NAME = lazy(() => /(?:ዋል|ለች|ሏል|ቸው|ሉት|ጹት|ጿል|ጻለች)$|^(?:እንደ|ስለ)/u);
function noteEthiopicPeople(text: string, state: AttributionState, found: { at: number; m: Mention }[], taken: { push: (span: [number, number]) => void }): void {
  const add = (at: number, end: number, name: string, gender: 'f' | 'm' | null) => {
    if (gender && !state.genders.has(name)) state.genders.set(name, gender);
    found.push({ at, m: { name, gender: state.genders.get(name) ?? gender } });
    taken.push([at, end]);
  };
  for (const m of execAll(ETHIOPIC_TITLED(), text)) {
    const [given, father] = [m[1]!, m[2]];
    const known = state.byPart.get(given);
    const full = known ?? (father && !ETHIOPIC_NOT_NAME().test(father) ? `${given} ${father}` : null);
    if (!full) continue;
    if (!known) remember(full, null, state);
    add(m.index ?? 0, (m.index ?? 0) + m[0].length, full, /ወ\/ሮ|ወይዘሮ|ወ\/ሪት|ወይዘሪት/.test(m[0]) ? 'f' : /^\s*አቶ/.test(m[0]) ? 'm' : null);
  }
  for (const m of execAll(ETHIOPIC_AGED(), text)) {
    if (ETHIOPIC_NOT_NAME().test(m[3]!)) continue;
    const full = `${m[2]} ${m[3]}`;
    remember(full, null, state);
    add(m.index ?? 0, (m.index ?? 0) + m[0].length, full, m[1] === 'ቷ' ? 'f' : m[1] === 'ቱ' ? 'm' : null);
  }
  // "ሐና ገንዘቧን …": a given name seen before, opening the sentence.
  const first = new RegExp(String.raw`^\s*(${ETHIOPIC_WORD})\s`, 'u').exec(text);
  const known = first ? state.byPart.get(first[1]!) : undefined;
  if (known && !found.some((f) => f.m.name === known)) add(0, first![0].length, known, null);
}

/** Tamil initials (one syllable and a stop each, one or two) and the name after them: "ஆர். ராமநாதன்". */
const TA_INITIALED_NAME = lazy(() => /(?<![\u0B80-\u0BFF])(?:(?:[\u0B85-\u0B94]|[\u0B95-\u0BB9][\u0BBE-\u0BCC]?)(?:[\u0B95-\u0BB9]\u0BCD)?\.\s?){1,2}[\u0B85-\u0BB9][\u0B80-\u0BFF]+/gu);
const JA_HONORIFIC_NAME = lazy(() => /([\p{Script=Han}\p{Script=Katakana}A-Za-z][\p{Script=Han}\p{Script=Katakana}ー・A-Za-z]{0,11})(?:（[^（）]{1,12}）)?(?:氏|さん)(?![\p{Script=Han}])/gu);
const MALAY_SUBJECT_BEFORE_VERB = lazy(() => /,\s+((?:(?:Tun|Tan Sri|Puan Sri|Datuk Seri|Datuk|Datin|Dato['’]?|Dr|Prof)\.?\s+)*\p{Lu}[\p{L}'’-]+(?:\s+(?:bin|binti|a\/l|a\/p)?\s*\p{Lu}[\p{L}'’-]+){1,3}),\s+(?:\d{1,3},\s+)?(?:pula\s+)?(?:berkata|berpendapat)(?![\p{L}])/gu);
/**
 * A news script's SOT cue, in braces or brackets or bare: "SOT:", an optional "VOX POP —", the name
 * in capitals (two to four words), then an optional role after a comma and the bite's length.
 */
const SOUNDBITE_CUE = lazy(() => /^[{[]?\s*SOT\s*:\s*(?:VOX POP\s*[—–-]\s*)?(\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){1,4})(?:,[^{}[\]:]{0,80})?(?:\s+:?\d{1,2}(?::\d{2})?)?\s*[}\]]?$/u);
/** An office or title before the name in a bite cue ("Dr.", "Councillor", "Minister"): no part of the name. */
const BITE_TITLE = lazy(() => /^(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Cllr|Councillor|Minister|Senator|Mayor|Judge|Chief|Inspector|Sgt|Det|Capt)\.?\s+)+(?=\S+\s+\S)/);
/**
 * The person a news script's SOT cue names, title-cased, the office before the name dropped
 * ("{SOT: DR. HELEN PRYCE, chief executive  :12}" → "Helen Pryce"); null for no such cue.
 */
export function soundbiteCueName(cue: string): string | null {
  const bite = SOUNDBITE_CUE().exec(cue.trim());
  if (!bite) return null;
  const full = bite[1]!
    .split(' ')
    .map((w) => w.charAt(0) + w.slice(1).toLowerCase())
    .join(' ')
    .replace(BITE_TITLE(), '');
  return /\s/.test(full) ? full : null;
}
/** The people a text names, noted as the sentences before a quotation are (a question, for the answer under it). */
export function notePeopleIn(text: string, state: AttributionState): void {
  state.paragraph++;
  notePeople(text, state);
}

/**
 * A sentence opening on its subject's name in capitals, then its words in lower case: a British
 * paper's lead sets the name so ("DANNY HARWELL has revealed he …", "MARIA O'NEILL, 34, told …").
 * Two or three words of letters in capitals (with an apostrophe or a hyphen), then a small letter
 * after a space or a comma, or an age between commas. The name is read as names are written, "Danny Harwell", so the text
 * knows that person in full (a later "Harwell" and "he" are them); the same length, so every
 * position found in it is the sentence's own. A heading in capitals has no lower-case word after it.
 */
const CAPS_LEAD = lazy(() => /^(\s*)(\p{Lu}[\p{Lu}'’-]+(?:[ ]\p{Lu}[\p{Lu}'’-]+){1,2})(?=[ ]\p{Ll}|,[ ](?:\p{Ll}|\d{1,3},))/u);
function capsLeadAsWritten(text: string): string {
  const m = CAPS_LEAD().exec(text.slice(0, 80));
  if (!m) return text;
  const written = titleCaseName(m[2]!);
  return written.length === m[2]!.length ? m[1]! + written + text.slice(m[0].length) : text;
}

/** A word of a party's name in a case's name: capitalised ("Makor", "Rights,", "Inc.,"), or "&", "of", "the", "and", "ex rel.". */
function isPartyWord(word: string): boolean {
  return /^[\p{Lu}\d]/u.test(word) ? !/["“”]/.test(word) : /^(?:&|of|the|and|for|ex|rel\.|de|la|du)$/.test(word);
}

/**
 * A legal citation's case name ("United States v. Corsey, 723 F.3d 366", "Tellabs, Inc. v. Makor
 * Issues & Rights, Ltd., 551 U.S. 308") names the parties to a case, no one who speaks or whom a
 * "he" means: blanked (spaces, so offsets hold) where the attribution reads names. The parties'
 * words run out from the "v." while they stay capitalised (eight words a side at most).
 */
export function withoutCaseNames(text: string): string {
  if (!text.includes('v.')) return text;
  let out: string | null = null;
  const versus = /(?<=^|\s)vs?\.(?=\s|$)/g;
  for (let m = versus.exec(text); m; m = versus.exec(text)) {
    let from = m.index;
    for (let words = 0; words < 8; words++) {
      let end = from;
      while (end > 0 && /\s/.test(text[end - 1]!)) end--;
      let start = end;
      while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
      if (start === end || !isPartyWord(text.slice(start, end))) break;
      from = start;
    }
    let to = m.index + m[0].length;
    for (let words = 0; words < 8; words++) {
      let start = to;
      while (start < text.length && /\s/.test(text[start]!)) start++;
      let end = start;
      while (end < text.length && !/\s/.test(text[end]!)) end++;
      const word = text.slice(start, end);
      if (start === end || /^\d/.test(word) || !isPartyWord(word)) break;
      to = end;
    }
    // A "v." with a party on neither side is no case's name. (A sentence cut at "Inc." before the
    // "v." leaves one side only: "v. Makor Issues & Rights, Ltd., 551 U.S. 308".)
    const leftParty = from < m.index;
    const rightParty = to > m.index + m[0].length;
    if (!(leftParty && rightParty) && !(leftParty && !text.slice(m.index + m[0].length).trim()) && !(rightParty && !text.slice(0, m.index).trim())) continue;
    out = (out ?? text).slice(0, from) + (out ?? text).slice(from, to).replace(/[^\n]/g, ' ') + (out ?? text).slice(to);
  }
  return out ?? text;
}

function notePeople(raw: string, state: AttributionState, speakers: string[] = []): void {
  const text = capsLeadAsWritten(withoutCaseNames(raw));
  noteShortNames(text, state);
  // The sentence's quoted speakers are its subjects: they come first.
  // Not one only described by whose they are ("her father said"): such a speaker is no person a
  // later "he" or a reply in the next paragraph can mean; the named characters stay who those are.
  const owned = state.ownedDescribed;
  const found: { at: number; m: Mention }[] = (owned ? speakers.filter((name) => !owned.has(name)) : speakers).map((name) => ({ at: -1, m: { name, gender: state.genders.get(name) ?? null } }));
  // Characters already part of a mention (names are short: checking both ends is enough). A
  // sentence has few mentions: a list of them costs less than a mask of every character.
  const takenSpans: number[] = [];
  const taken = { push: ([a, b]: [number, number]) => void (a < b && takenSpans.push(a, b)) };
  const inTaken = (x: number) => {
    for (let k = 0; k < takenSpans.length; k += 2) if (takenSpans[k]! <= x && x < takenSpans[k + 1]!) return true;
    return false;
  };
  const overlaps = (a: number, b: number) => inTaken(a) || inTaken(Math.max(a, b - 1));
  for (const m of state.registry.mentions(text)) {
    found.push({ at: m.start, m: { name: m.name, gender: state.genders.get(m.name) ?? null } });
    taken.push([m.start, m.end]);
    const written = text.slice(m.start, m.end);
    if (/\s/.test(written)) rememberFull(written, state);
  }
  // A news script's bite cue names who speaks in the bite under it, in capitals, a vox pop's mark
  // before, the role and the bite's length after ("{SOT: DR. HELEN PRYCE, chief executive  :12}",
  // "[SOT: VOX POP — GEORGE MILLS]"): that person, as a lower third's "Helen Pryce / Chief Executive" names them.
  const full = raw.includes('SOT') ? soundbiteCueName(raw) : null;
  if (full) {
    remember(full, null, state);
    const name = state.registry.resolve(full) ?? full;
    found.push({ at: -1, m: { name, gender: state.genders.get(name) ?? null } });
  }
  // Malay news names the speaker between commas before the verb, after a role or a place the
  // language capitalises ("Pengarah Eksekutif SC, Datuk Azlan Hashim, berkata …", "seorang pelabur
  // dari Shah Alam, Mohd Faizal Ismail, 29, berkata …"): that name is the sentence's subject, whom
  // a later "katanya" or "kata beliau" means; the capitalised words before it are nobody.
  if (text.includes('berkata') || text.includes('berpendapat')) {
    for (const m of execAll(MALAY_SUBJECT_BEFORE_VERB(), text)) {
      const at = (m.index ?? 0) + m[0].indexOf(m[1]!);
      const full = m[1]!.replace(/^(?:Dr|Prof)\.?\s+/, '');
      remember(full, null, state);
      const name = state.registry.resolve(full) ?? full;
      found.push({ at: -1, m: { name, gender: state.genders.get(name) ?? null } });
      taken.push([Math.max(0, (m.index ?? 0) - 80), at + m[1]!.length]);
    }
  }
  if (/[\u1200-\u137f]/.test(text)) noteEthiopicPeople(text, state, found, taken);
  // Tamil, which has no capitals, writes a person's name after the initials of the father's name
  // ("கே. செந்தில்வேலன்"): initials and a word are a person a later "the minister said" can mean.
  if (text.includes('.') && /[\u0B80-\u0BFF]/.test(text)) {
    for (const m of execAll(TA_INITIALED_NAME(), text)) {
      const at = m.index ?? 0;
      if (overlaps(at, at + m[0].length)) continue;
      const full = normalizeSpace(m[0]);
      rememberFull(full, state);
      const name = state.registry.resolve(full) ?? full;
      found.push({ at, m: { name, gender: state.genders.get(name) ?? null } });
      taken.push([at, at + m[0].length]);
    }
  }
  // Chinese reported speech names its subject before the verb, no capital to tell the name: the
  // person a later "他说：“…”" means ("分析人士李强认为，…。他说：“…”"), read as a quotation's clause is.
  if (CJK_REPORTING_VERB().test(text)) {
    const m = CJK_REPORTED_SUBJECT().exec(text);
    const who = m ? cjkAttribution(`${m[1]!}说：`, state).speaker : null;
    if (who && !/^(?:他|她)/u.test(m![1]!) && !CJK_NO_PERSON_SUBJECT().test(m![1]!)) {
      remember(who, null, state);
      found.push({ at: -1, m: { name: who, gender: state.genders.get(who) ?? null } });
    }
  }
  // Japanese names a person with an honorific after the name: "CZ氏", "ハー・イー（何一）氏", "何一さん".
  if (text.includes('氏') || text.includes('さん')) {
    for (const m of execAll(JA_HONORIFIC_NAME(), text)) {
      const name = state.registry.resolve(m[1]!) ?? m[1]!;
      found.push({ at: m.index ?? 0, m: { name, gender: state.genders.get(name) ?? null } });
      taken.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
    }
  }
  // Organisations: "at Birch Partners", "of Fennel Pay", "Fennel Pay Inc."
  const capitals = hasLaterCapital(text);
  for (const m of capitals ? execAll(ORG_AFTER_PREPOSITION(), text) : NO_MATCHES) {
    const org = m[1]!.replace(/^the\s+/, '').replace(/['’]s$/, '');
    // "I raised it with Curtis Vane", "sat down with Greta Lindqvist": one talks or meets with a person,
    // whom a later "he said" can mean; a firm has a suffix to tell it ("met with Fennel Pay Inc.").
    const nameAt = (m.index ?? 0) + m[0].length - m[1]!.length;
    const metWith = !ORG_SUFFIX().test(org.split(/\s+/).pop()!) && talkedWithBefore(text, nameAt);
    // "co-founded Binance with Changpeng Zhao": a registered person after "with" or "by" is no organisation.
    // The person the document is about ("Lunch with Adaeze Kwan" over "Adaeze Kwan is already seated …") is no organisation either.
    // "founded the firm with Ifeoma Nnaji, a former Citibank trader": a name its appositive says is a person's.
    // "met Gordon Pask, the cybernetician, … In 1972 he went back to work for Gordon Pask": a full name
    // the text already took as a person's is that person after a preposition too, never a firm.
    const end = (m.index ?? 0) + m[0].length;
    const describedAsPerson = text.charCodeAt(end) === 0x2c && personAppositive(text.slice(end, end + 80));
    if (!metWith && !describedAsPerson && (org.includes(' ') || ORG_SUFFIX().test(org)) && !state.registry.resolve(org) && !state.fullNames.includes(org) && org !== state.subject) state.orgs.add(org);
  }
  // "according to the Irish Heart Foundation": a source by its suffix is an organisation, which a later
  // "the foundation says" means. (A person is "according to" too: only an organisation's suffix counts.)
  for (const m of capitals && text.includes('ccording to ') ? execAll(ORG_AFTER_ACCORDING(), text) : NO_MATCHES) {
    const org = m[1]!.replace(/\.$/, ''); // (the sentence's full stop)
    if (org.includes(' ') && ORG_SUFFIX().test(org.split(/\s+/).pop()!) && !state.registry.resolve(org)) {
      state.orgs.add(org);
      (state.citedOrgs ??= new Set()).add(org);
    }
  }
  // "a Vinho Verde she has chosen", "an Aston Martin": capitalised words after an indefinite article
  // name a thing or a brand (a person is never "a Kwan"), so never a pronoun's referent.
  for (const m of capitals && /(?<![\p{L}])an?\s+\p{Lu}/u.test(text) ? execAll(THING_AFTER_ARTICLE(), text) : NO_MATCHES) {
    if (!state.registry.resolve(m[1]!)) state.orgs.add(m[1]!);
  }
  // Honorifics: "Ms. Ruiz", "Mr Hale"
  // (each needs its title and a space after it: HONORIFIC_NAME is not made for text with neither)
  for (const m of capitals && /(?:M(?:rs?|s|iss)|Dr|Prof|Cllr)\.?\s/.test(text) ? execAll(HONORIFIC_NAME(), text) : NO_MATCHES) {
    const at = m.index ?? 0;
    // "Mr Hussain's evidence was that …": the possessive's "'s" is no part of the name ("He said" below is Mr Hussain).
    const written = m[2]!.replace(/['’]s$/u, '');
    // (the honorific a full name was given, kept for sharedSurnameByHonorific: "Dr Colin Pell")
    if (written.includes(' ')) (state.honorifics ??= new Map()).set(state.registry.resolve(written) ?? withoutCompoundRole(written), m[1]!.toLowerCase());
    if (overlaps(at, at + m[0].length)) continue;
    const full = written.includes(' ') ? written : (state.byPart.get(written) ?? written);
    const gender = /^(Mrs|Ms|Miss)$/.test(m[1]!) ? 'f' : m[1] === 'Mr' ? 'm' : null;
    if (gender) state.genders.set(full, gender);
    remember(full, null, state);
    // "Dr Simon Achterberg, a building physicist at …": the role given with a full name after its honorific, as without one.
    if (written.includes(' ')) noteRole(text, at, at + m[0].length, state.registry.resolve(full) ?? full, state);
    found.push({ at, m: { name: state.registry.resolve(full) ?? full, gender: gender ?? state.genders.get(full) ?? null } });
    taken.push([at, at + m[0].length]);
  }
  // The description pattern is costly (lazy, with lookbehind): run it only where a person noun is.
  for (const m of hasPersonNoun(text) ? allMatches(DESCRIPTION(), text) : []) {
    const at = m.index ?? 0;
    if (overlaps(at, at + m[0].length)) continue;
    // "every senior leader", "each member", "several analysts": a quantified phrase is no one person a "she" can be.
    if (/^(?:every|each|some|most|many|several|two|three)\s/i.test(m[0])) continue;
    // "said that women should not wait": "that" before a plural is the conjunction, no one person.
    if (/^that\s/i.test(m[0]) && /(?:men|[^s]s)$/i.test(m[1]!.trim().split(/\s+/).pop()!)) continue;
    // "Danqing was the director", "audition as a host", "Ana Ruiz, a partner at …": a role, not a new person.
    const before = text.slice(Math.max(0, at - 200), at);
    if (COPULA_BEFORE().test(before)) continue;
    // "I was twenty-six, a contract developer, and …": the narrator describing themself, nobody else.
    if (/(?<![\p{L}])I(?:\s+(?:was|am)|['’]m)\s[^.;:!?“”"]{0,60},\s*$/u.test(before)) continue;
    // (a comma must close `before`, but for space: tested first, so the pattern is compiled only then)
    const named = before.trimEnd().endsWith(',') ? NAME_BEFORE_COMMA().exec(before) : null;
    // A first name alone, the description set off between its commas ("Hamid, a 41-year-old teacher
    // from Herat, told us …"): a report's pseudonym and who they are, no second person ("However, a
    // teacher told us": no closing comma; "Later, …": an adverb).
    const pseudonym = !!named && !named[1]!.includes(' ') && /^\s*,(?!\s*(?:who|which|whose)\s)/.test(text.slice(at + m[0].length, at + m[0].length + 12)) && !SENTENCE_ADVERB().test(named[1]!) && !/^(?:However|But|And|So|Yet|Still|Here|There|Instead|Nevertheless|Moreover|Indeed|Again)$/.test(named[1]!);
    if (named && !/(?<![\p{L}])(?:in|at|of|for|from|to|on|during|across)\s+(?:\p{Lu}[\p{L}'’-]+\s+)*$/u.test(before.slice(0, named.index) + ' ') && (named[1]!.includes(' ') || state.registry.has(named[1]!) || state.byPart.has(named[1]!) || pseudonym)) {
      // The pseudonym is the person a later "he said" means, as a full name would be.
      if (pseudonym && !named[1]!.includes(' ') && !state.registry.has(named[1]!) && !state.byPart.has(named[1]!)) {
        const from = at - (before.length - named.index);
        if (!overlaps(from, at)) {
          found.push({ at: from, m: { name: named[1]!, gender: state.genders.get(named[1]!) ?? null } });
          taken.push([from, at + m[0].length]);
        }
      }
      continue;
    }
    // "a woman named Wang Danqing": the name that follows is the person; so is the name set off
    // after the role ("The bank's chief executive, Laura Kim, said").
    if (/^\s*(?:named|called)\s+\p{Lu}/u.test(text.slice(at + m[0].length))) continue;
    const rest = text.slice(at + m[0].length);
    if (rest.trimStart().startsWith(',') && COMMA_THEN_NAME().test(rest)) continue;
    // "The co-founder Lan Chen, who chairs the board,": the role is the title of the name right after it.
    if (spaceThenCapital(rest) && TITLE_THEN_NAME().test(text.slice(at + m[0].length, at + m[0].length + 60))) continue;
    // The same, named in an appositive or by "was": "the doctor, a kind man named Dr. Fitzgerald,",
    // "The mother was Siobhán Clery": the name is the person, the description only says who they were.
    // (it opens on a comma or on " is"/" was": DESCRIPTION_NAMED is not made for text after the description that opens otherwise)
    if (/^(?:\s*,|\s+(?:is|was)\s)/.test(text.slice(at + m[0].length)) && DESCRIPTION_NAMED().test(text.slice(at + m[0].length, at + m[0].length + 120))) continue;
    // "Ines Varga does not like to talk about herself. Asked for an interview, the chief technology
    // officer of Saltmarsh Labs suggested …": a definite role in the sentence right after one naming
    // only the person the document is about, in the same paragraph (or with no one else named before
    // it: the subject's name opened the first paragraph), is that person said another way.
    const last = state.recent[state.recent.length - 1];
    if (state.subject && /^the\s/i.test(m[0]) && (last ? last.paragraph === state.paragraph && last.people.every((p) => p.name === state.subject) : true)) {
      found.push({ at, m: { name: state.subject, gender: state.genders.get(state.subject) ?? null } });
      taken.push([at, at + m[0].length]);
      continue;
    }
    // "They met at a friend's dinner party": a described person in the possessive owns a thing in
    // passing, and is not who the next "he says" is.
    if (/^['’]s?\s+\p{Ll}/u.test(text.slice(at + m[0].length))) continue;
    // "The minister said 42 km would be added. He added that …": a definite role the text gave a
    // person before ("urban development minister Prakash Deshmukh") is that person, whom a later
    // "he" means, not a second one described.
    const holder = /^the\s/i.test(m[0]) && state.roleHolders?.size ? roleHolder(normalizeSpace(m[0]), state) : null;
    if (holder) {
      found.push({ at, m: { name: holder, gender: state.genders.get(holder) ?? null } });
      taken.push([at, at + m[0].length]);
      continue;
    }
    found.push({ at, m: { name: lowerFirst(normalizeSpace(describedPerson(m[1]!))), gender: relativeClauseGender(text.slice(at + (/\swho\s/i.exec(m[0])?.index ?? m[0].length), at + m[0].length + 200)) } });
    taken.push([at, at + m[0].length]);
  }
  // Notes name people by what they look like: "I ask one (woman, ~25) what changed": "she" is her.
  if (text.includes('(')) {
    for (const m of execAll(GENDER_IN_PARENS(), text)) {
      const at = m.index ?? 0;
      if (overlaps(at, at + m[0].length)) continue;
      const noun = m[1]!.toLowerCase();
      found.push({ at, m: { name: `a ${noun}`, gender: /^(?:woman|girl|female)$/.test(noun) ? 'f' : 'm' } });
      taken.push([at, at + m[0].length]);
    }
  }
  // "16:20 Taxi driver (Pakistani) says …": a role without its article opening a note's sentence.
  // (a role is used only if a person noun ends it, within the first three words after the time: BARE_ROLE_SUBJECT is not made for text without one there)
  const bareRole = (capitals || /^\s*(?:[*_]{0,2}\d{1,2}:\d{2}[*_]{0,2}\s+)?\p{Lu}/u.test(text)) && hasPersonNoun(/^\s*(?:[*_]{0,2}\d{1,2}:\d{2}[*_]{0,2}\s+)?\S+(?:\s+\S+){0,2}/.exec(text)?.[0] ?? '') ? BARE_ROLE_SUBJECT().exec(text) : null;
  if (bareRole && PERSON_NOUN_AT_END().test(bareRole[2]!) && !NOT_PERSON_WORDS().test(bareRole[2]!.split(' ')[0]!)) {
    const at = bareRole[1]!.length;
    if (!overlaps(at, at + bareRole[2]!.length)) {
      found.push({ at, m: { name: bareRole[2]![0]!.toLowerCase() + bareRole[2]!.slice(1), gender: null } });
      taken.push([at, at + bareRole[2]!.length]);
    }
  }
  for (const m of capitals ? execAll(MID_SENTENCE_CAPITAL(), text) : NO_MATCHES) state.midCaps.add(m[1]!);
  for (const m of capitals && PARTICLE_HINT().test(text) && HAS_PARTICLE().test(text) ? execAll(PARTICLE_NAME(), text) : NO_MATCHES) {
    let at = m.index ?? 0;
    const given = m[1]!.split(/\s+/);
    // "President Abdel Fattah al-Sisi", "Egypt's President …": titles and places before the name, as in FULL_NAME's pass.
    // "Commission President Ursula von der Leyen": the name starts after the last title.
    const lastTitle = lastTitleWord(given);
    if (lastTitle >= 0 && lastTitle < given.length - 1) for (let k = 0; k <= lastTitle; k++) at += given.shift()!.length + 1;
    while (given.length > 1 && opensBeforeName(given[0]!)) at += given.shift()!.length + 1;
    const full = `${given.join(' ')} ${m[2]!}`.replace(/['’]s$/, '');
    if (overlaps(m.index ?? 0, (m.index ?? 0) + m[0].length) || given.some((w) => NOT_PERSON_WORDS().test(w)) || isOrg(full, state)) continue;
    // "The bakery on Rua da Rosa", "a flat near Rue de la Paix": a street or a place after its preposition.
    if (/(?<![\p{L}])(?:at|of|for|from|with|by|in|to|on|near|along|off)\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, at - 40), at))) continue;
    // "l'usine Valorin de Roubaix", "la société Dupont de Nemours", "la fábrica Ruiz de Alarcón":
    // a name after a works, firm or place noun with its article names that thing, no person.
    if (THING_NOUN_BEFORE().test(text.slice(Math.max(0, at - 40), at))) continue;
    if (!state.registry.resolve(full)) remember(full, null, state);
    noteRole(text, at, (m.index ?? 0) + m[0].length, state.registry.resolve(full) ?? full, state);
    // "al-Sisi" is also written "Sisi".
    const hyphened = /-(\p{Lu}[\p{L}'’-]*)$/u.exec(m[2]!);
    if (hyphened && !state.byPart.has(hyphened[1]!)) state.byPart.set(hyphened[1]!, full);
    const name = state.registry.resolve(full) ?? full;
    found.push({ at, m: { name, gender: state.genders.get(name) ?? null } });
    taken.push([at, (m.index ?? 0) + m[0].length]); // the match's end: the titles shifted off moved only its start
  }
  // Full names: two or three capitalised words that are neither an organisation nor a place.
  FULL_NAME().lastIndex = 0;
  for (let m = capitals ? FULL_NAME().exec(text) : null; m; m = FULL_NAME().exec(text)) {
    let at = m.index ?? 0;
    if (overlaps(at, at + m[0].length)) continue;
    const parts = [m[1]!, m[2], m[3], m[4]!].filter((x): x is string => !!x);
    // "Vittorio Castellan's Red Hook workshop": a possessive ends the name; the words after it
    // are the thing owned, no part of a name (nor one of their own).
    // (A possessive first word is a place or party before the name: "Ireland's Micheál Martin".)
    const possessive = parts.findIndex((p, k) => k > 0 && k < parts.length - 1 && /['’]s$/.test(p));
    if (possessive >= 0) {
      parts.length = possessive + 1;
    }
    // "The Town Planner summarized the report. He said …": an office in capitals after "the" that the
    // attendance block gave a holder ("Gareth Pell, Town Planner") is that holder, whom "he" means.
    // (The run may hold the sentence's opening "The" itself.)
    const opensOnThe = /^the$/i.test(parts[0]!);
    if (state.roleHolders?.size && (opensOnThe || /(?:^|\s)the\s+$/i.test(text.slice(Math.max(0, at - 5), at)))) {
      const holder = roleHolder(`the ${parts.slice(opensOnThe ? 1 : 0).join(' ').replace(/['’]s$/, '')}`, state);
      if (holder) {
        found.push({ at, m: { name: holder, gender: state.genders.get(holder) ?? null } });
        taken.push([at, at + m[0].length]);
        continue;
      }
    }
    // "summon the County Executive Committee Member for Health": an office in capitals after "the",
    // its last word a title, is no person (a name takes no article), whom no "she noted" can mean.
    if (at >= 4 && /(?:^|\s)the\s+$/.test(text.slice(Math.max(0, at - 5), at)) && isTitleWord(parts[parts.length - 1]!.replace(/['’]s$/, ''))) continue;
    // "Dutch Prime Minister Dick Schoof": the four words the pattern takes end inside the name. The
    // name starts after the last title: look again from there.
    const lastTitle = lastTitleWord(parts);
    // "Finance Minister Muhammad Qasim Durrani said": a full run of four with a title in it and a
    // capitalised word after it may end inside a three-part name too; read it as without the title.
    const runGoesOn = lastTitle > 0 && parts.length === 4 && /^ \p{Lu}\p{Ll}/u.test(text.slice(at + m[0].length));
    if (lastTitle > 0 && (parts.length - lastTitle - 1 < 2 || runGoesOn)) {
      if (/^\s+\p{Lu}/u.test(text.slice(at + m[0].length))) {
        FULL_NAME().lastIndex = at + parts.slice(0, lastTitle + 1).join(' ').length + 1;
        continue;
      }
      // "Vice Chair Echeverría said …", "Deputy Commissioner Tan reported …": titles, then a surname
      // alone, as minutes and hearing records name officials. The surname is the person (no title
      // word, which another official shares: "Chair Achebe"), so the "he said" after it is theirs.
      if (parts.length - lastTitle - 1 !== 1) continue;
      // Its titles are taken too: "Chair" there is no part of "Chair Achebe" named before.
      taken.push([at, at + parts.slice(0, lastTitle + 1).join(' ').length]);
    }
    // "Senator Abro asked …" after "Senator Saifullah Abro": a title and a surname alone, the text
    // having given that surname in full, is that person (not a second one called "Senator Abro",
    // whose "Senator" a later "Senator Kamran Murtaza" would then name).
    if (lastTitle === 0 && parts.length === 2) {
      const surname = parts[1]!.replace(/['’]s$/, '');
      const known = state.byPart.get(surname);
      if (known && known.includes(' ') && known.endsWith(surname)) {
        const name = state.registry.resolve(known) ?? known;
        found.push({ at, m: { name, gender: state.genders.get(name) ?? null } });
        taken.push([at, at + parts.join(' ').length]);
        continue;
      }
    }
    if (lastTitle > 0) for (let k = 0; k <= lastTitle; k++) at += parts.shift()!.length + 1;
    // "Mayor Rosa Imbert", and at a sentence's start an occupation capitalised: "Engineer Pavel Novak".
    // So are a party ("Republican Dana Cole") and a possessive place ("Ireland's Micheál Martin").
    while (parts.length > 2 && opensBeforeName(parts[0]!)) at += parts.shift()!.length + 1;
    // "When Takeshi Ando started…", "After Ana Ruiz left…": a sentence opening on a conjunction before
    // the name (capitalised only as the sentence's first word). Not a preposition: "From Silicon Valley".
    if (parts.length > 2 && OPENING_CONJUNCTION().test(parts[0]!) && opensSentence(text, at)) at += parts.shift()!.length + 1;
    // "Afterwards Yi told me …": a sentence adverb capitalised as the sentence's first word is no
    // part of the name; one name after it is the person the text named so before, if any.
    if (SENTENCE_ADVERB().test(parts[0]!) && opensSentence(text, at)) {
      at += parts.shift()!.length + 1;
      if (parts.length === 1) {
        const one = parts[0]!.replace(/['’]s$/, '');
        const known = state.registry.resolve(one) ?? state.byPart.get(one);
        if (known) {
          const name = state.registry.resolve(known) ?? known;
          found.push({ at, m: { name, gender: state.genders.get(name) ?? null } });
          taken.push([at, at + parts[0]!.length]);
        }
        continue;
      }
    }
    // German capitalises every noun: an article opening the run ("Die Stadt räumt …", "Die Erzieherin
    // Lena Aydın, die …") is no part of a name, nor is the noun right after it (a thing or a role):
    // the name, if any, is the words after them.
    if (GERMAN_ARTICLE().test(parts[0]!)) {
      at += parts.shift()!.length + 1;
      at += parts.shift()!.length + 1;
      if (parts.length < 2) continue;
    }
    if (parts.length > 3) continue;
    // "1991 — Leaves Croatia for Vienna.": a chronology about one person drops the subject of its
    // entries, whose opening word is then a verb ("Leaves", "Returns", "Marries"), no given name.
    if (state.titled && /[^s'’]s$/.test(parts[0]!) && !state.byPart.has(parts[0]!) && !state.titled.split(' ').includes(parts[0]!) && !state.registry.resolve(parts.join(' ')) && YEAR_ENTRY_OPENING().test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at))) continue;
    // "Şirketin Türkiye'de", "Binance'in": a case ending after an apostrophe (Turkish) inflects a place or a firm, no name in a list of them.
    if (parts.some((p) => INFLECTED_PROPER_NOUN().test(p))) continue;
    // "eaten at Casa Pellegrini", "Chez Moreau": a place named after its owner. Its surname there is
    // the place's, never a mention of the owner a later "he said" could mean.
    if (VENUE_WORD().test(parts[0]!) && parts.length === 2) {
      taken.push([at, at + m[0].length]);
      continue;
    }
    // "We got hit from both banks near Ben Tre.": two words after a preposition of where, closing the
    // sentence, name the place (a town whose first word is a given name), never the person a "he told
    // me" in the next sentences means.
    if (parts.length === 2 && PLACE_PREPOSITION_BEFORE().test(text.slice(Math.max(0, at - 12), at)) && /^[.;]/.test(text.slice(at + m[0].length, at + m[0].length + 1))) {
      taken.push([at, at + m[0].length]);
      continue;
    }
    // "up Beinn Taran, the island's only hill": an appositive whose noun is a place says the name is one.
    if (text.charCodeAt(at + m[0].length) === 0x2c && PLACE_APPOSITIVE().test(text.slice(at + m[0].length, at + m[0].length + 80))) {
      taken.push([at, at + m[0].length]);
      continue;
    }
    // (A romanised Korean or Chinese given name after the family name keeps its second syllable in
    // lowercase, "Park Ji-won", "Tsai Ing-wen": no "Co-founds" prefix word there.)
    if (parts.some((p, k) => NOT_PERSON_WORDS().test(p.replace(/['’]s$/, '')) && !((k === 0 || k === parts.length - 1) && familyNameHe(parts, text)) && !(k > 0 && GIVEN_NAME_SYLLABLES().test(p.replace(/['’]s$/, ''))))) continue;
    let full = parts.join(' ').replace(/['’]s$/, '');
    if (hasOrganisationSuffix(full)) continue;
    // "founded the firm with Ifeoma Nnaji, a former Citibank trader": an appositive naming what the
    // person does says the name after the preposition is a person's (see the organisations above).
    const nameEnd = (m.index ?? 0) + m[0].length;
    const describedAsPerson = text.charCodeAt(nameEnd) === 0x2c && personAppositive(text.slice(nameEnd, nameEnd + 80));
    if ((state.orgs.has(full) || PREPOSITION_BEFORE().test(text.slice(Math.max(0, at - 40), at))) && !talkedWithBefore(text, at) && !describedAsPerson) {
      // "The furnace of Vittorio Castellan", "in Vittorio Castellan's workshop": a person, a place
      // or an organisation, which the words cannot tell. Kept aside: if the text later makes its
      // last word alone a speaker ("Castellan said"), it was this person.
      if (!THE_BEFORE().test(text.slice(Math.max(0, at - 8), at))) {
        const last = parts[parts.length - 1]!.replace(/['’]s$/, '');
        if (!state.byPart.has(last)) state.afterPreposition.set(last, full);
      }
      continue;
    }
    // "was named a MacArthur Fellow", "became an Olympic Champion": a run after an indefinite article
    // is an honour or a kind the sentence gives someone, no person a later "he told me" can mean.
    if (parts.length === 2 && INDEFINITE_BEFORE().test(text.slice(Math.max(0, at - 4), at))) continue;
    // "loved the Montreal Canadiens", "the Rolling Stones": a person's name takes no article. Of three
    // words after it, the first describes the person the other two name ("the Dane Mikkel Holm").
    if (THE_BEFORE().test(text.slice(Math.max(0, at - 8), at))) {
      if (parts.length !== 3) {
        state.orgs.add(full);
        continue;
      }
      at += parts.shift()!.length + 1;
      full = parts.join(' ').replace(/['’]s$/, '');
      if (isOrg(full, state)) continue;
    }
    // "have run Osteria Lund", "His firm, Watanabe Structural,": a business, not a person.
    // (Not after a person noun the business noun is only the place of: "His partner in the business,
    // Ingrid Solberg, handles the money", "The chef at the restaurant, Marco Bell, said": the name
    // set off is that person's, the partner's or the chef's, not the business's.)
    if (BUSINESS_BEFORE_NAME().test(text.slice(Math.max(0, at - 40), at)) && !PERSON_OF_BUSINESS_BEFORE().test(text.slice(Math.max(0, at - 80), at))) {
      state.orgs.add(full);
      continue;
    }
    // "The new record, Low Tide, was written …", "she left the girl group Satin Alarm in 2013": a
    // name right after the noun of a work or an ensemble is that work's title or the group's name,
    // no person a later "she says" can mean.
    if (WORK_NOUN_BEFORE().test(text.slice(Math.max(0, at - 40), at))) {
      state.orgs.add(full);
      continue;
    }
    // "Harbour Lights was written in her grandmother's kitchen", "The Long Field was filmed over two
    // winters": a name made in the passive of making a work (written, recorded, filmed, painted …) is
    // the work's title, no person a later "she told me" can mean.
    if (!state.registry.resolve(full) && !state.fullNames.includes(full) && WORK_MADE_AFTER().test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 60))) {
      state.orgs.add(full);
      continue;
    }
    // "Harbour City captain Jonas Berg", "Apex Robotics chief Lena Ortiz": a team or a firm before the
    // role of the person named after it. The name is the person's; the words before the role are no one.
    const end = (m.index ?? 0) + m[0].length;
    if (text.charCodeAt(end) === 0x20 && !state.registry.resolve(full)) {
      const after = ROLE_THEN_NAME().exec(text.slice(end, end + 60));
      if (after && (PERSON_NOUN_ANY().test(after[1]!) || TEAM_ROLE().test(after[1]!))) {
        state.orgs.add(full);
        continue;
      }
    }
    const registered = state.registry.resolve(full);
    // "Ines Calloway … Calloway Seed Cooperative, which she founded": a longer name opening on the
    // surname of a person the text named is the business named after them (a person's own name
    // puts the surname last), never a person that surname means from now on.
    if (!registered && eponymousBusiness(full, state)) {
      state.orgs.add(full);
      continue;
    }
    noteRole(text, at, (m.index ?? 0) + m[0].length, registered ?? full, state);
    if (registered) continue;
    // "Walter Alden Prentiss was born …" after "Walter Prentiss": the full name with the middle
    // name the text met first without it is the same person, named as before.
    const words = full.split(' ');
    if (words.length === 3 && state.fullNames.includes(`${words[0]} ${words[2]}`)) full = `${words[0]} ${words[2]}`;
    remember(full, null, state);
    found.push({ at, m: { name: full, gender: state.genders.get(full) ?? null } });
    taken.push([at, (m.index ?? 0) + m[0].length]); // the match's end: the titles shifted off moved only its start
    // "Kasra and Dariush Rahimi": two given names share the surname written once, so the first is
    // Kasra Rahimi (siblings, a couple), and "Kasra says" later is that full name.
    const lead = words.length === 2 ? text.slice(Math.max(0, at - 40), at) : '';
    const sharing = endsOnAnd(lead) ? GIVEN_NAME_AND_BEFORE().exec(lead) : null;
    if (sharing && !NOT_PERSON_WORDS().test(sharing[1]!) && !state.byPart.has(sharing[1]!) && !state.registry.resolve(sharing[1]!) && !registeredByPart(sharing[1]!, state) && !isTitleToken(sharing[1]!)) {
      const sibling = `${sharing[1]} ${words[1]}`;
      if (!isOrg(sibling, state)) {
        remember(sibling, null, state);
        const from = at - sharing[0].length;
        if (!overlaps(from, from + sharing[1]!.length)) {
          found.push({ at: from, m: { name: sibling, gender: state.genders.get(sibling) ?? null } });
          taken.push([from, from + sharing[1]!.length]);
        }
      }
    }
  }
  // A person described and then named by a first name alone: "a porter called Frank", "a woman named
  // Grace": the name is a person's (a word alone is otherwise no one the text can be sure of), so "he
  // said" after it, and "Frank" alone later, are that person. Set in the byPart map as a full name's
  // parts are, unless the word already stands for someone.
  for (const m of capitals && CALLED_NAME_HINT().test(text) ? execAll(DESCRIBED_THEN_CALLED(), text) : NO_MATCHES) {
    const word = m[2]!;
    const at = (m.index ?? 0) + m[0].length - word.length;
    if (overlaps(at, at + word.length) || NOT_PERSON_WORDS().test(word) || state.registry.resolve(word) || (state.byPart.has(word) && state.byPart.get(word) !== word)) continue;
    const gender = /(?:woman|girl|lady|mother|grandmother|widow|wife|daughter|sister|actress|waitress)$/.test(m[1]!) ? 'f' : /(?:\bman|boy|gentleman|father|grandfather|widower|husband|son|brother)$/.test(m[1]!) ? 'm' : null;
    const name = remember(word, gender, state);
    state.byPart.set(word, word);
    found.push({ at, m: { name, gender: gender ?? state.genders.get(name) ?? null } });
    taken.push([at, at + word.length]);
  }
  // A relative named by a first name alone: "His daughter, Lise, runs the shop", "her brother Per", "Rhys's wife, Bethan,".
  for (const m of capitals && KIN_FIRST_NAME_HINT().test(text) ? execAll(KIN_FIRST_NAME(), text) : NO_MATCHES) {
    const at = (m.index ?? 0) + m[0].length - m[2]!.length;
    if (overlaps(at, at + m[2]!.length) || NOT_PERSON_WORDS().test(m[2]!) || state.byPart.has(m[2]!)) continue;
    const gender = MALE_KIN().test(m[1]!) ? 'm' : FEMALE_KIN().test(m[1]!) ? 'f' : null;
    const name = state.registry.resolve(m[2]!) ?? remember(m[2]!, gender, state);
    found.push({ at, m: { name, gender: gender ?? state.genders.get(name) ?? null } });
    taken.push([at, at + m[2]!.length]);
  }
  // "The race was won by Haruto Ishida of Japan. Ishida, who works for a Tokyo firm, described …":
  // the last word of a name met after a preposition, set off by a comma and a "who" clause, is that
  // person (a place or a firm is not a "who"), so the quotation below the sentence is theirs.
  if (state.afterPreposition.size > 0 && text.includes(', who')) {
    for (const [word, named] of state.afterPreposition) {
      const at = text.indexOf(`${word}, who`);
      if (at < 0 || /[\p{L}'’-]$/u.test(text.slice(Math.max(0, at - 1), at)) || overlaps(at, at + word.length)) continue;
      if (!/^(?:se)?\s+\p{Ll}/u.test(text.slice(at + word.length + 5, at + word.length + 12))) continue;
      state.orgs.delete(named);
      state.afterPreposition.delete(word);
      const name = state.registry.resolve(named) ?? remember(named, null, state);
      found.push({ at, m: { name, gender: state.genders.get(name) ?? null } });
      taken.push([at, at + word.length]);
    }
  }
  // "She went to work for Gordon Pask at the Albany Hotel. … Pask, now retired, remembers her as the
  // fastest cook he ever employed.": the last word of a name met after a preposition, opening a
  // sentence as its subject (an appositive between commas perhaps, then a verb in lower case) that
  // speaks of a person by "he" or "she" (a place or a firm is "it"), is that person, so a "he says"
  // after it is theirs.
  if (state.afterPreposition.size > 0) {
    const open = SUBJECT_SURNAME_OPENING().exec(text);
    const named = open ? state.afterPreposition.get(open[2]!) : undefined;
    const at = open ? open[1]!.length : 0;
    if (open && named && !overlaps(at, at + open[2]!.length) && PERSONAL_PRONOUN_WORD().test(text.slice(at + open[0].length - open[1]!.length))) {
      state.orgs.delete(named);
      state.afterPreposition.delete(open[2]!);
      const name = state.registry.resolve(named) ?? remember(named, null, state);
      found.push({ at, m: { name, gender: state.genders.get(name) ?? null } });
      taken.push([at, at + open[2]!.length]);
    }
  }
  // A surname or first name alone, of a full name seen before: "Ruiz said the firm has 40 staff."
  for (const m of mayNamePart(text, state) ? execAll(CAPITALISED_WORD(), text) : NO_MATCHES) {
    const at = m.index ?? 0;
    if (overlaps(at, at + m[0].length) || NOT_PERSON_WORDS().test(m[1]!)) continue;
    const word = m[1]!.replace(/['’]s$/, '');
    const full = state.byPart.get(word);
    if (!full || isOrg(full, state)) continue;
    // "City manager Hugo Lindgren", "Rovers captain Tom Hale": the word a team or firm is called by,
    // a role, then a full name, as FULL_NAME's "Harbour City captain Jonas Berg" — the person is the
    // name after the role, never the one the word alone stood for ("Harbour City" in the lead).
    const end = at + m[0].length;
    if (text.charCodeAt(end) === 0x20) {
      const after = ROLE_THEN_NAME().exec(text.slice(end, end + 60));
      if (after && (PERSON_NOUN_ANY().test(after[1]!) || TEAM_ROLE().test(after[1]!))) continue;
    }
    const name = state.registry.resolve(full) ?? full;
    // "Hartley, 19, only came on …": the age given with a surname alone is, as with a full name
    // (noteRole), how a later "the 19-year-old said" calls the person.
    const age = text.charCodeAt(end) === 0x2c ? AGE_AFTER_NAME().exec(text.slice(end, end + 8))?.[1] : undefined;
    if (age) (state.roleHolders ??= new Map()).set(`${age}-year-old`, name);
    found.push({ at, m: { name, gender: state.genders.get(name) ?? state.genders.get(full) ?? null } });
    taken.push([at, at + m[0].length]);
  }
  // In a document about a woman whose name has the word "He" ("He Yi"), a capitalised "He" before a
  // lowercase word is her surname, never a pronoun for her: "He co-founded Binance with Zhao".
  // And in mid-sentence a capitalised "He" is a surname wherever it stands ("a simple rule, He
  // explains"): the one registered person whose name has it.
  // So is one set off by a comma in mid-sentence ("… belirten He, yeni …"): no pronoun stands there.
  if (text.includes('He ') || text.includes('He,')) {
    const subject = state.subject && state.genders.get(state.subject) === 'f' && state.subject.split(' ').includes('He') ? state.subject : null;
    for (const m of text.matchAll(/(?<![\p{L}])He(?=\s+\p{Ll}|,\s)/gu)) {
      const at = m.index ?? 0;
      if (overlaps(at, at + 2)) continue;
      const mid = /[\p{L}\d,;]\s+$/u.test(text.slice(Math.max(0, at - 3), at));
      const name = subject ?? (mid ? personNamedHe(state) : null);
      if (name) found.push({ at, m: { name, gender: state.genders.get(name) ?? null } });
    }
  }
  // Vietnamese honorifics give the gender of the name after them: "bà He" (Mrs), "ông Changpeng Zhao" (Mr).
  if (text.includes('bà ') || text.includes('Bà ') || text.includes('ông ') || text.includes('Ông ')) {
    for (const m of execAll(VIETNAMESE_HONORIFIC_NAME(), text)) {
      const at = (m.index ?? 0) + m[0].length - m[2]!.length;
      if (overlaps(at, at + m[2]!.length)) continue;
      const written = m[2]!;
      const full = state.byPart.get(written) ?? written;
      const name = state.registry.resolve(full) ?? full;
      const gender = /^[Bb]à$/.test(m[1]!) ? 'f' : 'm';
      if (!state.genders.has(name)) state.genders.set(name, gender);
      found.push({ at, m: { name, gender: state.genders.get(name)! } });
      taken.push([at, at + written.length]);
    }
  }
  // Thai writes a title glued to the name, the surname after a space: "นายริชาร์ด เต็ง" (Mr Richard
  // Teng), and later the first name alone ("นายนิธิกล่าว"): the full name is kept for it.
  if (text.includes('นาย') || text.includes('นาง')) {
    for (const m of execAll(THAI_TITLED_NAME(), text)) {
      const [first, last] = [m[2]!, m[3]];
      const full = last ? `${first} ${last}` : (state.byPart.get(first) ?? first);
      if (last && !state.byPart.has(first)) state.byPart.set(first, full);
      const name = state.registry.resolve(full) ?? full;
      if (!state.genders.has(name)) state.genders.set(name, m[1] === 'นาย' ? 'm' : 'f');
      found.push({ at: m.index ?? 0, m: { name, gender: state.genders.get(name)! } });
    }
  }
  // "He, 38, co-founded Binance": a pronoun takes no age after it; the surname He does.
  if (text.includes('He,')) {
    for (const m of text.matchAll(/(?<![\p{L}])He(?=,\s*\d{1,3},)/gu)) {
      const name = overlaps(m.index ?? 0, (m.index ?? 0) + 2) ? null : personNamedHe(state);
      if (name) found.push({ at: m.index ?? 0, m: { name, gender: state.genders.get(name) ?? null } });
    }
  }
  // "Dordea disagreed.": a sentence of one capitalised word and its verb names that word's person,
  // though the text has not yet named them in full, so the "he said" that follows is theirs.
  if (found.length === 0 && capitals === false) {
    // (five words at most, the last a verb of LONE_SUBJECT's ending in "ed", "back", "ptical" or "sure" and a full stop or "!": it is not made for other sentences)
    const lone = /(?:ed|back|ptical|sure)[.!]\s*$/.test(text) && /^\s*\S+(?:\s+\S+){0,4}\s*$/.test(text) ? LONE_SUBJECT().exec(text) : null;
    const word = lone?.[1];
    // "He disagreed." where the one registered "He" is a woman the text has called "she": her surname,
    // so the "she said" after it is hers (the pronoun "he" would be someone else).
    const he = word === 'He' ? registeredByPart('He', state) : null;
    const surnameHe = he && state.genders.get(he) === 'f' ? he : null;
    const named = word === 'He' ? !!surnameHe : !!word && !NOT_PERSON_WORDS().test(word) && !LONE_NON_PERSON().test(word) && !isOrg(word, state) && (!/s$/.test(word) || state.midCaps.has(word));
    if (word && named) {
      // (The full name the text gives the surname elsewhere, as for "“…,” Dordea said.": loneSurname.)
      const surnamed = surnameHe || word === 'He' ? null : loneSurname(word, state, text);
      const name = surnameHe ?? state.registry.resolve(word) ?? registeredByPart(word, state) ?? (surnamed?.includes(' ') ? surnamed : word);
      found.push({ at: lone.index, m: { name, gender: state.genders.get(name) ?? null } });
    }
  }
  // "Adeyemi's father, Olusegun Adeyemi,": a relative named under a name's possessive says only which
  // generation the relative is of (for "the elder Adeyemi"); whose relative stays unread.
  if (/['’]s?\s+(?:father|mother|dad|mum|mom|grand|son|daughter)/u.test(text))
    for (const m of execAll(NAMED_RELATIVE_OF_NAME(), text)) noteGeneration(m[1]!, state.registry.resolve(m[2]!) ?? m[2]!, state);
  // "His uncle, Chidi Okonkwo,": the relative the text names; later "his uncle" is that person
  // (where the text names one holder of the word). "my sister" the text never names is a person
  // of her own, as "the driver" is: a memoir's "she said" may be her.
  if (KIN_PHRASE_HINT().test(text)) {
    for (const m of execAll(KIN_PHRASE(), text)) {
      const at = m.index ?? 0;
      const named = /^,?\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})(?=\s*[,.;:)]|\s+\p{Ll})/u.exec(text.slice(at + m[0].length));
      if (named && !NOT_PERSON_WORDS().test(named[1]!.split(' ')[0]!)) {
        const written = named[1]!;
        const full = state.registry.resolve(written) ?? (written.includes(' ') ? written : (state.byPart.get(written) ?? written));
        noteKin(m[2]!, full, state);
        noteGeneration(m[2]!, full, state);
        continue;
      }
      if (/^['’]s?(?![\p{L}])/u.test(text.slice(at + m[0].length)) || overlaps(at, at + m[0].length)) continue;
      const person = kinPerson(m[1]!, m[2]!, state);
      if (!person) continue;
      const gender = MALE_KIN().test(m[2]!) ? 'm' : FEMALE_KIN().test(m[2]!) ? 'f' : null;
      found.push({ at, m: { name: person, gender: state.genders.get(person) ?? gender } });
      taken.push([at, at + m[0].length]);
    }
  }
  if (!found.length) {
    const lone = loneFirstNameSubject(text, state);
    if (lone) found.push({ at: 0, m: { name: lone, gender: state.genders.get(lone) ?? null } });
  }
  // "Year 5 pupil Alfie, 10, said he was worried": one capitalised word with an age in commas is a
  // person (news gives a child or a passer-by a first name only), whom the next "he said" means.
  if (capitals && /,\s*\d{1,3},\s/.test(text)) {
    for (const m of execAll(FIRST_NAME_WITH_AGE(), text)) {
      const word = m[1]!;
      const at = m.index ?? 0;
      if (overlaps(at, at + word.length) || /\p{Lu}[\p{L}'’.-]*\s+$/u.test(text.slice(Math.max(0, at - 30), at))) continue;
      if (NOT_PERSON_WORDS().test(word) || LONE_FUNCTION_WORD().test(word) || GROUP_WORD().test(word) || isTitleWord(word) || isOrg(word, state)) continue;
      const name = state.registry.resolve(word) ?? state.byPart.get(word) ?? word;
      if (!state.genders.has(name)) state.genders.set(name, /^(?:her|she)$/.test(m[2]!) ? 'f' : 'm');
      if (!state.byPart.has(word)) state.byPart.set(word, name);
      found.push({ at, m: { name, gender: state.genders.get(name)! } });
      taken.push([at, at + word.length]);
    }
  }
  found.sort((a, b) => a.at - b.at);
  // "Coastal's chief executive, Bronwyn Achebe, will step down. … she wrote": a name in the
  // possessive opening the sentence owns the role whose holder the appositive names; the holder is
  // the sentence's subject, so a later pronoun means the holder first, the owner after.
  if (found.length >= 2 && found[0]!.at >= 0 && /^[\s"“*_]*$/.test(text.slice(0, found[0]!.at))) {
    const owner = OWNER_OF_NAMED_ROLE().exec(text.slice(found[0]!.at, found[0]!.at + 120));
    if (owner && found[1]!.at === found[0]!.at + owner[0].length) found.push(found.shift()!);
  }
  // "Her son, Michael Vance,": the kinship noun before a name says the person's gender (and the
  // "she" that follows is someone else).
  for (const f of found) {
    if (f.at <= 0 || !/^\p{Lu}/u.test(f.m.name) || state.genders.has(f.m.name)) continue;
    const before = text.slice(Math.max(0, f.at - 40), f.at);
    const kin = namesKin(before) ? KIN_BEFORE_NAME().exec(before) : null;
    if (kin) {
      state.genders.set(f.m.name, MALE_KIN().test(kin[1]!) ? 'm' : 'f');
      f.m.gender = state.genders.get(f.m.name)!;
    }
  }
  // "a reporter asked whether she would …", "a reporter asked him": whom one asks about or asks
  // is someone else, so that pronoun is never the asker's.
  if (found.length && ASKED_ABOUT_HINT().test(text)) {
    const asked = ASKED_ABOUT().exec(text);
    const asker = asked ? [...found].reverse().find((f) => f.at >= 0 && f.at < asked.index) : undefined;
    if (asked && asker && !asker.m.gender) asker.m.not = /^(she|her)$/i.test((asked[1] ?? asked[2])!) ? 'f' : 'm';
  }
  // "she co-founded the firm with Marco Bellini", "elle a cofondé Binance avec Changpeng Zhao": the
  // people a clause names after its subject pronoun are not who that pronoun is.
  if (found.length && SUBJECT_PRONOUN_HINT().test(text)) {
    const pro = SUBJECT_PRONOUN().exec(text);
    const gender = pro && !(/^He$/.test(pro[1]!) && (state.byPart.has('He') || state.registry.resolve('He'))) ? (/^(?:she|elle|ella|sie)$/i.test(pro[1]!) ? 'f' : 'm') : null;
    if (pro && gender) for (const f of found) if (f.at > pro.index && !f.m.gender && !f.m.not) f.m.not = gender;
  }
  // "a phrase Dariush has printed and pinned above his desk": "his" in the clause of the named
  // person's own verb, with no other name between, is that person's, so he is a man. ("her" may be
  // the verb's object, "Dariush hired her", so it says nothing.)
  if (found.length && /\shis\s/.test(text)) {
    for (const f of found) {
      if (f.at < 0 || f.m.gender || !/^\p{Lu}/u.test(f.m.name)) continue;
      const written = /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}/u.exec(text.slice(f.at))?.[0] ?? '';
      if (!written || !OWN_VERB_THEN_HIS().test(text.slice(f.at + written.length, f.at + written.length + 90))) continue;
      f.m.gender = 'm';
      if (!state.genders.has(f.m.name)) state.genders.set(f.m.name, 'm');
    }
  }
  // "A former colleague remembered her as …", "Okafor describes him as …": whom a person's verb
  // takes as its object is someone else, so that pronoun is never theirs.
  if (found.length && OBJECT_PRONOUN_HINT().test(text)) {
    for (const f of found) {
      if (f.m.gender || f.m.not) continue;
      const obj = OBJECT_PRONOUN_AS().exec(text.slice(Math.max(0, f.at), Math.max(0, f.at) + 140));
      if (obj) f.m.not = obj[1]!.toLowerCase() === 'her' ? 'f' : 'm';
    }
  }
  // "The governor, Lionel Ashdown, did not speak to her for a month", "Baeza hired him in 2015": the
  // object of the named person's own verb is someone else (the subject would be "herself"), so that
  // pronoun is never theirs. Not across a reported clause or a relative ("said the board fired her").
  if (found.length && OBJECT_PRONOUN_HINT_AFTER_VERB().test(text)) {
    for (const f of found) {
      if (f.at < 0 || f.m.gender || f.m.not || !/^\p{Lu}/u.test(f.m.name)) continue;
      const obj = OBJECT_OF_NAMED_VERB().exec(text.slice(f.at, f.at + 160));
      if (obj && !CLAUSE_BREAK_WORD().test(obj[1]!)) f.m.not = obj[2]!.toLowerCase() === 'her' ? 'f' : 'm';
    }
  }
  // "In an email to the Courier, he said …", "Speaking to Ruiz, she said …": whom an opening phrase
  // addresses (after "to", "told", "with"), its comma and then a subject pronoun, is not who that
  // pronoun is: the one addressed does not speak (bounded: 40 characters before, 80 after).
  if (found.length && ADDRESSEE_HINT().test(text)) {
    for (const f of found) {
      if (f.at <= 0 || f.m.gender || f.m.not) continue;
      if (!ADDRESSED_BEFORE().test(text.slice(Math.max(0, f.at - 40), f.at))) continue;
      const then = PRONOUN_AFTER_OPENING().exec(text.slice(f.at, f.at + 80));
      if (then) f.m.not = then[1]!.toLowerCase() === 'she' ? 'f' : 'm';
    }
  }
  // "When I put Mendes's description to him": whom a person's thing is put, read or shown to is someone else.
  if (found.length && /['’]s?\s[^.;:!?]{0,60}\sto\s+(?:him|her)(?![\p{L}])/u.test(text)) {
    for (const f of found) {
      if (f.at < 0 || !/^\p{Lu}/u.test(f.m.name)) continue;
      const given = POSSESSION_TO_PRONOUN().exec(text.slice(f.at, f.at + 120));
      if (!given) continue;
      const not = given[1]!.toLowerCase() === 'her' ? 'f' : 'm';
      f.m.not = not;
      // The paragraph's earlier sentences naming the same person: "he" in this one is still someone else.
      for (const e of state.recent) if (e.paragraph === state.paragraph) for (const p of e.people) if (p.name === f.m.name) e.people[e.people.indexOf(p)] = { ...p, not };
    }
  }
  // "At the corner of Taft Avenue and Pedro Gil, office worker Lorna Dizon, 41, said she had
  // waited": a reported clause's subject pronoun right after a named person's own speech verb (an
  // age or a short appositive between) is that person, and says their gender, however many other
  // names the sentence has; so the "she said" of the next paragraph is hers, not the street's.
  if (found.length > 1 && SAID_PRONOUN_HINT().test(text)) {
    for (const f of found) {
      if (f.at < 0 || f.m.gender || !/^\p{Lu}/u.test(f.m.name)) continue;
      const written = /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}/u.exec(text.slice(f.at))?.[0] ?? '';
      const said = written ? NAMED_SAID_PRONOUN().exec(text.slice(f.at + written.length, f.at + written.length + 80)) : null;
      if (!said) continue;
      if (roleOwnerGender(text, f.at, written.length) === (/^she$/i.test(said[1]!) ? 'f' : 'm')) continue;
      f.m.gender = /^she$/i.test(said[1]!) ? 'f' : 'm';
      if (!state.genders.has(f.m.name)) state.genders.set(f.m.name, f.m.gender);
    }
  }
  // "My neighbor laughed at me. He said, “…”": a sentence naming no one, opened by a person its
  // speaker owns as its subject, is about that person, whom the next "he" or "she" means (a
  // kinship word says which), not the last person named before.
  if (found.length === 0 && /^[\s"“*_]*(?:My|Our)\s/.test(text)) {
    const owned = OWNED_PERSON_SUBJECT().exec(text);
    // (one person: "Our neighbours" are a "they")
    if (owned && !/[^s]s$/i.test(owned[2]!)) {
      const noun = owned[2]!.toLowerCase();
      found.push({ at: owned.index + owned[0].indexOf(owned[1]!), m: { name: owned[1]!.replace(/^(My|Our)/, (w) => w.toLowerCase()), gender: MALE_KIN().test(noun) ? 'm' : FEMALE_KIN().test(noun) ? 'f' : null } });
    }
  }
  // One person named and a gendered pronoun after it: "Ruiz said her firm …" gives Ruiz's gender.
  const distinct = [...new Set(found.map((f) => f.m.name))];
  // A definite description opening the sentence, one person, counts too ("The driver was a broad
  // man with … his thinking"), so a memoir's "he said" paragraphs later can still be the driver.
  const describedSubject = /^(?:the|my|our)\s[^,]*[^s,]$/.test(distinct[0] ?? '') && found[0]!.at >= 0 && /^[\s"“*_]*$/.test(text.slice(0, found[0]!.at));
  if (distinct.length === 1 && (/^\p{Lu}/u.test(distinct[0]!) || describedSubject)) {
    // "Yi He, his co-founder,": a possessive opening the name's appositive is someone else's.
    // "Zhao has praised her in public": "her" as an object (before a preposition, a stop) is someone else.
    let after = text.slice(Math.max(0, found[0]!.at), Math.max(0, found[0]!.at) + 400).replace(APPOSITIVE_POSSESSIVE(), '$1');
    // "Adjei-Brown's first tenure … In a letter, Helen Osei wrote that he had disregarded …": the
    // subject of a reported clause may be the person the paragraph was about, whose gender the text
    // never gave; only the sentence's other pronouns ("her firm") tell the named one's.
    const rival = state.recent.some((e) => e.paragraph === state.paragraph && e.people.some((p) => p.name !== distinct[0] && /^\p{Lu}/u.test(p.name) && !isOrg(p.name, state) && !(p.gender ?? state.genders.get(p.name))));
    if (rival) after = after.replace(REPORTED_CLAUSE_PRONOUN(), '');
    else {
      // "Colleagues remembered Walter as demanding. Dolores Ferry, who kept the books, said he checked
      // every invoice": a reported clause's pronoun of the gender of someone else this paragraph named
      // may be theirs, and tells nothing of the subject's (so a "she said" after it can still be hers).
      const others = new Set<string>();
      for (const e of state.recent) if (e.paragraph === state.paragraph) for (const p of e.people) if (p.name !== distinct[0] && /^\p{Lu}/u.test(p.name) && !isOrg(p.name, state)) others.add(p.gender ?? state.genders.get(p.name) ?? '');
      // (the rest of the clause is the pronoun's too: "said he checked every invoice himself")
      if (others.size) after = after.replace(REPORTED_CLAUSE_ON(), (w, pronoun: string) => (others.has(pronoun.toLowerCase() === 'she' ? 'f' : 'm') ? '' : w));
    }
    // "Her neighbour of forty years, Alasdair Ross, says she kept a logbook": the one whose role the
    // name holds (the possessive's person) is who a reported clause's pronoun of that gender most
    // likely is; it tells nothing of the named one's gender.
    const written = found[0]!.at >= 0 ? (/^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}/u.exec(text.slice(found[0]!.at))?.[0] ?? '') : '';
    const owner = written ? roleOwnerGender(text, found[0]!.at, written.length) : null;
    if (owner) after = after.replace(REPORTED_CLAUSE_ON(), (w, pronoun: string) => ((pronoun.toLowerCase() === 'she' ? 'f' : 'm') === owner ? '' : w));
    // French and Spanish subject pronouns before their verb tell too ("…, elle a fait une exception").
    // A possessive alone ("Bakare remembers her first week") may be another person's: it tells the
    // named one's gender only where no one else near could own it: a person the text gave that
    // gender, in this paragraph or the one before, or the person the piece is about; or one whose
    // gender it never gave, in this paragraph. A subject pronoun ("Ruiz said she …") is the named
    // one's either way.
    const ownedByOther = (gender: 'f' | 'm'): boolean => {
      const couldOwn = (name: string, here: boolean): boolean => {
        if (name === distinct[0] || !/^\p{Lu}/u.test(name) || isOrg(name, state)) return false;
        const g = state.genders.get(name);
        return g === gender || (here && g === undefined);
      };
      if (state.subject && couldOwn(state.subject, false)) return true;
      return state.recent.some((e) => state.paragraph - e.paragraph <= 1 && e.people.some((p) => couldOwn(p.name, e.paragraph === state.paragraph)));
    };
    const she = SHE_WORD().test(after) || FOREIGN_SUBJECT_SHE().test(after) || (POSSESSIVE_HER().test(after) && !ownedByOther('f'));
    // "him" is mostly someone else ("Sato remembers him differently"): only "he", "his", "himself" tell.
    const he = /(?<![\p{L}])(he|himself)(?![\p{L}])/u.test(after) || FOREIGN_SUBJECT_HE().test(after) || ((/(?<![\p{L}])his(?![\p{L}])/u.test(after) || HIS_WORD().test(after)) && !ownedByOther('m'));
    if (she !== he && !state.genders.has(distinct[0]!)) state.genders.set(distinct[0]!, she ? 'f' : 'm');
    else if (she !== he) sharedSurnameByPronoun(text, found, she ? 'f' : 'm', state);
    for (const f of found) f.m.gender = state.genders.get(f.m.name) ?? f.m.gender;
  }
  if (!found.some((f) => /^\p{Lu}/u.test(f.m.name))) pronounAfterNamed(text, state);
  else pronounSubjectBeforeReported(text, found, state);
  // "She points out that …" / "Hun peker på at …" / "Она напомнила, что …": a paragraph that
  // names nobody and opens on a subject pronoun reporting what was said goes on about the person
  // it stands for (the one just quoted, not any "she" of a life story), who is so
  // still the one a "she said" in the paragraph after means.
  if (!found.length && state.recent.every((r) => r.paragraph !== state.paragraph)) {
    const pro = PARAGRAPH_PRONOUN().exec(text);
    const word = pro?.[1];
    if (word && !state.byPart.has(word) && !state.registry.resolve(word)) {
      const person = recentPerson(state, FOREIGN_SHE().test(word) || /^she$/i.test(word) ? 'f' : 'm');
      if (person) found.push({ at: 0, m: { name: person, gender: state.genders.get(person) ?? null } });
    }
  }
  if (found.length) {
    state.recent.push({ paragraph: state.paragraph, people: mainSubjectFirst(text, found).map((f) => f.m) });
    trimRecent(state);
  }
}

/** Words that open by addressing someone by name: "Luis, you're …", "Mrs Hale, I …" (1: the name's last word). */
const VOCATIVE_OPENING = lazy(() => /^\s*(?:(?:Oh|Hey|Well|Look|Listen),?\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}\p{Ll}+\s+)?(\p{Lu}\p{Ll}+),\s+\p{Ll}/u);
/**
 * Verbs by which one passes on what another did or said ("My source says yes. She told staff …"):
 * the "she" after them is more likely the one reported on than the one reporting.
 */
const REPORTING_OF_ANOTHER = '(?:says|said|tells|told|thinks|thought|believes|believed|reckons|reckoned|confirms|confirmed|claims|claimed|reports|reported|hears|heard|knows|knew|understands|understood)';
/** A sentence opened by a person its speaker owns, then their verb: "My neighbor laughed", "Our old landlord smiled" (1: the person, 2: the noun). */
const OWNED_PERSON_SUBJECT = lazy(() => new RegExp(`^[\\s"“*_]*((?:My|Our)\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?(${PERSON_NOUNS}|${KIN_WORDS}))\\s+(?:\\p{Ll}+ly\\s+)?(?!(?:and|or|of|who|whom|whose|with|from|in|at|to|for|on|by)\\s|${REPORTING_OF_ANOTHER}(?![\\p{L}]))\\p{Ll}+(?![\\p{L}])`, 'u'));
/** A sentence's opening subordinate clause and its comma, after a dateline perhaps: "KIRKHOLM — When the board automated Gull Point in 1998, ". */
const LEADING_SUBORDINATE_CLAUSE = lazy(() => /^[\s"“*_]*(?:\p{Lu}[\p{L}.,'’ ]{1,60}? [—–] )?(?:When|After|Before|Although|Though|While|Whilst|Since|Once|Until|Because|If)\s[^,;:.!?“”"]{3,160},\s+/u);
/**
 * "When the Northern Lighthouse Board automated Gull Point in 1998, Morag Innes thought her job was
 * over. “I cried for a week,” she says.": a name opening the main clause after a leading subordinate
 * clause is the sentence's subject, whom a later pronoun means before any name inside that clause (a
 * place, an object); it goes first among the sentence's people. Only a name opening the main clause
 * (a title before it at most).
 */
function mainSubjectFirst(text: string, found: { at: number; m: Mention }[]): { at: number; m: Mention }[] {
  if (found.length < 2) return found;
  const lead = LEADING_SUBORDINATE_CLAUSE().exec(text);
  if (!lead) return found;
  const k = found.findIndex((f) => f.at >= lead[0].length && /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?$/.test(text.slice(lead[0].length, f.at)));
  if (k <= 0 || !found.slice(0, k).every((f) => f.at >= 0 && f.at < lead[0].length)) return found;
  return [found[k]!, ...found.slice(0, k), ...found.slice(k + 1)];
}

/**
 * "Kwame and Abena Mensah … Mensah laughs at this, but he does not argue.": a surname alone that two
 * people the text named in full share (a couple, siblings) means the one of them the sentence's
 * pronoun says, not whichever was named first; so a "he says" after it is his. Only a bare surname
 * (no first name, no title) whose reading the text knows as the other gender, and one other full
 * name of that surname known as the pronoun's gender.
 */
function sharedSurnameByPronoun(text: string, found: { at: number; m: Mention }[], gender: 'f' | 'm', state: AttributionState): void {
  const f = found.find((x) => x.at >= 0 && /^\p{Lu}/u.test(x.m.name));
  if (!f || state.genders.get(f.m.name) === gender || !state.genders.get(f.m.name)) return;
  const surname = f.m.name.split(' ').pop()!;
  const written = /^\p{Lu}[\p{L}'’-]*/u.exec(text.slice(f.at))?.[0];
  if (written !== surname || f.m.name === surname) return;
  const others = [...new Set(state.fullNames)].filter((n) => n !== f.m.name && n.split(' ').length > 1 && n.endsWith(` ${surname}`) && state.genders.get(n) === gender);
  if (others.length !== 1) return;
  for (const x of found) if (x.m.name === f.m.name) x.m = { name: others[0]!, gender };
}

/** A name in the possessive, up to four lowercase words of a role, and the comma before the appositive naming its holder: "Coastal's chief executive, ". */
const OWNER_OF_NAMED_ROLE = lazy(() => /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}['’]s\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*,\s+/u);
/** A role owned by "her"/"his" set in apposition before a name, the sentence's or clause's opening: "Her neighbour of forty years, ". */
const OWNED_ROLE_BEFORE = lazy(() => /(?:^|[.;!?:]\s+|,\s+)[\s"“*_]*([Hh]er|[Hh]is)\s+\p{Ll}[^,.;:!?"“”]{0,60},\s*$/u);
/** The same role set after the name: ", her neighbour of forty years," / ", his daughter,". */
const OWNED_ROLE_AFTER = lazy(() => /^,\s+(her|his)\s+\p{Ll}[^,.;:!?"“”]{0,60},/u);
/** A relative clause after the name giving a relative of theirs: ", whose son Tobi joined at seven," (1: the kinship noun). */
const WHOSE_KIN_AFTER = lazy(() => new RegExp(`^,\\s+whose\\s+(?:(?:older|younger|eldest|youngest|late|only)\\s+)?(${MALE_KIN_WORDS}|${FEMALE_KIN_WORDS})(?![\\p{L}])[^,.;:!?"“”]{0,60},`, 'u'));
/**
 * The gender of the person a possessive names when the name at `at` holds a role of theirs ("Her
 * niece, NAME", "NAME, his former producer,"), or of the relative a clause after the name gives
 * ("NAME, whose son Tobi joined at seven, says he now reads"): that person is someone other than
 * the named one, and a reported clause's pronoun of their gender is likely theirs. Null for any other name.
 */
function roleOwnerGender(text: string, at: number, length: number): 'f' | 'm' | null {
  const m = OWNED_ROLE_BEFORE().exec(text.slice(Math.max(0, at - 90), at)) ?? OWNED_ROLE_AFTER().exec(text.slice(at + length, at + length + 90));
  if (m) return m[1]!.toLowerCase() === 'her' ? 'f' : 'm';
  const kin = text.includes('whose') ? WHOSE_KIN_AFTER().exec(text.slice(at + length, at + length + 90)) : null;
  return kin ? (MALE_KIN().test(kin[1]!) ? 'm' : 'f') : null;
}
/** A speech verb and a subject pronoun right after it, anywhere in a sentence: the cheap test before NAMED_SAID_PRONOUN. */
const SAID_PRONOUN_HINT = lazy(() => /\b(?:said|says|told|added|noted|insisted|explained|recalled|claimed)\s+(?:\p{Ll}+\s+)?(?:that\s+)?(?:she|he)\b/u);
/**
 * What follows a name when the name's own speech verb reports the name's words with a subject
 * pronoun: ", 41, said she had", " said that he would", ", a trader, told reporters she".
 * (An appositive of six words at most between commas; no other capitalised name in it is needed.)
 */
const NAMED_SAID_PRONOUN = lazy(() => /^(?:,\s(?:[^,.;:!?]{1,50}),)?\s(?:said|says|told\s+\p{Ll}+|added|noted|insisted|explained|recalled|claimed)\s+(?:that\s+)?(she|he)\b/u);

/** A reported clause opening on its subject pronoun, to the sentence's end: "said he checked every invoice himself". */
const REPORTED_CLAUSE_ON = lazy(() => /(?<![\p{L}])(?:that|said|says|wrote|writes|told\s+\p{Ll}+)\s+(he|she)(?![\p{L}])[^.!?]{0,200}/gu);

/** The subject pronoun opening a reported clause: "wrote that he had", "said she was". */
const REPORTED_CLAUSE_PRONOUN = lazy(() => /(?<![\p{L}])(?:that|said|says|wrote|writes|told\s+\p{Ll}+)\s+(?:he|she)(?![\p{L}])/gu);

/** A sentence opening on "He"/"She" and a verb of saying or believing, before the clause it reports (0: up to that clause; 1: the pronoun). */
const PRONOUN_REPORTS = lazy(() => /^[\s"“*_]*(He|She)\s+(?:(?:also|still|now|once)\s+)?(?:says|said|adds|added|recalls|recalled|remembers|remembered|insists|insisted|admits|admitted|thinks|thought|believes|believed|argues|argued|claims|claimed|told\s+(?:me|us))\s+(?:that\s+)?(?=\p{Lu})/u);
/**
 * "Adebayo, a blunt woman, is not given to praise. She says Okafor is the most stubborn person she
 * has ever worked with.": the pronoun opening a sentence that reports a clause about someone it
 * names is someone before that sentence (who speaks of Okafor is never Okafor), and is the
 * sentence's subject: put first among its people, so that this sentence's "She" and a "she says"
 * after it are that person, not the one the clause is about. Only when every name of the sentence
 * comes after the verb (none is a quotation's speaker).
 */
function pronounSubjectBeforeReported(text: string, found: { at: number; m: Mention }[], state: AttributionState): void {
  const m = PRONOUN_REPORTS().exec(text);
  if (!m || (m[1] === 'He' && (state.byPart.has('He') || state.registry.resolve('He')))) return;
  if (!found.every((f) => f.at >= m[0].length)) return;
  const gender = m[1] === 'She' ? 'f' : 'm';
  const named = new Set(found.map((f) => f.m.name));
  const person = recentPerson(state, gender, (name) => named.has(name));
  if (!person || !/^\p{Lu}/u.test(person)) return;
  found.unshift({ at: 0, m: { name: person, gender } });
}

/** A sentence of reported speech opening on a subject pronoun: "She points out that", "Hun peker på at", "Она напомнила, что". */
const PARAGRAPH_PRONOUN = lazy(() => /^\s*(He|She|Han|Hun|Hon|Он|Она)\s+\p{Ll}[^.!?;:]{0,40}?[\s,](?:that|at|att|что|bahawa)\s/u);
/**
 * "Walter Brennan was born in Hibbing in 1938. He left school at sixteen …": a sentence that names
 * nobody by name and opens with "He" or "She" speaks of the one person named last in the same paragraph,
 * which gives that person's gender where the text had not (so a "he said" paragraphs below is theirs).
 */
function pronounAfterNamed(text: string, state: AttributionState): void {
  const m = /^\s*(He|She)\s+\p{Ll}/u.exec(text);
  if (!m || (m[1] === 'He' && (state.byPart.has('He') || state.registry.resolve('He')))) return;
  const last = state.recent[state.recent.length - 1];
  if (!last || last.paragraph !== state.paragraph) return;
  const names = [...new Set(last.people.filter((p) => /^\p{Lu}/u.test(p.name)).map((p) => p.name))];
  if (names.length !== 1 || !/^\p{Lu}/u.test(names[0]!) || state.genders.has(names[0]!) || isOrg(names[0]!, state)) return;
  state.genders.set(names[0]!, m[1] === 'She' ? 'f' : 'm');
}

/** A sentence opening on one capitalised word (1: what comes before it; 2: the word), an appositive between commas perhaps, then a word in lower case: "Pask, now retired, remembers", "Pask hired". */
const SUBJECT_SURNAME_OPENING = lazy(() => /^([\s"“*_]*)(\p{Lu}\p{Ll}[\p{L}'’-]*)(?:,\s\p{Ll}[^,.;:!?“”"]{0,60},)?\s+\p{Ll}/u);
/** A person's pronoun, in lower case: "he", "her", "himself". */
const PERSONAL_PRONOUN_WORD = lazy(() => /(?<![\p{L}])(?:he|she|him|his|her|himself|herself)(?![\p{L}])/u);
const OBJECT_PRONOUN_HINT = lazy(() => /\s(?:her|him)\sas\s/);
const OBJECT_PRONOUN_HINT_AFTER_VERB = lazy(() => /\s(?:her|him)(?:[.,;:!?]|\s(?:for|in|on|at|to|with|from|about|again|directly|publicly|after|during|over|since|until)\s)/);
/**
 * A name (one to three capitalised words, an appositive's commas around it perhaps), then up to five
 * lowercase words and "her"/"him" as an object (a stop or a preposition after it): "Lionel Ashdown,
 * did not speak to her for a month". Group 1: the words between; group 2: the pronoun.
 */
const OBJECT_OF_NAMED_VERB = lazy(() => /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2},?\s+((?:\p{Ll}+,?\s+){1,7}?)(her|him)(?=[.,;:!?]|\s(?:for|in|on|at|to|with|from|about|again|directly|publicly|after|during|over|since|until)\s)/u);
/** Words that open another clause between a name and a pronoun: its subject may be someone else ("said the board fired her"). */
const CLAUSE_BREAK_WORD = lazy(() => /(?<![\p{L}])(?:that|said|says|say|told|tells|who|whose|whom|which|and|but|or|when|if|because|after|before|while|as|where|than|until|since|wrote|writes|recalls|recalled|thinks|thought|believes|knew|knows|felt|feels|hoped|wanted|asked|let|made|make|help|helped|saw|see|heard|watched)(?![\p{L}])/u);
/** A subject's verb and its object pronoun, then "as": "… remembered her as", "… describes him as". */
const OBJECT_PRONOUN_AS = lazy(() => /^[^.;:!?“”"]{0,80}?\s\p{Ll}+(?:ed|es|s)\s(her|him)\sas(?![\p{L}])/u);

/** A first name alone, an age in commas, a verb and the pronoun of its clause: "pupil Alfie, 10, said he …"; group 2 the pronoun. */
const FIRST_NAME_WITH_AGE = lazy(() => /(?<![\p{L}'’-])(\p{Lu}\p{Ll}{1,14}),\s*\d{1,3},\s+(?:\p{Ll}+ed|said|says|told|tells|thinks|thought|knew|felt|wants|hopes|feels|knows)\s+(?:that\s+)?(?:[^.!?"“”]{0,40}?\s)??(her|his|she|he)(?![\p{L}])/gu);
/**
 * A story's character named by a first name alone as a sentence's subject: "Margaret found her
 * father on the pier", "Tomas looked at his hands". The word opens the sentence, a verb in the
 * past follows it, and a "her"/"his" later in the sentence refers back to it (which says the
 * gender too). Not a word that names things or groups ("Police found her car", "Nobody asked his
 * name"), a plural, or a title.
 */
const LONE_NAME_OPENING = lazy(() => /^[\s"“'‘*_]*(\p{Lu}\p{Ll}{2,14})\s+(?:\p{Ll}+ed|found|took|went|came|sat|stood|knew|thought|felt|left|ran|saw|made|kept|held|heard|began|turned|put|got|gave|shook|drew|caught|told|said|set|led)\s+(?:[^.!?]*?\s)??(her|his|she|he)(?![\p{L}])/u);
const GROUP_WORD = lazy(() => /^(?:Police|Staff|Security|Management|Everyone|Everybody|Someone|Somebody|Anyone|Anybody|Nobody|None|Noone|Neither|Either|Another|Others|Nothing|Something|Everything|Father|Mother|Dad|Mum|Mom|Grandma|Grandpa|Doctor|Nurse)$/);
function loneFirstNameSubject(text: string, state: AttributionState): string | null {
  // (a match has " her", " his", " she" or " he" as a word: LONE_NAME_OPENING is not made for text without one)
  const m = /\s(?:her|his|she|he)(?![A-Za-z])/.test(text) ? LONE_NAME_OPENING().exec(text) : null;
  if (!m) return null;
  const word = m[1]!;
  if (/s$/.test(word) || GROUP_WORD().test(word) || NOT_PERSON_WORDS().test(word) || LONE_FUNCTION_WORD().test(word) || OPENING_CONJUNCTION().test(word) || isTitleWord(word) || isOrg(word, state)) return null;
  const known = state.registry.resolve(word) ?? state.byPart.get(word);
  if (known) return state.registry.resolve(known) ?? known;
  const gender = /^(?:her|she)$/.test(m[2]!) ? 'f' : 'm';
  if (!state.genders.has(word)) state.genders.set(word, gender);
  // Known from now on as a name: "Margaret looked at the water" names her again.
  state.byPart.set(word, word);
  return word;
}

/** A title written as one capitalised word (an acronym, a Swedish or German "-chef"): "CEO", "Chairperson", "Nordenchef". */
const TITLE_TOKEN = lazy(() => /^(?:CEO|CFO|CTO|COO|CMO|Chairperson|\p{Lu}\p{Ll}*chef(?:in)?)$/u);
/** A lower-case occupation (PERSON_NOUN_WORDS, a hyphenated one by its last part: "co-founder"). */
function isOccupationWord(w: string): boolean {
  return /^\p{Ll}[\p{Ll}-]*$/u.test(w) && PERSON_NOUN_WORDS.has(w.slice(w.lastIndexOf('-') + 1));
}
/** A word news sets before an occupation: "chief economist", "senior analyst", "former spokesman". */
const OCCUPATION_MODIFIER = lazy(() => /^(?:chief|senior|lead|principal|head|deputy|managing|former|general|associate|assistant|junior|staff|longtime)$/);
/**
 * An organisation's short name in brackets after its full name, inside a subject: " (Busa)", " (CPPA)";
 * or ending it: "The Zambia Environmental Management Agency (ZEMA) said …" (left there, a run of
 * four capitalised words and the bracket read as an office and a name, and spoke for no one).
 */
const BRACKETED_SHORT_NAME = lazy(() => /\s\(\p{Lu}[\p{L}\p{N}&.-]{0,11}\)(?=\s|$)/gu);
/**
 * A title of a few lowercase words after the firm, ending on an occupation ("ERA Singapore key
 * executive officer Eugene Lim") or on an occupation "of" a field ("PropNex head of research Wong
 * Siew Ying"), a capitalised word right after it: the index of its last word, or -1. Four words at most.
 */
function lowercaseTitleEnd(words: readonly string[], k: number): number {
  let end = -1;
  for (let j = k; j < words.length - 2 && j - k < 4; j++) {
    const w = words[j]!;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w)) break;
    if (!/^\p{Lu}/u.test(words[j + 1]!)) continue;
    const ofField = j - k >= 2 && words[j - 1] === 'of' && (isOccupationWord(words[j - 2]!) || OCCUPATION_MODIFIER().test(words[j - 2]!));
    if (isOccupationWord(w) || ofField) end = j;
  }
  return end;
}
/**
 * The name at the end of "ORGANISATION TITLE First Last" ("Binance CEO Richard Teng", "SEC
 * Chairperson Emilio Aquino", "Binances Nordenchef Johan Lindqvist till Di"): at most two words
 * before the title, two or three capitalised words after it, and only lower-case words (a
 * place, whom it was told to) after the name. Null for any other phrase.
 */
function nameAfterOrgTitle(words: readonly string[]): string | null {
  // (a firm of three or four words before a title in lowercase: "South African Insurance Association head of research Naledi Khoza")
  for (let k = 1; k <= 4 && k < words.length - 2; k++) {
    const w = words[k]!;
    if (k > 2 && !/^\p{Ll}/u.test(w)) continue;
    // The title ends at k, or one word on: an occupation in lower case as news writes it after the
    // firm ("Chainsight analyst Olivia Brandt", "Harbor Stanley chief economist Dana Ruiz").
    let title = TITLE_TOKEN().test(w) || TITLE_BEFORE_NAME().test(w) ? k : -1;
    if (title < 0 && /^\p{Ll}[\p{Ll}-]*$/u.test(w)) {
      if (isOccupationWord(w)) title = k;
      else if (OCCUPATION_MODIFIER().test(w) && isOccupationWord(words[k + 1] ?? '')) title = k + 1;
      else title = lowercaseTitleEnd(words, k);
    }
    // ("head of research Wong Siew Ying": a title word with lowercase words after it runs on to the title's end)
    if (title >= 0 && /^\p{Ll}/u.test(words[title + 1] ?? '') && /^\p{Ll}/u.test(w)) title = lowercaseTitleEnd(words, k);
    if (title < 0) continue;
    if (!words.slice(0, k).every((x) => /^\p{Lu}/u.test(x))) return null;
    k = title;
    // "Principal Secretary Dr Samuel Mutua", "Managing Director Engr. Ada Obi": a rank or form of
    // address between the title and the name is no word of the name (two at most).
    for (let t = 0; t < 2 && k + 3 < words.length && TITLE_BEFORE_NAME().test(words[k + 1]!); t++) k++;
    let end = k + 1;
    while (end < words.length && end - k <= 3 && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[,.]?$/u.test(words[end]!)) {
      end++;
      if (/[,.]$/.test(words[end - 1]!)) break;
    }
    const name = words.slice(k + 1, end).map((x) => x.replace(/[,.]$/, ''));
    if (name.length < 2 || name.length > 3) return null;
    return name.join(' ');
  }
  return null;
}
/**
 * The name after an organisation whose name joins capitalised words with "of" or "for", and a
 * capitalised title: "Bank of England Governor Andrew Bailey", "Federation of Small Businesses
 * Chair Tina McKenzie". nameAfterOrgTitle wants the firm in capitals only. The name is two or three
 * capitalised words ending the phrase; a word of the firm must be "of" or "for".
 */
function nameAfterConnectedOrgTitle(words: readonly string[]): string | null {
  if (words.length < 5 || words.length > 12 || !/^\p{Lu}/u.test(words[0]!)) return null;
  let joined = false;
  for (let k = 1; k < words.length - 2; k++) {
    const w = words[k]!;
    if (/^(?:of|for|and|the|&)$/.test(w)) {
      joined ||= /^(?:of|for)$/.test(w);
      continue;
    }
    if (!/^\p{Lu}/u.test(w)) return null;
    if (!TITLE_BEFORE_NAME().test(w) && !TITLE_TOKEN().test(w)) continue;
    const name = words.slice(k + 1);
    return joined && /^\p{Lu}/u.test(words[k - 1]!) && name.length >= 2 && name.length <= 3 && name.every((x) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(x)) ? name.join(' ') : null;
  }
  return null;
}
/**
 * The name at the end of "TITLE of FIELD First Last" ("Director of Enforcement Ian McGinley",
 * "Secretary of Homeland Security Ana Ruiz", "Minister for the Environment Jo Park"): a title, "of"
 * or "for" (and "the"), then one capitalised run whose last two words (three with a middle initial)
 * are the name and the words before them the field. The field takes a word at least.
 */
function nameAfterTitleOfField(words: readonly string[]): string | null {
  if (!TITLE_BEFORE_NAME().test(words[0]!) || !/^(?:of|for)$/.test(words[1] ?? '')) return null;
  let k = 2;
  if (words[k] === 'the') k++;
  // ("Director of Research Tim Doe of Oxford University": where the person works, after the name's
  // own "of"/"at"/"from", a capitalised run of its own, is no part of the field nor of the name)
  const at = words.findIndex((w, n) => n > k + 2 && /^(?:of|at|from)$/.test(w));
  const where = at > 0 ? words.slice(at + 1) : [];
  const placed = where.length > 0 && where.length <= 6 && where.every((w, n) => /^\p{Lu}[\p{L}'’&.-]*,?$/u.test(w) || (n === 0 && w === 'the') || (n > 0 && /^(?:of|for|and)$/.test(w))) && /^\p{Lu}/u.test(where[where.length - 1]!);
  const run = words.slice(k, placed ? at : undefined);
  if (run.length < 3 || run.length > 7 || !run.every((w, n) => /^\p{Lu}[\p{L}'’-]*\.?$/u.test(w) || (n === run.length - 1 && /^\p{Lu}[\p{L}'’-]*[,.]$/u.test(w)))) return null;
  const name = run.map((x) => x.replace(/,$/, '').replace(/(?<=\p{Ll}{2})\.$/u, ''));
  const size = /^\p{Lu}\.$/u.test(name[name.length - 2]!) && run.length >= 4 ? 3 : 2;
  // The name's words are names, not a field's: no initial-only first word, no title word among them.
  const person = name.slice(-size);
  if (person.some((w) => isTitleWord(w) || NOT_PERSON_WORDS().test(w)) || ORG_SUFFIX().test(person[person.length - 1]!) || /\.$/.test(person[0]!)) return null;
  return person.join(' ');
}
/**
 * The full name closing a role written with a prepositional part, the sentence's subject: "Counsel to
 * the inquiry Hugh Barrow", "Head of operations at Network Rail Mark Pell", "Chair of the parish
 * council Ruth Adey" (what "Fisherman Dougie Craig" is for a one-word role). A capitalised first word,
 * at most two lowercase words, a preposition, the field (lowercase words, or capitalised ones joined
 * by "of"/"and"/"the"), then one capitalised run whose last two words (three with a middle initial)
 * are the name. A run right after the preposition (or its "the") is the field's own name ("Head of
 * sales at Acme Foods said" names no one) unless words remain before the name; the name's words are
 * no title, no organisation's last word, no word that never names a person.
 */
function nameAfterRolePhrase(words: readonly string[]): string | null {
  // (an article or a number opens a described person, no title: "One longtime resident of Pittsburgh's Hill District")
  if (words.length < 5 || words.length > 12 || !/^\p{Lu}\p{Ll}+$/u.test(words[0]!) || /^(?:A|An|One|Two|Three|Another|Some|Several|Many|Most|Each|Every|The|This|That|These|Those|Its|His|Her|Their|Our|My|Your)$/.test(words[0]!)) return null;
  const prep = words.findIndex((w, n) => n >= 1 && n <= 3 && /^(?:of|for|to|at|in|with|on)$/.test(w));
  if (prep < 0 || !words.slice(1, prep).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w))) return null;
  // The last capitalised run, and where it starts.
  let start = words.length;
  while (start > prep + 1 && /^\p{Lu}[\p{L}'’-]*\.?$/u.test(words[start - 1]!)) start--;
  const run = words.slice(start);
  if (run.length < 2 || !words.slice(prep + 1, start).every((w) => /^(?:\p{Ll}[\p{Ll}-]*(?:['’]s?)?|\p{Lu}[\p{L}'’&-]*)$/u.test(w))) return null;
  const size = run.length >= 3 && /^\p{Lu}\.$/u.test(run[run.length - 2]!) ? 3 : 2;
  // (a run after a possessive is the owner's place or thing, no person: "Pittsburgh's Hill District")
  if (/['’]s?$/.test(words[start - 1]!)) return null;
  const objectOnly = start === prep + 1 || (start === prep + 2 && words[prep + 1] === 'the');
  if (run.length - size < (objectOnly ? 1 : 0)) return null;
  const person = run.slice(-size);
  if (person.some((w) => isTitleWord(w) || NOT_PERSON_WORDS().test(w)) || ORG_SUFFIX().test(person[person.length - 1]!) || /\.$/.test(person[0]!)) return null;
  return person.join(' ');
}
/** A capitalised word that is a title or an occupation, never part of the name after it: "President", "Engineer". */
function isTitleWord(w: string): boolean {
  return TITLE_BEFORE_NAME().test(w) || PERSON_NOUN_WORDS.has(w.toLowerCase()) || FOREIGN_TITLE_WORD().test(w);
}
/**
 * An occupation the Nordic, Russian and Malay press write before a name, capitalised where it
 * opens the sentence ("Sjeføkonom Kari Lunde i …", "Forsker Siri Holm", "Юрист Марина Зайцева",
 * "Pengarah Eksekutif …"): no part of the name. Nordic compounds end in the occupation ("sjeføkonom",
 * "seksjonssjef", "kommunikasjonsrådgiver").
 */
const FOREIGN_TITLE_WORD = lazy(() => /^(?:\p{L}*(?:økonom|ekonom|sjef|chef|leder|ledare|direktør|direktör|forsker|forskare|rådgiver|rådgivare|analytiker|advokat|jurist|ekspert|talsperson|talsmann|talskvinne|ordfører|borgmester|professor)|юрист|аналитик|экономист|эксперт|адвокат|директор|профессор|глава|основатель|сооснователь|председатель|представитель|министр|депутат|юристка|аналітик|економіст|експерт|Pengarah|Penganalisis|Pengerusi|Menteri|Ketua|Pakar|Peguam|Pensyarah|Jurucakap)$/iu);
/**
 * The index of the last title or occupation among a run of capitalised words, before its last
 * word (that one is a surname: "Adam Driver", "Mary Bishop"); -1 if none.
 */
function lastTitleWord(words: readonly string[]): number {
  for (let i = words.length - 2; i >= 0; i--) if (isTitleWord(words[i]!)) return i;
  return -1;
}
/** A word that may stand before a name and is no part of it: a title, an occupation, a party, a possessive place. */
function opensBeforeName(w: string): boolean {
  return isTitleWord(w) || AGENT_NOUN().test(w) || COMPOUND_OCCUPATION().test(w) || PARTY_WORD().test(w) || PLAYING_POSITION().test(w) || /['’]s$/.test(w);
}
/**
 * An occupation or a relation written as one compound word, capitalised as a sentence's first word
 * before a full name: "Fisherman Dougie Craig", "Councilwoman Rosa Diaz", "Grandmother Ellen Price".
 * A "…man" word takes a stem of four letters or more: given names end so with shorter ones
 * ("Herman", "Norman"); "…woman" and "…person" words are never names.
 */
const COMPOUND_OCCUPATION = lazy(() => /^(?:\p{Lu}\p{Ll}{3,}m[ae]n|\p{Lu}\p{Ll}{2,}(?:wom[ae]n|person)|(?:Grand|Step|Great-grand)(?:mother|father|son|daughter|ma|pa))$/u);
/** A player's position in a crew or a team, capitalised before the name as an occupation is: "Stroke Megan Astley", "Quarterback Dale Ruiz". No surname. */
const PLAYING_POSITION = lazy(() => /^(?:Stroke|Cox|Coxswain|Quarterback|Shortstop|Goalkeeper|Goalie|Fly-half|Scrum-half|Fullback|Full-back|Libero|Point-guard)$/);
/** A proper noun with a case ending after an apostrophe: "Türkiye'de", "İstanbul'da", "Binance'in" (not the possessive 's). */
const INFLECTED_PROPER_NOUN = lazy(() => /^\p{Lu}[\p{L}]*['’](?!s$)\p{Ll}{1,5}$/u);
const VIETNAMESE_HONORIFIC_NAME = lazy(() => /(?<![\p{L}])([Bb]à|[Ôô]ng)\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})(?![\p{L}])/gu);
const PARTY_WORD = lazy(() => /^(?:Republican|Democrat|Democratic|Conservative|Labour|Liberal|Independent|Green|Tory|Socialist)$/);
const BUSINESS_BEFORE_NAME =
  lazy(() => /(?<![\p{L}])(?:(?:run|runs|ran|running|founded|co-founded|cofounded|opened|owns|owned|launched|started|manages|managed|bought|sold|acquired)\s+(?:the\s+)?|(?:firm|company|restaurant|startup|start-up|shop|store|bakery|studio|agency|label|brand|band|charity|bar|cafe|café|gallery|practice|clinic|business|venture|fund|newsletter|podcast|publication|magazine)\s*,\s*)$/iu);
/**
 * A work's or an ensemble's noun after an article or a possessive (and an adjective or two), perhaps
 * its comma, closing the text before a name: "The new record, ", "the girl group ", "her album ". Not
 * after a preposition of time ("after the show Marisol Vane signed …": the show is over, she speaks).
 */
const WORK_NOUN_BEFORE = lazy(() => /(?<!(?:after|before|during|since|until|following)\s+)(?<![\p{L}])(?:[Tt]he|[Aa]n?|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our)\s+(?:[\p{Ll}-]+\s+){0,2}(?:album|record|single|song|track|EP|LP|mixtape|film|movie|documentary|novel|book|memoir|musical|sitcom|series|band|group|duo|trio|quartet)\s*,?\s*$/u);
/** A person noun, a preposition, then the business noun and its comma: "partner in the business, ", "chef at the restaurant, ". */
const PERSON_OF_BUSINESS_BEFORE = lazy(() => new RegExp(`(?<![\\p{L}])(?:${PERSON_NOUNS})\\s+(?:in|at|of|from)\\s+(?:the|this|that|his|her|their|our|its)\\s+(?:[\\p{Ll}-]+\\s+)?\\p{Ll}+\\s*,\\s*$`, 'iu'));
/** Right after a name: its own verb (perhaps after "has"/"had"), then within its clause (no mark, no capital, no quote) "his": "Dariush has printed and pinned above his desk". */
const OWN_VERB_THEN_HIS = lazy(() => /^\s+(?:has\s+|had\s+)?\p{Ll}+(?:ed|s)\s[^,;:.!?"“”\p{Lu}]{0,60}?(?<![\p{L}])his\s+\p{Ll}/u);
/** A given name and "and" right before a full name: "Kasra and " of "Kasra and Dariush Rahimi". */
// Not a full name's last word ("Changpeng Zhao and Yi He": Zhao is a surname, no given name of He's).
/**
 * A sentence closing the text before a quotation whose subject is someone described with an
 * indefinite article, a place perhaps and an aside between commas after it, then a verb of saying:
 * "An elder in Lodwar, who asked not to be named, said the last borehole broke in 2021." The
 * article (1) and the noun (2).
 */
const INDEFINITE_REPORTER = lazy(() => /(?:^|[.!?]["”’]?\s+)(An?|Another|One)\s+(\p{Ll}[\p{Ll}-]{2,20})(?:\s+(?:in|from|at|of|near)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?(?:,\s+[^,.;:!?“”"]{3,80},)?\s+(?:said|says|told\s+(?:us|me|reporters)|explained|added|recalled|complained)\s[^.!?“”"]*[.!?]\s*$/u);
/** A name of capitalised words and a comma closing the text before a description ("Hamid, a teacher …"). */
// (an age between its commas may come first, and a report's mark of a changed name: "Amina*, 34, a mother of five …")
const NAME_BEFORE_COMMA = lazy(() => /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)\*?\s*,(?:\s*\d{1,3}\s*,)?\s*$/u);
/** A comma and a name of two or three capitalised words after a description ("the chief executive, Laura Kim,"). */
const COMMA_THEN_NAME = lazy(() => /^\s*,\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s*[,)]/u);
/** A name right after a role ("The co-founder Lan Chen, who …"). */
const TITLE_THEN_NAME = lazy(() => /^\s+\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){1,2}(?![\p{L}])/u);
/**
 * "and" or "&" and then space closing a text, as GIVEN_NAME_AND_BEFORE needs ("Ana and "): tested first,
 * so that pattern (five \p{…} sets) is compiled only where it can match.
 */
function endsOnAnd(text: string): boolean {
  const t = text.trimEnd();
  return t.length < text.length && (t.endsWith('and') || t.endsWith('&'));
}
/**
 * Space and then a letter that may be a capital (an ASCII capital, or any non-ASCII character): what a
 * pattern opening `^\s+\p{Lu}` needs ("… co-founder Lan Chen"), tested before it is compiled. No ASCII
 * character but A–Z is a capital letter.
 */
function spaceThenCapital(text: string): boolean {
  const t = text.trimStart();
  if (t.length === text.length || t.length === 0) return false;
  const c = t.charCodeAt(0);
  return c >= 0x80 || (c >= 0x41 && c <= 0x5a);
}
const GIVEN_NAME_AND_BEFORE = lazy(() => /(?<!\p{Lu}[\p{L}'’-]*\s+)(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)\s+(?:and|&)\s+$/u);
/** Kinship nouns, by the gender they give: "Her son, Michael Vance," is a man. */
// (with the homely words a tabloid uses: "Danny's mum Pauline", "her dad Terry")
const MALE_KIN_WORDS = 'son|husband|father|brother|nephew|grandson|grandfather|uncle|boyfriend|widower|dad';
const FEMALE_KIN_WORDS = 'daughter|wife|mother|sister|niece|granddaughter|grandmother|aunt|girlfriend|widow|mum|mom';
// The kinship noun may stand before the name's own appositive role: "Her husband, the architect Daniel Hale,".
const KIN_BEFORE_NAME = lazy(() => new RegExp(`(?<![\\p{L}])(${MALE_KIN_WORDS}|${FEMALE_KIN_WORDS})\\s*,\\s*(?:(?:the|an?)\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){1,3})?$`, 'iu'));
const KIN_WORD_LIST = `${MALE_KIN_WORDS}|${FEMALE_KIN_WORDS}`.split('|');
/**
 * Whether a text holds one of KIN_BEFORE_NAME's words in any case: tested first, so that pattern (case-
 * insensitive with \p{…} sets, ≈ 5 ms to compile) runs only where it can match. Lower-casing is enough:
 * under `iu` the only other characters that fold to an ASCII letter are the long s "ſ" (to "s", so a
 * text with one goes to the pattern) and the Kelvin sign (to "k", in none of the words).
 */
function namesKin(text: string): boolean {
  const lower = text.toLowerCase();
  return lower.includes('ſ') || KIN_WORD_LIST.some((w) => lower.includes(w));
}
const MALE_KIN = lazy(() => new RegExp(`^(${MALE_KIN_WORDS})$`, 'i'));
const FEMALE_KIN = lazy(() => new RegExp(`^(${FEMALE_KIN_WORDS})$`, 'i'));
const KIN_WORDS = `${MALE_KIN_WORDS}|${FEMALE_KIN_WORDS}|cousin`;
/** Where DESCRIBED_THEN_CALLED may match: " called " or " named " before a capital. */
const CALLED_NAME_HINT = lazy(() => /\s(?:called|named)\s\p{Lu}/u);
/**
 * An indefinite description ending on a person noun, then "called"/"named" and one capitalised word
 * that no other capitalised word follows (a full name is read as one): "a porter called Frank", "an
 * old fisherman named Davie". Group 1: the person noun; 2: the name.
 */
const DESCRIBED_THEN_CALLED = lazy(() => new RegExp(`(?<![\\p{L}])(?:[Aa]n?|[Oo]ne)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(${PERSON_NOUNS})\\s+(?:called|named)\\s+(\\p{Lu}\\p{Ll}+)(?![\\p{L}'’-]|\\s+\\p{Lu})`, 'gu'));
/**
 * What every KIN_FIRST_NAME match has: a kinship noun in lowercase after a space and before a comma or
 * a space. A pre-check only: with the i flag, a pattern with the possessive before it tried
 * `\p{Lu}[\p{L}-]*` at every letter of every sentence and backtracked through each word.
 */
// (A friend so named is a person of the text as a relative is: "my friend Margaret did. She …".)
export const KIN_FIRST_NAME_HINT = lazy(() => new RegExp(`\\s(?:${KIN_WORDS}|friend)[,\\s]`));
// No i flag: with it \p{Lu} would match a lowercase letter too ("his brother runs").
export const KIN_FIRST_NAME = lazy(() => new RegExp(`(?<![\\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|\\p{Lu}[\\p{L}-]*['’]s?)\\s+(${KIN_WORDS}|friend),?\\s+(\\p{Lu}\\p{Ll}+)(?=\\s*[,.;:]|\\s+\\p{Ll})`, 'gu'));
const KIN_NOUN = lazy(() => new RegExp(`^(?:${KIN_WORDS}|partner|friend)$`, 'i'));

/** A name in the possessive, a thing of theirs, then "to him"/"to her": "Mendes's description to him". */
const POSSESSION_TO_PRONOUN = lazy(() => /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}['’]s?\s+(?:[\p{Ll}-]+\s+){1,5}to\s+(him|her)(?![\p{L}])/u);
/** A possessive and a kinship noun: "my sister", "His uncle". */
const KIN_PHRASE = lazy(() => new RegExp(`(?<![\\p{L}])([Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\\s+(${KIN_WORDS})(?![\\p{L}])`, 'gu'));
const KIN_ONLY = lazy(() => new RegExp(`^(?:${KIN_WORDS})$`, 'i'));
const KIN_PHRASE_HINT = lazy(() => new RegExp(`(?<![\\p{L}])(?:${KIN_WORDS})(?![\\p{L}])`, 'i'));

/** A name's parent or child, then that relative's full name: "Adeyemi's father, Olusegun Adeyemi". */
const NAMED_RELATIVE_OF_NAME = lazy(() => /(?<![\p{L}])\p{Lu}[\p{L}-]*['’]s?\s+(father|mother|dad|mum|mom|grandfather|grandmother|son|daughter|grandson|granddaughter),\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})(?=\s*[,.;:)]|\s+\p{Ll})/gu);
/** A parent (or grandparent) named is of the elder generation, a child of the younger: noted once, two readings make it nobody's. */
function noteGeneration(kin: string, name: string, state: AttributionState): void {
  const generation = /^(?:father|mother|dad|mum|mom|grandfather|grandmother)$/i.test(kin) ? 'elder' : /^(?:son|daughter|grandson|granddaughter)$/i.test(kin) ? 'younger' : null;
  if (!generation || !name.includes(' ')) return;
  state.generation ??= new Map();
  const had = state.generation.get(name);
  state.generation.set(name, had === undefined || had === generation ? generation : null);
}
/**
 * "the elder Adeyemi", "the younger Mensah": of the two people of that surname the text named, the one
 * it named as the other's parent (elder) or child (younger), or the other one of the two; else null.
 */
function elderOrYounger(which: string, surname: string, state: AttributionState): string | null {
  const namesakes = [...new Set(state.fullNames.filter((n) => n.endsWith(` ${surname}`)).map((n) => state.registry.resolve(n) ?? n))];
  if (namesakes.length !== 2 || !state.generation) return null;
  const wanted: 'elder' | 'younger' = /^elder$/i.test(which) ? 'elder' : 'younger';
  const marked = namesakes.filter((n) => state.generation!.has(n));
  if (marked.length !== 1 || !state.generation.get(marked[0]!)) return null;
  const one = marked[0]!;
  return state.generation.get(one) === wanted ? one : namesakes.find((n) => n !== one)!;
}

/** The text named `name` with this kinship word ("His uncle, Chidi Okonkwo"): a second, different one makes the word no one's. */
function noteKin(kin: string, name: string, state: AttributionState): void {
  state.kin ??= new Map();
  const key = kin.toLowerCase();
  const had = state.kin.get(key);
  state.kin.set(key, had === undefined || had === name ? name : null);
}

/**
 * Who "my sister", "his uncle" is: the one person the text named with that word; else, for the
 * writer's own relative ("my sister", "our father"), the phrase itself, a person as "the driver" is;
 * else nobody ("his uncle" of someone the text never names).
 */
function kinPerson(possessive: string, kin: string, state: AttributionState): string | null {
  const linked = state.kin?.get(kin.toLowerCase());
  if (linked) return linked;
  if (linked === null) return null;
  if (!/^(?:my|our)$/i.test(possessive)) return null;
  const own = `${possessive.toLowerCase()} ${kin.toLowerCase()}`;
  const gender = MALE_KIN().test(kin) ? 'm' : FEMALE_KIN().test(kin) ? 'f' : null;
  if (gender && !state.genders.has(own)) state.genders.set(own, gender);
  return own;
}

/**
 * The one person the text gave that gender whom the last `paragraphsBack` paragraphs name;
 * undefined where they name none or several ("Henrik Dahl met Jonas Berg; he … . Afterwards, he
 * wrote:" is either man), and a person whose gender the text never gave is none ("Things he
 * said:" under "He Yi was in the front row" is not hers).
 */
function onlyPersonOf(state: AttributionState, gender: 'f' | 'm', paragraphsBack: number): string | undefined {
  trimRecent(state);
  const fits = new Set<string>();
  for (let i = state.recent.length - 1; i >= 0; i--) {
    const entry = state.recent[i]!;
    if (state.paragraph - entry.paragraph > paragraphsBack) break;
    for (const p of entry.people) {
      const g = p.gender ?? state.genders.get(p.name) ?? null;
      if (!isOrg(p.name, state) && p.not !== gender && g === gender) fits.add(p.name);
    }
  }
  const [only] = fits;
  return fits.size === 1 ? only : undefined;
}

/** A writer's own work: "memoir", "diary", "autobiography", "journal", "book", "letters", "notebook". */
const OWN_WORK = String.raw`(?:[\p{L}\d'’-]+\s+){0,2}?(?:memoirs?|diary|diaries|autobiography|journals?|book|letters|notebooks?)(?![\p{L}])`;
/** A verb of writing or remembering in writing, past or present. */
const OWN_WORK_VERB = String.raw`(?:wrote|writes|recalled|recalls|reflected|reflects|remembered|remembers|admitted|admits|confessed|confesses|described|describes|noted|notes)(?![\p{L}])`;
/**
 * The frame before a quotation that has a pronoun write in a work its own possessive owns: "In her
 * memoir, Keeping the Light (2009), she wrote:" (1: possessive, 2: pronoun), "He wrote in his
 * diary that" (3: pronoun, 4: possessive). Anchored at the end, each run bounded.
 */
const OWN_WORK_FRAME = lazy(() => new RegExp(
  String.raw`(?:(?:^|[\s,])[Ii]n\s+(her|his)\s+${OWN_WORK}[^“”".;:!?]{0,80}?,?\s+(she|he|She|He)\s+(?:also\s+|later\s+|once\s+)?${OWN_WORK_VERB}` +
    String.raw`|(?:^|\s)(she|he|She|He)\s+(?:also\s+|later\s+|once\s+)?${OWN_WORK_VERB}\s+in\s+(her|his)\s+${OWN_WORK}[^“”".;:!?]{0,80}?)` +
    String.raw`(?:\s*[:,]|\s+that|\s+of)?\s*$`,
  'u',
));
/**
 * Who wrote the work the frame names (OWN_WORK_FRAME): the person the document is about (an
 * obituary's or a profile's subject, named by its title or opening), when the possessive and the
 * pronoun are of one gender, the subject's as far as the text tells, and this paragraph names no
 * other person of that gender before it, who could own the work. Else null: the pronoun is read as any other.
 */
function ownWorkAuthor(before: string, state: AttributionState): string | null {
  const subject = state.subject;
  if (!subject || !/^\p{Lu}/u.test(subject)) return null;
  const m = OWN_WORK_FRAME().exec(before);
  if (!m) return null;
  const owner = (m[1] ?? m[4])!.toLowerCase();
  const pronoun = (m[2] ?? m[3])!.toLowerCase();
  const gender = owner === 'her' ? 'f' : 'm';
  if ((pronoun === 'she' ? 'f' : 'm') !== gender || (state.genders.get(subject) ?? gender) !== gender) return null;
  trimRecent(state);
  const here = state.recent.filter((e) => e.paragraph === state.paragraph);
  if (here.some((e) => e.people.some((p) => p.name !== subject && !isOrg(p.name, state) && (p.gender ?? state.genders.get(p.name) ?? gender) === gender))) return null;
  return subject;
}

/** The person the document is about, where no one else is named in the last few paragraphs. */
function subjectWithNoOneNear(state: AttributionState): string | null {
  const subject = state.subject;
  if (!subject || !/^\p{Lu}/u.test(subject)) return null;
  trimRecent(state);
  for (let i = state.recent.length - 1; i >= 0; i--) {
    const entry = state.recent[i]!;
    if (state.paragraph - entry.paragraph > 4) break;
    if (entry.people.some((p) => p.name !== subject && !isOrg(p.name, state))) return null;
  }
  return subject;
}

/**
 * While a claim is read (state.claimAt), the people of this paragraph whom only the sentences after
 * it name: "The Principal Planning Officer presented the report. She said that … traffic on
 * Holloway Lane." is read once the whole paragraph has been, but "she" points back, never ahead.
 */
function namedOnlyLater(state: AttributionState): ((name: string) => boolean) | null {
  const claim = state.claimAt;
  if (!claim) return null;
  let before: string | undefined;
  let after: string | undefined;
  return (name) => {
    if (!state.recent.some((e) => e.paragraph === state.paragraph && e.people.some((p) => p.name === name))) return false;
    // (a name in the sentence itself is left to the rules that read it: "When Sunita Bhatt paid …, she was told …")
    after ??= claim.sentences.slice(claim.at + 1).join(' ');
    if (!hasWholeWord(after, name)) return false;
    before ??= claim.sentences.slice(0, claim.at + 1).join(' ');
    return !name.split(' ').some((w) => /^\p{Lu}\p{L}{2,}/u.test(w) && hasWholeWord(before!, w));
  };
}

/**
 * The person "he", "she" or a bare quotation refers to: in the most recent
 * sentence (this paragraph or the one before) that named someone who fits,
 * the first such person (the subject, as a rule). "Fits": not an
 * organisation, and not of the other gender where the text gave one.
 */
function recentPerson(state: AttributionState, gender: 'f' | 'm' | null, skipAlso?: (name: string) => boolean, paragraphsBack = 1): string | null {
  trimRecent(state);
  const unnamedYet = namedOnlyLater(state);
  const skip = unnamedYet ? (name: string) => !!skipAlso?.(name) || unnamedYet(name) : skipAlso;
  // A described person of an earlier paragraph ("a former employee who asked not to be named"),
  // whose gender the text never gave, is "she" only when no one the text knows as a woman is near.
  let described: string | null = null;
  for (let i = state.recent.length - 1; i >= 0; i--) {
    const entry = state.recent[i]!;
    if (state.paragraph - entry.paragraph > paragraphsBack) break;
    // A person of this sentence the text gave that gender comes before one whose gender it never gave.
    if (gender) {
      const known = entry.people.find((p) => (p.gender ?? state.genders.get(p.name)) === gender && !isOrg(p.name, state) && !skip?.(p.name) && p.not !== gender);
      if (known) return known.name;
    }
    for (const p of entry.people) {
      if (isOrg(p.name, state) || skip?.(p.name) || (gender && p.not === gender)) continue;
      const g = p.gender ?? state.genders.get(p.name) ?? null;
      if (gender && g && g !== gender) continue;
      if (gender && !g && entry.paragraph < state.paragraph && /^\p{Ll}/u.test(p.name)) {
        described ??= p.name;
        continue;
      }
      if (gender && !g && /^\p{Lu}/u.test(p.name)) state.genders.set(p.name, gender);
      return p.name;
    }
  }
  // "he" with only a woman named since (or the reverse): the last person known to be a man,
  // a few paragraphs back ("Watanabe … Sato remembers him differently … He shrugged").
  if (gender) {
    for (let i = state.recent.length - 1; i >= 0; i--) {
      const entry = state.recent[i]!;
      if (state.paragraph - entry.paragraph > 4) break;
      for (const p of entry.people) if (!isOrg(p.name, state) && !skip?.(p.name) && (p.gender ?? state.genders.get(p.name)) === gender) return p.name;
    }
    // Nobody near fits: the person the document is about, where the text gave their gender.
    const subject = state.subject;
    if (subject && state.genders.get(subject) === gender && !skip?.(subject)) return subject;
    // Or, no one else near at all, the person it is about whose gender the text never gave ("“Milk is
    // not a commodity,” she says." closing a Q&A with Claire Dubois): the pronoun is learnt for them.
    if (!described && subject && !state.genders.has(subject) && !skip?.(subject) && /^\p{Lu}/u.test(subject)) {
      state.genders.set(subject, gender);
      return subject;
    }
  }
  return described;
}

// Each trailing run below is matched from its first character only (a later start in the run
// reaches the same end, so the same match), so a long run is read once, not once per character.
export const EDGE_COMMAS = lazy(() => /^[,\s]+|(?<![,\s])[,\s]+$/g);
export const TRAILING_JOINERS = lazy(() => /(?<![\s,:—–-])[\s,:—–-]+$/);
export const TRAILING_MARKS = lazy(() => /(?<![.,;:!?])[.,;:!?]+$/);

/** Each pattern perf43 put behind a cheap test, with that test (test/parse/perf43.test.ts holds them to each other). */
export const PERF43_QUOTE_PRECHECKS_FOR_TESTS = lazy((): ReadonlyArray<{ name: string; pattern: RegExp; check: (text: string) => boolean }> => [
  { name: 'person appositive', pattern: PERSON_APPOSITIVE(), check: (t) => PERSON_APPOSITIVE_LEAD().test(t) },
  { name: 'kin before a name', pattern: KIN_BEFORE_NAME(), check: namesKin },
  { name: 'name before a comma', pattern: NAME_BEFORE_COMMA(), check: (t) => t.trimEnd().endsWith(',') },
  { name: 'comma then a name', pattern: COMMA_THEN_NAME(), check: (t) => t.trimStart().startsWith(',') },
  { name: 'title then a name', pattern: TITLE_THEN_NAME(), check: spaceThenCapital },
  { name: 'given name and', pattern: GIVEN_NAME_AND_BEFORE(), check: endsOnAnd },
]);
