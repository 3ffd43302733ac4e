/**
 * Who writes each part of a document that several people write in turn, by the part's own
 * marks: a court opinion's judges ("BALMER, J." / "NELSON, J., dissenting."), a sworn
 * declaration's declarant ("I, Wei Lin, declare as follows:"), the letters of an exchange
 * (each signed at its end: "Sincerely," / "Elizabeth Warren"), and a page of quotations under
 * headings that name their speaker ("LEEDS UNITED HEAD COACH DANIEL FARKE"), a quotation a
 * footnote attributes ("…"⁴ / "⁴ Changpeng Zhao, interview with CNBC"). Each reader is
 * gated by a cheap test for its mark, and changes only records no rule gave a voice of their
 * own: the narrator's claims (the document's one author, or nobody) and quotes nobody said.
 */
import { caseless, lazy } from '../model/regexp.js';
import type { DocBuilder, DraftRecord } from './builder.js';
import { isNameShaped } from './labels.js';
import { hasPersonNoun, hasOrganisationSuffix, mayBePersonName, PERSON_NOUN_ANY, TITLE_BEFORE_NAME } from './quotes.js';
import { narratorOf, normalizeSpace, titleCaseName, wordCount } from './text.js';

interface Part {
  /** body line index where the part's words start (inclusive) and end (inclusive) */
  from: number;
  to: number;
  author: string;
  /** what the part's heading says the author does ("Chief Executive Officer"), when it says */
  role?: string;
}

/** A judge's heading: "BALMER, J.", "NELSON, J., dissenting.", "WALTERS, C. J., concurring in part." */
const JUDGE_HEADING = lazy(() => /^\s*([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)?),\s+(?:C\.\s?)?J\.(?:,\s+((?:dissenting|concurring|specially concurring|concurring in part and dissenting in part|dissenting in part)[^.]{0,40}|delivered the opinion of the [Cc]ourt[^\n]*))?\.?\s*$/);
/**
 * A declarant's opening: "I, Wei Lin, declare as follows:", "I, Jane Roe, hereby declare:". An English
 * witness statement gives the maker's address before the verb and says rather than declares: "I, Dana
 * Pruitt, of 14 Linthorpe Grove, Harrogate HG1 4PT, say as follows:" ("say" only with "as follows").
 * A court form sets the verb in capitals as often as not ("I, CHINEDU OKAFOR, of an address known to
 * my solicitors, WILL SAY as follows:"; an affidavit's "MAKE OATH AND SAY"): the verb in either case.
 */
const DECLARANT = lazy(() => new RegExp(String.raw`^\s*I,\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),\s+(?:of\s+[^:;]{3,160}?,\s+)?` + caseless(String.raw`(?:hereby\s+)?(?:declare|state|depose and say|say as follows|will say as follows|make oath and say)`) + String.raw`\b`, 'u'));
/** A letter's closing line: "Sincerely,", "Respectfully,". */
const SIGN_OFF = lazy(() => /^\s*(?:sincerely(?:\s+yours)?|yours(?:\s+(?:sincerely|truly|faithfully))?|respectfully(?:\s+(?:yours|submitted))?|cordially|regards|(?:best|kind|warm)\s+regards)\s*,\s*$/i);
const SIGNER = lazy(() => /^(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u);
/**
 * A family letter's closing, kin or love: "Your loving sister,", "Your affectionate son,", "With much
 * love from us both,", "All my love,". Signed under it by a first name alone ("Ada"), as family
 * letters are: the one word names the writer.
 */
const KIN_SIGN_OFF = lazy(() => /^\s*(?:(?:ever\s+)?your\s+(?:(?:loving|affectionate|devoted|dear|fond|faithful)\s+)?(?:sister|brother|son|daughter|mother|father|mum|mam|mom|dad|wife|husband|cousin|niece|nephew|aunt|auntie|uncle|friend|grandson|granddaughter)|(?:with\s+)?(?:all\s+(?:my|our)\s+|much\s+|lots\s+of\s+|fondest\s+)?love(?:\s+(?:from|to)\s+[^,]{1,30})?)\s*,\s*$/i);
/** A first name alone under a family closing: "Ada", "Jim". */
const FIRST_NAME_SIGNER = lazy(() => /^\p{Lu}\p{Ll}+$/u);
/** A letter's greeting, where its words begin: "Dear Jim,", "My dearest Mother,". */
const SALUTATION = lazy(() => /^\s*(?:my\s+)?(?:dear|dearest)\s+[^.!?]{1,40},\s*$/i);

function titleCased(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/** The parts of a court opinion, each under its judge's heading. */
function judgeParts(lines: readonly string[]): Part[] {
  const parts: Part[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('J.')) continue;
    const m = JUDGE_HEADING().exec(line);
    if (!m) continue;
    if (parts.length) parts[parts.length - 1]!.to = i - 1;
    parts.push({ from: i + 1, to: lines.length - 1, author: m[1]!.split(' ').map(titleCased).join(' ') });
  }
  return parts;
}

/** A declaration's part: from its opening to the end, the declarant's. */
function declarantParts(lines: readonly string[]): Part[] {
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('I,') && !lines[i]!.trimStart().startsWith('I,')) continue;
    const m = DECLARANT().exec(lines[i]!);
    // (a name set in capitals, as the form sets it, written as names are: CHINEDU OKAFOR, Chinedu Okafor)
    if (m) return [{ from: i, to: lines.length - 1, author: /\p{Ll}/u.test(m[1]!) ? m[1]! : titleCaseName(m[1]!) }];
  }
  return [];
}

/** The first full name in the lines that opens on a given first name ("Ada" → "Ada Fenwick"), or null. */
function fullNameOf(first: string, lines: readonly string[]): string | null {
  const re = new RegExp(`(?<![\\p{L}])${first}\\s+(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?![\\p{L}])`, 'u');
  for (const line of lines) {
    const m = line.includes(first) ? re.exec(line) : null;
    if (m && mayBePersonName(`${first} ${m[1]!}`) && !hasOrganisationSuffix(`${first} ${m[1]!}`)) return `${first} ${m[1]!}`;
  }
  return null;
}

/** Letters in one file, each signed at its end: each is its signer's, up to its signature block. */
function letterParts(lines: readonly string[]): Part[] {
  const parts: Part[] = [];
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    const kin = !SIGN_OFF().test(lines[i]!) && KIN_SIGN_OFF().test(lines[i]!);
    if (!kin && !SIGN_OFF().test(lines[i]!)) continue;
    let k = i + 1;
    while (k < lines.length && !lines[k]!.trim()) k++;
    const name = k < lines.length ? normalizeSpace(lines[k]!).split(',')[0]!.trim() : '';
    if (!(SIGNER().test(name) || (kin && FIRST_NAME_SIGNER().test(name) && mayBePersonName(name))) || wordCount(name) > 4) continue;
    // A family letter opens on its greeting: the heading and notes above it are the compiler's.
    if (kin) for (let g = i - 1; g >= from; g--) if (SALUTATION().test(lines[g]!)) { from = g; break; }
    let to = k;
    while (to + 1 < lines.length && lines[to + 1]!.trim()) to++;
    // A first name alone is the writer the page names in full elsewhere ("Letters of Ada Fenwick …").
    const full = kin && !name.includes(' ') ? fullNameOf(name, lines) : null;
    parts.push({ from, to, author: full ?? name.replace(/^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev)\.?\s+/, '') });
    from = to + 1;
  }
  return parts.length >= 2 ? parts : [];
}

/**
 * A letter to a newspaper's opening: "Sir, –", "Madam, —", "Sir," alone on its line, "Dear Editor,",
 * "Dear Sir or Madam,". A bare "Sir," opening a line of talk ("Sir, the convoy is ready.") is none.
 */
const EDITOR_SALUTATION = lazy(() => /^\s*(?:(?:Sir|Madam|Sir\s*\/\s*Madam)\s*,?\s*[–—-]|(?:Sir|Madam),\s*$|Dear\s+(?:Sir|Madam|Editor|Sir\s+or\s+Madam|Sir\s*\/\s*Madam)\s*[,–—-])/);
/** A signer's name as a letters page sets it, in capitals perhaps, a form of address before it: "DEREK HOLLOWAY", "Dr JAMES OKORO". */
const PAGE_SIGNER = lazy(() => /^(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Cllr)\.?\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})$/u);

/**
 * A newspaper's letters page: each letter opens on its salutation to the editor ("Sir, –", "Dear
 * Editor,") and is signed under its last paragraph by a name alone, in capitals as the page sets it,
 * the writer's town or office on the line under it. Each letter, from its salutation to its
 * signature, is its signer's; the page's headlines and notes stay the paper's.
 */
function editorLetterParts(lines: readonly string[]): Part[] {
  const parts: Part[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!EDITOR_SALUTATION().test(lines[i]!)) continue;
    for (let k = i + 1; k < lines.length && k <= i + 80; k++) {
      const line = normalizeSpace(lines[k]!);
      if (!line) continue;
      if (EDITOR_SALUTATION().test(lines[k]!)) break;
      const m = line.length <= 60 ? PAGE_SIGNER().exec(line) : null;
      if (!m) continue;
      const name = m[1]!.split(' ').map((w) => (w === w.toUpperCase() && w.length > 1 ? titleCased(w) : w)).join(' ');
      if (!mayBePersonName(name) || hasOrganisationSuffix(name)) continue;
      parts.push({ from: i, to: k - 1, author: name });
      i = k;
      break;
    }
  }
  return parts;
}

/** A cleric's or a teacher's form of address before a signature: part of no one's name. */
const SIGNATURE_ADDRESS = lazy(() => /^(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Rev|Revd|Fr|Father|Pastor|Sister|Sr|Canon|Rabbi|Imam)\.?\s+(?=\p{Lu})/u);

/**
 * A letter set inside a larger page, as a newsletter's "From the Pastor's Desk" or a head teacher's
 * note is: "Dear parishioners," alone on its line, paragraphs in the first person, then the writer's
 * name alone between blank lines ("Fr. Daniel Okonkwo"), perhaps an office under it, before the
 * page's next section. The letter, from its salutation to its signature, is its signer's; the page's
 * other sections stay their own. (Letters signed after a closing, "Yours sincerely,", are letterParts'.)
 */
function salutedLetterParts(lines: readonly string[]): Part[] {
  const parts: Part[] = [];
  const signerAt = (k: number) => {
    const line = normalizeSpace(lines[k] ?? '');
    return line.length <= 50 && k > 0 && !lines[k - 1]!.trim() && /\p{Ll}/u.test(line) && SIGNER().test(line) ? line : null;
  };
  for (let i = 0; i < lines.length; i++) {
    if (!SALUTATION().test(lines[i]!)) continue;
    for (let k = i + 2; k < lines.length && k <= i + 60; k++) {
      // A closing ("Yours sincerely,", "Your loving sister,") ends the letter: one so signed is letterParts'.
      if (SALUTATION().test(lines[k]!) || SIGN_OFF().test(lines[k]!) || KIN_SIGN_OFF().test(lines[k]!)) break;
      // (a heading in capitals, "RISK FACTORS", is no signature: a name is written in ordinary case)
      const line = signerAt(k);
      if (!line) continue;
      // Two signers side by side in columns, or one signature block under another: a joint letter, no one's.
      if (/\S {3,}\S/.test(lines[k]!.trim())) break;
      // The name stands alone: under it, perhaps an office and a place and date ("Dubai, 31 March 2025"), then a blank line or the page's end.
      let below = k + 1;
      while (below < lines.length && lines[below]!.trim() && below <= k + 2) below++;
      if (below < lines.length && lines[below]!.trim()) continue;
      const block = lines.slice(k + 1, below).map(normalizeSpace);
      if (block.some((l) => /[.!?:;]$/.test(l) || wordCount(l) > 8)) continue;
      const name = line.replace(SIGNATURE_ADDRESS(), '');
      if (wordCount(name) < 2 || !mayBePersonName(name) || hasOrganisationSuffix(name)) continue;
      if (!FIRST_PERSON_WORD().test(lines.slice(i + 1, k).join(' '))) break;
      let next = below;
      while (next < lines.length && !lines[next]!.trim()) next++;
      if (next < lines.length && signerAt(next) && !/[.!?:;,]$/.test(normalizeSpace(lines[next]!)) && lines[next + 1]?.trim()) break;
      // (an address and a date over the next letter's "Dear …," head that letter; they sign nothing)
      if (next < lines.length && SALUTATION().test(lines[next]!)) break;
      parts.push({ from: i, to: k, author: name, ...(block[0] ? { role: block[0] } : {}) });
      i = k;
      break;
    }
  }
  return parts;
}

/**
 * A numbered testimony's heading, a Markdown heading or a line alone: "## Testimony 12 — man, 52,
 * farmer, from Tulul village", "Witness 4: woman, 30s": the label the collection gives the witness
 * (1) and what it says of them (2).
 */
const TESTIMONY_HEADING = lazy(() => /^(?:#{1,6}\s+)?((?:Testimony|Witness|Survivor|Account|Statement|Respondent|Interviewee)\s+(?:No\.\s*)?\d{1,4})(?:\s*[—–:]\s*|\s+-\s+)?([^#]{0,120}?)\s*$/);

/**
 * A collection of testimonies whose witnesses are withheld: each under a numbered heading ("##
 * Testimony 12 — man, 52, farmer, …") over paragraphs in the first person. Each section, to the next
 * heading, is that witness's telling: the label its speaker (no name is given), the description its
 * role. Only where two sections or more are so headed and each opens in the first person; a
 * researcher's note in square brackets stays the collection's.
 */
function testimonyParts(lines: readonly string[]): Part[] {
  const parts: Part[] = [];
  const heads: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim() || line.length > 200) continue;
    // A Markdown heading, or a short line alone that ends no sentence (a paragraph of one line is no heading).
    const heading = line.startsWith('#') ? ATX_LINE().test(line) : (i === 0 || !lines[i - 1]!.trim()) && (i + 1 >= lines.length || !lines[i + 1]!.trim()) && line.length <= 120 && !/[.!?:;"”)\]]\s*$/.test(line);
    if (heading) heads.push(i);
  }
  for (let n = 0; n < heads.length; n++) {
    const h = heads[n]!;
    const m = TESTIMONY_HEADING().exec(normalizeSpace(lines[h]!));
    if (!m) continue;
    const end = (n + 1 < heads.length ? heads[n + 1]! : lines.length) - 1;
    let k = h + 1;
    while (k <= end && !lines[k]!.trim()) k++;
    let last = k;
    while (last + 1 <= end && lines[last + 1]!.trim()) last++;
    if (k > end || !FIRST_PERSON_WORD().test(lines.slice(k, last + 1).join(' '))) return [];
    parts.push({ from: h + 1, to: end, author: m[1]!, ...(m[2] ? { role: m[2] } : {}) });
  }
  return parts.length >= 2 ? parts : [];
}

/** A word that names a role before a person's name in a heading: "HEAD COACH", "GOALKEEPER", "CHIEF EXECUTIVE". */
const HEADING_ROLE = lazy(() => /(?<![\p{L}])(?:goalkeeper|keeper|striker|defender|midfielder|forward|winger|captain|manager|coach|boss|chief|chairman|chairwoman|owner|spokesperson|spokesman|spokeswoman)(?![\p{L}])/iu);

/**
 * The person an all-capitals heading names after their role: "LEEDS UNITED HEAD COACH DANIEL
 * FARKE" → "Daniel Farke". The heading's last two words are the name; a role word must stand
 * before them, and they must be no organisation.
 */
export function personOfHeading(line: string): string | null {
  const text = normalizeSpace(line.replace(/[*_#]/g, ''));
  if (!text || /\p{Ll}/u.test(text) || !/^[\p{Lu}\s'’.-]+$/u.test(text)) return null;
  const words = text.split(' ');
  if (words.length < 3 || words.length > 9) return null;
  const name = words.slice(-2).map(titleCased);
  if (name.some((w) => w.length < 2) || hasOrganisationSuffix(name.join(' '))) return null;
  const role = words.slice(0, -2).map(titleCased).join(' ');
  const roleWord = words[words.length - 3]!;
  if (!(HEADING_ROLE().test(role) || PERSON_NOUN_ANY().test(roleWord) || TITLE_BEFORE_NAME().test(titleCased(roleWord)))) return null;
  return name.join(' ');
}

/** Quotation pages under person headings: each heading's person says the quotes under it that no rule attributed. */
function headingParts(b: DocBuilder, lines: readonly string[]): Part[] {
  const parts: Part[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim() || (i > 0 && lines[i - 1]!.trim()) || (i + 1 < lines.length && lines[i + 1]!.trim())) continue;
    const person = personOfHeading(line);
    if (!person) {
      // Another heading ends the part above it.
      if (parts.length && b.kinds[i] === 'heading' && parts[parts.length - 1]!.to === lines.length - 1) parts[parts.length - 1]!.to = i - 1;
      continue;
    }
    if (parts.length && parts[parts.length - 1]!.to === lines.length - 1) parts[parts.length - 1]!.to = i - 1;
    parts.push({ from: i + 1, to: lines.length - 1, author: person });
    // The heading heads its section: searched with it, no page furniture.
    if (b.kinds[i] === 'metadata') b.kinds[i] = 'heading';
  }
  return parts;
}

/** A prepared-remarks heading: a full name, a comma, what the person does ("OWEN LATIMER, CHIEF EXECUTIVE OFFICER"). */
const REMARKS_HEADING = lazy(() => /^([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){1,3}),\s+(\p{Lu}[\p{L}&,.'’ -]{2,80})$/u);
/** A rule across the page ("-----", "=====", "***"): the end of the remarks above it (an e-mail's footer, a disclaimer). */
const RULE = lazy(() => /^\s*(?:[-=_*]\s*){3,}$/);

/** The person and role a prepared-remarks heading names, in capitals or not; null for any other line. */
function remarksSpeaker(line: string): { name: string; role: string } | null {
  const text = normalizeSpace(line.replace(/[*_#]/g, ''));
  const m = text.length <= 120 ? REMARKS_HEADING().exec(text) : null;
  if (!m) return null;
  const caps = !/\p{Ll}/u.test(text);
  const tidy = (s: string) => (caps ? s.split(' ').map(titleCased).join(' ') : s);
  const name = tidy(m[1]!);
  const role = tidy(m[2]!.trim());
  // The role is a person's ("Chief Financial Officer", "Vice President, Investor Relations"), never a
  // company's ("ACME HOLDINGS, INC.") or a place's ("SAN FRANCISCO, CALIFORNIA").
  if (!isNameShaped(name) || hasOrganisationSuffix(name) || !hasPersonNoun(role) || wordCount(role) > 10) return null;
  return { name, role };
}

/**
 * An earnings call's prepared remarks, or any script of several people's remarks: each a
 * paragraph of its own naming the person with their title ("PRIYANKA RAO, CHIEF FINANCIAL
 * OFFICER" / "" / "Thank you, Owen. …"), the words theirs to the next such heading, a rule or the
 * end. Only where two people or more are so headed: one such line is a caption or a signature.
 */
function remarksParts(lines: readonly string[]): Part[] {
  const parts: Part[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (parts.length && RULE().test(line) && parts[parts.length - 1]!.to === lines.length - 1) parts[parts.length - 1]!.to = i - 1;
    if (!line.trim() || (i > 0 && lines[i - 1]!.trim()) || (i + 1 < lines.length && lines[i + 1]!.trim())) continue;
    const who = remarksSpeaker(line);
    if (!who) continue;
    if (parts.length && parts[parts.length - 1]!.to === lines.length - 1) parts[parts.length - 1]!.to = i - 1;
    parts.push({ from: i + 1, to: lines.length - 1, author: who.name, role: who.role });
  }
  return new Set(parts.map((p) => p.author)).size >= 2 ? parts : [];
}

/**
 * A tribute's heading: a title, the person's name, then where they are from after a comma ("Dr
 * Mei-Lin Chao, University of Eastbourne (PhD Hollin, 1991)", "Professor Emeritus Gordon Lysaght,
 * Hollin University"): the title (1), the name (2).
 */
const TRIBUTE_HEADING = lazy(() => /^((?:(?:Professor|Prof\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Mx\.?|Miss|Sir|Dame|Rev\.?|Emeritus|Emerita|Associate|Assistant)\s+){1,3})(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}),\s+\S.{2,100}$/u);

/**
 * A memorial programme's eulogy heading: the speaker's name alone, a rank or a title before it and a
 * retired officer's "(Ret.)" perhaps, or the part's word and a dash before it, or a relation after it
 * ("Col. (Ret.) Stephen Marsh", "Remarks — CW5 Alicia Grant", "Michael Fairweather, son"): the words
 * before the name (1), the name (2).
 */
const EULOGY_HEADING = lazy(() => /^((?:(?:Eulogy|Remarks|Tribute|Reflection|Address)\s*[—–:-]\s*)?(?:(?:Col|Lt|Maj|Gen|Capt|Sgt|Cpl|Adm|Cmdr|CW[1-5]|CWO|Chaplain|Rev|Revd|Dr|Fr|Father|Pastor|Professor|Prof|Mr|Mrs|Ms)\.?\s+(?:\((?:Ret|Retd|Maj|Capt|Col)\.?\)\s+)?){0,2})(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})(?:,\s+(?:son|daughter|wife|husband|brother|sister|friend|grandson|granddaughter|nephew|niece|colleague))?$/u);

/**
 * A book's or a newsletter's tributes, each under a line of its own giving the writer with a title
 * and where they are from ("Dr Mei-Lin Chao, University of Eastbourne") over paragraphs in the first
 * person: each part is its writer's telling, to the next line standing alone as a heading ("A note
 * from the editors") or the next such writer. Only where two writers or more are so headed and each
 * part opens in the first person (a profile's sections about someone stay the writer's). The role
 * need be no person's noun, as remarksParts asks: the title before the name says a person signs.
 */
function tributeParts(lines: readonly string[]): Part[] {
  const parts: Part[] = [];
  const alone = (i: number) => !!lines[i]!.trim() && (i === 0 || !lines[i - 1]!.trim()) && (i + 1 >= lines.length || !lines[i + 1]!.trim());
  for (let i = 0; i < lines.length; i++) {
    if (!alone(i)) continue;
    const text = normalizeSpace(lines[i]!.replace(/[*_#]/g, ''));
    const m = text.length <= 140 ? (TRIBUTE_HEADING().exec(text) ?? EULOGY_HEADING().exec(text)) : null;
    const open = parts.length ? parts[parts.length - 1]! : null;
    // A line alone with no sentence's stop ends the part above it: a heading, the next writer's or not.
    if (open && open.to === lines.length - 1 && (m || (wordCount(text) <= 10 && !/[.!?:"”]$/.test(text)))) open.to = i - 1;
    // (a section's heading of two capitalised words, "The Union", "After Hours", is no eulogist's name)
    if (!m || !isNameShaped(m[2]!) || !mayBePersonName(m[2]!) || hasOrganisationSuffix(m[2]!)) continue;
    let k = i + 1;
    while (k < lines.length && !lines[k]!.trim()) k++;
    let last = k;
    while (last + 1 < lines.length && lines[last + 1]!.trim()) last++;
    const opening = lines.slice(k, last + 1).join(' ');
    if (k >= lines.length || /^\s*[“"]/.test(opening) || !FIRST_PERSON_WORD().test(opening)) return [];
    parts.push({ from: i + 1, to: lines.length - 1, author: m[2]! });
  }
  // The last part runs to the page's end: its closing paragraphs with no first person in them are the
  // page's notices after the last tribute ("In lieu of flowers, the family asks …"), nobody's telling.
  const last = parts[parts.length - 1];
  if (last && last.to === lines.length - 1) {
    let end = last.to;
    for (;;) {
      while (end > last.from && !lines[end]!.trim()) end--;
      let start = end;
      while (start > last.from && lines[start - 1]!.trim()) start--;
      if (start <= last.from || FIRST_PERSON_WORD().test(lines.slice(start, end + 1).join(' '))) break;
      end = start - 1;
    }
    last.to = end;
  }
  return new Set(parts.map((p) => p.author)).size >= 2 ? parts : [];
}

/** A footnote's line opening on a person's name: "⁴ Changpeng Zhao, interview with CNBC, June 2022". */
const NAMED_NOTE = lazy(() => /^\s*([¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}),\s/u);

/**
 * A quotation whose speaker the text only describes ("the chief executive of one large exchange")
 * or does not name, with a footnote mark right after it whose note opens on a person's name: the
 * note names who said it.
 */
function creditFootnotedQuotes(b: DocBuilder, lines: readonly string[]): void {
  const notes = new Map<string, string>();
  for (const line of lines) {
    const m = /^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]/u.test(line) ? NAMED_NOTE().exec(line) : null;
    if (m && !notes.has(m[1]!)) notes.set(m[1]!, m[2]!);
  }
  if (!notes.size) return;
  for (const r of b.records) {
    if (r.type !== 'quote' || (r.speaker !== null && !/^\p{Ll}/u.test(r.speaker))) continue;
    const tail = r.text.slice(-24);
    for (let k = r.line - b.input.bodyLine; k <= r.endLine - b.input.bodyLine && k < lines.length; k++) {
      const at = lines[k]!.indexOf(tail);
      if (at < 0) continue;
      const mark = /^[”"’'.,!?]*([¹²³⁴⁵⁶⁷⁸⁹⁰]+)/u.exec(lines[k]!.slice(at + tail.length));
      const name = mark ? notes.get(mark[1]!) : undefined;
      if (name) r.speaker = b.input.registry.resolve(name) ?? name;
      break;
    }
  }
}

/** A frame in the first person right before a quotation: "I answered,", "I told him:", "I then said,". */
const FIRST_PERSON_FRAME = lazy(() => /(?:^|[.!?;]["”’]?\s+|,\s+(?:and|but|so|then)\s+)I\s+(?:[\p{Ll}]+ly\s+|then\s+|simply\s+)?(?:said|answered|replied|responded|told\s+(?:him|her|them|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)|asked(?:\s+(?:him|her|them))?|wrote)(?:\s+(?:him|her|them))?\s*[,:]?\s*$/u);

/**
 * A quotation nobody was found for inside a declarant's part, framed in the first person ("I
 * answered, "Yes, and we can prove it.""): the declarant's words, as the part's own sentences are.
 */
function creditFirstPersonQuotes(b: DocBuilder, lines: readonly string[], parts: Part[]): void {
  const offset = b.fileLine(0);
  for (const part of parts) {
    const from = b.fileLine(part.from);
    const to = b.fileLine(part.to);
    for (const r of b.records) {
      if (r.type !== 'quote' || r.speaker !== null || r.line < from || r.line > to) continue;
      const paragraph = normalizeSpace(lines.slice(r.line - offset, r.endLine - offset + 1).join(' '));
      const at = paragraph.indexOf(normalizeSpace(r.text).slice(0, 40));
      if (at <= 0) continue;
      const before = paragraph.slice(Math.max(0, at - 80), at).replace(/[“"‘]\s*$/, '');
      if (FIRST_PERSON_FRAME().test(before)) r.speaker = part.author;
    }
  }
}

/**
 * A vox pop's heading: a person's full name and age, perhaps what they do or where they live,
 * alone on its line over their words ("Priya Shah, 41, line supervisor", "TOMASZ NOWAK (29),
 * Leicester", "**Grace Adeyemi, 56**"). The age is the mark: "NAME, TITLE" alone is a script's
 * heading (remarksParts).
 */
const VOX_HEADING = lazy(() => /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3})(?:,\s*|\s+\()(\d{1,3})\)?(?:,\s*([^.!?:;]{2,80}?))?\.?$/u);
/** A paragraph in the first person: "I", "my", "we", "our" as words. */
const FIRST_PERSON_WORD = lazy(() => /(?<![\p{L}'’])(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Uu]s|[Oo]urs?)(?![\p{L}'’])/u);

/** The person a vox pop's heading line names, and their role; null for any other line. */
function voxSpeaker(line: string): { name: string; role: string | null } | null {
  const text = normalizeSpace(line.replace(/[*_#]/g, ''));
  const m = text.length <= 120 ? VOX_HEADING().exec(text) : null;
  if (!m || Number(m[2]) < 10) return null;
  const caps = !/\p{Ll}/u.test(text);
  const tidy = (s: string) => (caps ? s.split(' ').map(titleCased).join(' ') : s);
  const name = tidy(m[1]!);
  return isNameShaped(name) && !hasOrganisationSuffix(name) ? { name, role: m[3] ? tidy(m[3].trim()) : null } : null;
}

/**
 * A vox pop or an "as told to" piece: each person's heading with their age ("Priya Shah, 41, line
 * supervisor"), their words in the first person under it, no quotation marks. Each paragraph of
 * theirs is their quote (the narrator's claims it was read as give way to it), to the first
 * paragraph not in the first person (the writer's own closing lines) or the next heading. The
 * heading line is the piece's furniture: its name and role are the quotes' speaker and role. Only
 * where two people or more are so headed: one such line is a caption.
 */
function creditVoxPops(b: DocBuilder, lines: readonly string[], narrator: string | null, resolve: (name: string) => string): void {
  const heads: { k: number; name: string; role: string | null }[] = [];
  for (let k = 0; k < lines.length; k++) {
    const t = lines[k]!.trim();
    if (!t || t.length > 120 || (k > 0 && lines[k - 1]!.trim() && !voxSpeaker(lines[k - 1]!))) continue;
    const who = /\d/.test(t) ? voxSpeaker(t) : null;
    if (who && k + 1 < lines.length) heads.push({ k, ...who });
  }
  if (new Set(heads.map((h) => h.name)).size < 2) return;
  const narrated = (r: DraftRecord) => r.type === 'claim' && (r.speaker === null || r.speaker === narrator);
  heads.forEach((head, n) => {
    const stop = n + 1 < heads.length ? heads[n + 1]!.k : lines.length;
    const speaker = resolve(head.name);
    let k = head.k + 1;
    while (k < stop) {
      while (k < stop && !lines[k]!.trim()) k++;
      if (k >= stop) break;
      let last = k;
      while (last + 1 < stop && lines[last + 1]!.trim()) last++;
      const paragraph = normalizeSpace(lines.slice(k, last + 1).join(' '));
      const [from, to] = [b.fileLine(k), b.fileLine(last)];
      const held = b.records.filter((r) => r.line >= from && r.endLine <= to);
      if (!FIRST_PERSON_WORD().test(paragraph) || !held.length || !held.every(narrated)) break;
      for (let i = b.records.length - 1; i >= 0; i--) if (held.includes(b.records[i]!)) b.records.splice(i, 1);
      b.add({ type: 'quote', text: paragraph, speaker, role: head.role, section: held[0]!.section }, k, last);
      k = last + 1;
    }
    for (let i = b.records.length - 1; i >= 0; i--) {
      const r = b.records[i]!;
      if (r.line === b.fileLine(head.k) && r.endLine === r.line && narrated(r)) b.records.splice(i, 1);
    }
    b.kinds[head.k] = 'metadata';
  });
}

/**
 * The person a section heading names after a dash, the category or the award before it, perhaps a
 * work in quotation marks after a comma: "Best Director — Samuel Okonjo, "The Quiet Year"",
 * "Lifetime Achievement – Harriet Osei-Lang". Two to four capitalised words of a person's name; null
 * for a title in quotation marks ("Best Picture — "The Quiet Year"") or any other heading.
 */
const HEADING_DASH_PERSON = lazy(() => /^[^—–]{3,60}?\s[—–]\s+(\p{Lu}[\p{Ll}'’]+(?:[-\s]\p{Lu}[\p{Ll}'’]+){1,3})(?:,\s*[“"][^“”"]{1,80}[”"])?$/u);
export function personAfterHeadingDash(heading: string): string | null {
  const m = HEADING_DASH_PERSON().exec(heading.trim());
  return m && mayBePersonName(m[1]!) ? m[1]! : null;
}

/**
 * The person a section heading names before a dash, what they do after it: "Hannah Pryce — Founder
 * and head dyer", "Tomasz Nowak – Operations" (a team page's or a panel's sections, each over that
 * person's answers). Two or three capitalised words of a person's name; null for any other heading.
 * (The caller asks personAfterHeadingDash first: "Best Director — Samuel Okonjo" names the person after.)
 */
const HEADING_PERSON_DASH = lazy(() => /^(\p{Lu}[\p{Ll}'’]+(?:[-\s]\p{Lu}[\p{Ll}'’]+){1,2})\s[—–]\s+(\p{Lu}[^—–]{1,60})$/u);
export function personBeforeHeadingDash(heading: string): { name: string; role: string } | null {
  const m = HEADING_PERSON_DASH().exec(heading.trim());
  return m && mayBePersonName(m[1]!) ? { name: m[1]!, role: m[2]!.trim() } : null;
}

/** A Markdown heading line ("### Father of the bride — Gareth Pryce"): its words without the marks. */
const ATX_LINE = lazy(() => /^\s{0,3}#{1,6}\s+(.*?\S)(?:\s+#+)?\s*$/);

/** A heading's words before its dash calling the part a speech: "Commencement Address", "Keynote", "Remarks", "Eulogy". */
const SPEECH_KIND = lazy(() => /(?<![\p{L}])(?:address|remarks|speech|keynote|lecture|sermon|homily|eulogy|toast|oration)(?![\p{L}])/iu);
/**
 * A collection of speeches or statements, each under a Markdown heading naming its person after a
 * dash ("### Father of the bride — Gareth Pryce", "## Best man — Chidi Okafor") over paragraphs in
 * the first person: each part, to the next Markdown heading, is that person's own telling. Only
 * where two people or more are so headed, or the headings call each part a speech ("## Commencement
 * Address — NAME"), and each part opens in the first person: a round-up's sections written about
 * their person (in the third person) stay the writer's.
 */
function speechParts(lines: readonly string[]): Part[] {
  const parts: Part[] = [];
  let speeches = 0;
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i]!.includes('#') ? ATX_LINE().exec(lines[i]!) : null;
    if (!m) continue;
    if (parts.length && parts[parts.length - 1]!.to === lines.length - 1) parts[parts.length - 1]!.to = i - 1;
    const heading = m[1]!.replace(/[*_]/g, '');
    const person = personAfterHeadingDash(heading);
    if (!person) continue;
    // "## Commencement Address — NAME": the heading calls the part a speech; its first lines may
    // thank the room before the speaker says "I" ("Thank you, Provost Vanterpool, and …").
    const speech = SPEECH_KIND().test(heading.slice(0, heading.search(/\s[—–]\s/)));
    // The part's first paragraph (a speech's first two): in the first person, or the heading names no speaker of it.
    let k = i + 1;
    while (k < lines.length && !lines[k]!.trim()) k++;
    let last = k;
    while (last + 1 < lines.length && lines[last + 1]!.trim()) last++;
    if (speech) {
      let next = last + 1;
      while (next < lines.length && !lines[next]!.trim()) next++;
      if (next < lines.length && !ATX_LINE().test(lines[next]!)) for (last = next; last + 1 < lines.length && lines[last + 1]!.trim(); ) last++;
    }
    const opening = lines.slice(k, last + 1).join(' ');
    if (k >= lines.length || ATX_LINE().test(lines[k]!) || /^\s*[“"]/.test(opening) || !FIRST_PERSON_WORD().test(opening)) return [];
    parts.push({ from: i + 1, to: lines.length - 1, author: person });
    if (speech) speeches++;
  }
  // Two people or more so headed; or one whose every part the heading calls a speech.
  return new Set(parts.map((p) => p.author)).size >= 2 || (parts.length > 0 && speeches === parts.length) ? parts : [];
}

/**
 * A report's sections signed at their foot, as a chair's foreword or a chief executive's letter is
 * ("## A message from our chair" / first-person paragraphs / "Harriet Okonkwo-Blake" / "Chair of
 * Trustees, The Larder Trust"): a full name alone, then an office on the last line, a person's office
 * of a few words and no sentence. The section's narrated words, above the signature, are the signer's.
 * Only a section under a Markdown heading whose paragraphs speak in the first person.
 */
function signedSectionParts(lines: readonly string[]): Part[] {
  const parts: Part[] = [];
  const heads: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i]!.includes('#') && ATX_LINE().test(lines[i]!)) heads.push(i);
  heads.forEach((h, n) => {
    let end = (n + 1 < heads.length ? heads[n + 1]! : lines.length) - 1;
    while (end > h && !lines[end]!.trim()) end--;
    const office = normalizeSpace(lines[end]!);
    const name = end - 1 > h ? normalizeSpace(lines[end - 1]!.replace(/[*_]/g, '')) : '';
    if (!name || wordCount(office) > 12 || /[.!?:;]$/.test(office) || !/^\p{Lu}/u.test(office) || !hasPersonNoun(office.split(',')[0]!)) return;
    if (!SIGNER().test(name) || wordCount(name) > 4 || !mayBePersonName(name) || hasOrganisationSuffix(name)) return;
    const words = lines.slice(h + 1, end - 1).join(' ');
    if (!FIRST_PERSON_WORD().test(words)) return;
    parts.push({ from: h + 1, to: end - 2, author: name.replace(/^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev)\.?\s+/, ''), role: office });
  });
  return parts;
}

/**
 * In a speech that is its speaker's own telling, a quotation it reports is someone else's unless
 * its frame is the speaker's "I said": one credited to the speaker by a pronoun ("she announced
 * … because "boys are loud …"") is another person's, whom the reading did not find.
 */
function unsayOwnReportedQuotes(b: DocBuilder, lines: readonly string[], parts: Part[]): void {
  const offset = b.fileLine(0);
  for (const part of parts) {
    const [from, to] = [b.fileLine(part.from), b.fileLine(part.to)];
    for (const r of b.records) {
      if (r.type !== 'quote' || r.speaker !== part.author || r.line < from || r.line > to) continue;
      const paragraph = normalizeSpace(lines.slice(r.line - offset, r.endLine - offset + 1).join(' '));
      const at = paragraph.indexOf(normalizeSpace(r.text).slice(0, 40));
      if (at <= 0) continue;
      const before = paragraph.slice(Math.max(0, at - 80), at).replace(/[“"‘]\s*$/, '');
      if (!FIRST_PERSON_FRAME().test(before)) r.speaker = null;
    }
  }
}

/** A notice's line saying who answers the questions under it: "the Harbour Master has answered the questions below". */
const ANSWERED_BELOW = lazy(() => /\bthe\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*){0,4})\s+(?:has|have)\s+(?:answered|replied\s+to|responded\s+to)\s+the\s+questions\s+(?:below|that\s+follow|which\s+follow)/u);

/**
 * A notice whose intro says which office answers the questions below it ("the Harbour Master has
 * answered the questions below") and which is signed at its foot by a name over that office
 * ("Captain Morven Sinclair" / "Harbour Master"): the answers nobody was found for are the signer's.
 */
export function creditAnsweringSigner(b: DocBuilder, lines: readonly string[], resolve = (name: string) => b.input.registry.resolve(name) ?? name): void {
  if (!/ answered\s+the\s+questions| (?:replied|responded)\s+to\s+the\s+questions/.test(b.input.body)) return;
  const text = lines.join('\n');
  const m = ANSWERED_BELOW().exec(text);
  if (!m) return;
  const office = normalizeSpace(m[1]!).toLowerCase();
  const after = text.slice(0, m.index).split('\n').length - 1;
  // The signature: a name on the line over the office, below the questions.
  for (let k = lines.length - 1; k > after + 1; k--) {
    if (normalizeSpace(lines[k]!).toLowerCase() !== office) continue;
    const name = normalizeSpace(lines[k - 1]!);
    if (!SIGNER().test(name) || !mayBePersonName(name)) return;
    const words = name.split(' ');
    while (words.length > 2 && (TITLE_BEFORE_NAME().test(words[0]!) || /^(?:Mr|Mrs|Ms|Mx|Miss|Rev)\.?$/.test(words[0]!))) words.shift();
    const speaker = resolve(words.join(' '));
    const [from, to] = [b.fileLine(after), b.fileLine(k - 1)];
    for (const r of b.records) if (r.type === 'qa' && r.speaker === null && r.line > from && r.line < to) r.speaker = speaker;
    return;
  }
}

/**
 * Give each part's records its author: the narrator's claims and qa (the document's one
 * author, or nobody) of a part another person writes, and, under a person's heading, the
 * quotes nobody said.
 */
export function creditAuthoredParts(b: DocBuilder, lines: readonly string[]): void {
  const body = b.input.body;
  const narrator = narratorOf(b.input.meta, b.input.registry);
  const resolve = (name: string) => b.input.registry.resolve(name) ?? name;
  const apply = (parts: Part[], take: (r: DraftRecord) => boolean) => {
    for (const part of parts) {
      const from = b.fileLine(part.from);
      const to = b.fileLine(part.to);
      const author = resolve(part.author);
      for (const r of b.records) {
        if (r.line < from || r.line > to || !take(r)) continue;
        r.speaker = author;
        if (part.role && !r.role) r.role = part.role;
      }
    }
  };
  const narrated = (r: DraftRecord) => r.type !== 'quote' && (r.speaker === null || r.speaker === narrator);
  if (body.includes(' J.')) apply(judgeParts(lines), narrated);
  if (body.includes('I, ')) {
    const parts = declarantParts(lines);
    apply(parts, narrated);
    creditFirstPersonQuotes(b, lines, parts.map((p) => ({ ...p, author: resolve(p.author) })));
    // The opening itself ("I, Wei Lin, declare as follows:") is the declarant's first words, no header field.
    for (const part of parts) if (b.kinds[part.from] === 'metadata') b.add({ type: 'claim', text: lines[part.from]!, speaker: resolve(part.author), section: null }, part.from);
  }
  if (/\n\s*(?:Sincerely|Respectfully|Yours?|Regards|Cordially|With|All|Love)\b/i.test(body)) apply(letterParts(lines), narrated);
  if (/[¹²³⁴⁵⁶⁷⁸⁹]/u.test(body)) creditFootnotedQuotes(b, lines);
  creditAnsweringSigner(b, lines, resolve);
  if (/\n#{1,6} [^\n]* [—–] /.test(body)) {
    const parts = speechParts(lines);
    apply(parts, narrated);
    unsayOwnReportedQuotes(b, lines, parts.map((p) => ({ ...p, author: resolve(p.author) })));
  }
  if (/\n#{1,6} /.test(body)) apply(signedSectionParts(lines), narrated);
  if (/(?:^|\n)\s*(?:Sir|Madam|Dear (?:Sir|Madam|Editor))\b/.test(body)) apply(editorLetterParts(lines), narrated);
  if (/(?:^|\n)\s*(?:[Mm]y\s+)?[Dd]ear(?:est)?\s[^\n]{1,40},\s*\n/.test(body)) apply(salutedLetterParts(lines), narrated);
  apply(tributeParts(lines), narrated);
  // (a researcher's bracketed note inside a testimony, "[The witness showed researchers …]", stays the collection's)
  if (/(?:^|\n)(?:#{1,6}\s+)?(?:Testimony|Witness|Survivor|Account|Statement|Respondent|Interviewee)\s+(?:No\.\s*)?\d/.test(body)) {
    const notes = new Set<number>();
    lines.forEach((l, i) => { if (/^\s*\[/.test(l)) notes.add(b.fileLine(i)); });
    apply(testimonyParts(lines), (r) => narrated(r) && !notes.has(r.line) && !/^\s*\[/.test(r.text));
  }
  if (/\n[^\n,]{4,40}, [^\n]{3,80}\n/.test(body)) apply(remarksParts(lines), narrated);
  if (/\n[^\n,(]{4,40}(?:, | \()\d{1,3}\b/.test(body)) creditVoxPops(b, lines, narrator, resolve);
  if (/\n[\p{Lu} ]{12,}\n/u.test(body)) {
    const parts = headingParts(b, lines);
    apply(parts, (r) => r.type === 'quote' && r.speaker === null);
    for (const part of parts) {
      const from = b.fileLine(part.from);
      const to = b.fileLine(part.to);
      for (const r of b.records) if (r.line >= from && r.line <= to && r.section === null) r.section = normalizeSpace(lines[part.from - 1]!);
    }
  }
}
