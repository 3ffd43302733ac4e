
import { lazy } from '../model/regexp.js';

/**
 * Online threads and chats copied as text: a comment's or a message's header
 * names who wrote what is below it, with the post's furniture around the name
 * (its age, its points, a date and time, an "OP" mark, a collapse button):
 *
 *   [–]crumb_lord 812 points 4 years ago          old Reddit
 *   [–]QuietRiverBaker[S] 1,044 points 4 years ago
 *   mkovalenko 2 days ago [–]                      Hacker News
 *   Dr. Ana Ruiz @ana_epi · Mar 9, 2021            Twitter / X
 *   Mum, 18 Aug 2022 19:02                         an SMS or Telegram export
 *   **Oksana Hrytsenko**, [20.01.2024 18:03]
 *   u/name                                         new Reddit: the name alone, the
 *   OP / · 3 yr. ago / · 1,876 points              furniture on the lines below it
 *
 * Such a line is a speaker label standing alone (the message below it is the
 * turn); the furniture lines around it ("level 2", "OP", "· 3 yr. ago",
 * "reply", "Replying to @ana_epi", "1.2k comments") are markup. Self-contained:
 * labels.ts reads these headers through `threadHeaders`.
 */

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
const CALENDAR = String.raw`(?:${MONTH} \d{1,2}(?:, \d{4})?|\d{1,2} ${MONTH}(?:,? \d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})`;
/** When a post was written: its age ("3 yr. ago", "4 years ago"), a date, a time, or both. */
const WHEN = String.raw`(?:\d+\s*(?:yr|yrs|years?|y|mo|mos|months?|wk|wks|weeks?|w|d|days?|h|hr|hrs|hours?|m|min|mins|minutes?|s|secs?|seconds?)\.?\s+ago|an?\s+(?:year|month|week|day|hour|minute)\s+ago|just now|(?:Today|Yesterday) at ${CLOCK}|${CALENDAR}(?:,?\s+(?:at\s+)?${CLOCK})?|${CLOCK})`;
/** The units of an age cut to letters, as a post's header prints them: "2y", "5mo", "14h", "3 d". */
const AGE_LETTERS = '(?:s|m|h|d|w|mo|y|yr)';
/** A post's score or a count of its replies: "1,876 points", "1.2k comments", "3 replies". */
const COUNT = String.raw`[\d.,]+[kKmMbB]?\s+(?:points?|pts|votes?|upvotes?|comments?|replies|likes?|retweets?|reposts?|quote tweets?|quotes?|bookmarks?|shares?|views?|subscribers?|boosts?|favou?rites?)`;
const SEP = String.raw`(?:\s*[·•|,—–]\s*|\s+)`;
/** A name as a header writes it: a Reddit or Twitter handle, a nick, or up to four capitalised words with an honorific. */
// YouTube's comment header names its writer by the handle with its "@" ("@fjordwatcher 2 days ago").
const HANDLE = String.raw`(?:u\/|@)?[\p{L}\p{N}_][\p{L}\p{N}_.-]{1,29}`;
const WORDS = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Prof)\.? )?[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3}`;
/** The marks around a name: old Reddit's collapse button "[–]" and submitter "[S]", an "(OP)", an @handle. */
// An @handle mark is the whole handle: never its first letters, the rest read as the name.
// (A crowdfunding page's comment marks the campaign's own replies with a badge in brackets: "**Friends of the Palace** (Creator) · 3 days ago".)
const MARK = String.raw`(?:\[[–\-+]\]|\[[SMA]\]|\(OP\)|\((?:Creator|Author|Admin|Moderator)\)|OP|@[\p{L}\p{N}_]{1,30}(?![\p{L}\p{N}_]))`;
const FURNITURE = String.raw`(?:${WHEN}(?:\s+\(edited\)|\*)?|${COUNT}|${MARK}|\[${WHEN}\])`;
/** Hacker News's links after a comment's age: "| parent | next [–]". */
const HN_LINKS = String.raw`(?:\s*\|\s*(?:parent|root|prev|next|context|flag|favorite|hide|past|edit|delete|vouch|link)(?:\s+\[[–\-+]\])?)*`;

/**
 * A post's age in a letter after a dot, as new Reddit's compact view prints it: "u/name · 2y",
 * "u/name OP · 5mo". Only after the dot: a bare "2d" after a name could be anything.
 */
const DOT_AGE = String.raw`[·•]\s*\d{1,2}\s?${AGE_LETTERS}(?![\p{L}\p{N}])`;
/** One line: marks, a name (in bold or not), then furniture only, at least one of it a time or a score. */
export const HEADER_LINE = lazy(() => new RegExp(
  String.raw`^(?:${MARK}\s*)?(?:\*\*|__)?(${WORDS}|${HANDLE})(?:\*\*|__)?(?:\[[SMA]\])?((?:${SEP}${FURNITURE}|\s*${DOT_AGE})+)${HN_LINKS}\s*$`,
  'u',
));
const HAS_COUNT = lazy(() => new RegExp(COUNT, 'iu'));
const HAS_WHEN_OR_COUNT = lazy(() => new RegExp(String.raw`(?:${WHEN}|${COUNT}|${DOT_AGE})`, 'iu'));
/** A subreddit's staff tag in brackets after a handle: "[DEV]", "[Developer]", "[Mod]". */
const FLAIR_TAG = String.raw`\[\p{L}[\p{L}\p{N} .&'’-]{0,23}\]`;
/** A forum post's header (a flair after the name perhaps: "Posted by u/Ironbark_Official [DEV] · 2y ago"): "Posted by: greenthumb_marge on June 21, 2017, 08:14:33 AM", "Posted by u/name"; old Reddit's "submitted 9 years ago * by name" (the "*": edited); Hacker News's "412 points by name 6 years ago | hide | past | favorite | 167 comments". */
const POSTED_BY = lazy(() => new RegExp(String.raw`^(?:(?:Posted|Submitted) by:?|Post by|submitted\s+${WHEN}\s?\*?\s+by|[\d,]+ points? by)\s+(?:\*\*|__)?(${WORDS}|${HANDLE})(?:\*\*|__)?(?:\s+${FLAIR_TAG})?(?:\s+on:?\s+${WHEN}|\s+»\s+${WEEKDAY}${WHEN}|(?:${SEP}${FURNITURE}|\s*${DOT_AGE})+)?${HN_LINKS}(?:\s*\|\s*${COUNT})?\s*$`, 'u'));
/**
 * A forum's post header by its name and its "»" before the date, the first post's and the replies'
 * in their own words: "Original post by NAME » Mon 09 Sep 2024, 21:14", "Reply from NAME » …". The
 * "»" and the date are needed: "Reply from NAME" alone is a review page's owner answering (reviews.ts).
 */
const ARROW_POST_BY = lazy(() => new RegExp(String.raw`^(?:Original\s+post|Reply|Post)\s+(?:by|from)\s+(?:\*\*|__)?(${WORDS}|${HANDLE})(?:\*\*|__)?\s+»\s+${WEEKDAY}${WHEN}\s*$`, 'u'));
/** A forum post's header line, "Posted by …" or "Reply from NAME » DATE": its match (1: the name), or null (the cheap tests first). */
function postedByMatch(s: string): RegExpExecArray | null {
  if (/^(?:(?:Posted|Submitted|Post) by|submitted |\d[\d,]* points? by )/.test(s)) return POSTED_BY().exec(s) ?? (s.includes('»') ? ARROW_POST_BY().exec(s) : null);
  return /^(?:Original post|Reply) (?:by|from) /.test(s) && s.includes('»') ? ARROW_POST_BY().exec(s) : null;
}
/** A weekday before a forum post's date: "Thu Jul 15, 2021 3:12 am" (phpBB). */
const WEEKDAY = String.raw`(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},?\s+)?`;
/**
 * A forum post's quotation of an earlier post: "Quote from: NAME on DATE" (SMF, phpBB's plain-text copy),
 * the quoted words on the line under it. The name, or null.
 */
export function forumQuoteOf(raw: string): string | null {
  if (!raw.startsWith('Quote from:')) return null;
  const m = FORUM_QUOTE().exec(raw.trim());
  return m && !NOT_A_NAME().test(m[1]!) ? m[1]! : null;
}
const FORUM_QUOTE = lazy(() => new RegExp(String.raw`^Quote from:\s+(${WORDS}|${HANDLE})\s+on\s+${WEEKDAY}${WHEN}\s*$`, 'u'));
/**
 * A code host's comment or review header: "**tkaminski** commented on Feb 12, 2024", a pull request's
 * "hlindqvist approved these changes on Feb 10, 2025" and "… reviewed on …" (the review's words under
 * it), an app's "github-actions bot commented on …" (the badge after the name: no part of it).
 */
const COMMENTED = lazy(() => new RegExp(String.raw`^(?:\*\*|__)?(${HANDLE})(?:\*\*|__)?(?:\s+\([\p{L} ]{1,30}\)|\s+bot)?\s+(?:commented|reviewed|approved these changes|requested changes)\s+on\s+${WHEN}\s*$`, 'u'));
/** The words every COMMENTED header holds, one of them: the cheap test before the pattern. */
const COMMENTED_VERB = lazy(() => / (?:commented|reviewed|approved these changes|requested changes) on /);
/** A name alone on its line, the furniture on the lines below it (new Reddit). */
const NAME_ALONE = lazy(() => new RegExp(String.raw`^(?:\*\*|__)?(u\/[\p{L}\p{N}_-]{2,30}|@[\p{L}\p{N}_][\p{L}\p{N}_.-]{1,29}|${WORDS})(?:\*\*|__)?(?:\s+[•·]\s+(?:1st|2nd|3rd\+?|Author|Premium|Verified|Following))?$`, 'u'));
/** A day alone on its line, with its year: "5 November 2025", "November 5, 2025". */
const DAY_ALONE = lazy(() => new RegExp(String.raw`^(?:\d{1,2} ${MONTH} \d{4}|${MONTH} \d{1,2}, \d{4})$`, 'u'));
/** A guest book's writer alone on a line: a name, a couple's ("Margaret & Tom Hill"), "The NAME family". */
const WRITER_ALONE = lazy(() => new RegExp(String.raw`^(?:The )?${WORDS}(?: (?:&|and) ${WORDS})?(?: family)?$`, 'u'));
/** A place alone on its line, its region after a comma: "Milford, Connecticut", "Portland, OR", "Stourport-on-Severn, Worcestershire". */
const PLACE_LINE = lazy(() => /^\p{Lu}[\p{L}'’.-]*(?:[ -]\p{L}[\p{L}'’.-]*){0,3}, \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u);
/** A writer's name (a couple's, "The NAME family", a maiden name in brackets), a comma, then a place of a few words: "Sandra Kettle (née Whitcombe), Perth, Western Australia". */
const SIGNED_WITH_PLACE = lazy(() => new RegExp(String.raw`^((?:The )?${WORDS}(?: (?:&|and) ${WORDS})?(?: family)?)(?: \((?:née|nee|formerly) [^()]{1,30}\))?, (\p{Lu}[\p{L}'’.-]*(?:[ -]\p{L}[\p{L}'’.-]*){0,3}(?:, \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})?)$`, 'u'));
/**
 * A post's handle: X's "@cz_binance", Mastodon's "@hvos@mastodon.social", Bluesky's, which is a
 * domain ("@rosaimbert.bsky.social", "@nytimes.com").
 */
const POST_HANDLE = String.raw`@[\p{L}\p{N}_]{1,30}(?:@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,4}|(?:\.[\p{L}\p{N}-]{1,63}){1,4})?`;
/** A post's handle alone under its author's display name. */
const HANDLE_ALONE = lazy(() => new RegExp(String.raw`^${POST_HANDLE}$`, 'u'));
/**
 * The display name and the handle on one line, the handle in brackets: "Dr Rosa Imbert
 * (@rosaimbert.bsky.social)", as a thread's posts are copied into a document or an export writes them.
 */
const NAME_WITH_HANDLE = lazy(() => new RegExp(String.raw`^(${WORDS}) \((${POST_HANDLE})\)$`, 'u'));
/** A post's handle alone on its line, or beside the display name in brackets: the line heads a post. */
export function isPostHandleLine(raw: string): boolean {
  const s = raw.trim();
  return s.startsWith('@') ? HANDLE_ALONE().test(s) : s.endsWith(')') && NAME_WITH_HANDLE().test(s);
}
/** A LinkedIn post's relative age: "2w •", "1w", "3mo • Edited", "2d • Edited •" (the globe after it lost in the copy). */
const SHORT_AGE = lazy(() => new RegExp(String.raw`^\d{1,2}\s?${AGE_LETTERS}\s*(?:[•·]\s*(?:Edited\s*)?)*$`, 'i'));
/** A line of furniture only: "level 2", "OP", "· 3 yr. ago", "· 1,876 points", "reply", "Replying to @ana_epi". */
export const FURNITURE_LINE = lazy(() => new RegExp(
  String.raw`^(?:[·•]|\d{1,2}\s?${AGE_LETTERS}\s*(?:[•·]\s*(?:Edited\s*)?)*|level \d{1,2}|OP|Author|reply|(?:Replying to|In reply to)(?: ${POST_HANDLE})*|${CALENDAR},? ${CLOCK}(?: · [^·]{1,30}){0,4}|(?:Reply|Re|Comment) #\d{1,5}(?: on:? ${WHEN})?|${CLOCK} · ${CALENDAR}(?: · [^·]{1,30})?|${COUNT} by ${HANDLE} ${WHEN}(?:\s*\|\s*[^|]{1,30})*|${SEP}?(?:${FURNITURE})(?:${SEP}${FURNITURE})*)$`,
  'iu',
));
/*
 * Pre-checks. HEADER_LINE and FURNITURE_LINE are large (a time or a date in every form, twice
 * over): compiling them costs ≈ 20 and ≈ 80 ms of CPU in each process, more than parsing a
 * document, and they were run on every line of every document. Each pre-check below is only
 * what every match of its pattern has (its first and last characters, with the pattern's own
 * flags), so a line it turns away is one the pattern would turn away: the pattern is compiled
 * only where a line could be a header, and most documents have none.
 */
/** How a header line ends: furniture (an age, a time, a date, a score or a count, a mark); a handle's "@" may end it anywhere. */
const HEADER_END = lazy(() => new RegExp(
  String.raw`(?:ago\*?|now|\d|\d\s?${AGE_LETTERS}|[Mm]\.?|[\])]|OP|points?|pts|votes?|comments?|replies|likes?|tweets?|reposts?|quotes?|bookmarks?|shares?|views?|subscribers?|boosts?|favou?rites?|${MONTH})$`,
  'u',
));
/** Forms of a furniture line that show at its start: "level 2", "OP", "reply", "Replying to @x", "Reply #3", "10:02 · …", "12 points by …". */
const FURNITURE_LINE_OPENS = lazy(() => new RegExp(
  String.raw`^(?:level \d|OP$|Author$|reply$|(?:Replying to|In reply to)(?: @|$)|${CALENDAR},? ${CLOCK} · |(?:Reply|Re|Comment) #\d|${CLOCK} · |[\d.,]+k?\s+(?:quote\s)?\p{L}+ by )`,
  'iu',
));
/** How a line of furniture items alone starts: a separator, a digit, a mark, an age in words, a day, a month. */
const FURNITURE_ITEMS_START = lazy(() => new RegExp(
  String.raw`^(?:[\d.,·•|—–\[@]|\(OP\)|OP(?:[\s·•|,—–]|$)|an?\s+(?:year|month|week|day|hour|minute)\s+ago|just now|(?:Today|Yesterday) at|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)`,
  'iu',
));
/** …and how it ends (or it holds a handle's "@"). */
const FURNITURE_ITEMS_END = lazy(() => new RegExp(
  String.raw`(?:ago|now|\d|m\.?|[\])]|OP|points?|pts|votes?|comments?|replies|likes?|tweets?|reposts?|quotes?|bookmarks?|shares?|views?|subscribers?|boosts?|favou?rites?|${MONTH}|\d\s?(?:s|h|d|w|mo|y|yr)|[•·]|Edited)$`,
  'iu',
));

/** False for a trimmed line HEADER_LINE cannot match: it opens with a name or a mark, has a separator, and ends in furniture. */
export function mayBeHeaderLine(s: string): boolean {
  return /^[\p{L}\p{N}_\[(@*]/u.test(s) && /[\s·•|,—–]/u.test(s) && (HEADER_END().test(s) || s.includes('@'));
}

/** False for a trimmed line FURNITURE_LINE cannot match. */
export function mayBeFurnitureLine(s: string): boolean {
  return FURNITURE_LINE_OPENS().test(s) || (FURNITURE_ITEMS_START().test(s) && (FURNITURE_ITEMS_END().test(s) || s.includes('@')));
}

/**
 * Words of a page's byline or a status, never a name of a header: "Updated 2 days ago", "Posted 3 years ago",
 * a Q&A site's stamp over its user card ("asked Sep 14, 2022 at 10:21", "answered …").
 */
const NOT_A_NAME =
  lazy(() => /^(?:transcript|recording|attendees|participants|agenda|updated|edited|posted|asked|answered|published|submitted|last|modified|created|joined|sent|seen|active|online|level|reply|OP|verified|all|by|at|on|and|the|today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)$/i);

export interface ThreadHeader {
  /** the speaker as written ("u/crumb_lord", "Dr. Ana Ruiz") */
  name: string;
  /** the header lines' furniture around the name: markup */
  furniture: number[];
  /** who the header says the writer is: a LinkedIn headline under the name ("Head of Product, FinEdge"), an X handle ("@cz_binance") */
  role?: string;
  /** a forum post's user name as the forum writes it ("marta_k"), where the header gives one apart from the name */
  user?: string;
}

/** A forum's "Posted by …" header (the cheap test first: most lines a label form reads are no such line). */
function isPostedBy(s: string): boolean {
  s = withoutCommunity(s);
  return postedByMatch(s) !== null;
}
/** The community before a submission's "Posted by …" ("**r/binance** · Posted by u/name · …"): where, not who. */
const COMMUNITY = lazy(() => /^(?:\*\*|__)?r\/[\p{L}\p{N}_]{2,30}(?:\*\*|__)?\s*[·•|]\s*(?=(?:Posted|Submitted) by)/u);
function withoutCommunity(s: string): string {
  return s.startsWith('r/') || s.startsWith('**r/') || s.startsWith('__r/') ? s.replace(COMMUNITY(), '') : s;
}

/** The name a one-line header gives, or null. */
function headerOnLine(raw: string): string | null {
  const s = raw.trim();
  if (s.length > 120) return null;
  // A Markdown copy of a Reddit thread sets each top-level comment's header as a heading:
  // "### u/salt_and_diesel · 2.4k points", "## @ana_k · 3 days ago". The heading marks go; only
  // a handle (u/ or @) or a score makes it a header, so "## March 3, 2021" stays a heading.
  if (s.charCodeAt(0) === 0x23) {
    const inner = /^#{1,6}[ \t]+(\S.*)$/.exec(s)?.[1];
    if (!inner || inner.charCodeAt(0) === 0x23) return null;
    const name = headerOnLine(inner);
    return name && (/^(?:u\/|@)/.test(name) || HAS_COUNT().test(inner)) ? name : null;
  }
  const posted = postedByMatch(withoutCommunity(s));
  if (posted && !NOT_A_NAME().test(posted[1]!)) return posted[1]!;
  // Every header has a time, a date, an age or a score: a line without a digit or "ago" (most lines) is none.
  if (!/\d|\bago\b|just now/i.test(s)) return null;
  // A code host's comment header: "**tkaminski** commented on Feb 12, 2024", "**amelia-ng** (Member) commented on …".
  const commented = COMMENTED_VERB().test(s) ? COMMENTED().exec(s) : null;
  if (commented && !NOT_A_NAME().test(commented[1]!)) return commented[1]!;
  if (!mayBeHeaderLine(s)) return null;
  const tagged = s.includes('|') ? TAGGED_SENDER().exec(s) : null;
  if (tagged && !NOT_A_NAME().test(tagged[1]!)) return tagged[1]!;
  const flaired = s.includes('u/') && !HEADER_LINE().test(s) ? FLAIRED_HEADER().exec(s) : null;
  const m = flaired ? [flaired[0], flaired[1]!, flaired[3]!] : HEADER_LINE().exec(s);
  if (!m || !HAS_WHEN_OR_COUNT().test(m[2]!)) return null;
  const name = m[1]!.replace(/[.,]+$/, '');
  if (NOT_A_NAME().test(name) || /^\d/.test(name)) return null;
  // "Fri, 2 Jun 2023 · 31 min": a weekday's short name opening a date, a dateline, no poster "Fri".
  if (WEEKDAY_SHORT().test(name) && DAY_MONTH_AFTER().test(m[2]!)) return null;
  return name;
}
/**
 * A Telegram Desktop copy's header whose sender's display name carries a tag after a bar
 * ("Elena | LumenChain Mod, [12.03.24 22:00]", "Jonas | Team, [02.05.2024 18:10:44]"): the name
 * before the bar is the sender (1), the tag who they are to the group (2). The date and time in
 * brackets close the line.
 */
const TAGGED_SENDER = lazy(() => new RegExp(String.raw`^(${WORDS}|${HANDLE})\s+\|\s+([^|,[\]]{1,30}?),\s+\[\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+${CLOCK}\]$`, 'u'));
/**
 * A Reddit comment's header whose handle carries the subreddit's flair before its score or age: a
 * staff tag in brackets ("**u/CW_Ravi** [DEV] · 388 points") or a title in capitalised words
 * ("**u/Ironbark_Dana** Community Manager · 166 points"): the handle (1) writes; the flair (2) is who
 * they are to the community; the furniture (3).
 */
const FLAIRED_HEADER = lazy(() => new RegExp(String.raw`^(?:\*\*|__)?(u\/[\p{L}\p{N}_-]{2,30})(?:\*\*|__)?\s+(?:${MARK}\s+)?(${FLAIR_TAG}|\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})((?:${SEP}${FURNITURE})+)\s*$`, 'u'));
/** The tag of such a header ("LumenChain Mod"), or a Reddit flair ("DEV", "Community Manager"), else undefined. */
function senderTagOf(raw: string): string | undefined {
  const s = raw.trim();
  if (s.length > 120) return undefined;
  if (s.includes('u/') && !HEADER_LINE().test(s)) {
    const flaired = FLAIRED_HEADER().exec(s);
    if (flaired && HAS_WHEN_OR_COUNT().test(flaired[3]!)) return flaired[2]!.replace(/^\[|\]$/g, '');
  }
  return s.includes('|') ? TAGGED_SENDER().exec(s)?.[2]?.trim() : undefined;
}
const WEEKDAY_SHORT = lazy(() => /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/i);
/** A date's day and month right after the weekday: "2 Jun 2023", "Jun 2, 2023", "3/14". */
const DAY_MONTH_AFTER = lazy(() => /^[\s,]*(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3}|\p{L}{3,9}\.?\s+\d{1,2}\b|\d{1,2}[/.-]\d{1,2})/u);

/**
 * The words a furniture line can hold where it holds no free text (no "·", "|", "@" or "by",
 * after which FURNITURE_LINE takes any text): its fixed words, the units of an age, the months,
 * the halves of a clock's day, the names of counts, the marks' letters.
 */
const FURNITURE_WORDS = new Set(
  (
    'level op reply replying in to re comment on ago an a just now today yesterday at ' +
    'yr yrs year years y mo mos month months wk wks week weeks w d day days h hr hrs hour hours m min mins minute minutes s sec secs second seconds ' +
    'jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december ' +
    'am pm p k b point points pts vote votes upvote upvotes comments replies like likes retweet retweets repost reposts quote quotes tweet tweets view views ' +
    'bookmark bookmarks share shares subscriber subscribers boost boosts favourite favourites favorite favorites edited author'
  ).split(' '),
);
/** The characters such a line is made of: letters (those words), digits, spaces, the separators and marks' punctuation. */
const FURNITURE_CHARS = lazy(() => /^[A-Za-z\d\s.,:/#()[\]+•–—-]*$/);
/** A date or a bracketed time alone, furniture (FURNITURE_LINE's own forms): "Mar 29, 2021", "[16:00:03]". */
const DATE_ALONE = lazy(() => new RegExp(String.raw`^(?:${CALENDAR}|\[${CLOCK}\])$`, 'iu'));
/** A month and a year ("July 2017"): a dateline, no furniture (no form of FURNITURE_LINE has it). */
const MONTH_YEAR = lazy(() => new RegExp(String.raw`^${MONTH} \d{4}$`, 'i'));

/**
 * FURNITURE_LINE's answer for the lines articles and transcripts put through it most (a date,
 * a month and year, a heading, a cue's time line, a number), without compiling it: true or
 * false where that answer is sure, null where only the pattern can tell.
 */
function furnitureWithoutPattern(s: string): boolean | null {
  // free text after "·", "|", "@" or "by"; a non-ASCII letter that folds to an ASCII one ("ſ")
  if (/[·|@]|[^\x00-\x7f•–—]|\bby\b/i.test(s)) return null;
  if (!FURNITURE_CHARS().test(s)) return false;
  for (const m of s.matchAll(/[A-Za-z]+/g)) if (!FURNITURE_WORDS.has(m[0].toLowerCase())) return false;
  if (/^\d+$/.test(s) || MONTH_YEAR().test(s)) return false;
  return DATE_ALONE().test(s) ? true : null;
}

/** A line that is only a thread's furniture. */
export function isThreadFurniture(raw: string): boolean {
  const s = raw.trim();
  if (s.length === 0 || s.length > 80) return false;
  // A separator alone between a post's header lines ("·"), a LinkedIn age ("2w •"): FURNITURE_LINE's first forms.
  if (s === '·' || s === '•' || SHORT_AGE().test(s)) return true;
  // A handle alone, under its display name (Mastodon's "@hvos@mastodon.social": FURNITURE_LINE's marks hold no server).
  if (s.startsWith('@') && HANDLE_ALONE().test(s)) return true;
  if (!mayBeFurnitureLine(s)) return false;
  return furnitureWithoutPattern(s) ?? FURNITURE_LINE().test(s);
}

/** A post's content warning, its own words after the mark: "CW: politics", "TW: self-harm", "Content warning: spoilers". */
export const CONTENT_WARNING = lazy(() => /^\s*(?:CW|TW|Content warning|Trigger warning)\s*:\s*\S/i);
/** Custom emoji copied as their shortcodes after a display name: " :verified:", " :blobcat: :flag_pt:". */
const EMOJI_SHORTCODES = lazy(() => /(?:\s+:[a-z0-9_]{2,30}:)+$/);

/**
 * The comment and message headers of a thread, by line: only where two or
 * more of them each stand above words of their own (a page's single
 * "Updated 2 days ago" heads nothing). `taken` says which lines another
 * label form already reads; `postsOnOneLine` counts the thread's headers another form reads
 * (Discord's "Name — 03/04/2024 10:42 AM"): with two of them, one header written over lines
 * (a bot's name, "APP", its time) is a post among posts.
 */
export function threadHeaders(lines: readonly string[], taken: (i: number) => boolean, postsOnOneLine = 0): Map<number, ThreadHeader> {
  const found = new Map<number, ThreadHeader>();
  const nextNonBlank = (k: number) => {
    while (k < lines.length && !lines[k]!.trim()) k++;
    return k;
  };
  const consumed = new Set<number>();
  // the post's author, read when an "OP" header needs it ('' for none)
  let poster: string | undefined;
  // The headers written over two lines or more: a name alone, its time or score below.
  const stacked = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (!raw.trim() || raw.length > 120 || consumed.has(i)) continue;
    // A label form already reads the line ("Posted by: X" reads as the label "Posted by"): the
    // header's reading wins only for a forum's "Posted by".
    // (a display name with its custom emoji as shortcodes over a handle, "Kofi Ansah :verified:", is no "Kofi Ansah:" label)
    if (taken(i) && !isPostedBy(raw.trim()) && !(EMOJI_SHORTCODES().test(raw.trimEnd()) && HANDLE_ALONE().test(lines[i + 1]?.trim() ?? ''))) continue;
    let name = headerOnLine(raw);
    // "OP · 2 yr. ago": the post's author answering in the comments, the mark standing for the name
    // the post's own header gives ("Posted by u/dr_ruth_okafor 2 yr. ago").
    if (!name && raw.trimStart().startsWith('OP') && OP_HEADER().test(raw.trim())) name = (poster ??= postAuthor(lines)) || null;
    const furniture: number[] = [];
    let role: string | undefined = name ? senderTagOf(raw) : undefined;
    let after = i + 1;
    let user: string | undefined;
    // A Discourse post's header over lines: the user name, a badge, the full name, the post's date.
    const forum = name ? null : forumPostHeaderAt(lines, i);
    if (forum) {
      name = forum.fullName ?? forum.user;
      user = forum.user;
      role = forum.badge;
      furniture.push(...forum.furniture);
      after = forum.after;
    }
    if (!name) {
      // The name alone, one or more lines of furniture under it, one of them a time or a score.
      // A display name keeps its emoji after it ("CZ 🔶 BNB"): the name is the words before them.
      const trimmed = raw.trim();
      // So does a Mastodon name its custom emoji copied as shortcodes ("Kofi Ansah :verified:").
      const coded = trimmed.includes(':') ? trimmed.replace(EMOJI_SHORTCODES(), '') : trimmed;
      const pictured = /\p{Extended_Pictographic}/u.test(coded) ? coded.split(/\s*\p{Extended_Pictographic}/u)[0]!.trim() : coded;
      // LinkedIn's "Author" badge copied onto the name's own line ("Amara Okonjo Author"), the headline
      // and the age under it: the post's author commenting, the badge no word of the name.
      // ("Yi He • Author", the badge set off by a bullet, is a header line of its own form: read as such.)
      const shown = /[^•·\s] Author$/.test(pictured) && isHeadlineAt(lines, i + 1) ? pictured.slice(0, -' Author'.length) : pictured;
      // A code host's user name in lower case ("tomasz-dev") heads a post where "on DATE" is right under it.
      // A meeting app's name line over its time alone (Teams): a tag after the name ("Priya Raman
      // (Guest)", "(External)") is the speaker's role; "Surname, Given" is the name in its order.
      const meeting = i + 1 < lines.length && CLOCK_ALONE().test(lines[i + 1]!.trim()) ? meetingNameLine(shown) : null;
      // A guestbook's or condolence book's entry signed with the writer's place ("Dr Alan Fairweather,
      // Worcester", "Margaret & Dennis Price, Stourport-on-Severn") over the entry's day alone: the
      // writer, the place their role (no word of the name, and still found).
      const signed = !meeting && i + 1 < lines.length && DAY_ALONE().test(lines[i + 1]!.trim()) ? SIGNED_WITH_PLACE().exec(shown) : null;
      // (Legacy's guest book sets the place on a line of its own between the name and the day: "Colleen
      // Ortiz" / "Milford, Connecticut" / "February 14, 2024". The name heads the entry, the place its role.)
      const placeUnder = !meeting && !signed && i + 2 < lines.length && DAY_ALONE().test(lines[i + 2]!.trim()) && PLACE_LINE().test(lines[i + 1]!.trim()) && WRITER_ALONE().test(shown) ? lines[i + 1]!.trim() : null;
      let alone = meeting ? [shown, meeting.name] : NAME_ALONE().exec(shown) ?? (signed ? [shown, signed[1]!] : null) ?? (placeUnder ? [shown, shown] : null) ?? (i + 1 < lines.length && ON_DATE().test(lines[i + 1]!.trim()) ? USER_NAME_ALONE().exec(shown) : null) ?? (isRedditUserNameAt(lines, i) ? USER_NAME_ALONE().exec(shown) : null);
      // (a forum post's "Solution" mark over its tallies is no name: furniture)
      const handled = alone ? null : NAME_WITH_HANDLE().exec(shown);
      if (handled) alone = handled;
      if (!alone || NOT_A_NAME().test(alone[1]!) || (alone[1] === 'Solution' && isForumPostFurnitureAt(lines, i))) continue;
      let k = i + 1;
      // The handle beside the name makes the header, as under it (X, below): the handle the post's role.
      let dated = handled !== null;
      role = handled?.[2] ?? meeting?.role ?? (signed && alone[1] === signed[1] ? signed[2] : undefined) ?? placeUnder ?? undefined;
      if (placeUnder) furniture.push(k++);
      // X: the handle right under the display name makes the header, dated or not.
      if (k < lines.length && HANDLE_ALONE().test(lines[k]!.trim()) && !alone[1]!.startsWith('@')) {
        dated = true;
        role = lines[k]!.trim();
        furniture.push(k++);
      }
      // LinkedIn: the "Author" badge on its own line under the post's author's name, in a comment of theirs.
      if (!dated && k < lines.length && lines[k]!.trim() === 'Author') furniture.push(k++);
      // LinkedIn: the author's headline between the name and the post's age ("Head of Product, FinEdge").
      if (!dated && k + 1 < lines.length && isHeadline(lines[k]!) && SHORT_AGE().test(lines[k + 1]!.trim())) {
        role = lines[k]!.trim();
        furniture.push(k++);
      }
      // Discord: a tag between the name and its time (" — Today at 10:42 AM"), "APP" for a bot, a
      // server's role or tag ("MOD", "TEAM"): who the writer is to the channel, the post's role.
      if (!dated && !role && isChatTagAt(lines, k)) {
        role = lines[k]!.trim();
        furniture.push(k++);
      }
      while (k < lines.length && lines[k]!.trim() && isThreadFurniture(lines[k]!)) {
        if (HAS_WHEN_OR_COUNT().test(lines[k]!) || SHORT_AGE().test(lines[k]!.trim())) dated = true;
        furniture.push(k++);
      }
      // A code host's discussion (GitHub): the user name, "on Mar 3, 2024" under it, then the
      // user's badge ("Maintainer", "Author") on a line of its own.
      if (!dated && k < lines.length && ON_DATE().test(lines[k]!.trim())) {
        dated = true;
        furniture.push(k++);
        // The badge is who the writer is to the thread: the post's role.
        if (k < lines.length && CODE_HOST_BADGE().test(lines[k]!.trim())) {
          role = lines[k]!.trim();
          furniture.push(k++);
        }
      }
      if (!dated) continue;
      name = alone[1]!;
      after = k;
    }
    // The furniture right above the name ("level 2") is the header's too.
    for (let k = i - 1; k >= 0 && lines[k]!.trim() && isThreadFurniture(lines[k]!); k--) furniture.push(k);
    // Furniture right under a one-line header ("Replying to @ana_epi") is the header's too.
    while (after < lines.length && lines[after]!.trim() && isThreadFurniture(lines[after]!)) furniture.push(after++);
    const next = nextNonBlank(after);
    // (a content warning opening the post, Mastodon's "CW: criticism", is its words, no header of another post)
    if (next >= lines.length || (headerOnLine(lines[next]!) && !CONTENT_WARNING().test(lines[next]!)) || isThreadFurniture(lines[next]!)) continue;
    found.set(i, { name, furniture, ...(role ? { role } : {}), ...(user ? { user } : {}) });
    if (after !== i + 1 || role) stacked.add(i);
    for (const k of furniture) consumed.add(k);
  }
  // A meeting tool's export (Krisp): the title over its date and time ("Weekly Product Review" /
  // "Apr 7, 2026, 10:00 AM") above turns headed on one line each ("Dana Whitfield | 00:00"): the
  // page's header, no post. Only the first, stacked where every other header is on one line, and
  // a name no other header repeats.
  const first = found.size >= 3 ? Math.min(...found.keys()) : -1;
  if (first >= 0 && stacked.size === 1 && stacked.has(first) && ![...found].some(([k, h]) => k !== first && h.name === found.get(first)!.name)) found.delete(first);
  // A forum shows the full name over some of a user's posts only: each post of theirs is that person's.
  const fullNames = new Map<string, string>();
  for (const h of found.values()) if (h.user && h.name !== h.user) fullNames.set(h.user, h.name);
  for (const h of found.values()) if (h.user && fullNames.has(h.user)) h.name = fullNames.get(h.user)!;
  // Reddit writes the post's author with its user mark ("Posted by u/tidewell_ama") and the same
  // user bare over their comments ("tidewell_ama"): where both forms head posts, they are one
  // user, named as the comments name them.
  const bare = new Set<string>();
  for (const h of found.values()) if (!/^\/?u\//.test(h.name)) bare.add(h.name);
  for (const h of found.values()) {
    const m = /^\/?u\/(.+)$/.exec(h.name);
    if (m && bare.has(m[1]!)) h.name = m[1]!;
  }
  return found.size >= 2 || (found.size === 1 && postsOnOneLine >= 2) ? found : new Map();
}

/*
 * A Discourse topic copied from the browser. Each post stands under a header over lines: the user
 * name as the forum writes it, in lower case ("marta_k", "amara.n"), the user's badge beside it
 * perhaps ("jbellamy  Founder"), the full name on the line under it perhaps ("Marta Kovač"), then
 * the post's date alone: a past year's month ("Mar '24"), this year's day ("Jan 12"), a full date
 * ("Nov 28, 2023") or an age ("2d", "5h"). Under the post its tallies and buttons ("3 Replies",
 * "27 Likes", "Reply", "Solution"); a post quoting another shows the excerpt indented under the
 * quoted user's name ("    marta_k:"). Under the last post the topic's stats line ("created Mar '24
 * last reply Apr '24 23 replies 1.8k views …") and the table of other topics ("Related Topics").
 */
/** The user name alone, a badge after it perhaps ("jbellamy  Founder"), or the full name after it ("marta_k Marta Kovač"). */
const FORUM_USER_LINE = lazy(() => /^([\p{Ll}\p{N}][\p{Ll}\p{N}_.-]{1,38})(?:\s+(\p{Lu}\p{Ll}{1,20}(?: \p{Lu}[\p{L}'’.-]{1,20}){0,3}))?$/u);
/** A full name alone, the user name's owner: "Marta Kovač". */
const FORUM_FULL_NAME = lazy(() => new RegExp(String.raw`^${WORDS}$`, 'u'));
/** A post's date alone: "Mar '24", "Jan 12", "Nov 28, 2023", "2d", "5h", "3mon". */
const FORUM_POST_DATE = lazy(() => new RegExp(String.raw`^(?:${MONTH} ['’](\d{2})|${MONTH} \d{1,2}(?:, (\d{4}))?|\d{1,2}\s?(?:m|h|d|w|mon|y))$`, 'u'));

interface ForumPostHeader {
  user: string;
  fullName?: string;
  badge?: string;
  /** the header's lines under the user name's (the full name, the date) */
  furniture: number[];
  /** the line after the header */
  after: number;
  /** the year the post's date gives ("Mar '24", "Nov 28, 2023"), where it gives one */
  year?: number;
}

/** The Discourse post header whose user name is on line `i`, or null (cheap: a short line opening in lower case, a date under it). */
function forumPostHeaderAt(lines: readonly string[], i: number): ForumPostHeader | null {
  const s = lines[i]!.trim();
  if (s.length > 70 || !/^[\p{Ll}\p{N}]/u.test(s) || i + 2 >= lines.length) return null;
  let k = i + 1;
  const nameBelow = lines[k]!.trim();
  const dateAt = FORUM_FULL_NAME().test(nameBelow) && !FORUM_POST_DATE().test(nameBelow) ? k + 1 : k;
  const date = FORUM_POST_DATE().exec(lines[dateAt]!.trim());
  if (!date) return null;
  const m = FORUM_USER_LINE().exec(s);
  if (!m || NOT_A_NAME().test(m[1]!)) return null;
  const out: ForumPostHeader = { user: m[1]!, furniture: [], after: dateAt + 1 };
  // One word beside the user name is a badge ("Founder", "Team"), more words the full name.
  if (m[2]) {
    if (m[2].includes(' ')) out.fullName = m[2];
    else out.badge = m[2];
  }
  if (dateAt > k) {
    out.fullName = nameBelow;
    out.furniture.push(k++);
  }
  out.furniture.push(dateAt);
  const year = date[1] ? 2000 + Number(date[1]) : date[2] ? Number(date[2]) : undefined;
  if (year !== undefined) out.year = year;
  return out;
}

/**
 * The years of a Discourse topic's posts, by their header's line: only where two posts or more
 * have such a header. A post dated by its age ("2d") or this year's day ("Jan 12") has none.
 */
export function forumPostYears(lines: readonly string[]): Map<number, number | null> {
  const out = new Map<number, number | null>();
  for (let i = 0; i + 2 < lines.length; i++) {
    if (i > 0 && lines[i - 1]!.trim()) continue;
    const h = forumPostHeaderAt(lines, i);
    if (h) out.set(i, h.year ?? null);
  }
  return out.size >= 2 ? out : new Map();
}

/** A Discourse post's header lines under its user name (the full name, the date): whose and when, no words. */
export function isForumPostFurnitureAt(lines: readonly string[], i: number): boolean {
  const s = lines[i]!.trim();
  if (s.length > 140) return false;
  if (s.startsWith('created ')) return TOPIC_STATS().test(s);
  if (s.length > 70) return false;
  if (FORUM_POST_DATE().test(s)) return (i > 0 && !!forumPostHeaderAt(lines, i - 1)) || (i > 1 && !!forumPostHeaderAt(lines, i - 2));
  // The answer the topic's starter marked as its solution, over the post's tallies.
  if (s === 'Solution') {
    let k = i + 1;
    while (k < lines.length && !lines[k]!.trim()) k++;
    return k < lines.length && (isThreadFurniture(lines[k]!) || isThreadActionLine(lines[k]!));
  }
  return FORUM_FULL_NAME().test(s) && i > 0 && forumPostHeaderAt(lines, i - 1)?.fullName === s;
}
/** The topic's stats line: "created Mar '24   last reply Apr '24   23 replies   1.8k views   9 users". */
const TOPIC_STATS = lazy(() => /^created\s+\S.{0,20}?\s+last reply\s+\S.{0,20}?(?:\s+[\d.,]+[kKmM]?\s+\p{L}+){1,8}$/u);

/**
 * A quoted excerpt in a Discourse post: the quoted user's name and a colon alone, indented, the
 * excerpt's lines indented under it. The user name, or null.
 */
export function forumQuoteBlockOf(lines: readonly string[], i: number): string | null {
  const raw = lines[i]!;
  if (!/^\s{2}/.test(raw) || !raw.trimEnd().endsWith(':') || i + 1 >= lines.length || !/^\s{2,}\S/.test(lines[i + 1]!)) return null;
  return FORUM_QUOTE_BLOCK_HEAD().exec(raw)?.[1] ?? null;
}
const FORUM_QUOTE_BLOCK_HEAD = lazy(() => /^\s{2,}([\p{Ll}\p{N}][\p{Ll}\p{N}_.-]{1,38}):\s*$/u);

/** The table of other topics under a Discourse topic ("Related Topics" / "Topic  Replies  Views  Activity" / its rows): links to other pages. */
export function relatedTopicLines(lines: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!/^(?:Related|Suggested|Similar) Topics$/.test(lines[i]!.trim()) || !/^Topic\s+Replies\s+Views\s+Activity$/.test(lines[i + 1]!.trim())) continue;
    let k = i;
    while (k < lines.length && lines[k]!.trim()) out.push(k++);
    i = k;
  }
  return out;
}

/** An "OP" mark heading a comment, with the comment's age or score: "OP · 2 yr. ago". */
const OP_HEADER = lazy(() => new RegExp(String.raw`^OP(?:${SEP}${FURNITURE})+$`, 'u'));
/** The name a post's own header gives its author ("Posted by u/name 2 yr. ago"), in the first lines; '' for none. */
function postAuthor(lines: readonly string[]): string {
  for (let i = 0; i < Math.min(lines.length, 12); i++) {
    const s = lines[i]!.trim();
    const posted = postedByMatch(withoutCommunity(s));
    if (posted && !NOT_A_NAME().test(posted[1]!)) return posted[1]!;
  }
  return '';
}

/**
 * Discord's tag on its own line between the sender's name and the message's time (" — Today at
 * 10:42 AM"): "APP" for a bot, a server's role or tag ("MOD", "TEAM"). Whose message, no words of it.
 */
export function isChatTagAt(lines: readonly string[], i: number): boolean {
  if (i < 1 || i + 1 >= lines.length || !CHAT_TAG().test(lines[i]!.trim()) || !NAME_ALONE().test(lines[i - 1]!.trim())) return false;
  return isThreadFurniture(lines[i + 1]!) && HAS_WHEN_OR_COUNT().test(lines[i + 1]!);
}
const CHAT_TAG = lazy(() => /^[\p{Lu}\d]{2,8}$/u);
/** A time alone on its line, under a meeting app's name line: "2:04 AM", "10:15". */
const CLOCK_ALONE = lazy(() => new RegExp(String.raw`^${CLOCK}$`));
const TAGGED_NAME = lazy(() => new RegExp(String.raw`^(${WORDS})\s+\((\p{L}[\p{L}/-]{0,15}(?: \p{L}[\p{L}/-]{0,15})?)\)$`, 'u'));
const LAST_FIRST = lazy(() => /^(\p{Lu}[\p{L}'’-]+), (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?)$/u);
/** "Priya Raman (Guest)" → Priya Raman, role Guest; "Delaney, Marcus" → Marcus Delaney; else null. */
function meetingNameLine(s: string): { name: string; role?: string } | null {
  if (s.length > 60) return null;
  const tagged = s.endsWith(')') ? TAGGED_NAME().exec(s) : null;
  if (tagged) return { name: tagged[1]!, role: tagged[2]! };
  const lastFirst = s.includes(', ') ? LAST_FIRST().exec(s) : null;
  return lastFirst && !NOT_A_NAME().test(lastFirst[1]!) ? { name: `${lastFirst[2]} ${lastFirst[1]}` } : null;
}

/** A code host's post date under the user name: "on Mar 3, 2024", "on 3 Mar 2024". */
const ON_DATE = lazy(() => new RegExp(String.raw`^on ${CALENDAR}$`, 'u'));
/**
 * A code host's post furniture, by where it stands: "on Mar 3, 2024" under the user name, the
 * badge ("Maintainer") under that date; and the discussion's own controls and tallies under a
 * post ("Marked as answer", "1 reply").
 */
export function isCodeHostFurnitureAt(lines: readonly string[], i: number): boolean {
  const s = lines[i]!.trim();
  if (ON_DATE().test(s)) return i > 0 && USER_NAME_ALONE().test(lines[i - 1]!.trim()) || (i > 0 && NAME_ALONE().test(lines[i - 1]!.trim()));
  if (CODE_HOST_BADGE().test(s)) return i > 0 && ON_DATE().test(lines[i - 1]!.trim());
  return /^(?:Marked as answer|\d{1,4} repl(?:y|ies))$/.test(s);
}

/**
 * New Reddit's comment header over lines: the comment's depth ("level 2") above the user name,
 * written as it is, in lower case ("gridlock_gus"), and an "OP" mark or the age ("· 3 yr. ago") under it.
 * A lower-case word alone is a name only there.
 */
function isRedditUserNameAt(lines: readonly string[], i: number): boolean {
  const above = i > 0 ? lines[i - 1]!.trim() : '';
  const below = i + 1 < lines.length ? lines[i + 1]!.trim() : '';
  return /^level \d{1,2}$/.test(above) && (below === 'OP' || /^[·•] /.test(below));
}

/** A code host's user name alone: "tomasz-dev", "priya_ops". */
const USER_NAME_ALONE = lazy(() => /^([\p{L}\p{N}][\p{L}\p{N}_-]{1,38})$/u);
/** A code host's badge beside a post's author: what the user is to the repository or the thread. */
const CODE_HOST_BADGE = lazy(() => /^(?:Maintainer|Author|Owner|Member|Collaborator|Contributor|First-time contributor|Sponsor)$/);

/** A profile's one-line headline under a name: short, no sentence ("Compliance Officer | AML | CAMS"). */
function isHeadline(raw: string): boolean {
  const s = raw.trim();
  return s.length > 0 && s.length <= 100 && !/[.!?:]$/.test(s) && s.split(/\s+/).length <= 12 && !isThreadFurniture(s);
}

/** Line `i` is the headline between a post's author line above it and its age below ("Compliance Officer | AML"). */
export function isHeadlineAt(lines: readonly string[], i: number): boolean {
  return i > 0 && i + 1 < lines.length && isHeadline(lines[i]!) && SHORT_AGE().test(lines[i + 1]!.trim());
}

/**
 * A thread's action bar and tallies, no one's words, read only inside a thread: "Like", "Reply",
 * "Repost", "Send", a reaction count alone ("86", "👍❤️👏 4,812"), a sort control ("Most relevant").
 */
export function isThreadActionLine(raw: string): boolean {
  const s = raw.trim();
  if (s.length > 80) return false;
  return /^(?:Like|Comment|Repost|Send|Share|Reply|Retweet|Quote|Follow|Report|Save|Sort by|Most relevant|Most recent|Top comments|Newest first|Load more comments|(?:…|\.{3})?\s*See more|Show more|Show less|Show replies|Award|Comments|Sort by: \p{L}+|Continue this thread|View more comments|Verified|permalink|embed|parent|give award|sorted by: \p{L}+|all [\d.,]+k? comments|→|See new posts|Relevant people|Who to follow|Trending now|What['’]s happening)$/iu.test(s) ||
    REACTED_BY().test(s) ||
    /^(?:\p{Extended_Pictographic}\uFE0F?\s*)*[\d.,]+[kKmMbB]?$/u.test(s) ||
    // A comment's action bar on one line, its tallies in it: "Like · 42 | Reply · 3 replies", "Like · 12 | Reply".
    COMMENT_ACTION_BAR().test(s) ||
    // Or its buttons run together, a tally after them: "Like · Reply · 14 reactions", "Like Comment Repost Send".
    (s.startsWith('Like') && ACTION_BUTTONS().test(s)) ||
    BUTTON_ROW().test(s);
}
/** One button of a comment's row, by its word. */
const BUTTON_WORD = '(?:Reply|Share|Report|Save|Follow|Award|Give Award|Vote|Upvote|Downvote|Edit|Delete|Permalink|Embed|Comment|More)';
/**
 * A comment's buttons copied as one line of their words alone, new Reddit's "Reply Share Report",
 * "Reply Award Share Save Follow", "Vote · Reply · Share": two buttons at least, nothing else.
 */
const BUTTON_ROW = lazy(() => new RegExp(`^${BUTTON_WORD}(?:(?:\\s+|\\s*[·|•]\\s*)${BUTTON_WORD})+$`));
/** LinkedIn's action bar under a comment, copied as one line with its counts, a bar or spaces between: "Like · 12   Reply · 1 Reply". */
const COMMENT_ACTION_BAR = lazy(() => /^Like(?: · [\d.,]+[kKmM]?)?(?:(?: \| |\s+)Reply(?: · [\d.,]+[kKmM]? [Rr]epl(?:y|ies))?)?$/);
/**
 * A post's or a comment's buttons copied as one line, each a button's one word, set apart by spaces,
 * "·" or "|", a tally among or after them: "Like · Reply · 9 reactions", "Like Comment Repost Send".
 * (Two buttons at least; the caller holds the line under 80 characters.)
 */
const ACTION_BUTTONS = lazy(() => /^Like(?:(?: [·|] | )(?:Comment|Repost|Send|Share|Reply|[\d.,]+[kKmM]? (?:reactions?|likes?|repl(?:y|ies)|comments?)))+$/);

/**
 * X's side panel copied under a thread: a heading ("Relevant people", "Who to follow") over profile
 * cards, each a display name, a handle, a bio and its "Follow" button. Whose profiles, no post: the
 * heading's and the cards' lines.
 */
export function profileCardLines(lines: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!SIDE_PANEL_HEADING().test(lines[i]!.trim())) continue;
    const heading = i;
    let k = i + 1;
    // Each card ends at its button, within a few lines.
    for (;;) {
      let end = k;
      while (end < lines.length && end < k + 6 && !FOLLOW_BUTTON().test(lines[end]!.trim())) end++;
      if (end >= lines.length || end >= k + 6 || end === k) break;
      if (out.length === 0 || out[out.length - 1]! < heading) out.push(heading);
      for (let c = k; c <= end; c++) out.push(c);
      k = end + 1;
    }
    i = k - 1;
  }
  return out;
}
const SIDE_PANEL_HEADING = lazy(() => /^(?:Relevant people|Who to follow|You might like)$/i);
const FOLLOW_BUTTON = lazy(() => /^(?:Follow|Following|Follow back|Subscribe)$/);

/** LinkedIn's reactions line under a post: "Daniel Achterberg and 1,283 others". */
const REACTED_BY = lazy(() => /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3} and [\d,.]+[KkMm]? others?$/u);

/**
 * X's reply target copied over lines: "Replying to" / "@maralindq" / "and" / "@domondi_". The "and"
 * between two handles is the target's too, no words of the reply.
 */
export function isReplyTargetJoinAt(lines: readonly string[], i: number): boolean {
  if (lines[i]!.trim() !== 'and' || i === 0 || i + 1 >= lines.length) return false;
  return HANDLE_ALONE().test(lines[i - 1]!.trim()) && HANDLE_ALONE().test(lines[i + 1]!.trim());
}

/** The line under a post's author name is LinkedIn's "Author" badge (the author's comment on their own post). */
export function isAuthorBadgeAt(lines: readonly string[], i: number): boolean {
  return i > 0 && lines[i]!.trim() === 'Author' && NAME_ALONE().test(lines[i - 1]!.trim());
}

/** A thread's header line by its form alone ("[–]name 812 points 4 years ago", "Mum, 18 Aug 2022 19:02"): no sentence of anyone's. */
export function isThreadHeaderLine(raw: string): boolean {
  return headerOnLine(raw) !== null;
}
/** A code host's comment header: "**tkaminski** commented on Feb 12, 2024". */
export function isCommentedHeader(raw: string): boolean {
  const s = raw.trim();
  return s.length <= 120 && COMMENTED_VERB().test(s) && COMMENTED().test(s);
}

/**
 * A chat log's status line, no one's words: IRC's "00:12 -!- alice [~a@host] has joined #chan"
 * (its stamp may carry the day: "[2024-03-04 10:00:05] -!- mode/#chan …"), irssi's "--- Log opened
 * Thu Oct 05 00:00:00 2017" and "--- Day changed …", a bouncer's "*** Joins: nick (~u@host)". Not a topic a nick set ("-!- ebaxter changed
 * the topic of #chan to: next meeting 11 March"): its words are the nick's, a claim (labels.ts).
 */
export function isChatStatusLine(raw: string): boolean {
  return (/^\s*(?:\[?(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?-!-\s/.test(raw) && !raw.includes(' changed the topic of ')) || /^\s*---\s+(?:Log (?:opened|closed)|Day changed)\b/.test(raw) || IRC_STARRED_STATUS().test(raw) || /^\* @?[\p{L}\p{N}_.:-]{1,80} is typing(?:…|\.{3})?\s*$/u.test(raw);
}

/** A bouncer's or client's "*** Joins: nick (~user@host)" after its stamp: who came and went (ZNC, irssi's awaylog). */
const IRC_STARRED_STATUS = lazy(() => /^\s*(?:\[?(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?\*\*\*\s+(?:Joins|Parts|Quits|Kicks|Mode|Nick change|[\p{L}\p{N}_.|-]{1,30} is now known as)\b/u);

/**
 * A chat app's own line about the channel, copied with the messages: Discord's "Seb joined the server.
 * — 03/04/2024 12:02 PM", "Mira pinned a message to this channel. See all pinned messages.", "Welcome
 * to #general!" / "This is the start of the #general channel."; Slack's "joined #treasury-ops." under
 * the member's name; Teams' "Varga, Tamás added Ndlovu, Sipho to the chat and shared all chat
 * history." Who came and went, no one's words: never the end of the message above.
 */
export function isChatAppNotice(raw: string): boolean {
  const s = raw.trim();
  if (s.length > 200) return false;
  return CHAT_APP_NOTICES().some((re) => re.test(s));
}
/** Who a support chat's notice is about, no sender's label before it ("[10:31] System: Visitor joined the chat." is the System's message). */
const SUPPORT_CHAT_ACTOR = String.raw`(?!(?:I|We|You|He|She|They) )[\p{L}@][^\n:]{0,60}?`;
/** The clock a support chat's export sets before each line, message or notice: "[14:05] ". */
const SUPPORT_CHAT_STAMP = String.raw`\[\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?\]\s+`;
const APP_STAMP = String.raw`(?:\s+[—–-]\s+(?:(?:Today|Yesterday) at |\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+)?\d{1,2}:\d{2}(?:\s?[AP]M)?)?`;
/** A sender's name before the app's verb: capitalised or a handle, never a pronoun ("I added Sam to the chat" is someone's). */
const APP_ACTOR = String.raw`(?!(?:I|We|You|He|She|They) )[\p{L}@][^\n]{0,60}?`;
const CHAT_APP_NOTICES = lazy(() => [
  new RegExp(String.raw`^${APP_ACTOR} (?:joined the server|joined the party|just (?:joined|slid into|landed|showed up|hopped into)(?: the server)?)[.!]?${APP_STAMP}$`, 'u'),
  new RegExp(String.raw`^${APP_ACTOR} pinned a message to this channel\.(?: See all pinned messages\.)?${APP_STAMP}$`, 'u'),
  /^Welcome to #[\p{L}\p{N}_-]{1,80}!$/u,
  /^This is the start of the #[\p{L}\p{N}_-]{1,80} channel\.$/u,
  /^(?:has )?(?:joined|left) #[\p{L}\p{N}_.-]{1,80}(?: along with \d{1,4} others?)?\.?$/u,
  // DiscordChatExporter's text: the notice under its member's stamp and name ("joined the server."),
  // the block marks under a message ("{Reactions}", "{Attachments}") and the export's last line.
  /^(?:joined the server|left the server|pinned a message to this channel)\.?$/u,
  /^\{(?:Reactions|Attachments|Embed|Stickers|Poll)\}$/u,
  /^Exported \d{1,7} message\(s\)$/u,
  new RegExp(String.raw`^${APP_ACTOR} (?:added|removed) [^\n]{1,120}? (?:to|from) the (?:chat|conversation|group)(?: and shared (?:all |the )?chat history(?: from [^\n]{1,40})?)?\.$`, 'u'),
  // Telegram Desktop's service lines between the messages: who came, went or was let in, and what
  // was pinned (the pinned words are quoted from a message the copy holds): "Miko joined the group
  // via invite link", "Miko left the group", "Ana removed Spam Bot", 'Mod pinned "Thank you all…"'.
  new RegExp(String.raw`^${APP_ACTOR} (?:joined the (?:group|channel)(?: via invite link)?|left the (?:group|channel)|(?:added|removed) ${MEMBER_NAME})$`, 'u'),
  new RegExp(String.raw`^${APP_ACTOR} pinned (?:"[^"\n]{1,200}"|«[^»\n]{1,200}»|“[^”\n]{1,200}”|a (?:message|photo|video|file|poll|sticker))$`, 'u'),
  // Discord's system lines, always under their stamp: its welcome lines for a new member ("Welcome,
  // Jun. We hope you brought pizza.", "A wild Henrik appeared.", "Good to see you, Maren.") and a
  // thread started off a message ("Rafa started a thread: AMA follow-ups. See all threads.").
  new RegExp(String.raw`^(?:${DISCORD_WELCOMES})${APP_STAMP_SET}$`, 'u'),
  new RegExp(String.raw`^${APP_ACTOR} started a thread(?:: [^\n]{1,100}?)?\.(?: See all threads\.)?${APP_STAMP}$`, 'u'),
  // A support chat's export (LiveChat, Intercom, Zendesk), each notice under the clock its messages
  // carry: "[14:05] Joanne joined the chat", "[14:02] Chat transferred to Renewals queue", "[14:21]
  // Chat ended by visitor", "[14:21] Visitor rated the chat: Good". Who came, went and scored it.
  new RegExp(String.raw`^${SUPPORT_CHAT_STAMP}${SUPPORT_CHAT_ACTOR} (?:joined|left) the (?:chat|conversation)\.?$`, 'u'),
  new RegExp(String.raw`^${SUPPORT_CHAT_STAMP}(?:Chat|Conversation) (?:(?:transferred|assigned|reassigned) to|(?:ended|closed) by) [^\n:]{1,60}$`, 'u'),
  new RegExp(String.raw`^${SUPPORT_CHAT_STAMP}${SUPPORT_CHAT_ACTOR} rated the (?:chat|conversation)(?::? [^\n]{1,40})?$`, 'u'),
  // Slack's line under a member's name when they come or go, and the copy's last line, the box to
  // write in ("Message #ask-leadership").
  /^(?:has )?(?:joined|left) the channel\.?$/u,
  /^Message #[\p{L}\p{N}_.-]{1,80}$/u,
]);
/** A member a chat app's notice names: one to four capitalised words or a handle, no sentence's end. */
const MEMBER_NAME = String.raw`(?:@[\p{L}\p{N}_]{2,32}|\p{Lu}[\p{L}\p{N}'’._-]{0,30}(?: \p{Lu}[\p{L}\p{N}'’._-]{0,30}){0,3})`;
/** Discord's welcome lines for a new member (the app picks one at random), each with the member's name. */
const DISCORD_WELCOMES = [
  String.raw`Welcome, [^\n]{1,60}?\. We hope you brought pizza\.`,
  String.raw`A wild [^\n]{1,60}? appeared\.`,
  String.raw`Good to see you, [^\n]{1,60}?\.`,
  String.raw`Glad you're here, [^\n]{1,60}?\.`,
  String.raw`Yay you made it, [^\n]{1,60}?!`,
  String.raw`Everyone welcome [^\n]{1,60}?!`,
  String.raw`Welcome [^\n]{1,60}?\. Say hi!`,
  String.raw`${MEMBER_NAME} is here\.`,
].join('|');
/** A Discord stamp set after its notice (required: without it the welcome's words could be anyone's). */
const APP_STAMP_SET = String.raw`\s+[—–-]\s+(?:(?:Today|Yesterday) at |\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+)?\d{1,2}:\d{2}(?:\s?[AP]M)?`;

/**
 * DiscordChatExporter's header over the messages, its fields set between two rules of "=":
 * "Guild: Keelwater DAO" / "Channel: Community / ama-stage" / "Topic: …" (and the range it was
 * asked for, "After: …", "Before: …"). Which server and channel, no one's message.
 */
export function isChatExportHeaderAt(lines: readonly string[], i: number): boolean {
  if (!EXPORT_HEADER_FIELD().test(lines[i]!)) return false;
  let top = i;
  while (top > 0 && EXPORT_HEADER_FIELD().test(lines[top - 1]!)) top--;
  let bottom = i;
  while (bottom + 1 < lines.length && EXPORT_HEADER_FIELD().test(lines[bottom + 1]!)) bottom++;
  return top > 0 && EXPORT_RULE().test(lines[top - 1]!) && bottom + 1 < lines.length && EXPORT_RULE().test(lines[bottom + 1]!);
}
const EXPORT_HEADER_FIELD = lazy(() => /^(?:Guild|Channel|Topic|After|Before): \S/);
const EXPORT_RULE = lazy(() => /^={10,}\s*$/);

/**
 * Slack's lines between the messages of a channel copy: the day's divider ("Thursday, March 6th",
 * "Today"), the unread mark ("New"), a thread's link under its first message ("View thread"), the
 * edit mark alone under a message (Mattermost's "edited", Slack's "(edited)").
 * The app's, no one's words: never the end of the message above.
 */
export function isChatDivider(raw: string): boolean {
  const s = raw.trim();
  return s.length <= 48 && (CHAT_DIVIDER().test(s) || THREAD_REPLY_COUNT().test(s));
}
/**
 * Slack's footer under a thread's first message: "12 replies Last reply 1 hour ago", "1 reply Last reply today at 10:42 AM",
 * or its two parts on lines of their own ("3 replies" / "Last reply 1 day ago"), as a copy of the channel sets them.
 */
const LAST_REPLY = String.raw`Last reply (?:\d{1,3} (?:minute|hour|day|week|month|year)s? ago|(?:today|yesterday) at \d{1,2}:\d{2}\s?[AP]M|\p{L}{3,9} \d{1,2}(?:st|nd|rd|th)?)`;
const THREAD_REPLY_COUNT = lazy(() => new RegExp(String.raw`^(?:\d{1,4} repl(?:y|ies)(?:\s+${LAST_REPLY})?|${LAST_REPLY})$`, 'u'));
const CHAT_DIVIDER = lazy(() => /^(?:New|View thread|\(?[Ee]dited\)?|Today|Yesterday|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:st|nd|rd|th)?(?:, \d{4})?)$/);

/**
 * Slack's echo of a thread reply sent to the channel too: "replied to a thread:" and the first
 * words of the message it answers, on that line or the next ("…: Do we know if the auditors…").
 * The quoted words are the earlier message's (the copy holds it above, where its writer says it):
 * no words of the reply. An excerpt the copy does not hold above stays the reply's, lest it be lost.
 */
export function isThreadReplyEchoAt(lines: readonly string[], i: number): boolean {
  const s = lines[i]!.trim();
  const m = REPLIED_TO_THREAD().exec(s);
  if (m) return !m[1] || heldAbove(lines, i, m[1]);
  const above = i > 0 ? REPLIED_TO_THREAD().exec(lines[i - 1]!.trim()) : null;
  return !!above && !above[1] && heldAbove(lines, i - 1, s);
}
const REPLIED_TO_THREAD = lazy(() => /^replied to a thread:(?:\s+(\S.*))?$/);
/**
 * Teams' reply copied as text quotes the message it answers under the replier's header: its sender
 * and stamp ("Mahlangu, Refilwe 4/3/2024 10:42 AM"), then its first line. Where the copy holds that
 * message above, both lines are the echo, no words of the reply, and the reply goes on under them.
 */
export function isQuotedMessageEchoAt(lines: readonly string[], i: number): boolean {
  const s = lines[i]!.trim();
  if (QUOTED_MESSAGE_HEAD().test(s)) return i + 1 < lines.length && heldAbove(lines, i, lines[i + 1]!.trim());
  return i > 0 && QUOTED_MESSAGE_HEAD().test(lines[i - 1]!.trim()) && heldAbove(lines, i - 1, s);
}
/**
 * The message a chat reply says it answers, on the line right under its sender's header: Telegram
 * Desktop's "[In reply to NAME]" and DiscordChatExporter's "{Reply to NAME#0: words}" (the replied
 * message's sender), or Discord's reply preview, the
 * replied message's sender as a handle and its first words ("@zephyrine are you re-signing for
 * 2025? 👀"), which a message at most `REPLY_LOOKBACK` lines above holds. The app's line, no words of
 * the reply. `name` is the sender replied to, `words` the preview's words. Else null.
 */
export function replyTargetAt(lines: readonly string[], i: number, underHeader: boolean): { name?: string; words?: string } | null {
  if (!underHeader) return null;
  const s = lines[i]!.trim();
  if (s.length > 400) return null;
  const named = IN_REPLY_TO().exec(s) ?? BRACED_REPLY_TO().exec(s);
  if (named) return { name: named[1]!.trim() };
  const preview = REPLY_PREVIEW().exec(s);
  if (!preview) return null;
  const words = preview[1]!.replace(/\s*(?:…|\.{3})$/, '').trim();
  if (words.length < 12) return null;
  for (let k = i - 2; k >= 0 && i - k <= REPLY_LOOKBACK; k--) if (lines[k]!.includes(words)) return { words };
  return null;
}
const REPLY_LOOKBACK = 40;
const IN_REPLY_TO = lazy(() => /^\[In reply to ([^\][]{1,80})\]$/u);
/** DiscordChatExporter's reply line, the sender (its account tag left out) and the replied words: "{Reply to kestrel#0: is it live?}". */
const BRACED_REPLY_TO = lazy(() => /^\{Reply to ([^{}:#]{1,80}?)(?:#\d{1,4})?: [^\n]*\}$/u);
const REPLY_PREVIEW = lazy(() => /^@[\p{L}\p{N}_.-]{1,32} (\S.*)$/u);

/** A quoted message's sender (surname first or not) and its stamp: "Mahlangu, Refilwe 4/3/2024 10:42 AM". */
const QUOTED_MESSAGE_HEAD = lazy(() => /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2},? (?:\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)? )?\d{1,2}\/\d{1,2}\/\d{2,4},? \d{1,2}:\d{2}(?: ?[AP]M)?$/u);
/** The excerpt (its ellipsis dropped) begins a line above `i`. */
function heldAbove(lines: readonly string[], i: number, excerpt: string): boolean {
  const head = excerpt.replace(/\s*(?:…|\.{3})$/, '');
  if (head.length < 12) return false;
  for (let k = 0; k < i; k++) if (lines[k]!.trim().startsWith(head)) return true;
  return false;
}

/**
 * A chat export's line stamped with a date and a time but no sender: WhatsApp's
 * "[13/03/2021, 09:01:14] Messages and calls are end-to-end encrypted." or
 * "12/03/2024, 10:02 - Tom added Priya". The app's notice, no one's message.
 */
export function isStampedNotice(raw: string): boolean {
  // The date in figures, or with the month's short name between hyphens (DiscordChatExporter's "[03-Mar-25 06:00 PM]").
  return /^\s*\[?\d{1,4}[/.-](?:\d{1,2}|[A-Z][a-z]{2})[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]?\s*(?:[-–]\s+)?\S/.test(raw);
}

/**
 * A chat export's placeholder for a file it left out: WhatsApp's "[12/03/2021, 14:15:40] Colm:
 * image omitted", "<Media omitted>", "<attached: 00000047-PHOTO….jpg>", or for a message taken
 * back ("This message was deleted", "You deleted this message"). The app's words, not the
 * sender's. So is any message WhatsApp's iOS export starts with a left-to-right mark: the app
 * sets it before the words it writes in a sender's place (the encryption notice it puts under
 * the group's name, "\u200eMissed voice call").
 */
export function isMediaPlaceholder(raw: string): boolean {
  return MEDIA_PLACEHOLDER().test(raw);
}
const MEDIA_PLACEHOLDER = lazy(() => new RegExp(String.raw`^\s*\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]?\s*(?:[-–]\s+)?[^:]{1,60}:\s*(?:\u200e\S.*|\u200f?(?:<attached: [^<>]{1,200}>|(?:image|video|audio|sticker|GIF|document|Contact card) omitted|(?:${APP_PLACEHOLDER})\.?|${TAPBACK})\s*)$`, 'u'));
/**
 * The app's words in a message's place, in the phone's language: a placeholder in angle brackets of
 * two to five words ("<Media omitted>", "<Medien ausgeschlossen>", "<Médias omis>"; never one word a
 * sender typed, "<sigh>"), and the deleted message's notice, Signal's with a period ("This message
 * was deleted.", "Diese Nachricht wurde gelöscht.", "Ce message a été supprimé"), and Signal's call
 * in a sender's place ("Me: Missed audio call").
 */
const APP_PLACEHOLDER = String.raw`<\p{L}+(?: \p{L}+){1,4}>|(?:Missed|Incoming|Outgoing) (?:voice|video|audio) call|This message was deleted|You deleted this message|Diese Nachricht wurde gelöscht|Du hast diese Nachricht gelöscht|Ce message a été supprimé|Vous avez supprimé ce message|Se eliminó este mensaje|Eliminaste este mensaje|Dit bericht is verwijderd|Je hebt dit bericht verwijderd|Questo messaggio è stato eliminato|Hai eliminato questo messaggio|Esta mensagem foi apagada|Você apagou esta mensagem`;
/**
 * An iMessage reaction sent as a message of its own (a tapback as the export or an Android phone
 * shows it): the reaction's word, then the words reacted to in curly quotes ("Loved “The Madrid one
 * almost killed me”", "Emphasized an image"). The app's line, no words of the sender's.
 */
const TAPBACK = String.raw`(?:Loved|Liked|Disliked|Laughed at|Emphasized|Questioned) (?:“[^“”]{1,600}”|an? (?:image|photo|video|attachment|audio message|movie|sticker))`;
/** A line that is only a chat app's note in angle brackets, under a message (WhatsApp iOS's "\u200e<This message was edited>"). */
export function isAppBracketNote(raw: string): boolean {
  return /^\s*[\u200e\u200f]?<\p{L}+(?: \p{L}+){1,4}>\s*$/u.test(raw);
}
/** A message that is only an iMessage reaction (TAPBACK), alone on its line under its sender. */
export function isTapbackLine(raw: string): boolean {
  return TAPBACK_LINE().test(raw);
}
const TAPBACK_LINE = lazy(() => new RegExp(String.raw`^\s*${TAPBACK}\s*$`, 'u'));

/**
 * A messaging app's own lines under a message in its text export (imessage-exporter): "Tapbacks:"
 * and the reactions under it ("Loved by Me"), "This message responded to an earlier message.",
 * "Attachment: /Users/…/IMG_4412.HEIC". Only read where the export's layout is (transcript.ts).
 */
export function isMessageAppNote(raw: string): boolean {
  return MESSAGE_APP_NOTE().test(raw);
}
const MESSAGE_APP_NOTE =
  lazy(() => /^\s*(?:(?:Tapbacks|Reactions):|(?:Loved|Liked|Disliked|Laughed at|Emphasized|Questioned) by \S.{0,60}|This message responded to an earlier message\.|Edited \d{1,3} times?|Attachment: \S.{0,300})\s*$/);

/** "On Mon, 24 Feb 2020 at 09:15, Marcus Webb <mwebb@example.com> wrote:": who wrote the quoted lines below. */
const WROTE = lazy(() => /^\s*On\s.{4,120},\s*"?([^,<>"@]+?)"?\s*(?:<[^<>\s]+>|<[^<>\s]{1,80} at [^<>\s]{1,80}>|\[[^\]\s]+\])?\s+wrote:\s*$/u);
/**
 * An email's sender in its headers: "From: Solveig Hansen <s@…>", "From: \"Hansen, Solveig\" <…>".
 * A list archive writes the address "name at host" to hide it from harvesters ("<moyelaran at host.net>").
 */
const FROM = lazy(() => /^\s*From:\s*"?([^"<>@]+?)"?\s*(?:<[^<>\s]+>|<[^<>\s]{1,80} at [^<>\s]{1,80}>)?\s*$/i);
/** A comment's marker of its writer's initials opening a line: "[DR] That is more than …". */
const INITIALS_MARKER = lazy(() => /^\s*\[(\p{Lu}{2,3})\]\s+(?=\S)/u);
/** The initials of a name: "Deepa Ramaswamy" DR. */
function initialsOf(name: string): string {
  return name.split(/\s+/).map((w) => w[0]).join('').toUpperCase();
}
/** A message's one recipient in its headers: "To: Deepa Ramaswamy <d@…>" (no comma or semicolon: one person). */
const TO_ONE = lazy(() => /^\s*To:\s*"?([^"<>@,;]+?)"?\s*(?:<[^<>\s,;]+>)?\s*$/i);
/** A FOIA exemption code standing for a withheld name: "(b)(6)", "(b)(7)(C)". */
const FOIA_EXEMPTION = lazy(() => /^\(b\)\(\d\)(?:\([A-F]\))?$/);
const EMAIL_NAME = lazy(() => /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}$/u);

/**
 * The writer a "wrote:" line's match names. Gmail sets no comma before the name ("On Tue, Oct 15,
 * 2024 at 9:03 AM Tomasz Kowal <…> wrote:"), so the match runs from the year: the time ends it.
 */
function wroteName(m: RegExpExecArray): string {
  return m[1]!.replace(/^\d{4} at \d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\s+/, '').trim();
}

/**
 * The day a "wrote:" line gives its message, as written ("On Tue, 4 Mar 2025 at 09:12, NAME <…>
 * wrote:" is 2025-03-04): read in the words before the name, so a digit in an address is no day.
 */
function wroteDay(raw: string, m: RegExpExecArray): string | undefined {
  // (Gmail's "On Fri, Dec 29, 2023 at 4:47 PM NAME" leaves the year and time in the match: the name ends it.)
  const group = m.index + m[0].indexOf(m[1]!);
  return dayOfEmailDate(raw.slice(0, group + m[1]!.lastIndexOf(wroteName(m)))) ?? undefined;
}

/** The day a header block's "Date:" or "Sent:" field gives (lines from..to-1), or undefined. */
function fieldsDay(lines: readonly string[], from: number, to: number): string | undefined {
  for (let k = from; k < to && k < lines.length; k++) {
    const m = /^\s*(?:>\s*)*(?:date|sent)\s*:\s*(\S.*)$/i.exec(lines[k]!);
    if (m) return dayOfEmailDate(m[1]!) ?? undefined;
  }
  return undefined;
}

/** The "On DATE, NAME wrote:" line of an email reply, or false. */
export function isWroteLine(raw: string): boolean {
  return WROTE().test(raw);
}
/** The writer an "On DATE, NAME wrote:" line names (a name of capitalised words), or null. */
export function wroteBy(raw: string): string | null {
  const m = WROTE().exec(raw);
  const name = m ? wroteName(m) : null;
  return name && EMAIL_NAME().test(name) ? name : null;
}

/** An email header field ("Subject: …", "Date: …"). */
export function isEmailField(raw: string): boolean {
  return /^\s*(?:from|to|cc|bcc|date|sent|subject|reply-to)\s*:/i.test(raw);
}

/**
 * A turn of an email: who wrote it, its first line's words, whether it asks, and the day its own
 * message gives (its header block's Date or Sent field, or the "On …, NAME wrote:" line above a
 * quoted run): a reply quotes messages of earlier days, each said on its own day.
 */
export interface EmailTurn {
  name: string;
  rest: string;
  asks: boolean;
  date?: string | undefined;
}

export interface EmailReply {
  /** the lines without their quote marks (same count, same positions; lines of quote marks alone stay) */
  lines: string[];
  /** the first line of each quoted run (the quoted writer's) and of each reply below it (the sender's) */
  turns: Map<number, EmailTurn>;
  /** a chain's inner "wrote:" lines, "Original Message" rules and their header blocks */
  furniture?: number[];
}

/**
 * An email interview answered inline: the sender's headers ("From: Solveig Hansen <…>"), then
 * "On …, Marcus Webb <…> wrote:" and his message quoted with "> ", the sender's answers
 * between the quoted lines. Each quoted run is the quoted writer's turn, each unquoted run
 * below the "wrote:" line the sender's. Null for any other document.
 */
export function emailReply(lines: readonly string[]): EmailReply | null {
  // The sender: a From header in the block at the top.
  let sender: string | null = null;
  let topEnd = 0;
  for (; topEnd < Math.min(lines.length, 12) && lines[topEnd]!.trim(); topEnd++) {
    const m = FROM().exec(lines[topEnd]!);
    if (m) sender = m[1]!.includes(',') ? m[1]!.split(/\s*,\s*/).reverse().join(' ') : m[1]!.trim();
  }
  const outerDate = sender ? fieldsDay(lines, 0, topEnd) : undefined;
  // A forwarded copy: the reply sits under the last "---------- Forwarded message ---------" (or
  // "Begin forwarded message:") block above its quoted lines, and that block's From is its sender;
  // each block above is a forwarder's, its note the forwarder's words ("For the archive - as
  // received."), its rule and header fields furniture.
  const forwarded = forwardedBlocks(lines);
  const outer = sender;
  let senderDate = outerDate;
  if (forwarded.length) {
    sender = forwarded[forwarded.length - 1]!.from;
    senderDate = forwarded[forwarded.length - 1]!.date;
  }
  // A list archive's message page names its sender on the author line under the subject, no From header.
  const page = sender ? null : archivePage(lines);
  if (page) sender = page.sender;
  if (!sender || !EMAIL_NAME().test(sender)) return null;
  let w = lines.findIndex((l) => WROTE().test(l));
  let writer: string;
  let writerDate: string | undefined;
  // Outlook answers inline with no "wrote:" line: the questions quoted with "> " above the rule,
  // the answers between them, and the message they come from in full under "-----Original
  // Message-----", its From the quoted writer. The quoted lines then start where "wrote:" would.
  const outlook = w < 0;
  if (outlook) {
    const rule = lines.findIndex((l) => l.includes('Original Message') && ORIGINAL_MESSAGE().test(l));
    const firstQuoted = lines.findIndex((l) => /^\s*>(?!>)\s*\S/.test(l));
    // No quoted question above the rule: the reply may retype the questions, numbered, each answer under its own.
    // Or answer inside the original, each answer under its question, opened by one marker ("KA:").
    if (rule >= 0 && (firstQuoted < 0 || firstQuoted > rule)) return answeredBelowNumbers(lines, sender, rule) ?? answeredInOriginal(lines, sender, rule);
    if (rule < 0 || firstQuoted < 0 || firstQuoted > rule) return null;
    let from: string | null = null;
    let k = rule + 1;
    for (; k < lines.length && isEmailField(lines[k]!); k++) {
      const m = FROM().exec(lines[k]!);
      if (m) from = m[1]!.includes(',') ? m[1]!.split(/\s*,\s*/).reverse().join(' ') : m[1]!.trim();
    }
    if (!from) return null;
    writer = from;
    writerDate = fieldsDay(lines, rule + 1, k);
    w = firstQuoted - 1;
  } else {
    const m = WROTE().exec(lines[w]!)!;
    writer = wroteName(m);
    writerDate = wroteDay(lines[w]!, m);
  }
  if (!EMAIL_NAME().test(writer) || writer === sender) return null;
  const out = lines.slice();
  const turns = new Map<number, EmailTurn>();
  // The sender's note above the quoted message ("Hi Peter, / My answers are below.") is theirs too.
  let top = 0;
  while (top < w && !lines[top]!.trim()) top++;
  while (top < w && lines[top]!.trim()) top++;
  if (page) top = page.bodyStart;
  const furniture: number[] = page ? [...page.furniture] : [];
  const inner = forwarded[forwarded.length - 1];
  if (inner && inner.end <= w) {
    // The forwarders' notes between the blocks: each its block's writer's, never asking.
    for (let b = 0; b < forwarded.length; b++) {
      const f = forwarded[b]!;
      for (let k = f.rule; k < f.end; k++) if (lines[k]!.trim()) furniture.push(k);
      const stop = b + 1 < forwarded.length ? forwarded[b + 1]!.rule : -1;
      const above = b === 0 ? Math.max(top, 0) : -1;
      // The note above the first block: the outermost message's own (its sender the first From at the top).
      if (b === 0 && above < f.rule) {
        const k = nextContent(lines, above);
        if (k < f.rule && outer && EMAIL_NAME().test(outer)) turns.set(k, { name: outer, rest: lines[k]!.trim(), asks: false, date: outerDate });
      }
      if (stop >= 0) {
        const k = nextContent(lines, f.end);
        if (k < stop) turns.set(k, { name: f.from, rest: lines[k]!.trim(), asks: false, date: f.date });
      }
    }
    top = inner.end;
  }
  const note = nextContent(lines, top);
  if (note < w) turns.set(note, { name: sender, rest: lines[note]!.trim(), asks: false, date: senderDate });
  // A chain quotes the earlier messages deeper ("> " the writer's, ">> " the message the writer
  // answered, under its own "> On …, NAME wrote:"), and Outlook appends the first message below a
  // "-----Original Message-----" rule and its own From/Sent/To/Subject block: each run is its own
  // writer's, and the rule, the block and the inner "wrote:" lines are furniture.
  const writers = new Map<number, string>([[1, writer]]);
  const writerDates = new Map<number, string | undefined>([[1, writerDate]]);
  let signature = false;
  // The note's sign-off standing alone above the quoted questions ("Jonas"): the reply's furniture, no heading.
  if (outlook) {
    let k = w;
    while (k > note && !lines[k]!.trim()) k--;
    if (k > note && !lines[k - 1]!.trim() && signsOff(lines[k]!, sender)) furniture.push(k);
  }
  const chain = lines.some((l, i) => i > w && (/^\s*>\s*>/.test(l) || ORIGINAL_MESSAGE().test(l)));
  let original: string | null = null;
  let originalDate: string | undefined;
  let quoted: number | null = null;
  let signedOff = false;
  const sides = new Set<boolean>();
  for (let i = w + 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (!raw.trim()) continue;
    // An archive page's navigation and attachment notes under the message, and the signature
    // under "--" above them: the page's and the sender's furniture, no words of the message.
    if (page && (ARCHIVE_NAV().test(raw) || DIGEST_FURNITURE().test(raw) || (signature = signature || SIGNATURE_DELIMITER().test(raw)))) {
      furniture.push(i);
      continue;
    }
    const marks = /^(?:\s*>)+/.exec(raw)?.[0] ?? '';
    const depth = marks.split('>').length - 1;
    const q = depth > 0;
    if (q) {
      const text = raw.replace(/^(?:\s*>)+\s?/, '');
      if (!text.trim()) continue; // a line of quote marks alone: markup
      out[i] = ' '.repeat(raw.length - text.length) + text;
      const inner = chain ? WROTE().exec(text) : null;
      if (inner && EMAIL_NAME().test(wroteName(inner))) {
        // Its lines one level deeper, or (as some clients set it) at its own level.
        const k = nextContent(lines, i + 1);
        const below = k < lines.length ? (/^(?:\s*>)+/.exec(lines[k]!)?.[0] ?? '').split('>').length - 1 : 0;
        writers.set(below >= depth ? below : depth + 1, wroteName(inner));
        writerDates.set(below >= depth ? below : depth + 1, wroteDay(text, inner));
        furniture.push(i);
        quoted = null;
        continue;
      }
    } else if (chain && ORIGINAL_MESSAGE().test(raw)) {
      // The rule and the header block under it: the block's From is who wrote what follows.
      signedOff = false;
      furniture.push(i);
      let k = i + 1;
      for (; k < lines.length && isEmailField(lines[k]!); k++) {
        furniture.push(k);
        const m = FROM().exec(lines[k]!);
        if (m) original = m[1]!.includes(',') ? m[1]!.split(/\s*,\s*/).reverse().join(' ') : m[1]!.trim();
      }
      originalDate = fieldsDay(lines, i + 1, k);
      i = k - 1;
      quoted = null;
      continue;
    }
    const level = q ? (writers.has(depth) ? depth : Math.max(...[...writers.keys()].filter((d) => d <= depth))) : 0;
    const name = q ? writers.get(level)! : (original ?? sender);
    const date = q ? writerDates.get(level) : original ? originalDate : senderDate;
    const side = q ? depth : original ? -1 : 0;
    // A message closed by a valediction over its writer's name ("Kind regards," / "Captain Ada Obi"):
    // the valediction, the signature under it (title, firm, phone) and a confidentiality notice down
    // to the next quoted line or rule are the writer's furniture (still found through the record
    // nearest them); a "P.S." is the writer's words again.
    if (chain && !q) {
      if (signedOff && !POSTSCRIPT().test(raw)) {
        furniture.push(i);
        continue;
      }
      signedOff = false;
      if (VALEDICTION().test(raw) && signsOff(lines[nextContent(lines, i + 1)] ?? '', name)) {
        signedOff = true;
        furniture.push(i);
        continue;
      }
    } else signedOff = false;
    // A message signed with its writer's name ("Aisha", "– Lena Vogt"): the message's furniture.
    // The title under the name ("VP Product, Cobalt Works") too.
    if (chain && quoted === side && (signsOff(out[i]!, name) || (furniture[furniture.length - 1] === i - 1 && out[i]!.trim().split(/\s+/).length <= 8 && !/[.!?]\s*$/.test(out[i]!) && signsOff(out[i - 1]!, name)))) {
      furniture.push(i);
      continue;
    }
    // A reply's closing line from its mail app ("Sent from Outlook for iOS", "Sent from my iPhone"): furniture.
    if (chain && !q && SENT_FROM().test(out[i]!)) {
      furniture.push(i);
      continue;
    }
    // In a chain each run is its writer's message, no question put to the next; but the lines an
    // Outlook reply quotes inline above its rule ask, the answers under them reply.
    if (quoted !== side) turns.set(i, { name, rest: out[i]!.trim(), asks: q && (!chain || (outlook && depth === 1 && original === null)), date });
    quoted = side;
    sides.add(q || original !== null);
  }
  // The first line below "wrote:" is quoted, and the sender answers at least once (or, in a
  // chain, the thread holds more than the one quoted run).
  if (turns.get(nextContent(lines, w + 1))?.name !== writer) return null;
  if (sides.size === 2) return { lines: out, turns, ...(chain || page || forwarded.length ? { furniture } : {}) };
  return chain && new Set([...turns.values()].map((t) => t.name)).size >= 2 ? { lines: out, turns, furniture } : null;
}
/** A forwarded message's rule: Gmail's "---------- Forwarded message ---------", Apple Mail's "Begin forwarded message:". */
export const FORWARD_RULE = lazy(() => /^\s*(?:-{2,}\s*Forwarded message\s*-{2,}|Begin forwarded message:)\s*$/i);

/**
 * The forwarded-message blocks of an email copied as forwarded, above its first quoted line or
 * "wrote:" line (within the first 200 lines): each block's rule, where its header fields end,
 * and the From they give. Empty unless every such block gives a From that is a name.
 */
function forwardedBlocks(lines: readonly string[]): { rule: number; end: number; from: string; date: string | undefined }[] {
  const out: { rule: number; end: number; from: string; date: string | undefined }[] = [];
  const limit = Math.min(lines.length, 200);
  for (let i = 0; i < limit; i++) {
    const l = lines[i]!;
    if (/^\s*>/.test(l) || (l.includes('wrote:') && WROTE().test(l))) break;
    if (!l.includes('orward') || !FORWARD_RULE().test(l)) continue;
    let from: string | null = null;
    let k = i + 1;
    for (; k < lines.length && isEmailField(lines[k]!); k++) {
      const m = FROM().exec(lines[k]!);
      if (m) from = m[1]!.includes(',') ? m[1]!.split(/\s*,\s*/).reverse().join(' ') : m[1]!.trim();
    }
    if (!from || !EMAIL_NAME().test(from)) return [];
    out.push({ rule: i, end: k, from, date: fieldsDay(lines, i + 1, k) });
    i = k - 1;
  }
  return out;
}

/**
 * A list archive's navigation on a message page (pipermail): "Previous message (by thread): …",
 * "Next message: …", "Messages sorted by: [ date ] [ thread ] …", and the page's last line,
 * "More information about the civic-tech mailing list".
 */
const ARCHIVE_NAV = lazy(() => /^\s*(?:(?:Previous|Next) message(?: \(by (?:thread|date)\))?:\s.{0,300}|Messages sorted by:.{0,120}|More information about the \S{1,80} mailing list)\s*$/);
/** An address as an archive writes it, " at " for "@": "elena.sorokina at opendata-coop.org". */
const ARCHIVE_ADDRESS = lazy(() => /^[\w.+-]{1,64} at [\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/);

/**
 * A list archive's message page: the subject ("[civic-tech] Re: …"), the author line (the name and
 * the address written "name at host", on one line or two), the date, then the navigation. The
 * sender is the author line's name; every line down to the navigation's last is the page's
 * furniture, the message's words start under it. Null where no "Messages sorted by:" line heads the page.
 */
function archivePage(lines: readonly string[]): { sender: string; furniture: number[]; bodyStart: number } | null {
  const sorted = lines.findIndex((l, i) => i < 20 && l.includes('Messages sorted by:'));
  if (sorted < 0) return null;
  let sender: string | null = null;
  for (let i = 0; i < sorted && !sender; i++) {
    const t = lines[i]!.trim();
    const cut = t.search(/\s\S+ at \S+$/);
    if (cut > 0 && ARCHIVE_ADDRESS().test(t.slice(cut + 1)) && EMAIL_NAME().test(t.slice(0, cut).trim())) sender = t.slice(0, cut).trim();
    else if (EMAIL_NAME().test(t) && ARCHIVE_ADDRESS().test(lines[i + 1]?.trim() ?? '')) sender = t;
  }
  if (!sender) return null;
  const furniture: number[] = [];
  for (let i = 0; i <= sorted; i++) if (lines[i]!.trim()) furniture.push(i);
  return { sender, furniture, bodyStart: sorted + 1 };
}

/** A question's number opening its paragraph: "1. Why leave…?", "2) What was…?". */
const NUMBERED_QUESTION = lazy(() => /^\s*(\d{1,2})[.)]\s+(\S.*)$/);
/** An e-mail signature's delimiter: "--" (or "-- ") alone on its line. */
const SIGNATURE_DELIMITER = lazy(() => /^--\s?$/);

/**
 * The header block under an "-----Original Message-----" rule: its lines (the rule's with them,
 * furniture), where it ends, and the From it gives, the original's writer; null where that is no
 * name or is the reply's own sender.
 */
function originalHeader(lines: readonly string[], sender: string, rule: number): { furniture: number[]; asker: string; end: number } | null {
  const furniture: number[] = [rule];
  let asker: string | null = null;
  let k = rule + 1;
  for (; k < lines.length && isEmailField(lines[k]!); k++) {
    furniture.push(k);
    const m = FROM().exec(lines[k]!);
    if (m) asker = m[1]!.includes(',') ? m[1]!.split(/\s*,\s*/).reverse().join(' ') : m[1]!.trim();
  }
  return asker && EMAIL_NAME().test(asker) && asker !== sender ? { furniture, asker, end: k } : null;
}

/**
 * An e-mail interview answered below each question: the reply retypes the questions, numbered
 * ("1. Why leave a safe job?"), each answer in the paragraphs under it, and Outlook appends the
 * message that put them in full under "-----Original Message-----", its From the asker. The
 * numbered questions are the asker's and ask; the paragraphs under them are the sender's
 * answers; the signature under "--", the rule and its header block are furniture; the original
 * below them is the asker's own words. Null unless two or more questions go 1, 2, … in order.
 */
function answeredBelowNumbers(lines: readonly string[], sender: string, rule: number): EmailReply | null {
  const original = originalHeader(lines, sender, rule);
  if (!original) return null;
  const { furniture, asker } = original;
  const k = original.end;
  // The reply's body: under its own header block, above its signature (or the rule).
  let top = 0;
  while (top < rule && !lines[top]!.trim()) top++;
  while (top < rule && lines[top]!.trim()) top++;
  let bodyEnd = rule;
  for (let i = top; i < rule; i++)
    if (SIGNATURE_DELIMITER().test(lines[i]!)) {
      bodyEnd = i;
      break;
    }
  for (let i = bodyEnd; i < rule; i++) if (lines[i]!.trim()) furniture.push(i);
  const turns = new Map<number, { name: string; rest: string; asks: boolean }>();
  let expected = 1;
  let lastAsks: boolean | null = null;
  for (let i = top; i < bodyEnd; i++) {
    if (!lines[i]!.trim() || (i > 0 && lines[i - 1]!.trim())) continue;
    // A paragraph: a numbered one ending on a question mark is the next question.
    let end = i;
    while (end + 1 < bodyEnd && lines[end + 1]!.trim()) end++;
    const num = NUMBERED_QUESTION().exec(lines[i]!);
    if (num && Number(num[1]) === expected && /\?["”’)]*\s*$/.test(lines[end]!)) {
      turns.set(i, { name: asker, rest: num[2]!.trim(), asks: true });
      expected++;
      lastAsks = true;
    } else if (lastAsks !== false) {
      turns.set(i, { name: sender, rest: lines[i]!.trim(), asks: false });
      lastAsks = false;
    }
    i = end;
  }
  if (expected < 3) return null;
  // The original under the rule's header block: the asker's, its quote marks gone. Each of its
  // paragraphs opens on the asker, so its list of the questions is never read as questions put anew.
  const out = lines.slice();
  for (let i = k; i < lines.length; i++) {
    const text = lines[i]!.replace(/^(?:\s*>)+\s?/, '');
    if (text !== lines[i]) out[i] = ' '.repeat(lines[i]!.length - text.length) + text;
    if (!text.trim() || (i > k && out[i - 1]!.trim())) continue;
    turns.set(i, { name: asker, rest: text.trim(), asks: false });
  }
  return { lines: out, turns, furniture };
}

/** An inline answer's marker opening its paragraph: "KA: Twenty-six flights…", "Response: About 420…", "A: No." */
const ANSWER_MARKER = lazy(() => /^\s*([\p{Lu}][\p{L}]{0,15}(?: [\p{L}]{1,15}){0,2}):\s+\S/u);

/**
 * A press office answering a journalist inside the journalist's own message: the reply's note
 * ("Please see our answers inline below, marked KA"), then "-----Original Message-----" and its
 * header block, the asker's numbered questions ("1. Is it true that…?") and under each a paragraph
 * opened by one marker, the same each time ("KA: Twenty-six flights…"). Each numbered question is
 * the asker's and asks; each marked paragraph (and the paragraphs under it, to the next question)
 * the sender's answer, or the person's whom the marker names in full; the asker's note around the
 * questions and their sign-off stay theirs. Null unless two questions going 1, 2, … carry the one marker.
 */
function answeredInOriginal(lines: readonly string[], sender: string, rule: number): EmailReply | null {
  const original = originalHeader(lines, sender, rule);
  if (!original) return null;
  const { furniture, asker } = original;
  const k = original.end;
  const out = lines.slice();
  for (let i = k; i < lines.length; i++) {
    const text = lines[i]!.replace(/^(?:\s*>)+\s?/, '');
    if (text !== lines[i]) out[i] = ' '.repeat(lines[i]!.length - text.length) + text;
  }
  const turns = new Map<number, { name: string; rest: string; asks: boolean }>();
  // The reply's note above the rule, under its own header block: the sender's.
  let top = 0;
  while (top < rule && !lines[top]!.trim()) top++;
  while (top < rule && lines[top]!.trim()) top++;
  const note = nextContent(out, top);
  if (note < rule) turns.set(note, { name: sender, rest: out[note]!.trim(), asks: false });
  let marker: string | null = null;
  let expected = 1;
  let answered = 0;
  let side: 'asks' | 'answers' | 'note' | null = null;
  let closed = false;
  for (let i = k; i < out.length; i++) {
    if (!out[i]!.trim() || (i > k && out[i - 1]!.trim())) continue;
    let end = i;
    while (end + 1 < out.length && out[end + 1]!.trim()) end++;
    const num = NUMBERED_QUESTION().exec(out[i]!);
    const mark = ANSWER_MARKER().exec(out[i]!);
    if (num && Number(num[1]) === expected && /\?["”’)]*\s*$/.test(out[end]!)) {
      turns.set(i, { name: asker, rest: num[2]!.trim(), asks: true });
      expected++;
      side = 'asks';
    } else if (side === 'asks' && mark && (marker === null || mark[1] === marker)) {
      marker = mark[1]!;
      const named = marker.includes(' ') && EMAIL_NAME().test(marker) ? marker : sender;
      turns.set(i, { name: named, rest: out[i]!.slice(mark[0].length - 1).trim(), asks: false });
      answered++;
      side = 'answers';
    } else if (closed) {
      // Under the asker's sign-off: their signature (name, title, outlet), furniture.
      for (let j = i; j <= end; j++) furniture.push(j);
    } else if (side === null || (side === 'answers' && (VALEDICTION().test(out[i]!) || signsOff(out[i]!, asker)))) {
      closed = side === 'answers';
      // The asker's own words: the note before the first question, the sign-off after the last answer.
      turns.set(i, { name: asker, rest: out[i]!.trim(), asks: false });
      side = 'note';
    }
    // Otherwise the paragraph goes on with the question, the answer or the note above it.
    i = end;
  }
  return answered >= 2 ? { lines: out, turns, furniture } : null;
}

/** A letter's closing alone on its line above the name: "Best,", "Kind regards,", "Thanks again,". */
export const VALEDICTION = lazy(() => /^\s*\p{L}+(?: \p{L}+){0,2},\s*$/u);
const SENTENCE_END = lazy(() => /[.!?]["”’)]?\s*$/);
/** The last line with words at or above `from` (-1 when none). */
function lastContentAbove(lines: readonly string[], from: number): number {
  let k = from;
  while (k >= 0 && !lines[k]!.trim()) k--;
  return k;
}
/** A postscript under a signature: "P.S. …", "PS: …", the writer's words again. */
const POSTSCRIPT = lazy(() => /^\s*P\.?\s?S\.?(?:[:,]|\s)/);
/** A mail app's line under a reply's signature: "Sent from Outlook for iOS", "Sent from my iPhone", "Get Outlook for Android". */
const SENT_FROM = lazy(() => /^\s*(?:Sent from (?:my )?|Get )[A-Za-z][\w.-]*(?: [\w.-]+){0,4}\s*$/);
/** Outlook's rule above the message a reply quotes in full: "-----Original Message-----". */
const ORIGINAL_MESSAGE = lazy(() => /^\s*-{2,}\s*(?:Original Message|Forwarded message)\s*-{2,}\s*$/i);

/**
 * A thread printed from a webmail (Gmail's "Print all"): each message opens on its sender and the
 * date on one line, no "From:" ("Henrik Aalto <h.aalto@…>     Mon, Mar 3, 2025 at 8:12 AM"), its
 * To/Cc fields under it.
 */
const PRINTED_SENDER = lazy(() => /^\s*"?([^"<>@\t]{2,60}?)"?\s*<[^<>\s]{3,120}>\s{2,}\S[^<>]{5,60}\d:\d{2}(?:\s?[AaPp][Mm])?\s*$/);
/** The printed sender line of a message ("Name <address>   date"), its To or Cc field right under it. */
export function printedSenderAt(lines: readonly string[], i: number): boolean {
  const raw = lines[i]!;
  return raw.length <= 200 && raw.includes('@') && i + 1 < lines.length && /^\s*(?:to|cc)\s*:/i.test(lines[i + 1]!) && PRINTED_SENDER().test(raw);
}
/**
 * A printed webmail page's own lines: the running head with the print's time and the subject
 * ("12/5/26, 9:41 AM     Gmail - Re: Board seat"), the footer with the page's address and number
 * (".../mail/u/0/?ik=…   1/2"), the account line ("Gmail     Priya Ramaswamy <priya@…>"), the
 * count under the subject ("4 messages") and the client's "[Quoted text hidden]". The account
 * line's first field is no key with a colon: "Contact:   Jane Roe <jane@…>" is a message's words.
 */
const PRINTED_MAIL_FURNITURE = lazy(() => /^\s*(?:\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?\s{2,}\S.{0,200}|https?:\/\/\S{1,300}\s+\d{1,3}\/\d{1,3}|\S{0,39}[^\s:]\s{2,}[^<>]{1,60}<[^<>\s]{3,120}>|\d{1,4} messages?|\[Quoted text hidden\])\s*$/);
/**
 * Line `i` is the last of its message's own words: only quoted lines, a reply's "On … wrote:", the
 * client's "[Quoted text hidden]" or the next message below it. A mail app's closing line ("Sent from
 * my iPhone", "Get Outlook for iOS") stands there; "Get well cards go to reception" above more words is a sentence.
 */
function closesMessage(lines: readonly string[], i: number, end: number): boolean {
  for (let k = i + 1; k < end; k++) {
    const l = lines[k]!;
    if (!l.trim()) continue;
    return /^\s*>/.test(l) || (l.includes('wrote:') && WROTE().test(l)) || ORIGINAL_MESSAGE().test(l) || PRINTED_MAIL_FURNITURE().test(l);
  }
  return true;
}
/** A mailing-list digest's own lines between its messages: "Message: 2", a rule of dashes or stars, "End of … Digest, Vol 212, Issue 4". */
const DIGEST_FURNITURE = lazy(() => /^\s*(?:Message:\s*\d{1,4}|[-=*_]{5,}|End of .{1,100}\bDigest\b.*|-{3,} next part -{3,}|An HTML attachment was scrubbed\.*|URL: <[^<>\s]{1,300}>)\s*$/i);
/** A message's header fields besides the mail ones: an archive's ids, a messaging app's "Type:", "Received:", "Attachment:", "Reaction:" (Signal's text export), Outlook's "Importance: High". */
const MESSAGE_FIELD = lazy(() => /^\s*(?:message-id|in-reply-to|references|type|received|attachment|reaction|importance|sensitivity)\s*:/i);
/** An mbox archive's envelope line: "From address  Weekday Mon D HH:MM:SS YYYY" (the address may be written "name at host"). */
const MBOX_ENVELOPE = lazy(() => /^From \S{1,80}(?: at \S{1,80})?\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s{1,2}\d{1,2} \d{2}:\d{2}:\d{2} \d{4}\s*$/);
/**
 * A From header whose name stands in brackets beside what is not one: a list archive's
 * "From: ahmed.rahimi at kth.se (Ahmed Rahimi)", a messaging app's "From: Lena Okafor (+44 7700 900412)".
 * The name is the side that reads as one, or null.
 */
function annotatedSender(raw: string): string | null {
  const m = /^\s*From:\s*([^()<>"]{1,80}?)\s*\(([^()<>"]{1,80})\)\s*$/i.exec(raw);
  if (!m) return null;
  const [outside, inside] = [m[1]!.trim(), m[2]!.trim()];
  if (EMAIL_NAME().test(inside) && !EMAIL_NAME().test(outside)) return inside;
  if (EMAIL_NAME().test(outside) && !/\p{L}/u.test(inside)) return outside;
  return null;
}

/** A page's running header in a released or printed record: "2024-FOIA-00317 - Interim Release 1 - Page 14 of 212". */
const RUNNING_PAGE_HEADER = lazy(() => /^[^\n]{0,80}\bPage \d{1,4} of \d{1,4}$/i);

/** A line that is only the sender's name or a part of it ("Gwen", "– Ibrahim Sall"): a signature. */
export function signsOff(raw: string, sender: string): boolean {
  const s = raw.trim().replace(/^[-–—~]+\s*/, '').replace(/[.,]$/, '');
  if (!s || s.length > sender.length) return false;
  const names = sender.split(' ');
  const words = s.split(/\s+/);
  return words.every((w) => names.includes(w));
}

export interface EmailDigest extends EmailReply {
  /** the messages' header fields, "Message: N" lines, rules and the digest's closing line: none of them anyone's words */
  furniture: number[];
}

/**
 * A reply's attribution with no day, as list mail clients write it: "Declan Fairhurst wrote:" (the
 * address may follow, in brackets). Read only where the name is a sender of the thread.
 */
const BARE_WROTE = lazy(() => /^\s*([^\s,<>"@:][^,<>"@:]{1,60}?)\s*(?:<[^<>\s]{1,120}>|<[^<>\s]{1,80} at [^<>\s]{1,80}>)?\s+wrote:\s*$/u);
/**
 * A mailing-list digest: two or more messages, each under its own header block ("Date: …",
 * "From: Gwen Thackeray <gwen@…>", "Subject: …"). Each message's words are its sender's; a
 * "> " run quoting an earlier message of the digest is that message's sender's, asking (the
 * reply below it answers). The header blocks are furniture, as are the rules between the
 * messages. Null for any other document.
 */
export function emailDigest(lines: readonly string[]): EmailDigest | null {
  const blocks: { from: number; to: number; sender: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*From:/i.test(lines[i]!) ? FROM().exec(lines[i]!) : (printedSenderAt(lines, i) ? PRINTED_SENDER().exec(lines[i]!) : null);
    let sender = m ? (m[1]!.includes(',') ? m[1]!.split(/\s*,\s*/).reverse().join(' ') : m[1]!.trim()) : null;
    if ((!sender || !EMAIL_NAME().test(sender)) && lines[i]!.includes('(') && !(sender && FOIA_EXEMPTION().test(sender))) sender = annotatedSender(lines[i]!);
    // A released record's sender withheld under a FOIA exemption ("From: (b)(6)") is named by it.
    if (!sender || (!EMAIL_NAME().test(sender) && !FOIA_EXEMPTION().test(sender))) continue;
    const field = (k: number) => k >= 0 && k < lines.length && (isEmailField(lines[k]!) || MESSAGE_FIELD().test(lines[k]!) || /^\s*Message:\s*\d{1,4}\s*$/i.test(lines[k]!));
    let from = i;
    let to = i;
    while (field(from - 1)) from--;
    while (field(to + 1)) to++;
    if (to > from) blocks.push({ from, to, sender });
    i = to;
  }
  if (blocks.length < 2) return null;
  const out = lines.slice();
  const turns = new Map<number, EmailTurn>();
  const furniture: number[] = [];
  // An mbox archive's envelope line right above a block ("From ahmed at kth.se  Wed May  8 09:14:22 2019"): the block's.
  for (const b of blocks) if (b.from > 0 && MBOX_ENVELOPE().test(lines[b.from - 1]!)) b.from--;
  // The table of contents above the first message: "   2. Re: Swarm season already? (Ibrahim Sall)",
  // each item naming a sender, under its heading ("Today's Topics:"), and the rules around it.
  const senders = new Set(blocks.map((b) => b.sender));
  for (let i = 0; i < blocks[0]!.from; i++) {
    const item = /^\s*\d{1,3}\.\s.*\(([^()]{2,60})\)\s*$/.exec(lines[i]!);
    if (item && senders.has(item[1]!.trim())) {
      furniture.push(i);
      let h = i - 1;
      while (h >= 0 && !lines[h]!.trim()) h--;
      if (h >= 0 && /^\s*[^:]{1,40}:\s*$/.test(lines[h]!)) furniture.push(h);
    } else if (DIGEST_FURNITURE().test(lines[i]!) || PRINTED_MAIL_FURNITURE().test(lines[i]!)) furniture.push(i);
  }
  const said: { sender: string; text: string; date: string | undefined }[] = []; // each message's own words, for finding who a quote quotes
  const flat = (t: string) => t.replace(/\s+/g, ' ').trim();
  for (let b = 0; b < blocks.length; b++) {
    const { from, to, sender } = blocks[b]!;
    for (let k = from; k <= to; k++) furniture.push(k);
    // The day the block's Date or Sent field gives: its sender's words were written then.
    const blockDate = fieldsDay(lines, from, to + 1);
    // The one person the block is to ("To: Deepa Ramaswamy <…>"): a reply quotes the message it answers, theirs.
    let recipient: string | null = null;
    for (let k = from; k <= to; k++) {
      const m = lines[k]!.length <= 200 && /^\s*To:/i.test(lines[k]!) ? TO_ONE().exec(lines[k]!) : null;
      if (m && EMAIL_NAME().test(m[1]!.trim()) && m[1]!.trim() !== sender) recipient = m[1]!.trim();
    }
    let quotedDate: string | undefined;
    const end = b + 1 < blocks.length ? blocks[b + 1]!.from : lines.length;
    let quoted: boolean | null = null;
    let quotedWriter: string | null = null;
    // The writer a quoted history names for itself: Apple Mail quotes its "> On …, NAME <…> wrote:"
    // line, Outlook its "> From: NAME <…>" block under a rule. Its lines are that writer's, no question.
    let quotedHistory: string | null = null;
    let quotedFields = false;
    let own = '';
    // Under the sender's sign-off ("Best, / Priya"), up to the quoted message or the next one: the
    // signature block (the name and title, "Priya Ramaswamy | Partner", the firm, a phone) and the
    // firm's confidentiality notice. The sender's furniture, no words of the message; its lines
    // stay found through the record nearest them (src/model/nearby.ts). A "P.S." is the sender's again.
    let signedOff = false;
    for (let i = to + 1; i < end; i++) {
      const raw = lines[i]!;
      if (!raw.trim()) continue;
      // A rule, the sender signing off with their name ("Gwen"), Outlook's rule above a quoted message,
      // a released record's running page header, or the reply's "On …, NAME wrote:" above a quote (who
      // wrote it is found by its words): the message's furniture.
      const wrote = raw.includes('wrote:') && (WROTE().test(raw) || senders.has(BARE_WROTE().exec(raw)?.[1] ?? ''));
      // A page's running head or foot ends the block too: the next page goes on with the message.
      if (wrote || /^\s*>/.test(raw) || POSTSCRIPT().test(raw) || PRINTED_MAIL_FURNITURE().test(raw) || RUNNING_PAGE_HEADER().test(raw.trim())) {
        // The postscript opens a run of the sender's own after the furniture above it.
        if (signedOff && POSTSCRIPT().test(raw)) quoted = null;
        signedOff = false;
      }
      else if (signedOff) {
        furniture.push(i);
        continue;
      }
      if (DIGEST_FURNITURE().test(raw) || PRINTED_MAIL_FURNITURE().test(raw) || (SENT_FROM().test(raw) && closesMessage(lines, i, end)) || ORIGINAL_MESSAGE().test(raw) || RUNNING_PAGE_HEADER().test(raw.trim()) || signsOff(raw, sender) || wrote) {
        if (signsOff(raw, sender)) {
          signedOff = true;
          // The closing right above the name ("Best," / "Priya", "Kind regards,") under the message's
          // last sentence: the sign-off's, no words of the message. (Under a fragment, such as a
          // release's "(b)(5)", it stays, lest the fragment stand alone as a heading.)
          // (A blank line may stand between them: "Kind regards," / "" / "Gareth Pennington".)
          const v = lastContentAbove(lines, i - 1);
          if (v > 0 && v >= i - 2 && VALEDICTION().test(lines[v]!) && SENTENCE_END().test(lines[lastContentAbove(lines, v - 1)] ?? '')) {
            // (one that opens a run of its own, under a comment marked with another writer's initials, goes with it)
            if (turns.has(v) && turns.get(v)!.name === sender) turns.delete(v);
            if (!turns.has(v)) furniture.push(v);
          }
        }
        furniture.push(i);
        continue;
      }
      const q = /^\s*>/.test(raw);
      let name = sender;
      let date = blockDate;
      if (q) {
        const text = raw.replace(/^(?:\s*>)+\s?/, '');
        if (!text.trim()) continue;
        out[i] = ' '.repeat(raw.length - text.length) + text;
        // Who wrote the quoted words: the earlier message that holds them, else the sender's run goes on.
        // The quoted message's sign-off ("> Joanna"): its furniture, as the sender's own is.
        if (quoted && quotedWriter && signsOff(text, quotedWriter)) {
          furniture.push(i);
          continue;
        }
        const attribution = text.includes('wrote:') ? WROTE().exec(text) : /^\s*From:/i.test(text) ? FROM().exec(text) : null;
        const attributed = attribution ? (text.includes('wrote:') ? wroteName(attribution) : attribution[1]!.trim()) : null;
        if (attributed && EMAIL_NAME().test(attributed)) {
          quotedHistory = quotedWriter = attributed;
          quotedFields = !text.includes('wrote:');
          quotedDate = quotedFields ? undefined : wroteDay(text, attribution!);
          furniture.push(i);
          quoted = null;
          continue;
        }
        // The quoted block's other fields ("> Sent: …", "> Subject: …") and the rule above it.
        if ((quotedFields && isEmailField(text)) || DIGEST_FURNITURE().test(text)) {
          if (quotedFields && /^\s*(?:date|sent)\s*:/i.test(text)) quotedDate = dayOfEmailDate(text.replace(/^\s*(?:date|sent)\s*:\s*/i, '')) ?? undefined;
          furniture.push(i);
          continue;
        }
        quotedFields = false;
        if (quotedHistory) {
          if (quoted !== true) turns.set(i, { name: quotedHistory, rest: out[i]!.trim(), asks: false, date: quotedDate });
          quoted = true;
          continue;
        }
        // A line too short to tell whose it is ("> Priya,", "> Dana" is in any message that greets her):
        // the run's next longer line tells; with none below, it goes with the run it closes.
        const probe = flat(text).length < 12 ? longerQuotedBelow(lines, i) : text;
        if (probe === null) continue;
        const message = [...said].reverse().find((m) => m.text.includes(flat(probe)));
        // Words no message of the thread holds: the message this one answers, which its one recipient
        // wrote ("> 1. What is the annual value of the contract?" above the answer), asking.
        const writer = message?.sender ?? recipient;
        if (!writer || writer === sender) {
          quoted = false;
          continue;
        }
        name = writer;
        date = message?.date;
        quotedWriter = writer;
      } else {
        quotedHistory = null;
        // A later writer's comment set inside this message, marked with their initials ("My comments are
        // inline below in [DR]" / "[DR] Was there a variation?"): theirs, the marker no word of it. The
        // initials must be those of one other sender of the thread.
        const marked = raw.length <= 2000 && raw.includes(']') ? INITIALS_MARKER().exec(raw) : null;
        const by = marked ? blocks.filter((x) => x.sender !== sender && initialsOf(x.sender) === marked[1]) : [];
        if (marked && by.length && by.every((x) => x.sender === by[0]!.sender)) {
          const other = blocks.find((x) => x.sender === by[0]!.sender)!;
          turns.set(i, { name: other.sender, rest: raw.slice(marked[0].length).trim(), asks: false, date: fieldsDay(lines, other.from, other.to + 1) });
          quoted = null;
          continue;
        }
        own += ' ' + raw;
      }
      if (quoted !== q) turns.set(i, { name, rest: out[i]!.trim(), asks: q, date });
      quoted = q;
    }
    said.push({ sender, text: flat(own), date: blockDate });
  }
  return turns.size >= 2 ? { lines: out, turns, furniture } : null;
}

/** The first quoted line below `i` in the same quoted run with words enough to be found in one message alone, its marks gone; null when none. */
function longerQuotedBelow(lines: readonly string[], i: number): string | null {
  for (let k = i + 1; k < lines.length && /^\s*>/.test(lines[k]!); k++) {
    const text = lines[k]!.replace(/^(?:\s*>)+\s?/, '').replace(/\s+/g, ' ').trim();
    if (text.length >= 12) return text;
  }
  return null;
}

function nextContent(lines: readonly string[], from: number): number {
  let k = from;
  while (k < lines.length && (!lines[k]!.trim() || /^\s*>\s*$/.test(lines[k]!))) k++;
  return k;
}

/** A chat's reaction saved as a message (Zoom's 'Reacted to "Yes, by Friday." with 👍') or a tally of them. No words of the sender's. */
export function isReactionLine(raw: string): boolean {
  return /^\s*(?:Reacted to|Removed a \S+ reaction from)\s+["“].*["”](?:\s+with\s+\S+)?\s*$/u.test(raw) || REACTION_TALLY().test(raw);
}
/**
 * A reaction copied over two lines, the emoji over its count (Slack's ":white_check_mark:" / "4",
 * Discord's "👍" / "5"): the app's tally under a message, no words of it. A lone emoji with no count
 * under it is someone's message.
 */
export function isReactionAt(lines: readonly string[], i: number): boolean {
  const s = lines[i]!.trim();
  if (LONE_EMOJI().test(s)) return i + 1 < lines.length && REACTION_COUNT().test(lines[i + 1]!.trim());
  return REACTION_COUNT().test(s) && i > 0 && LONE_EMOJI().test(lines[i - 1]!.trim());
}
const LONE_EMOJI = lazy(() => /^(?::[\w+-]{1,40}:|\p{Extended_Pictographic}\uFE0F?)$/u);
const REACTION_COUNT = lazy(() => /^\d{1,5}$/);
/**
 * Slack's or Discord's reactions under a message, each an emoji and its count: ":eyes: 2", ":tada: 5
 * :rocket: 1", "👍 3", DiscordChatExporter's "👋 (41) 🎉 (12)".
 */
const REACTION_TALLY = lazy(() => /^\s*(?:(?::[\w+-]{1,40}:|\p{Extended_Pictographic}\uFE0F?)\s*(?:\d{1,5}|\(\d{1,5}\))\s*){1,12}$/u);

/** Zoom's saved chat header alone on its line: "10:02:33 From  Kofi Mensah  to  Everyone:", the words below. */
export function isChatFromLine(raw: string): boolean {
  return /^\s*\d{1,2}:\d{2}(?::\d{2})?\s+From\s+[^:]{1,80}?:\s*$/.test(raw);
}

/**
 * A Q&A site's page copied as text (Stack Exchange): each post is signed BELOW its words by a
 * user card, "asked May 9, 2019 at 6:41" (or "answered …", "edited …") / the name / the
 * reputation and badges ("153 • 1 • 6"). The post above a card is its user's, the question's
 * asking; a comment ends on its writer and time ("That's the key point. – NAME May 9, 2019 at
 * 9:02"). `posts`: each post's first line with its writer; `furniture`: the cards' lines, the
 * posts' scores and the "N Answers" line. Null where two such cards are not.
 */
export interface SignedPosts {
  posts: Map<number, { name: string; asks: boolean; rest: string }>;
  furniture: number[];
}
const SIGNED_CACHE = new WeakMap<readonly string[], SignedPosts | null>();
const CARD_ACTION = lazy(() => new RegExp(String.raw`^(asked|answered|edited)\s+${WHEN}\s*$`, 'u'));
/** The reputation, then the badge counts: "153 • 1 • 6", or set apart by spaces alone ("1,203  2  11  24"). */
const REPUTATION = lazy(() => /^[\d.,]+[kKm]?(?:(?:\s*[•·]\s*|\s+)[\d.,]+[kKm]?){0,3}$/);
const CARD_NAME = lazy(() => new RegExp(String.raw`^(?:${WORDS}|${HANDLE})(?:-[\p{L}]+)?$`, 'u'));
const POST_CHROME = lazy(() => /^(?:Score:\s*-?\d{1,6}(?:\s+✓\s*Accepted)?|\d{1,4} Answers?|Comments?:|Add a comment|Share|Improve this (?:question|answer)|Follow)$/u);
/** A Q&A site's post chrome: "Score: 7 ✓ Accepted", "1 Answer", "Comments:". */
export function isPostChrome(raw: string): boolean {
  const s = raw.trim();
  return s.length <= 30 && POST_CHROME().test(s);
}
/** A post's vote score alone on its line, above its words ("18", "-2"). */
const SCORE_ALONE = lazy(() => /^-?\d{1,5}$/);
/** The row of a post's links ("Share  Improve this answer  Follow"), the answers' sort order, the answer form under the page. */
const POST_LINKS = lazy(() => /^(?:Share|Improve this (?:question|answer)|Follow)(?:\s+(?:Share|Improve this (?:question|answer)|Follow)){1,2}$|^Sorted by:\s.{1,60}$|^(?:Your Answer|Post Your Answer)$|^By clicking "Post Your Answer", you agree\b.{0,160}$/u);
function isSignedPostChrome(s: string): boolean {
  return !!s && ((s.length <= 30 && POST_CHROME().test(s)) || SCORE_ALONE().test(s) || (s.length <= 80 && POST_LINKS().test(s)));
}
/**
 * A comment's writer: "words – NAME DATE", or an answer folded into one line that signs off
 * "… – answered DATE – NAME". Null for a line not so signed.
 */
function commentWriter(s: string): string | null {
  const dash = Math.max(s.lastIndexOf(' – '), s.lastIndexOf(' — '));
  if (dash <= 0) return null;
  const sig = s.slice(dash + 3);
  const when = new RegExp(String.raw`\s(?:${WHEN})$`, 'u').exec(sig);
  const who = when ? sig.slice(0, when.index).trim() : '';
  if (who && CARD_NAME().test(who)) return who;
  // "… – answered Dec 1, 2022 at 8:30 – Tariq M.": the name after the dated action.
  const before = s.slice(0, dash);
  const acted = Math.max(before.lastIndexOf(' – '), before.lastIndexOf(' — '));
  const name = sig.trim();
  return acted > 0 && CARD_ACTION().test(before.slice(acted + 3).trim()) && CARD_NAME().test(name) ? name : null;
}
export function signedPosts(lines: readonly string[]): SignedPosts | null {
  if (SIGNED_CACHE.has(lines)) return SIGNED_CACHE.get(lines)!;
  let out: SignedPosts | null = null;
  if (lines.some((l) => l.startsWith('asked ') || l.startsWith('answered '))) {
    const cards: { at: number; name: string; asks: boolean }[] = [];
    for (let i = 0; i + 2 < lines.length; i++) {
      const a = lines[i]!.trim();
      if (!/^(?:asked|answered|edited) /.test(a)) continue;
      const m = CARD_ACTION().exec(a);
      const name = lines[i + 1]!.trim();
      if (!m || !CARD_NAME().test(name) || NOT_A_NAME().test(name) || !REPUTATION().test(lines[i + 2]!.trim())) continue;
      cards.push({ at: i, name, asks: m[1] === 'asked' });
    }
    if (cards.filter((c) => c.name).length >= 2) {
      const posts = new Map<number, { name: string; asks: boolean; rest: string }>();
      const furniture: number[] = [];
      let floor = 0; // the first line after the previous card
      // An editor's card above the asker's ("edited Nov 26, 2022 at 14:05" / "Murch♦"): no post of theirs.
      for (let i = 0; i + 1 < lines.length; i++) {
        const m = lines[i]!.startsWith('edited ') ? CARD_ACTION().exec(lines[i]!.trim()) : null;
        if (m && CARD_NAME().test(lines[i + 1]!.trim().replace(/♦$/u, ''))) furniture.push(i, i + 1);
      }
      // The row of a post's links ("Share  Improve this question  Follow") wherever it stands.
      for (let i = 0; i < lines.length; i++) if (lines[i]!.startsWith('Share') && POST_LINKS().test(lines[i]!.trim())) furniture.push(i);
      const edited = new Set(furniture);
      const chrome = (k: number) => edited.has(k) || isSignedPostChrome(lines[k]!.trim());
      for (const c of cards) {
        furniture.push(c.at, c.at + 1, c.at + 2);
        // The question's tags right above its card ("bitcoin exchanges security"), set apart from its
        // words: the question's still (words to find), never a heading between the question and its answers.
        const tags = c.at > 1 && !lines[c.at - 2]!.trim() ? lines[c.at - 1]!.trim() : '';
        const tagged = c.asks && tags.length <= 120 && /^[a-z0-9][a-z0-9.+#-]*(?: [a-z0-9][a-z0-9.+#-]*){0,5}$/.test(tags);
        // The post's first line: the first line of words after the previous card (or the page's question title), past its chrome.
        // Past the comments on the post above ("… – NAME DATE"), each its writer's, and the chrome
        // between ("2 Answers", "Sorted by: …", the answer's score).
        let k = floor;
        while (k < c.at && (!lines[k]!.trim() || chrome(k) || (floor > 0 && commentWriter(lines[k]!.trim())))) {
          const who = floor > 0 && lines[k]!.trim() && !chrome(k) ? commentWriter(lines[k]!.trim()) : null;
          if (who) posts.set(k, { name: who, asks: false, rest: lines[k]!.trim() });
          else if (lines[k]!.trim()) furniture.push(k);
          k++;
        }
        // The first card's post: its words under the post's score above it, else the paragraph right above the card.
        if (floor === 0) {
          let j = c.at - 1;
          while (j >= 0 && !POST_CHROME().test(lines[j]!.trim()) && !SCORE_ALONE().test(lines[j]!.trim())) j--;
          if (j >= 0) furniture.push(j);
          else for (j = c.at - 1; j >= 0 && (lines[j]!.trim() || j === c.at - 1); j--);
          k = j + 1;
          while (k < c.at && !lines[k]!.trim()) k++;
        }
        if (k < c.at) posts.set(k, { name: c.name, asks: c.asks, rest: lines[k]!.trim() });
        if (k < c.at - 1 && tagged) posts.set(c.at - 1, { name: c.name, asks: c.asks, rest: tags });
        floor = c.at + 3;
      }
      // Comments under the last card: "words – NAME DATE".
      for (let i = floor; i < lines.length; i++) {
        const s = lines[i]!.trim();
        if (POST_CHROME().test(s)) {
          furniture.push(i);
          continue;
        }
        if (chrome(i) && s) {
          furniture.push(i);
          continue;
        }
        const who = commentWriter(s);
        if (who) posts.set(i, { name: who, asks: false, rest: s });
      }
      out = posts.size >= 2 ? { posts, furniture } : null;
    }
  }
  SIGNED_CACHE.set(lines, out);
  return out;
}

const EMAIL_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** The day an email's date header gives, as written (no time zone shift): "Tue, 14 May 2024 09:12" or "Tuesday, May 14, 2024 9:12 AM". */
export function dayOfEmailDate(value: string): string | null {
  const iso = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/.exec(value);
  let y: number, mo: number, d: number;
  if (iso) [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else {
    const dm = /\b(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+((?:19|20)\d{2})\b/i.exec(value);
    const md = /\b([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b/i.exec(value);
    if (dm && EMAIL_MONTHS.includes(dm[2]!.toLowerCase())) [y, mo, d] = [Number(dm[3]), EMAIL_MONTHS.indexOf(dm[2]!.toLowerCase()) + 1, Number(dm[1])];
    else if (md && EMAIL_MONTHS.includes(md[1]!.toLowerCase())) [y, mo, d] = [Number(md[3]), EMAIL_MONTHS.indexOf(md[1]!.toLowerCase()) + 1, Number(md[2])];
    else return null;
  }
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return null;
  return t.toISOString().slice(0, 10);
}

