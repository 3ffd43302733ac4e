/**
 * A news database's export: one file, several articles, as Nexis Uni and Factiva write them. Each
 * article opens with a header of its own (the headline, the publication, the day, "Byline: …",
 * "Section: …", "Length: 412 words" / "By …", "612 words", "(c) 2022 …") and ends on the
 * database's mark ("End of Document"; Factiva's "Document LBA0000020220314ei3e00123"), after a
 * footer of fields ("Load-Date: …", "Classification", "Subject: …").
 *
 * The prose reader takes the file as one article with one header, so every record was dated by
 * the first article, its claims were the first header's author (or its publication's), and the
 * other articles' headers and fields were claims. Here, after it: each article's records take the
 * article's day (`DraftRecord.published`), its byline as the narrator of its claims, and its
 * headline as their section; the header and footer lines are the export's furniture (their words
 * stay searchable as nearby lines).
 *
 * Only a file whose articles each end on the mark and carry the export's own fields is read so: a
 * story that says "End of Document" in a sentence is no export.
 *
 * Other databases number each record ABOVE it and end it on nothing: ProQuest ("Document 1 of 4",
 * the headline, "Author: Surname, Given", "Publication info: The Times; London. 12 Mar 2021: 4.",
 * "Full text:", then a footer of "Subject:", "Document URL:", "Database:" … over a "____" rule),
 * EBSCO ("Record: 1", a block of "Title:", "Authors:", "Source: … 6/14/2019, Vol. 41 …" fields,
 * the title again over the full text, a "Copyright of … is the property of …" paragraph), the
 * older Nexis ("1 of 2 DOCUMENTS", fields in capitals, "HEADLINE:", "BODY:", "LOAD-DATE:"). There
 * a record runs from its number to the next one's.
 */
import { readDateText } from '../corpus/meta.js';
import { lazy } from '../model/regexp.js';
import type { DocBuilder, DraftRecord } from './builder.js';
import { bylineName } from './chrome.js';
import { isNameShaped } from './labels.js';
import { narratorOf, normalizeSpace, wordCount } from './text.js';

/** The end of an article: Nexis's line, or Factiva's accession number. */
const END_MARK = lazy(() => /^\s*(?:End of Document|Document [A-Za-z0-9]{20,32})\s*$/);
/**
 * The start of an article, in the exports that number their records above each one: ProQuest's
 * "Document 1 of 4", the older Nexis's "1 of 2 DOCUMENTS", EBSCO's "Record: 1".
 */
const OPEN_MARK = lazy(() => /^\s*(?:Document \d{1,5} of \d{1,5}|\d{1,5} of \d{1,5} DOCUMENTS|Record:? \d{1,5})\s*$/);
/**
 * A field of a database's record ("Author: Whitcombe, Daniel", "Publication info: …", "Subject Terms:
 * …", "HEADLINE: …"): a label of one to four words before the colon. Read only in the header and the
 * footer of a record the export's marks set apart.
 */
const RECORD_FIELD = lazy(() => /^\s*(\p{Lu}[\p{L}/-]*(?: [\p{L}/-]+){0,3})\s*:(?:\s+(.*))?$/u);
/**
 * The fields a numbered record's footer holds, under its body: ProQuest's ("Subject:", "Publication
 * title:", "Document URL:", "Database:"), the older Nexis's in capitals ("LOAD-DATE:", "LANGUAGE:").
 * Named, because a footer's field is shaped as a broadcast's turn is ("FENWICK: And the money?").
 */
const FOOTER_FIELD = lazy(() => /^(?:Subject(?: Terms)?|Company \/ organization|Companies|Location|Places?|People|Person|Identifier \/ keyword|Publication (?:title|year|date|subject|info)|First page|Year|Section|Publisher|Place of publication|Country of publication|ISSN|ISBN|Source type|Language(?: of publication)?|Document (?:type|URL|feature)|ProQuest document ID|Copyright|Last updated|Database|Dateline|Credit|Caption|Illustration|Number of pages|Links|Accession Number|Notes|Graphic|Distribution|URL|Acc-No|Publication-Type|Type|Load-Date|Organization|Industry|Geographic|Ticker|Journal-Code|Correction(?:-Date)?|Series|Edition)$/i);
/** The labels of those fields that give the writer, the headline, the day. */
const AUTHOR_LABEL = lazy(() => /^(?:Authors?|Byline|By)$/i);
const TITLE_LABEL = lazy(() => /^(?:Title|Headline|Document title)$/i);
const DAY_LABEL = lazy(() => /^(?:Publication date|Date|Source|Publication info|Load-Date|Dateline)$/i);
/** A rule between records ("_______"), and the label over the body ("Full text:", "BODY:", "Body"). */
const RULE = lazy(() => /^\s*[_=-]{8,}\s*$/);
const BODY_LABEL = lazy(() => /^\s*(?:Body|BODY:|Full text:|Full Text:)\s*$/);
/** The label over the body with the first paragraph's words after it on its line. */
const INLINE_BODY_LABEL = lazy(() => /^\s*(?:Full [Tt]ext|BODY):\s+(?=\S)/);
/** A field of a Nexis article's header or footer ("Length: 412 words", "Load-Date: June 5, 2019"). */
const NEXIS_FIELD = lazy(() => /^\s*(?:Section|Length|Byline|Dateline|Highlight|Load-Date|Language|Publication-Type|Subject|Industry|Geographic|Company|Organization|Person|Ticker|Document-Type|Journal-Code|Graphic|Correction-Date|Correction|Series|Type|Source|Edition|Notes)\s*:\s/);
/** A field's label alone on its line: "Body", "Classification". */
const NEXIS_PART = lazy(() => /^\s*(?:Body|BODY:|Full text:|Classification|Bibliography)\s*$/);
/** Factiva's word count, and its lines of codes and language under the source ("LBA", "English"). */
const WORD_COUNT = lazy(() => /^\s*\d{1,3}(?:,\d{3})*\s+words\s*$/i);
const SOURCE_CODE = lazy(() => /^\s*(?:[A-Z]{2,6}|English|Deutsch|Français|Español|Italiano|Português|Nederlands)\s*$/);
/** A copyright line of the header: "Copyright 2019 Chronicle Media Group All Rights Reserved", "(c) 2022 Reuters Limited". */
const COPYRIGHT = lazy(() => /^\s*(?:Copyright\b|\(c\)|©)/i);
/** The export's page numbers and its cover ("Page 3 of 6", "Results list: 3 documents", "Nexis Uni®"). */
const PAGE_LINE = lazy(() => /^\s*(?:Page \d{1,4} of \d{1,4}(?:\s+(?:©|\(c\)|Copyright).*)?|\d{1,5} documents?|ProQuest|Contact ProQuest|Results? list:.*|Nexis(?: Uni)?®?|Factiva|User Name: .*|Date and Time: .*|Job Number: .*|Documents? \(\d{1,5}\))\s*$/i);
/** A clock time alone ("13:05 GMT", "08:12"): Factiva's time of publication under the day. */
const CLOCK_ALONE = lazy(() => /^\s*\d{1,2}:\d{2}(?:\s*(?:[AP]M|GMT|UTC|ET|EST|EDT|BST|CET))?\s*$/i);
/** A weekday before or after a day ("June 4, 2019 Tuesday", "Tuesday, June 4, 2019"). */
const WEEKDAY = lazy(() => /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)|\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/);

interface Article {
  /** body line indexes: the article's first line (after the mark above it), its header's last line, its mark */
  from: number;
  headerEnd: number;
  to: number;
  headline: string | null;
  byline: string | null;
  published: { date: string | null; year: number } | null;
  /** the header's and footer's lines: the export's furniture */
  furniture: number[];
}

/**
 * Clippings pasted one after another into one file (no database's marks): each opens with its own
 * header, a short headline, maybe a byline ("By Lena Marsh", the name alone), then its day on a
 * line of its own ("April 12, 2022") or as the first paragraph's dateline ("PORTLAND, Maine, Feb.
 * 5, 2018 — …"); a rule ("-----", "***", "====") or nothing between them. Read like an export's
 * articles: each article's records take its day and its byline.
 */
const CLIPPING_RULE = lazy(() => /^\s*(?:[-=_*~#]\s*){3,}$/);
const DATELINE = lazy(() => /^\p{Lu}[\p{Lu} .'’-]{2,30},(.{0,40}?\b(?:19|20)\d{2})\s*(?:[—–]|--)\s/u);
const HEADLINE = lazy(() => /^[\p{Lu}\d‘'"“][^]{0,120}[\p{L}\d’'"”?!)]$/u);

/** Whether the body may be pasted clippings: two lines at least that hold a year. Cheap. */
export function mayBePastedClippings(body: string): boolean {
  const years = body.match(/(?:^|\n)[^\n]{0,60}\b(?:19|20)\d{2}\b/g);
  return !!years && years.length >= 2;
}

/**
 * The articles of pasted clippings, each from its headline to the next one's; [] unless the body
 * opens with one and holds two, or the document's header (read above the body, `headed`) heads the
 * first article and the body holds one more at least.
 */
function clippingArticles(lines: readonly string[], headed: boolean): Article[] {
  const heads: { headline: number; byline: string | null; bylineLine: number; dayLine: number; published: { date: string | null; year: number }; dateline: boolean }[] = [];
  for (let k = 0; k < lines.length; k++) {
    const t = lines[k]!.trim();
    if (!t || !/\d{4}/.test(t)) continue;
    // "By Lena Marsh / April 12, 2022": the byline and the day on one line.
    const both = /^By\s/.test(t) ? /^(By\s.{3,60}?)\s+[/|·—–-]\s+(.{6,40})$/u.exec(t) : null;
    const bothBy = both ? bylineName(both[1]!) : null;
    const alone = both ? (bothBy ? dayOf(both[2]!) : null) : t.length <= 40 ? dayOf(t) : null;
    const dateline = alone ? null : DATELINE().exec(t);
    const published = alone ?? (dateline ? dayIn(dateline[1]!) : null);
    if (!published) continue;
    // Up the header: a byline, maybe, then the headline; one or two lines, blank lines between.
    const above: number[] = [];
    for (let j = k - 1; j >= 0 && above.length < (bothBy ? 1 : 2); j--) {
      const u = lines[j]!.trim();
      if (!u) continue;
      if (CLIPPING_RULE().test(u)) break;
      above.push(j);
    }
    let byline: string | null = null;
    let bylineLine = -1;
    let headline = -1;
    for (const [n, j] of above.entries()) {
      const u = lines[j]!.trim();
      const by = /^By\s/.test(u) ? bylineName(u) : null;
      if (n === 0 && (by || (wordCount(u) >= 2 && wordCount(u) <= 4 && isNameShaped(u))) && above.length === 2) {
        byline = by ?? u;
        bylineLine = j;
        continue;
      }
      headline = j;
      break;
    }
    if (headline < 0) continue;
    if (bothBy) [byline, bylineLine] = [bothBy, k];
    const h = lines[headline]!.trim();
    if (!HEADLINE().test(h) || wordCount(h) > 14 || /[.:;,]$/.test(h)) continue;
    // An article's first paragraph is a sentence (a timeline's dated entries are no articles).
    const lead = alone ? lines.findIndex((l, j) => j > k && !!l.trim()) : k;
    if (lead < 0 || wordCount(lines[lead]!) < 8 || !/[.!?"”]$/.test(lines[lead]!.trim())) continue;
    // A later article with neither a rule above it (or a gap of two blank lines or more), nor a
    // byline, nor a dateline is a box inside an article ("Key dates" / "March 3, 2021" / "The board
    // approved …"), no article of its own.
    let above1 = headline - 1;
    while (above1 >= 0 && !lines[above1]!.trim()) above1--;
    const ruled = above1 < 0 || CLIPPING_RULE().test(lines[above1]!.trim()) || headline - above1 - 1 >= 2;
    if (heads.length > 0 && alone && !byline && !bothBy && !ruled) continue;
    heads.push({ headline, byline, bylineLine, dayLine: k, published, dateline: !alone });
  }
  if (!heads.length) return [];
  const first = lines.findIndex((l) => l.trim());
  if (!(heads.length >= 2 && heads[0]!.headline === first) && !(headed && heads[0]!.headline > first)) return [];
  return heads.map((head, n) => {
    let to = (heads[n + 1]?.headline ?? lines.length) - 1;
    while (to > head.dayLine && !lines[to]!.trim()) to--;
    const furniture = [head.headline];
    if (head.bylineLine >= 0 && head.bylineLine !== head.dayLine) furniture.push(head.bylineLine);
    if (!head.dateline) furniture.push(head.dayLine);
    // The rule under the article, and the blank lines about it.
    while (to > head.dayLine && CLIPPING_RULE().test(lines[to]!.trim())) {
      furniture.push(to);
      to--;
      while (to > head.dayLine && !lines[to]!.trim()) to--;
    }
    return { from: head.headline, headerEnd: head.dateline ? head.headline : head.dayLine, to, headline: lines[head.headline]!.trim(), byline: head.byline, published: head.published, furniture };
  });
}

/** Whether the body may be an export: cheap, before any line is read. */
export function mayBeDatabaseExport(body: string): boolean {
  return body.includes('End of Document') || /\nDocument [A-Za-z0-9]{20,32}\s*(?:\n|$)/.test(body) || /(?:^|\n)[ \t]*(?:Document \d{1,5} of \d{1,5}|\d{1,5} of \d{1,5} DOCUMENTS|Record:? \d{1,5})[ \t]*\n/.test(body);
}

/**
 * The lines of an export's headers and footers (body line indexes): the database's fields, never a
 * voice's label ("Byline: …", "Length: 412 words", "Subject: …"), so an export of articles is no
 * transcript (transcript.ts). Empty for any other text.
 */
export function exportFurnitureLines(lines: readonly string[]): number[] {
  if (!lines.some((l) => l.includes('End of Document') || l.includes('Document') || l.includes('DOCUMENTS') || l.startsWith('Record'))) return [];
  return exportArticles(lines).flatMap((a) => a.furniture);
}

/** A day as an export's header writes it, without its weekday: the calendar date, or null. */
function dayOf(raw: string): { date: string | null; year: number } | null {
  const text = normalizeSpace(raw).replace(WEEKDAY(), '').trim();
  if (text.length > 40 || !/\d{4}/.test(text)) return null;
  const read = readDateText(text);
  return read?.date ? read : null;
}

/** The articles of an export, each ending on its mark and holding the export's fields; [] for any other text. */
function exportArticles(lines: readonly string[]): Article[] {
  const out: Article[] = [];
  let from = 0;
  for (let to = 0; to < lines.length; to++) {
    if (!END_MARK().test(lines[to]!)) continue;
    const article = readArticle(lines, from, to, false);
    if (!article) return [];
    out.push(article);
    from = to + 1;
  }
  if (out.length) {
    // After the last mark, Factiva's "Search Summary" table ("Text\tLedgerly", "Results Found\t1") is the export's.
    const tail = lines.findIndex((l, k) => k >= from && l.trim() === 'Search Summary');
    if (tail >= 0 && lines.slice(from, tail).every((l) => !l.trim())) {
      const last = out.at(-1)!;
      for (let k = tail; k < lines.length; k++) if (lines[k]!.trim()) last.furniture.push(k);
      last.to = lines.length - 1;
    }
    return out;
  }
  // An export that numbers its records above each one: a record runs from its mark to the next.
  const opens = lines.flatMap((l, k) => (OPEN_MARK().test(l) ? [k] : []));
  for (const [n, k] of opens.entries()) {
    let to = (opens[n + 1] ?? lines.length) - 1;
    while (to > k && !lines[to]!.trim()) to--;
    const article = readArticle(lines, n === 0 ? 0 : k, to, true);
    if (!article) return [];
    out.push(article);
  }
  return out;
}

/** "Whitcombe, Daniel" → "Daniel Whitcombe": a database's author field writes the surname first. */
function authorOf(value: string): string | null {
  const v = normalizeSpace(value).replace(/;.*$/, '');
  const inverted = /^(\p{Lu}[\p{L}'’-]+), (\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?)$/u.exec(v);
  if (inverted) return `${inverted[2]} ${inverted[1]}`;
  return bylineOf(v);
}

/**
 * The day inside a field's value: the whole value ("Oct 4, 2022"), or a day set in a citation
 * ("The Times; London (UK) [London]. 12 Mar 2021: 4.", EBSCO's "Review. 6/14/2019, Vol. 41").
 */
function dayIn(value: string): { date: string | null; year: number } | null {
  const whole = dayOf(value);
  if (whole) return whole;
  const named = /\b(\d{1,2} \p{Lu}\p{Ll}{2,8}\.? \d{4}|\p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4})\b/u.exec(value);
  if (named) return dayOf(named[1]!);
  // A citation's slashed day is the US order (EBSCO writes M/D/YYYY).
  const slashed = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(value);
  if (slashed && +slashed[1]! <= 12 && +slashed[2]! <= 31) return { date: `${slashed[3]}-${slashed[1]!.padStart(2, '0')}-${slashed[2]!.padStart(2, '0')}`, year: +slashed[3]! };
  return null;
}

/**
 * One article's header and footer. Its header runs to Nexis's "Body" line, else to the copyright
 * line in its first lines (Factiva's last field). Null when the part holds neither, or no day.
 */
function readArticle(lines: readonly string[], from: number, to: number, opened: boolean): Article | null {
  let headerEnd = -1;
  let lastField = -1;
  for (let k = from, seen = 0; k <= to && seen < 40; k++) {
    const t = lines[k]!.trim();
    if (!t) continue;
    seen++;
    if (BODY_LABEL().test(t)) {
      headerEnd = k;
      break;
    }
    // ProQuest may set the body's first paragraph on the label's own line ("Full text: The council
    // voted…"): the header ends above it, and the label is no word of the paragraph (creditArticle).
    if (INLINE_BODY_LABEL().test(t)) {
      headerEnd = k - 1;
      break;
    }
    if (opened && (RECORD_FIELD().test(t) || OPEN_MARK().test(t))) lastField = k;
    else if (opened && lastField >= 0 && wordCount(t) > 12) break;
    if (COPYRIGHT().test(t) && t.length <= 160) headerEnd = k;
    // Factiva's fields go on past its copyright only with its codes; a paragraph ends the header.
    else if (headerEnd >= 0 && wordCount(t) > 12) break;
  }
  // A numbered record without a body label (EBSCO's): its header is its run of fields.
  if (headerEnd < 0 && opened && lastField >= 0 && RECORD_FIELD().test(lines[lastField]!)) headerEnd = lastField;
  if (headerEnd < 0) return null;
  const furniture: number[] = [];
  const named: { k: number; text: string }[] = [];
  let byline: string | null = null;
  let published: { date: string | null; year: number } | null = null;
  let fields = 0;
  let titled: { k: number; text: string } | null = null;
  let fieldLine = -2;
  // The cover above the first article's page line ("Results list: 3 documents") is furniture too.
  for (let k = from; k <= headerEnd; k++) {
    const t = lines[k]!.trim();
    if (!t) continue;
    furniture.push(k);
    if (opened && (OPEN_MARK().test(t) || RULE().test(t))) {
      // The cover above the first record's mark ("ProQuest", "3 documents") heads no article.
      named.length = 0;
      fields++;
      continue;
    }
    const recordField = opened ? RECORD_FIELD().exec(t) : null;
    if (recordField) {
      fields++;
      fieldLine = k;
      const [label, value] = [recordField[1]!, recordField[2] ?? ''];
      if (AUTHOR_LABEL().test(label) && value) byline ??= authorOf(value);
      else if (TITLE_LABEL().test(label) && value) titled ??= { k, text: value.replace(/\.$/, '') };
      else if (DAY_LABEL().test(label) && value) published ??= dayIn(value);
      continue;
    }
    // An indented line under a field goes on with its value (EBSCO's second author, subject term).
    if (opened && /^\s/.test(lines[k]!) && k === fieldLine + 1) {
      fieldLine = k;
      continue;
    }
    const field = NEXIS_FIELD().exec(t);
    if (field) {
      fields++;
      if (/^Byline/.test(t)) byline ??= bylineOf(t.slice(field[0].length));
      continue;
    }
    if (PAGE_LINE().test(t)) {
      // A cover's lines above the page line ("Results list: 3 documents") head no article.
      named.length = 0;
      continue;
    }
    // Factiva sets the writer's name without "By" right above the word count ("Sarah Doyle" / "612 words").
    const above = named.at(-1);
    if (WORD_COUNT().test(t) && !byline && above && wordCount(above.text) >= 2 && wordCount(above.text) <= 4 && isNameShaped(above.text) && lines.slice(above.k + 1, k).every((l) => !l.trim())) {
      byline = named.pop()!.text;
      fields++;
      continue;
    }
    if (WORD_COUNT().test(t) || COPYRIGHT().test(t) || NEXIS_PART().test(t) || CLOCK_ALONE().test(t) || SOURCE_CODE().test(t)) {
      fields++;
      continue;
    }
    const by = /^By\s/.test(t) ? bylineName(t) : null;
    if (by) {
      byline ??= by;
      fields++;
      continue;
    }
    const day: { date: string | null; year: number } | null = published ? null : dayOf(t);
    if (day) {
      published = day;
      continue;
    }
    if (!published) named.push({ k, text: t });
  }
  // The footer: fields and their part labels under the article's last paragraph.
  for (let k = to; k > headerEnd; k--) {
    const t = lines[k]!.trim();
    if (!t) continue;
    const field = opened ? RECORD_FIELD().exec(t) : null;
    const recordField = field && FOOTER_FIELD().test(field[1]!) ? field : null;
    if ((k === to && !opened) || NEXIS_FIELD().test(t) || NEXIS_PART().test(t) || PAGE_LINE().test(t) || (opened && (recordField || RULE().test(t) || COPYRIGHT().test(t) || /^\s/.test(lines[k]!)))) {
      furniture.push(k);
      if (/^Load-Date\s*:/i.test(t)) published ??= dayOf(t.slice(t.indexOf(':') + 1));
      if (recordField && /^Publication date$/i.test(recordField[1]!) && recordField[2]) published ??= dayIn(recordField[2]);
      continue;
    }
    break;
  }
  // A page line inside the body (a long article runs over pages) is furniture too.
  for (let k = headerEnd + 1; k < to; k++) if (PAGE_LINE().test(lines[k]!.trim())) furniture.push(k);
  if (fields === 0 || !published) return null;
  // The headline: the longest line of the header above its day (the publication's name is shorter,
  // Factiva's section label over the headline too).
  const headline = titled ?? named.reduce<{ k: number; text: string } | null>((best, n) => (!best || wordCount(n.text) > wordCount(best.text) ? n : best), null);
  // EBSCO sets the title again over the full text: a heading, the record's furniture.
  if (titled) {
    const first = lines.findIndex((l, k) => k > headerEnd && l.trim());
    if (first > 0 && first < to && normalizeSpace(lines[first]!).replace(/\.$/, '') === titled.text) furniture.push(first);
  }
  return { from, headerEnd, to, headline: headline?.text ?? null, byline, published, furniture };
}

/** The name a Nexis byline field gives ("Kwesi Mensah", "By Kwesi Mensah in Accra", "KWESI MENSAH"), or null. */
function bylineOf(value: string): string | null {
  // the place is a few words: bounded, so that a line of " in "s is not scanned to its end from each one
  const v = normalizeSpace(value).replace(/\s+in\s+\p{Lu}[\p{L}\s]{0,60}$/u, '');
  const by = bylineName(/^By\s/i.test(v) ? v.replace(/^by/i, 'By') : `By ${v}`);
  if (by) return by;
  return wordCount(v) >= 2 && wordCount(v) <= 4 && isNameShaped(v) ? v : null;
}

/**
 * Each article of an export: its records dated by it, its narrated records its byline's (none
 * without one), its headline their section; its header and footer furniture. The number of
 * articles read (0: no export).
 */
export function readDatabaseExport(b: DocBuilder, lines: readonly string[]): number {
  const exported = exportArticles(lines);
  const articles = exported.length ? exported : clippingArticles(lines, b.input.bodyLine > 1);
  if (!articles.length) return 0;
  const narrator = narratorOf(b.input.meta, b.input.registry);
  const resolve = (name: string) => b.input.registry.resolve(name) ?? name;
  // A record's section that is some article's header or footer line ("Body", "End of Document", the
  // mark above the article) heads nothing: the article's headline does.
  // (A transcript's section drops the label's colon: "BODY:" heads as "BODY".)
  const headerTexts = new Set(articles.flatMap((a) => a.furniture.flatMap((k) => [normalizeSpace(lines[k]!), normalizeSpace(lines[k]!).replace(/:$/, '')])));
  const allFurniture = new Set(articles.flatMap((a) => a.furniture));
  for (const a of articles) {
    const furniture = new Set(a.furniture);
    const headlineLine = a.headline === null ? -1 : a.furniture.find((k) => lines[k]!.trim() === a.headline) ?? -1;
    const [from, to] = [b.fileLine(a.from), b.fileLine(a.to)];
    for (let n = b.records.length - 1; n >= 0; n--) {
      const r = b.records[n]!;
      if (r.line < from || r.line > to) continue;
      if (furniture.has(r.line - b.input.bodyLine) && furniture.has(r.endLine - b.input.bodyLine)) {
        b.records.splice(n, 1);
        continue;
      }
      endBeforeFurniture(b, r, allFurniture, lines);
      creditArticle(r, a, narrator, resolve, headerTexts);
    }
    for (const k of furniture) b.kinds[k] = k === headlineLine ? 'heading' : 'metadata';
  }
  return articles.length;
}

/**
 * A turn that ran on into the article's footer and the next article's header (a transcript's last
 * answer takes every line up to the next label): cut where the first of those lines starts.
 */
function endBeforeFurniture(b: DocBuilder, r: DraftRecord, furniture: ReadonlySet<number>, lines: readonly string[]): void {
  const [first, last] = [r.line - b.input.bodyLine, r.endLine - b.input.bodyLine];
  let k = first + 1;
  while (k <= last && !furniture.has(k)) k++;
  if (k > last) return;
  const at = r.text.indexOf(lines[k]!.trim());
  if (at <= 0) return;
  r.text = r.text.slice(0, at).trimEnd();
  let end = k - 1;
  while (end > first && !lines[end]!.trim()) end--;
  r.endLine = b.fileLine(end);
}

function creditArticle(r: DraftRecord, a: Article, narrator: string | null, resolve: (name: string) => string, headerTexts: ReadonlySet<string>): void {
  r.published = a.published!;
  if (INLINE_BODY_LABEL().test(r.text)) r.text = r.text.replace(INLINE_BODY_LABEL(), '');
  if (r.section === null || headerTexts.has(r.section)) r.section = a.headline;
  if (r.type !== 'quote' && (r.speaker === null || r.speaker === narrator)) r.speaker = a.byline ? resolve(a.byline) : null;
}
