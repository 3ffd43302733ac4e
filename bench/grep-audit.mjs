// grep-vs-search audit: whatever grep finds in a corpus, `quarry search` must find.
//
//   npm run grep-audit -- DIR [DIR…] [--json] [--show-excluded] [--fields-only] [--lines] [--dist=DIR]
//
// `npm run grep-audit` builds first; `node bench/grep-audit.mjs …` uses dist/ as it stands.
// For every document of each corpus folder it takes every word a reader could
// grep for in the document's body, and runs `quarry search WORD` in process
// (the library's openCorpus + search, no cache: the same records and ranking
// as the CLI) over the whole corpus. The word is found when at least one hit
// is a record of that document whose searchable fields (text, question,
// context, speaker, asker, role, askerRole, section, topics: what the index holds) contain the word
// as a token. Every word that is not is a miss, printed as
// `FILE:LINE: word  │ the line`. Exit code: 0 no misses, 1 misses, 2 cannot run.
//
// A word is a token of quarry's own tokenizer (a hyphenated word's parts
// count on their own) made of letters only (an apostrophe inside allowed),
// of 3 letters or more (2 in Hangul, whose letters are syllables: "전략" is a
// word, and search indexes it), and not a stop word
// (src/index/stopwords.ts: search drops those from queries, so no search could look for them).
//
// What is not body text, decided here by form alone (never by quarry's own
// line classification, which is what the audit checks), and kept narrow:
//  - front matter (the loader reads it as metadata);
//  - caption syntax: the WEBVTT header, NOTE blocks, cue timings, voice and
//    styling tags (<v Name>, </v>, <i>); in the formats whose cue sits inside
//    the line's own syntax (an ASS Dialogue line's fields before its text and
//    its {\i1} overrides, TTML's tags), what the parser's `textLines` view
//    leaves of the line;
//  - a speaker label opening a line ("MARY ELLIS, CNN ANCHOR:", "Speaker 1
//    (00:01:02):", "Otter Name  0:05", "[Zoom Name] 10:02:33", ">>", "Q.", a forum
//    comment's "**u/name** (98 points)"): it names the turn’s
//    speaker, which becomes the record's speaker field, not its words; so is a call
//    transcript's name line above the words, a speaker's name and a title after a comma or a
//    dash ("Priya Raman, Chief Financial Officer", "Tom Hallorann -- Barclays"), where the name
//    is one of the document's speakers. Only the name: a label's role ("CNN ANCHOR" after the
//    comma, a Hansard office before its holder's name in brackets) and a name line's title
//    are content, found in the record's `role` (or a qa's `askerRole`);
//  - stage directions and transcribers' notes: a line wholly in brackets or
//    parentheses of up to 8 words that is not a sentence ("(BEGIN VIDEO
//    CLIP)", "[laughs]"; so are a label's only words: "HNATIUK: (speaking
//    foreign language)"), and inline ones in capitals ("(LAUGHTER)", not an
//    acronym: "(BSC)") or in
//    brackets with a time or of one or two lowercase words ("[inaudible
//    00:01:46]", "[crosstalk]"); an editor's insertion ("[the company]
//    grew") stays; an audience's reaction noted in a speech, in brackets of
//    up to four words naming a room's sound ("(Applause.)", "[Cheers and
//    applause]", "(Sustained applause.)");
//  - URLs and e-mail addresses (their "https", "www", "com" are no words a
//    reader searches for), the target of a Markdown link (its text stays), and
//    pandoc's attribute block ("[words]{.mark}", "{#id .unnumbered}": the words stay);
//  - page furniture: a line quarry's parser classifies as a heading,
//    metadata (bylines, date lines), navigation (menus, share and subscribe
//    links), a teaser (other articles after "Read more"; trusted only where the
//    teaser lines hold fewer words than the rest of the page: a body filed as
//    teasers is the page's words, reported when lost) or markup: the
//    kinds docs/records.md documents as page chrome (a heading's words are
//    searchable as its records' section; a heading with no record under it,
//    such as an outer heading right above a subheading, or a table's header
//    row, is not: a known gap, left out here). Metadata is not trusted where its form is
//    content's: a numbered transcript's talk line ("01 IV:   so (.) when did you"), or a
//    `Field: words` line of four words or more between two records' lines (a reader's "Note: …"
//    between highlights). A list item ("- Write things
//    down") or a table row ("| Running | 23% |") is content even when
//    classified a heading. The audit re-parses each
//    document for these kinds; it never trusts the others (filler, rhetorical,
//    direction), which are words someone said or wrote. A line that is a link
//    or a call to join a channel by its form (quarry's classifyChrome says
//    navigation) is chrome even inside a record's lines ("Join TechFlow
//    official community to stay tuned" after the last turn);
//  - a back-channel reply inside a turn joined across it ("Uh-huh.", "Right."
//    while the other speaker goes on): a line the parser judged filler that
//    lies within the lines of a record of its document and whose every word
//    is back-channel (BACKCHANNEL below, checked here independently of the
//    parser's own list) or a name from the document's labels and front
//    matter. Its words say nothing, and as records they would bury the
//    quotes in "Yeah."s. Any other filler line is content (a dropped turn).
// Everything else is content, including pull quotes, questions,
// exclamations, sign-offs and back-channel turns ("Yeah.", "My pleasure."):
// a reader may grep for any of them.
//
// `--show-excluded` prints every excluded stretch with its reason, to review
// the exclusions on a new corpus. `--fields-only` skips the searches and
// looks each word up in the searchable fields of the document's records:
// what the parser kept, not what search finds (fast; the tests use it on
// the larger corpora, where one search per word takes seconds). `--dist=DIR`
// audits another build of quarry (a checkout of main built in /tmp, say).
// `--lines` is stricter: every line's every word must be found in a record
// whose lines include that line (a word said again elsewhere in the document
// does not cover a lost line), as `check`'s sentence accounting asks.
//
// The core (auditCorpus) takes quarry's
// functions as arguments, so the tests run it on src/ (test/load/grep-audit.test.ts).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Words that say nothing in a reply while the other speaker goes on. */
const BACKCHANNEL = new Set(
  'yeah yes yep yup no nope right sure okay ok uh huh mm hmm mhm um exactly definitely absolutely totally true really wow oh ah great cool interesting thanks thank you hey hi hello correct agreed indeed probably certainly so'.split(' '),
);

/** Line kinds that are page chrome (docs/records.md): not the document's own words. */
const FURNITURE = new Set(['heading', 'metadata', 'navigation', 'teaser', 'markup']);
/** A list item or a table row: content whatever a parser took it for. */
/** A list item by its mark, a dash, a bullet or a to-do's checkbox (not Org's "* Heading", not a table row). */
const LIST_ITEM = /^\s*[-•·▪►☐☑☒]\s+\S/u;
const LIST_OR_ROW = /^\s*(?:[-*•·▪►☐☑☒]\s+\S|\d+[.)]\s+\S.*[.!?]["”’]?\s*$|\|.*\|\s*$)/u;

/**
 * A menu by its form: short items (four words at most, none a sentence) split by "|", "·", "•",
 * "»", "›" or "/" ("Home | News | Sport", "World · Business"), two items or more.
 */
/** "Read more", "Related:", "You may also like": the line that opens a page's list of other articles. */
const TEASER_MARKER = /^(?:read more|read next|related(?: articles| posts| stories)?|more stories|more from .{1,40}|you (?:may|might) also like|recommended(?: for you)?|further reading|latest news|trending|popular posts|explore more on these topics|more on this story)\s*:?$/i;

export function isMenuLine(raw) {
  const items = raw.trim().split(/\s+[|·•»›/]\s+|\s*[|·•»›]\s*/).filter((x) => x.trim());
  if (items.length < 2) return false;
  return items.every((x) => x.trim().split(/\s+/).length <= 4 && !/[.!?]["”’]?$/.test(x.trim()));
}

/** A numbered transcript line with its speaker's label: "01 IV:   so (.) when did you", "12  R: Before, I used…". */
const NUMBERED_TALK = /^\s*\d{1,4}\s+\p{L}[\p{L}\d ]{0,20}:\s+\S/u;
/** A field line of four words or more after its label: "Note: good for the chapter on intergenerational wealth". */
const FIELD_WORDS = /^\s*[\p{L}][\p{L} ]{0,20}:\s+(?:\S+\s+){3,}\S/u;

const URL = /\b(?:https?:\/\/|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+\b/gi;
// Pandoc's attribute block after a span or a heading ("]{.mark}", "{#intro .unnumbered}"): markup, as a caption's styling tag is.
const PANDOC_ATTRIBUTES = /\{[#.][\p{L}\p{N}_:-]+(?:\s+(?:[#.][\p{L}\p{N}_:-]+|[\w-]+=(?:"[^"\n]*"|[\w-]+)))*\}/gu;
const MD_LINK_TARGET = /\]\([^)\s]*\)/g;
const TIMING = /^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->/;
const TAG = /<\/?(?:v|c|i|b|u|lang|ruby|rt)(?:[.\s][^>]*)?>/gi;
/** A transcriber's note: a time in it, or one or two lowercase words ("[laughs]", "[inaudible 00:01:46]"). */
const BRACKET_NOTE = /\[(?:[^\]]*\d{1,2}:\d{2}[^\]]*|\p{Ll}[\p{Ll}'’-]*(?:\s+\p{Ll}[\p{Ll}'’-]*)?)\]/gu;
/**
 * A direction in capitals inside a line: "(LAUGHTER)", "(CROSSTALK)", "(BEGIN VIDEO CLIP)": two
 * words or more, or one of six letters or more, so an acronym ("Binance Smart Chain (BSC)") stays.
 */
/** An audience's reaction noted in a speech: "(Applause.)", "[Cheers and applause]" (src/parse/speech.ts reads the same). */
const AUDIENCE_NOTE = /[([](?:(?:[\p{L}-]+\s+){0,3})(?:applause|laughter|laughs|cheers|cheering|booing|boos|jeers|murmurs|standing ovation)(?:\s+[\p{L}-]+){0,3}\.?[)\]]/giu;
const CAPS_DIRECTION = /\((?:\p{Lu}{6,}|\p{Lu}[\p{Lu}'’.-]*(?:[\s,]+[\p{Lu}\d][\p{Lu}\d'’.:-]*)+)\)/gu;
/** A line wholly in brackets or parentheses, not a sentence, of up to 8 words. */
const DIRECTION_LINE = /^\s*[[(]([^\])[(]{1,100})[\])]\s*$/;
/**
 * A speaker label opening a line: optional ">>" or bold, an optional short
 * title with a full stop ("SEN.", "Dr."), up to five capitalised words or a
 * "Speaker 1", a party tag ("GOV. NAME (R), INDIANA:"), an optional ", ROLE" and up to three "(R-KY)" / "(Seat—Office)" /
 * "(00:01:02)", then a colon;
 * or court "Q." / "A."; or a name in a script without capitals ("허이:", "记者：");
 * or Otter's "Name  0:05" line; or Hansard's office with its holder
 * ("The Minister of State for X (Ms Name) (Con):", alone or before a colon) and a member alone
 * on a line ending in a party tag ("Lord Kettleborough (Lab)").
 */
const LABEL =
  /^\s*(?:>>\s*)?(?:\*\*)?(?:(?:\p{Lu}\p{L}{0,3}\.\s+)?[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*){0,4}(?:\s*\([^)]*\)){0,2}(?:,\s*(?<role>[^:]{1,60}?))?(?:\s*\([^)]*\)){0,3}\s*:(?:\*\*)?(?=\s|$)|[QA]\.(?=\s|$)|>>|[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,8}(?:\s?:(?=\s|$)|：)|(?<office>The\s[^():]{3,120}?)\s*\([^()]{2,60}\)(?:\s*\([^()]{1,30}\))*\s*(?::(?=\s|$)|$)|(?:T?\d{1,3}\.\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}(?:\s*\([^()]{1,60}\))*\s*\((?:Con|Lab|LD|Lib Dem|CB|SNP|Green|Bp|Non-Afl|DUP|PC|Ind|UUP|SDLP|Alba|Reform)\)\s*$)/du;
/** A call transcript's name line: a name, a title after a comma or a dash, alone on the line. */
const NAME_LINE = /^\s*([^,!?]{2,60}?)(?:,\s+|\s+(?:--|[—–-])\s+)(\p{Lu}[^!?]{0,100}?)\s*$/u;
const OTTER_LINE = /^\s*\p{Lu}[\p{L}\p{N}'’. -]{0,60}?\s{2,}(?:\d{1,2}:)?\d{1,2}:\d{2}\s*$/u;
/** Zoom's "[Priya Raman] 10:02:33": a name in brackets and its time, the turn below. */
const BRACKETED_LINE = /^\s*\[\p{Lu}[\p{L}\p{N}'’. -]{0,60}?\]\s+(?:\d{1,2}:)?\d{1,2}:\d{2}\s*$/u;
/** A chat line's stamp, the day and month in words: "Fri, Mar 1 2024, 09:01:12 - " (Element). */
const CHAT_DAY_STAMP = /^\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},? )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2},? \d{4}, \d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\s*[-–]\s+(?=\S)/u;
/** A channel post's forward line: "Forwarded from NAME". */
const FORWARDED = /^\s*Forwarded from \S.{0,80}$/u;
/** Zoom's saved chat: "10:02:33 From Priya Raman to Everyone:" (the sender and the recipient). */
const ZOOM_CHAT_LABEL = /^\s*\d{1,2}:\d{2}(?::\d{2})?\s+From\s+[^:]{1,80}?:/;
/** A forum comment's header, quoted or not: "**u/soil_nerd** (98 points)", "> **u/op** (OP, 540 points)". */
const FORUM_LINE = /^\s*(?:>\s*)*\*\*(?:(?:u\/|@)[\p{L}\p{N}_.-]{2,30}\*\*(?:\s*\([^()]{1,40}\)){0,3}|[^*]{2,60}\*\*(?:\s*\([^()]{1,40}\))*\s*\((?:[^()]*\b(?:points?|OP|score)\b[^()]*)\)(?:\s*\([^()]{1,40}\))*)\s*$/u;
/**
 * An online thread's or chat's message header, and the furniture lines around it: a name or
 * handle with the post's age, score, date or time and nothing else ("[–]crumb_lord 812 points
 * 4 years ago", "mkovalenko 2 days ago [–]", "Ana Ruiz @ana_epi · Mar 9, 2021", "Mum, 18 Aug 2022
 * 19:02", "Ksenia Volkova — Today at 09:14", "Posted by: marge on June 21, 2017"), or only
 * furniture ("level 2", "OP", "· 3 yr. ago", "· 1,876 points", "reply", "Replying to @ana_epi",
 * "Reply #2 on: June 21, 2017").
 */
const T_MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?`;
const T_CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
const T_DATE = String.raw`(?:${T_MONTH} \d{1,2}(?:, \d{4})?|\d{1,2} ${T_MONTH}(?:,? \d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})`;
const T_WHEN = String.raw`(?:\d+\s*[a-z]{1,7}\.?\s+ago(?:\s+\(edited\))?|(?:[Tt]oday|[Yy]esterday) at ${T_CLOCK}|${T_DATE}(?:,?\s+(?:at\s+)?${T_CLOCK})?|${T_CLOCK})`;
const T_COUNT = String.raw`[\d.,]+k?\s+(?:[Pp]oints?|[Vv]otes?|[Cc]omments?|[Rr]eplies|[Ll]ikes?|[Rr]etweets?|[Qq]uote [Tt]weets?|[Vv]iews?)`;
const T_MARK = String.raw`(?:\[[–+-]\]|\[[SMA]\]|\(OP\)|OP|@[\p{L}\p{N}_]+)`;
const T_BIT = String.raw`(?:${T_WHEN}|${T_COUNT}|${T_MARK}|\[${T_WHEN}\])`;
const T_SEP = String.raw`(?:\s*[·•|,—–]\s*|\s+)`;
const T_NAME = String.raw`(?:\*\*)?(?:(?:u\/)?[\p{L}\p{N}_][\p{L}\p{N}_.-]{1,29}|(?:(?:Dr|Mr|Mrs|Ms|Prof)\.? )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})(?:\*\*)?(?:\[[SMA]\])?`;
const THREAD_LINE = new RegExp(
  String.raw`^\s*(?:(?:${T_MARK}\s*)?${T_NAME}(?:${T_SEP}${T_BIT})+(?:\s*\|\s*(?:parent|root|prev|next|context|flag|favorite|hide|past|edit|delete|vouch|link)(?:\s+\[[–+-]\])?)*|(?:(?:Posted|Submitted) by:?|Post by)\s+${T_NAME}(?:\s+on:?\s+${T_WHEN}|\s+»\s+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?${T_WHEN}|(?:${T_SEP}${T_BIT})+)?|(?:\*\*)?[\p{L}\p{N}_][\p{L}\p{N}_.-]{1,29}(?:\*\*)?(?:\s+\([\p{L} ]{1,30}\))?\s+commented\s+on\s+${T_WHEN}|level \d+|[Rr]eply|Score: -?\d+(?:\s+✓\s*Accepted)?|\d+ Answers?|(?:Replying to|In reply to)(?: @[\p{L}\p{N}_]+)+|(?:Reply|Re|Comment) #\d+(?: on:? ${T_WHEN})?|${T_SEP}?${T_BIT}(?:${T_SEP}${T_BIT})*)\s*$`,
  'u',
);
/** The line has a post's time or score, or is a furniture word: a name alone is no header. */
const THREAD_WHEN = new RegExp(String.raw`(?:${T_WHEN}|${T_COUNT}|^\s*(?:level \d+|[Rr]eply|OP|Replying to|In reply to|(?:Posted|Submitted|Post) by|Score:\s|\d+ Answers?$)\b)`, 'u');
/** A chat export's placeholder for a file it left out: "[12/03/2021, 14:15:40] Colm: image omitted", "<Media omitted>". */
const MEDIA_OMITTED = /^\s*\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]?\s*(?:[-–]\s+)?[^:]{1,60}:\s*[\u200e\u200f]?(?:<Media omitted>|(?:image|video|audio|sticker|GIF|document|Contact card) omitted)\s*$/u;
/** A chat's reaction saved as a message: 'Reacted to "Yes, by Friday." with 👍'. */
const REACTION = /^\s*(?:Reacted to|Removed a \S+ reaction from)\s+["“].*["”](?:\s+with\s+\S+)?\s*$/u;
const WORDLIKE = /^\p{L}+(?:'\p{L}+)*$/u;
/** A Hangul word: each letter is a syllable, so two are a word ("전략"). (Han and kana are tokens of one character, "cjk", not audited here.) */
const SYLLABIC = /^\p{Script=Hangul}+$/u;
/** A field naming the document by a title of three words or more: "TRANSCRIPT: Binance press conference, Paris", "Meeting Title: Q3 Review". */
const TITLE_FIELD_LINE = /^\s*(?:(?:meeting|call|episode|video)\s+)?(?:title|transcript)\s*:\s+(\S+\s+\S+\s+\S.*)$/i;
const P_HANDLE = /^\s*@[\p{L}\p{N}_]{1,30}\s*$/u;
const P_AGE = /^\s*\d{1,2}\s?(?:s|m|h|d|w|mo|y|yr)\s*(?:[•·]\s*(?:Edited)?\s*)?$/i;
const P_NAME = /^\s*\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}(?:\s+[•·]\s+(?:1st|2nd|3rd\+?|Author|Premium|Verified|Following))?\s*$/u;
function isPostAuthorLine(lines, idx) {
  const at = (k) => lines[k] ?? '';
  const shown = (k) => at(k).split(/\s*\p{Extended_Pictographic}/u)[0];
  // X: a display name (emoji and all) over a handle alone (the handle is content: the record's role).
  if (P_HANDLE.test(at(idx + 1)) && P_NAME.test(shown(idx))) return true;
  // LinkedIn: the name over a headline over an age (the headline is content: the record's role).
  if (P_AGE.test(at(idx + 2)) && P_NAME.test(at(idx)) && at(idx + 1).trim()) return true;
  return false;
}

/**
 * Each body line's excluded stretches blanked out (same length, so offsets
 * hold), with what was excluded and why.
 */
export function contentOf(lines, { captions, kinds = [], joinedFiller = new Set(), chrome = () => null, names = [], isTitle = null, table = false, titleSearched = false, nearbySearched = false }) {
  const named = new Set(names.flatMap((n) => n.toLowerCase().match(/\p{L}+/gu) ?? []));
  for (const raw of lines) {
    const label = LABEL.exec(raw);
    if (label) for (const w of label[0].toLowerCase().match(/\p{L}+/gu) ?? []) named.add(w);
  }
  const speakers = new Set(names.map((n) => n.replace(/^(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+/, '').toLowerCase()));
  const nameLineForm = (raw) => {
    const m = raw !== undefined && raw.length <= 170 ? NAME_LINE.exec(raw) : null;
    return !!m && !/[.!?]["”’]?\s*$/.test(m[2]) && m[2].split(/\s+/).length <= 10 ? m[1].replace(/^(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+/, '').trim().toLowerCase() : null;
  };
  // A label stands above words: a list of participants ("Priya Raman - Chief Financial Officer"
  // line after line) is content, each item right under or over another.
  const isNameLine = (raw, idx) => {
    const name = nameLineForm(raw);
    if (!name || !speakers.has(name) || nameLineForm(lines[idx - 1]) || nameLineForm(lines[idx + 1])) return false;
    let k = idx + 1;
    while (k < lines.length && !lines[k].trim()) k++;
    return k < lines.length && !nameLineForm(lines[k]);
  };
  // A name line's name, up to the comma or dash before its title: the title is content (the record's role).
  const nameLineName = (raw) => /^\s*[^,!?]{2,60}?(?:,\s+|\s+(?:--|[—–-])\s+)/u.exec(raw)[0].length;
  // Back-channel says "yeah" or "thanks", a name perhaps with it ("Thanks, Trace."): names alone
  // are said for their own sake (a crowd chanting "Elena! Elena! Elena!"), words to find.
  const saysNothing = (raw) => {
    const words = raw.replace(LABEL, '').toLowerCase().match(/\p{L}+/gu) ?? [];
    return words.every((w) => BACKCHANNEL.has(w) || named.has(w)) && words.some((w) => BACKCHANNEL.has(w));
  };
  // A transcript whose lines are numbered, five numbered talk lines or more.
  const numberedTalk = lines.filter((l) => NUMBERED_TALK.test(l)).length >= 5;
  // The nearest line with words above (dir -1) or below (1) `idx` is part of a record.
  const recordAround = (idx, dir) => {
    let k = idx + dir;
    while (k >= 0 && k < lines.length && !lines[k].trim()) k += dir;
    return k >= 0 && k < lines.length && kinds[k] === 'record';
  };
  // Line `idx` lies in a block of four short lines or more (eight words at most, no blank line
  // between) that runs into a record's paragraph, with a blank line and words above the block: a card's
  // header over its body.
  const inCardHeader = (idx) => {
    let top = idx;
    while (top > 0 && lines[top - 1].trim()) top--;
    let k = top;
    while (k < lines.length && lines[k].trim() && kinds[k] !== 'record') k++;
    if (idx >= k || k >= lines.length || kinds[k] !== 'record' || k - top < 4 || top < 2) return false;
    const words = (l) => (l.match(/\S+/g) ?? []).length;
    if (lines.slice(top, k).some((l) => words(l) > 8)) return false;
    // The record's line is a paragraph of body text (a sentence of eight words or more), not a
    // header field the parser kept ("RE: Pause on new listings" under a memo's "TO:" and "FROM:").
    if (!((words(lines[k]) >= 8 && /[.!?…]["”’)]?\s*$/.test(lines[k])) || words(lines[k]) >= 20)) return false;
    return lines.slice(0, top).some((l) => l.trim());
  };
  // A field whose value is the document's title or a line above repeated ("Re: TOPIC" over each
  // forum post): furniture repeated, the first of it judged where it stands.
  const fieldIsTitle = (raw) => {
    const value = raw.slice(raw.indexOf(':') + 1).trim();
    if (isTitle !== null && (isTitle(value) || isTitle(raw))) return true;
    return value.length >= 10 && lines.some((l, k) => l.includes(value) && l !== raw && k < lines.indexOf(raw));
  };
  // Teasers (other pages listed after "Read more") follow a page's own words and are fewer than
  // them: where the lines filed as teasers hold more words than all the others, the parser took
  // the page's body for its list of links (a contents list's "Further reading" entry), and those
  // lines are content to find.
  let teaserWords = 0;
  let otherWords = 0;
  kinds.forEach((kind, k) => {
    const n = (lines[k] ?? '').match(/\p{L}+/gu)?.length ?? 0;
    if (kind === 'teaser') teaserWords += n;
    else otherWords += n;
  });
  const teasersTrusted = teaserWords <= otherWords;
  const out = [];
  const excluded = [];
  let inNote = false;
  const blank = (s, a, b) => s.slice(0, a) + ' '.repeat(b - a) + s.slice(b);
  lines.forEach((raw, idx) => {
    // A line no record holds is searched as a nearby line of the record next to it (the index's
    // `nearby` field; `nearbySearched`): all of its words are content, whatever the parser made of it.
    if (nearbySearched && kinds[idx] !== 'record') {
      out.push(raw);
      return;
    }
    let s = raw;
    const cut = (re, why) => {
      s = s.replace(re, (m) => {
        if (/\p{L}/u.test(m)) excluded.push({ idx, why, text: m.trim() });
        return ' '.repeat(m.length);
      });
    };
    if (captions) {
      if (!raw.trim()) inNote = false;
      if (idx === 0 && /^\uFEFF?WEBVTT\b/.test(raw)) {
        excluded.push({ idx, why: 'caption header', text: raw.trim() });
        out.push('');
        return;
      }
      if (/^NOTE(?:\s|$)/.test(raw)) inNote = true;
      if (inNote || TIMING.test(raw)) {
        if (/\p{L}/u.test(raw)) excluded.push({ idx, why: inNote ? 'caption note' : 'caption timing', text: raw.trim() });
        out.push('');
        return;
      }
      cut(TAG, 'caption tag');
    }
    const whole = (why) => {
      if (/\p{L}/u.test(s)) excluded.push({ idx, why, text: s.trim() });
      out.push('');
    };
    // A heading is the document's own words, searched as its records' section (or, heading
    // nothing, as a claim). The title line is searched as the index's title field of the
    // document's records (`titleSearched`; without it the title is left out, as before).
    // Without isTitle (older callers) every heading is furniture, as before.
    const heading = kinds[idx] === 'heading';
    // A markup heading's syntax: LaTeX's command ("\\section{…}") and Org's task keyword ("* TODO …");
    // its words are the section's.
    if (heading) {
      cut(/^\s*\\[A-Za-z]+\*?(?:\[[^\]]*\])?\{|\}\s*$/g, 'markup heading syntax');
      cut(/^\*+\s+(?:TODO|DONE)\b/, 'markup heading syntax');
    }
    // A table's header row ("Question<TAB>Answer") names the columns: the table's syntax.
    const headingIsContent = heading && isTitle !== null && (titleSearched || !isTitle(raw)) && !raw.includes('\t') && !(table && idx === 0);
    // Navigation is trusted only where the line has its form: a link, a menu, a call to follow.
    // A short line the parser filed as navigation ("Known for<TAB>Glacier modelling", "Plaintiff
    // and Appellee,") is someone's words until its form says otherwise.
    const navigationByForm = kinds[idx] !== 'navigation' || chrome(raw) === 'navigation' || isMenuLine(raw) || TEASER_MARKER.test(raw.trim());
    // A field naming the document ("TRANSCRIPT: Binance press conference, Paris", "Title: …") is
    // metadata as the title: a value that did not become the title is words the reader greps for.
    const field = kinds[idx] === 'metadata' && isTitle !== null ? TITLE_FIELD_LINE.exec(raw) : null;
    const lostTitle = !!field && !isTitle(field[1]) && !isTitle(raw);
    // Metadata by the parser's word, but not by its form: a numbered transcript's talk line ("01 IV:
    // so (.) when did you"), or a field line of some words set between two records' lines (a
    // reader's "Note: good for the chapter on …" between highlights: a page's header sits above its content).
    const metadataAmidContent = kinds[idx] === 'metadata' && ((numberedTalk && NUMBERED_TALK.test(raw)) || (FIELD_WORDS.test(raw) && !fieldIsTitle(raw) && recordAround(idx, -1) && recordAround(idx, 1)));
    // A card's header run into its body ("Mark Jensen" / "DK · 3 reviews" / "Rated 1 out of 5 stars" /
    // "Account frozen for 6 weeks" / the review, no blank line between), under the page's top: its
    // author, rating and title are the card's words, as the next card's are, whatever the parser made of them.
    const cardHeader = (kinds[idx] === 'metadata' || kinds[idx] === 'navigation') && inCardHeader(idx);
    if (FURNITURE.has(kinds[idx]) && (kinds[idx] !== 'teaser' || teasersTrusted) && navigationByForm && !headingIsContent && !lostTitle && !metadataAmidContent && !cardHeader && !(heading && LIST_OR_ROW.test(raw) && !/^\s*\|[\s|:-]*\|\s*$/.test(raw))) return whole(`page ${kinds[idx]}`);
    if (chrome(raw) === 'navigation') return whole('page navigation');
    // The title line, whatever the re-parse made of it (a title opening "Name: …" reads as a label
    // once the document's speakers are known): searched as the records' title field, or left out.
    if (isTitle && isTitle(raw) && !titleSearched) return whole('page title');
    if (isTitle && isTitle(raw)) {
      out.push(s);
      return;
    }
    if (joinedFiller.has(idx) && saysNothing(raw)) return whole('back-channel inside a joined turn');
    if (OTTER_LINE.test(s) || BRACKETED_LINE.test(s) || FORUM_LINE.test(s)) return whole('speaker label');
    if (isNameLine(s, idx)) {
      const end = nameLineName(s);
      excluded.push({ idx, why: 'speaker label', text: s.slice(0, end).trim() });
      s = blank(s, 0, end);
    }
    // Quoted as a reply to a reply ("> **u/name** OP · 903 points · 3 years ago", ">>> …"), or after
    // the community it was posted in ("**r/name** · Posted by u/name · …"): the same header.
    const th = s.includes('>') || s.includes('r/') ? s.replace(/^\s*(?:>\s*)+/, '').replace(/^(?:\*\*)?r\/[\p{L}\p{N}_]{2,30}(?:\*\*)?\s*[·•|]\s*(?=(?:Posted|Submitted) by)/u, '') : s;
    if (th.length <= 120 && THREAD_LINE.test(th) && THREAD_WHEN.test(th)) return whole('thread header');
    // A social post's author line: the display name with its emoji (X), the name with its
    // connection mark ("Aditi Sharma • 3rd+", "Yi He • Author"; LinkedIn): the speaker, as a colon
    // label's name is. The @handle under it and the headline above the post's age are content
    // (the record's role).
    if (isPostAuthorLine(lines, idx)) return whole('post author header');
    if (MEDIA_OMITTED.test(s) || REACTION.test(s)) return whole('chat media placeholder or reaction');
    // A chat line's stamp with the day and month in words (Element: "Fri, Mar 1 2024, 09:01:12 - "): when, no one's words.
    const dayStamp = CHAT_DAY_STAMP.exec(s);
    if (dayStamp) {
      excluded.push({ idx, why: 'chat stamp', text: dayStamp[0].trim() });
      s = blank(s, 0, dayStamp[0].length);
    }
    // A channel post's forward line under its stamp ("Forwarded from NAME"): the post's origin, its speaker.
    if (FORWARDED.test(s) && idx > 0 && /^\s*\[\d/.test(lines[idx - 1] ?? '')) return whole('speaker label');
    const chat = ZOOM_CHAT_LABEL.exec(s);
    if (chat) {
      excluded.push({ idx, why: 'speaker label', text: chat[0].trim() });
      s = blank(s, 0, chat[0].length);
    }
    cut(URL, 'url');
    cut(MD_LINK_TARGET, 'link target');
    if (s.includes('{')) cut(PANDOC_ATTRIBUTES, 'pandoc attributes');
    cut(BRACKET_NOTE, 'transcriber note');
    cut(AUDIENCE_NOTE, 'stage direction');
    const dir = DIRECTION_LINE.exec(s);
    if (dir && !/[.!?]["”’]?$/.test(dir[1].trim()) && dir[1].trim().split(/\s+/).length <= 8) return whole('stage direction');
    const label = LABEL.exec(s);
    if (label) {
      if (/\p{L}/u.test(label[0])) excluded.push({ idx, why: 'speaker label', text: label[0].trim() });
      // The label's role ("CNN ANCHOR", a Hansard office) stays: the record's role holds it.
      const role = label.indices.groups.role ?? label.indices.groups.office;
      s = role ? blank(blank(s, 0, role[0]), role[1], label[0].length) : blank(s, 0, label[0].length);
      // "HNATIUK: (speaking foreign language)": a label whose only words are a direction.
      const after = DIRECTION_LINE.exec(s);
      if (after && !/[.!?]["”’]?$/.test(after[1].trim()) && after[1].trim().split(/\s+/).length <= 8) {
        excluded.push({ idx, why: 'stage direction', text: s.trim() });
        s = '';
      }
    }
    cut(CAPS_DIRECTION, 'stage direction');
    out.push(s);
  });
  return { lines: out, excluded };
}

/** The words of a text a reader could grep for and search would look for. */
export function gripWords(text, { scanTokens, isStopWord }) {
  const words = [];
  for (const t of scanTokens(text)) {
    if (t.kind !== 'word' && t.kind !== 'part') continue;
    const w = t.norm;
    // A stop word's possessive ("start-up's" → "up's") is dropped by search's own term rule
    // (src/index/terms.ts surfaceTerm): no query can look for it either.
    if (!WORDLIKE.test(w) || w.replace(/'/g, '').length < (SYLLABIC.test(w) ? 2 : 3) || isStopWord(w) || (w.endsWith("'s") && isStopWord(w.slice(0, -2)))) continue;
    words.push(w);
  }
  // A word of letters joined by dots or hyphens ("Rev.com", "co-chair") is one word to a reader,
  // who greps for it whole; search reads it as the phrase of its tokens. Audited whole too, when
  // one of its tokens is a word search looks for (not "U.S.": two stop letters).
  for (const m of text.matchAll(COMPOUND)) {
    // (a possessive's "'s" is no part of the word a reader greps for: "start-up's" is "start-up")
    const w = m[0].toLowerCase().replace(/['’]s$/, '');
    const parts = w.split(/[.-]/);
    if (parts.some((p) => p.length >= 3 && !isStopWord(p))) words.push(w);
  }
  return words;
}
/**
 * Letters joined by "." or "-" (no trailing dot: a sentence's end). A part may hold an
 * apostrophe between letters ("Val-d'Argent"): the tokenizer keeps "d'argent" whole, so the
 * compound is cut at the hyphen only, never into a "val-d" no reader types.
 */
const COMPOUND = /(?<![\p{L}\p{N}.@/'’-])\p{L}+(?:['’]\p{L}+)*(?:[.-]\p{L}+(?:['’]\p{L}+)*)+(?![\p{L}\p{N}@/]|[.'’-]\p{L})/gu;
/** The tokens a compound word is searched by (its words between the dots and hyphens, apostrophes as the tokenizer writes them). */
const compoundParts = (w) => w.replace(/’/g, "'").split(/[.-]/).filter(Boolean);
/** Whether a record's tokens hold every token of a compound ("start-up's" holds "start-up": its last part with a possessive). */
const holdsCompound = (set, w) => compoundParts(w).every((p) => set.has(p) || set.has(`${p}'s`));

/**
 * The audit of one corpus folder. `q` is quarry: { openCorpus, search,
 * scanTokens, isStopWord, parseFrontMatter, noFrontMatter, readDocumentText, parseDocument, classifyChrome }.
 * `opts.only` limits the audit to some document ids (search still covers the corpus);
 * `opts.fieldsOnly` looks the words up in the records' searchable fields instead of searching;
 * `opts.lines` asks for a record that cites the word's own line, not any record of the document.
 * Returns { documents, words, searches, misses: [{ file, line, word, text }], excluded }.
 */
export async function auditCorpus(dir, q, { only, fieldsOnly = false, lines: byLine = false } = {}) {
  const corpus = await q.openCorpus(dir, { cache: false });
  // `only`: the ids of the documents to audit (all by default); search still runs over the whole corpus.
  const audited = only ? corpus.documents.filter((d) => only.includes(d.id)) : corpus.documents;
  const fieldTokens = new Map();
  const saidTokens = new Map();
  // The fields that hold a record's words, not who said them (speaker, asker): a word after a
  // speaker label is the turn's, found there or lost.
  const saidOf = (r) => {
    let set = saidTokens.get(r.id);
    if (!set) {
      const text = [r.text, r.question, r.context, r.role, r.askerRole, r.section, ...(r.topics ?? [])].filter(Boolean).join('\n');
      set = new Set(q.scanTokens(text).map((t) => t.norm));
      saidTokens.set(r.id, set);
    }
    return set;
  };
  // the index's title field: each record holds its document's title
  const titles = new Map(corpus.documents.map((d) => [d.id, d.meta.title]));
  // and its nearby field: the lines no record holds, each given to the record nearest it (builds
  // from before have neither the lines nor the field)
  const nearbySearched = !!q.nearbyTexts && corpus.documents.some((d) => Array.isArray(d.nearby));
  const nearby = new Map();
  if (nearbySearched) {
    for (const d of corpus.documents) {
      const own = corpus.records.filter((r) => r.doc === d.id);
      q.nearbyTexts(own, d.nearby).forEach((t, i) => t && nearby.set(own[i].id, t));
    }
  }
  const tokensOf = (r) => {
    let set = fieldTokens.get(r.id);
    if (!set) {
      const text = [r.text, r.question, r.context, r.speaker, r.asker, r.role, r.askerRole, r.section, ...(r.topics ?? []), titles.get(r.doc), nearby.get(r.id)].filter(Boolean).join('\n');
      set = new Set(q.scanTokens(text).map((t) => t.norm));
      fieldTokens.set(r.id, set);
    }
    return set;
  };
  // Per word, the documents in which search finds it (one search per distinct word). With
  // `fieldsOnly`, the documents with a record whose searchable fields hold the word, without
  // searching: what the parser kept, a few hundred times faster (the tests' quick form).
  // Each word's finds: document id → the [line, endLine] spans of the records found.
  const foundIn = new Map();
  const holding = new Map();
  const note = (map, word, r) => {
    let docs = map.get(word);
    if (!docs) map.set(word, (docs = new Map()));
    let spans = docs.get(r.doc);
    if (!spans) docs.set(r.doc, (spans = []));
    spans.push([r.line, r.endLine, saidOf(r).has(word)]);
  };
  if (fieldsOnly) for (const r of corpus.records) for (const w of tokensOf(r)) note(holding, w, r);
  const docsFinding = async (word) => {
    let docs = foundIn.get(word);
    if (!docs) {
      if (fieldsOnly && /[.-]/.test(word)) {
        const m = new Map([[word, new Map()]]);
        for (const r of corpus.records) if (holdsCompound(tokensOf(r), word)) note(m, word, r);
        docs = m.get(word);
      } else if (fieldsOnly) docs = holding.get(word) ?? new Map();
      else {
        const m = new Map([[word, new Map()]]);
        // a compound is found where every one of its tokens is (search's phrase of them)
        const holds = /[.-]/.test(word) ? (set) => holdsCompound(set, word) : (set) => set.has(word);
        for (const h of await q.search(corpus, word)) if (holds(tokensOf(h.record))) note(m, word, h.record);
        docs = m.get(word);
      }
      foundIn.set(word, docs);
    }
    return docs;
  };
  const misses = [];
  const excluded = [];
  let words = 0;
  for (const doc of audited) {
    if (!doc.ok) {
      misses.push({ file: doc.file, line: 0, word: null, text: 'document did not load' });
      continue;
    }
    const decoded = q.readDocumentText(doc.path);
    // a JSON transcript has no front matter (the loader reads it from its first brace)
    const fm = q.noFrontMatter && /\.json$/i.test(doc.file) ? q.noFrontMatter(decoded.text) : q.parseFrontMatter(decoded.text);
    // The body as the loader reads it: HTML escapes decoded (a reader greps for words, not "&quot;").
    const body = q.decodeHtmlEntities ? q.decodeHtmlEntities(q.withoutHtmlTags ? q.withoutHtmlTags(fm.body) : fm.body) : fm.body;
    const lines = body.split(/\r\n|\r|\n/);
    const captions = /\.(vtt|srt)$/i.test(doc.file) || /^\uFEFF?WEBVTT\b/.test(lines[0] ?? '');
    // The page furniture quarry sees, by parsing the body again as the loader did.
    const registry = corpus.registry.clone();
    for (const n of [...doc.meta.speakers, doc.meta.host, doc.meta.interviewer]) if (n && !registry.has(n)) registry.add(n);
    const ext = /\.[^./]+$/.exec(doc.file)?.[0]?.toLowerCase() ?? '';
    const parsed = q.parseDocument({ docId: doc.id, meta: doc.meta, body, bodyLine: fm.bodyLine, registry, extension: ext });
    const spans = corpus.records.filter((r) => r.doc === doc.id).map((r) => [r.line - fm.bodyLine, r.endLine - fm.bodyLine]);
    const joinedFiller = new Set((parsed.fillerLines ?? []).filter((i) => spans.some(([a, b]) => a <= i && i <= b)));
    const names = [...doc.meta.speakers, doc.meta.host, doc.meta.interviewer].filter(Boolean);
    const titleKey = (text) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    // A line-numbered page's title line carries its number ("1   CITY OF …"): the title all the same.
    // A recording's file name heading an export ("….mp3") is the title, which drops the extension.
    // (Builds from before, and callers passing no MEDIA_EXTENSION, have no such title.)
    const mediaExtension = q.MEDIA_EXTENSION?.() ?? /(?!)/;
    const isTitle = (raw) => [raw, raw.replace(/^\s*\d{1,2}\s{2,}/, ''), raw.trim().replace(mediaExtension, '')].some((r) => titleKey(r.replace(/^\s*#+\s*|[*_]+/g, '')) === titleKey(doc.meta.title));
    const table = /\.(csv|tsv)$/i.test(doc.file);
    // A caption format whose cues sit inside the line's syntax (an ASS Dialogue line's fields and
    // override tags, a TTML cue's tags): the parser's own view of the words each line holds.
    const view = parsed.textLines ?? lines;
    if (parsed.textLines) {
      lines.forEach((raw, idx) => {
        if (view[idx] !== raw && /\p{L}/u.test(raw)) excluded.push({ file: doc.file, line: fm.bodyLine + idx, why: 'caption syntax', text: raw.trim() });
      });
    }
    const content = contentOf(view, { captions: captions || !!parsed.textLines, kinds: parsed.lineKinds, joinedFiller, chrome: q.classifyChrome, names, isTitle, table, titleSearched: true, nearbySearched });
    for (const e of content.excluded) excluded.push({ file: doc.file, line: fm.bodyLine + e.idx, why: e.why, text: e.text });
    const seen = new Set();
    for (let idx = 0; idx < content.lines.length; idx++) {
      const line = fm.bodyLine + idx;
      for (const w of gripWords(content.lines[idx], q)) {
        // By document, the first line a word is on is where a miss is reported; by line, every line.
        const key = byLine ? `${w} ${idx}` : w;
        if (seen.has(key)) continue;
        seen.add(key);
        words++;
        const spans = (await docsFinding(w)).get(doc.id);
        // A heading's words are found as its records' section, on the lines below it.
        // Not a list item (content whatever the parser took it for): its words are a record's own
        // ("☐ Name — task" filed as the heading of the item below it is lost text).
        // A line the parser filed as filler inside a joined turn, yet content here (names chanted,
        // no back-channel): the joined record holding its words only as its speaker's name (a
        // crowd's "Elena! Elena!" inside Elena's turn) has lost them.
        const filler = byLine && joinedFiller.has(idx);
        const found = byLine && !isTitle(lines[idx]) && (parsed.lineKinds[idx] !== 'heading' || LIST_ITEM.test(lines[idx])) ? !!spans?.some(([a, b, said]) => a <= line && line <= b && (said || !filler)) : !!spans;
        if (!found) misses.push({ file: doc.file, line, word: w, text: lines[idx].trim() });
      }
    }
  }
  return { documents: audited.length, words, searches: fieldsOnly ? 0 : foundIn.size, misses, excluded };
}

/** quarry's functions from a built dist/ (the repository's by default). */
export async function quarryFrom(distDir) {
  const load = (p) => import(pathToFileURL(join(distDir, p)).href);
  // builds from before the nearby field have no model/nearby.js
  const nearbyModule = await load('model/nearby.js').catch(() => ({}));
  const [api, tok, stop, fm, read, parse, chrome, text] = await Promise.all([
    load('api/index.js'),
    load('index/tokenize.js'),
    load('index/stopwords.js'),
    load('corpus/frontmatter.js'),
    load('corpus/read.js'),
    load('parse/index.js'),
    load('parse/chrome.js'),
    load('parse/text.js'),
  ]);
  return {
    openCorpus: api.openCorpus,
    search: api.search,
    scanTokens: tok.scanTokens,
    isStopWord: stop.isStopWord,
    parseFrontMatter: fm.parseFrontMatter,
    noFrontMatter: fm.noFrontMatter,
    readDocumentText: read.readDocumentText,
    parseDocument: parse.parseDocument,
    classifyChrome: chrome.classifyChrome,
    MEDIA_EXTENSION: chrome.MEDIA_EXTENSION,
    nearbyTexts: nearbyModule.nearbyTexts,
    // Builds from before HTML escapes were decoded read the body as it is.
    decodeHtmlEntities: text.decodeHtmlEntities ?? ((t) => t),
    // A page's source pasted with its tags is read without them, as the loader reads it.
    withoutHtmlTags: text.withoutHtmlTags ?? ((t) => t),
  };
}

async function main(argv) {
  const dirs = argv.filter((a) => !a.startsWith('--'));
  const json = argv.includes('--json');
  const showExcluded = argv.includes('--show-excluded');
  const fieldsOnly = argv.includes('--fields-only');
  const byLine = argv.includes('--lines');
  if (dirs.length === 0) {
    process.stderr.write('usage: node bench/grep-audit.mjs DIR [DIR…] [--json] [--show-excluded] [--fields-only] [--lines] [--dist=DIR]\n');
    return 2;
  }
  const distArg = argv.find((a) => a.startsWith('--dist='));
  const q = await quarryFrom(distArg ? resolve(distArg.slice('--dist='.length)) : join(dirname(fileURLToPath(import.meta.url)), '..', 'dist'));
  const results = [];
  let missed = 0;
  for (const d of dirs) {
    const dir = resolve(d);
    const r = await auditCorpus(dir, q, { fieldsOnly, lines: byLine });
    missed += r.misses.length;
    results.push({ dir, ...r });
    if (json) continue;
    if (showExcluded) for (const e of r.excluded) process.stdout.write(`${join(d, e.file)}:${e.line}: excluded (${e.why}): ${e.text}\n`);
    for (const m of r.misses) process.stdout.write(`${join(d, m.file)}:${m.line}: ${m.word ?? ''}  │ ${m.text}\n`);
    const n = (count, one, many) => `${count} ${count === 1 ? one : many}`;
    process.stdout.write(`${d}: ${n(r.documents, 'document', 'documents')}, ${n(r.words, 'word', 'words')} (${n(r.searches, 'search', 'searches')}), ${r.misses.length} missed, ${n(r.excluded.length, 'stretch', 'stretches')} excluded\n`);
  }
  if (json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  return missed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err) => {
      process.stderr.write(`grep-audit: ${err?.message ?? err}\n`);
      process.exitCode = 2;
    },
  );
}
