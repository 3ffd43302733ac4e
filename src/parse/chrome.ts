/**
 * Site chrome: the lines a web page wraps around the text it publishes.
 * Navigation, share and subscribe links, bylines, date lines, reading times,
 * editors' notes and the "Read more" teasers for other articles. These are
 * recognised by their form, never become records, and are reported by
 * `check` as classified lines.
 */
import type { LineKind } from '../model/record.js';
import { endsLikeSentence, hasLetters, isTitleCase, lineWordCount, normalizeSpace, splitSentences, titleCaseName, withoutEditLink, withoutEmphasisEnds, wordCount } from './text.js';
import { allMatches, lazy } from '../model/regexp.js';
import { asciiDigits, EASTERN_DIGIT } from '../model/digits.js';

const NAV_PHRASES = new Set(
  [
    'about', 'about us', 'rss', 'contact', 'contact us', 'sign in', 'sign up', 'log in', 'login', 'register', 'subscribe', 'news', 'home', 'menu',
    'search', 'share', 'share this', 'share this article', 'tweet', 'follow', 'follow us', 'newsletter', 'buy crypto', 'pay with', 'trade', 'markets',
    'powered by', 'ghost', 'back to top', 'next', 'previous', 'next article', 'previous article', 'comments', 'leave a comment', 'print', 'copy link',
    'privacy policy', 'terms of use', 'cookie settings', 'all rights reserved', 'advertisement', 'sponsored', 'download app', 'open app',
    // A live blog's filter and the badge it sets on an entry.
    'show key events only', 'key event',
    // A news site's share panel: "Share" / "Copy link" / "About sharing".
    'about sharing',
    // A podcast player's links under an episode's transcript (Apple Podcasts).
    'episode website', 'show website', 'report a concern',
    // A podcast or newsletter page's comment section under the episode (Substack's): its heading and tabs.
    'discussion about this episode', 'discussion about this post', 'discussion about this podcast', 'restacks',
    // A thread unrolled to one page (Thread Reader App): its share and save buttons, X's label over a quoted post.
    'share this page', 'read on twitter', 'read on x', 'save as pdf', 'bookmark', 'pdf', 'quote tweet', 'quote post',
    // A news programme's page around its transcript (PBS's): its feedback and transcript buttons.
    'leave your feedback', 'show transcript', 'copy transcript',
    // A magazine site's buttons by the reading time ("Share · Save · 14 min read"): save the article for later.
    'save', 'save article', 'save for later',
    // A newsletter platform's buttons copied with the post (Substack's, Ghost's): its calls to subscribe,
    // to pay, to open the app, its restack button.
    'subscribe now', 'upgrade to paid', 'get the app', 'restack', 'share post', 'share this post',
  ],
);

// A news page's foot also lists its most-read headlines and its topic tags ("Most read", "Related Topics"),
// as the Korean "많이 본 뉴스" below does.
const TEASER_MARKERS =
  lazy(() => /^(read more|read next|related|related topics|most read|most popular|most viewed|most shared|related (?:articles|posts|stories|videos|talks|episodes|podcasts|content|links)|more (?:stories|videos|talks|episodes|podcasts|obituaries|letters|opinion)|more from .{1,40}|more in [^.!?]{1,40}|you may also like|you might also like|recommended|recommended for you|further reading|latest news|trending|popular posts|explore more on these topics|more on this story|related coverage|more coverage)\s*:?$/i);

/**
 * The same furniture in the languages of European and South Asian news sites (compared
 * lower-cased): the header over the teasers for other articles ("Mehr zum Thema", "Læs også",
 * "Читайте також", "আরও পড়ুন", Malay's "Berita berkaitan", Amharic's "ተዛማጅ ዜናዎች"), …
 */
const FOREIGN_TEASER_MARKERS = lazy(() =>
  /^(?:mehr zum thema|mehr zu diesem thema|lesen sie auch|lesen sie mehr|das könnte sie auch interessieren|weitere artikel|læs også|læs mere|relaterede artikler|les også|les mer|läs också|läs mer|relaterade artiklar|lue myös|lue lisää|aiheesta lisää|lees ook|lees meer|meer over dit onderwerp|à lire aussi|lire aussi|sur le même sujet|te puede interesar|lee también|noticias relacionadas|leggi anche|leia também|veja também|czytaj także|czytaj też|zobacz także|читайте також|читайте більше|читайте также|по теме|আরও পড়ুন|আরো পড়ুন|यह भी पढ़ें|और पढ़ें|berita berkaitan|artikel berkaitan|berita terkait|artikel terkait|baca juga|関連記事|関連ニュース|관련기사|관련 기사|많이 본 뉴스|많이 본 기사|相关阅读|相关新闻|相關閱讀|相關新聞|ተዛማጅ ዜናዎች|ተዛማጅ ዜና|اخبار مرتبط|مطالب مرتبط|خبرهای مرتبط|بیشتر بخوانید|ဆက်စပ်သတင်းများ|ဆက်စပ်ဆောင်းပါးများ|អត្ថបទទាក់ទង|ព័ត៌មានទាក់ទង|նմանատիպ նյութեր|առնչվող նյութեր|կարդացեք նաև)\s*[:：៖՝]?$/u);
/** … one such link with its headline after a colon ("Læs også: Sådan …"), a tag line ("Теги: …"), … */
const FOREIGN_RELATED_LINE = lazy(() =>
  /^(?:mehr zum thema|lesen sie auch|lesen sie mehr|læs også|læs mere|les også|les mer|läs också|läs mer|lue myös|lue lisää|lees ook|lees meer|à lire aussi|lire aussi|lee también|leggi anche|leia também|veja também|czytaj także|czytaj też|читайте також|читайте также|schlagwörter|themen|emner|tagit|aiheet|теги|мітки|теги статті|baca juga|berita berkaitan|関連記事|関連ニュース|あわせて読みたい|관련 기사|관련기사|相关阅读|相關閱讀|相关新闻|相關新聞|tags|topics|filed under|برچسب‌ها|برچسب ها|برچسب|کلیدواژه‌ها|ស្លាក|պիտակներ)\s*[:：៖՝]\s*\S/u);
/** … and the share, bookmark and app buttons ("Del artiklen", "Link kopieren", "Поділитися", "شیئر کریں"). */
const FOREIGN_NAV_PHRASES = new Set([
  'teilen', 'artikel teilen', 'link kopieren', 'zur merkliste hinzufügen', 'merken', 'drucken', 'kommentare',
  'del', 'del artiklen', 'kopiér link', 'kopier link', 'dela', 'dela artikeln', 'kopiera länk', 'del artikkelen',
  'jaa', 'jaa artikkeli', 'kopioi linkki', 'partager', 'compartir', 'condividi', 'compartilhar', 'delen', 'udostępnij',
  'поділитися', 'поделиться', 'копіювати посилання', 'شیئر کریں', 'شیئر', 'شارك', 'शेयर करें',
  // A page's first link for screen readers: "skip to main content".
  'skip to main content', 'skip to content', 'hopp til hovedinnhold', 'hopp til innhold', 'gå til hovedinnhold', 'gå til hovedindhold',
  'spring til indhold', 'spring til hovedindhold', 'hoppa till huvudinnehåll', 'gå till huvudinnehåll', 'zum inhalt springen', 'zum hauptinhalt springen',
  'aller au contenu principal', 'перейти к содержанию', 'перейти к основному содержанию', 'langkau ke kandungan utama', 'langkau ke kandungan',
]);
/** An app's prompt: "Avaa Yle-sovellus", "Åbn DR-appen", "App öffnen" (open, then a word for the app). */
const OPEN_APP = lazy(() => /^(?:(?:avaa|lataa|åbn|hent|öppna|ladda ner|åpne|last ned|öffne|відкрити|завантажити|открыть)\s+(?:[\p{L}\p{N}]+[- ])?(?:sovellus|appen|app|applikationen|застосунок|приложение)|app öffnen)$/u);
/** The word for "published" or "updated" in the Nordic, German, Russian and Malay press, then a date with its year. */
const PUBLISHED_AT = lazy(() => /^(?:publisert|oppdatert|publicerad|uppdaterad|publiceret|opdateret|veröffentlicht|aktualisiert|опубликовано|обновлено|artikel ini disiarkan pada|disiarkan|dikemaskini)\s*:?\s+(?:\p{L}+,\s+)?(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}|\p{L}+\s+\d{1,2},\s+\d{4})/u);
/** The names a row of share buttons is made of ("X.com Facebook E-Mail"): the row says nothing. */
const SHARE_TARGETS = new Set(['x', 'x.com', 'twitter', 'facebook', 'wechat', 'weibo', 'kakaotalk', 'qq', 'e-mail', 'email', 'mail', 'correu', 'correo', 'courriel', 'whatsapp', 'linkedin', 'telegram', 'reddit', 'messenger', 'pinterest', 'threads', 'bluesky', 'xing', 'flipboard', 'vk', 'viber',
  // as Persian writes them (not بله, the app Bale: it is also the word for "yes")
  'تلگرام', 'واتساپ', 'ایکس', 'توییتر', 'فیسبوک', 'فیس‌بوک', 'اینستاگرام', 'لینکدین', 'روبیکا']);

/** A button's icon copied as a letter or a short word in brackets: "[f]", "[x]", "[in]", "[email]". */
const ICON_BUTTON = lazy(() => /\[[\p{L}\p{N}]{1,8}\]/gu);
/** Two icon buttons or more, and before them nothing or a button's words ("share this article:"). */
function isIconShareBar(lower: string): boolean {
  const icons = lower.match(ICON_BUTTON()) ?? [];
  const words = lower.replace(ICON_BUTTON(), ' ').trim().replace(TRAILING_PUNCTUATION(), '');
  return icons.length >= 2 && (words === '' || NAV_PHRASES.has(words));
}

/**
 * A news page's share buttons copied one per line ("Share" / "Facebook" / "Twitter" / "LinkedIn" /
 * "Email" / "Print"): line `i` is a share target or a button, and so is every line of the unbroken
 * run it stands in, three lines or more. A lone "Twitter" paragraph may be a word of the text; a
 * stack of buttons is the page's.
 */
export function isShareButtonStack(lines: readonly string[], i: number): boolean {
  const isButton = (raw: string | undefined): boolean => {
    const word = (raw ?? '').trim().toLowerCase().replace(TRAILING_PUNCTUATION(), '');
    return word.length > 0 && word.length <= 20 && (SHARE_TARGETS.has(word) || NAV_PHRASES.has(word));
  };
  if (!isButton(lines[i])) return false;
  let from = i;
  while (from > 0 && lines[from - 1]!.trim()) from--;
  let to = i;
  while (to + 1 < lines.length && lines[to + 1]!.trim()) to++;
  if (to - from < 2 || to - from > 12) return false;
  for (let k = from; k <= to; k++) if (!isButton(lines[k])) return false;
  return true;
}

/** A contact block's label: one to three words and a colon, alone on its line ("Media:", "Investors:", "Press inquiries:"). */
// Business Wire's "Contacts" (or "Media Contacts") stands without its colon.
const CONTACT_LABEL = lazy(() => /^\p{Lu}[\p{L}'’&/-]*(?: [\p{L}'’&/-]+){0,2}\s?:$|^(?:(?:Media|Press|Investor|News)\s+)?(?:[Cc]ontacts|[Ee]nquiries|[Ii]nquiries)$/u);
/** An e-mail address or a telephone number alone on its line, with its field's name or none ("Tel: +1 512-555-0193"). */
const CONTACT_ADDRESS = lazy(() => /^(?:(?:e-?mail|tel|phone|mobile|office|cell)\s*:?\s*)?(?:[\w.+-]+@[\w-]+\.[\w.-]+|\+?[\d() .-]{7,20}\d)$/i);
/** A contact block runs to seven lines at most. */
const CONTACT_BLOCK_LINES = 7;

/** A contact's label opening a line: "Media contact:", "Press enquiries:", "For media enquiries, contact …", "For more information, call …". */
const CONTACT_LEAD = lazy(() => /^(?:(?:(?:Media|Press|Investor|News|Sales|General|Public)\s+)?(?:contacts?|enquiries|inquiries|relations)\s*:|For\s+(?:more\s+information|further\s+information|(?:media|press|investor|news)\s+(?:enquiries|inquiries|information|contacts?))\s*[,:]?\s*(?:please\s+)?(?:contact|call|e-?mail|ring|phone|write\s+to)\s)/i);
/** An e-mail address or a telephone number anywhere in a line. */
const ADDRESS_IN_LINE = lazy(() => /[\w.+-]+@[\w-]+\.[\w.-]*\w|(?<![\w.])\+?\d[\d() .-]{6,18}\d(?![\w])/);
/**
 * A contact block written on one line as a sentence ("Media contact: Laura Finch,
 * press@northwind.example", "For media enquiries, contact Laura Finch on 020 7946 0321."): a
 * contact's label, then an e-mail address or a telephone number, and nothing more than whom to
 * reach. Whom to call, as the block's lines are, no statement.
 */
function isContactSentence(line: string): boolean {
  if (line.length > 200 || !CONTACT_LEAD().test(line)) return false;
  const address = ADDRESS_IN_LINE().exec(line);
  // A telephone number has seven digits or more; the address ends the words ("…, or press@… ." at most a few after).
  if (!address || (!address[0].includes('@') && address[0].replace(/\D/g, '').length < 7)) return false;
  return splitSentencesCount(line) === 1;
}
/** The number of sentences a line holds, an address's dots and a "Ltd." set aside. */
function splitSentencesCount(line: string): number {
  return line.replace(/[\w.+-]+@[\w-]+\.[\w.-]*\w/g, 'ADDR').replace(/\b(?:www\.)?[\w-]+\.(?:com|org|net|example|co\.uk|gov)\b/g, 'URL').split(/(?<=[.!?])\s+(?=\p{Lu})/u).length;
}

/**
 * A press release's contact block: a label of one to three words and a colon ("Media:",
 * "Investors:", "Media Contact:") over a few short lines, the contact's name, company and title,
 * and among them an e-mail address or a telephone number alone on its line. Line `i` is one of
 * its lines. Each is the release's furniture, whom to call, no claim; its words stay searchable
 * as the document's nearby lines. A labelled list of sentences ("Reminders:" / "The boats go out
 * at seven.") is no contact block: every line is short and none ends as a sentence does.
 */
export function isContactBlockLine(lines: readonly string[], i: number): boolean {
  const line = lines[i]!.trim();
  if (isContactSentence(line)) return true;
  if (!line || line.length > 80) return false;
  let from = i;
  while (from > 0 && i - from < CONTACT_BLOCK_LINES && lines[from - 1]!.trim()) from--;
  let to = i;
  while (to + 1 < lines.length && to - from < CONTACT_BLOCK_LINES && lines[to + 1]!.trim()) to++;
  if ((from > 0 && lines[from - 1]!.trim()) || (to + 1 < lines.length && lines[to + 1]!.trim())) return false;
  const labelled = CONTACT_LABEL().test(lines[from]!.trim()) && wordCount(lines[from]!) <= 3;
  // PR Newswire's "Media Contacts" set alone, a blank line, then one block per company ("Kestrel Payments" /
  // "Lena Okonkwo-Reyes" / "press@…" / "(512) 555-0143"): each block under the label, or under such a block, is a contact's.
  const underLabel = !labelled && to - from >= 1 && contactParagraphAbove(lines, from);
  if (!labelled && !underLabel) return false;
  if (to - from < (labelled ? 2 : 1) || to - from >= CONTACT_BLOCK_LINES) return false;
  let addresses = 0;
  for (let k = labelled ? from + 1 : from; k <= to; k++) {
    const l = lines[k]!.trim();
    if (l.length > 80) return false;
    if (CONTACT_ADDRESS().test(l)) {
      addresses++;
      continue;
    }
    // a name, a company ("Orchard Ferries AS", "Acme, Inc."), a title: a few words, no sentence
    if (wordCount(l) > 8 || endsLikeSentence(l.replace(/\b(?:Inc|Ltd|Corp|Co|LLC|plc|S\.A|N\.V|AG)\.$/, ''))) return false;
  }
  return addresses > 0;
}

/** The paragraph above line `from` (one blank line between) is a contact label alone ("Media Contacts") or a contact block. */
function contactParagraphAbove(lines: readonly string[], from: number): boolean {
  const last = from - 2;
  if (last < 0 || lines[from - 1]!.trim() || !lines[last]!.trim()) return false;
  const alone = last === 0 || !lines[last - 1]!.trim();
  if (alone) return CONTACT_LABEL().test(lines[last]!.trim()) && wordCount(lines[last]!) <= 3;
  return isContactBlockLine(lines, last);
}

/** A newsroom's sign-off under its story: a dash, then the outlet's name of one to three words ("- News24", "– AFP"). */
const SIGN_OFF = lazy(() => /^[-–—]\s?\p{Lu}[\p{L}\p{N}&.'’-]{0,30}(?: \p{Lu}[\p{L}\p{N}&.'’-]{0,30}){0,2}$/u);
/** A page's credit key alone on its line, its name on the next: "Published By:", "Written by:", "Edited by:". */
const CREDIT_KEY_ALONE = lazy(() => /^(?:published|written|edited|posted|reported|compiled)\s+by\s*:$/i);
/** A name of two to four capitalised words, nothing else. */
const PLAIN_NAME = lazy(() => /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u);

/**
 * Line `i` is a news page's furniture that only its neighbours show:
 * - a newsroom's sign-off closing the story ("- News24"): a dash and a short name, a paragraph of its
 *   own, under a paragraph that ends on its own full stop. (An epigraph's or a block quotation's
 *   "— NAME" signs words in quotation marks, which end on the closing mark: "…the sea.”" / "— NAME";
 *   a list's item "- Apples" has list items around it.)
 * - the name under a credit key set alone on its line ("Published By:" / "Ankita Sharma"): who
 *   published the page, no claim.
 */
export function isNewsFurnitureInContext(lines: readonly string[], i: number): boolean {
  const line = lines[i]!.trim();
  if (!line || line.length > 60) return false;
  if (i > 0 && PLAIN_NAME().test(line) && CREDIT_KEY_ALONE().test(lines[i - 1]!.trim())) return true;
  if (i < 2 || !SIGN_OFF().test(line)) return false;
  if (lines[i - 1]!.trim() || (i + 1 < lines.length && lines[i + 1]!.trim())) return false;
  const above = lines[i - 2]!.trim();
  if (!/[.!?]$/.test(above) || wordCount(above) < 8 || /^[-–—*•]\s/.test(above)) return false;
  // (no list item under it either: "- News24" / "" / "- Reuters" would be a list)
  return !(i + 2 < lines.length && SIGN_OFF().test(lines[i + 2]!.trim()));
}

/** "Previous: TITLE | Next: TITLE" (or "Previous post: …"): the links to a post's neighbours. */
const PREVIOUS_NEXT = lazy(() => /(?<![\p{L}])previous(?: post| article| story)?\s*:\s*[^|·]{1,100}[|·]\s*next(?: post| article| story)?\s*:\s*[^|·]{1,100}$/u);
/** Two spaces or more, or a tab, between two words: the gap a page's bar of buttons leaves in a copy. */
const WIDE_GAP = lazy(() => /\S(?: {2,}|\t)\S/);
/**
 * A mail footer's notice: it speaks of the e-mail or message (and its attachments) as confidential
 * or privileged, meant for its recipient alone, and says what to do if it reached someone else.
 */
function isMailConfidentialityNotice(line: string): boolean {
  return (
    /(?<![\p{L}])(?:e-?mail|message|communication|transmission)s?(?![\p{L}])/iu.test(line) &&
    /(?<![\p{L}])(?:confidential(?:ity)?|privileged)(?![\p{L}])/iu.test(line) &&
    /(?<![\p{L}])(?:if you (?:are not|have received)|(?:intended|meant) (?:only |solely )?for the (?:named |intended |use of the )?(?:recipient|addressee|individual))/iu.test(line)
  );
}
/** A cookie banner's opening: "We use cookies …", "This site uses cookies …", "Our website uses cookies …". */
const COOKIE_BANNER = lazy(() => /^(?:we use cookies|(?:this|our) (?:web)?site uses cookies|this website uses cookies|we and our partners use cookies)\b/i);
/**
 * A cookie banner's buttons on one line, set apart by wide gaps: each accepts, rejects or manages cookies.
 * A button names cookies, or there are three, one to accept and one to refuse or manage ("Accept all
 * Decline   Manage preferences"): no other row of the page is only those words.
 */
function isCookieButtons(raw: string): boolean {
  const parts = raw.trim().toLowerCase().split(/ {2,}|\t+/);
  const choices = parts.some((p) => p.includes('cookie')) || (parts.length >= 3 && parts.some((p) => /^(?:accept|allow)/.test(p)) && parts.some((p) => /^(?:reject|decline|deny|refuse|manage)/.test(p)));
  return parts.length >= 2 && choices && parts.every((p) => /^(?:(?:accept|reject|allow|decline|deny|refuse|manage|customi[sz]e)(?: all| cookies| non-essential(?: cookies)?| optional cookies| all cookies)?|(?:cookie|privacy) (?:settings|preferences|policy)|manage (?:preferences|settings)|necessary only|essential only|ok|got it)$/.test(p.trim()));
}
/** A line of two buttons or more, each a site's link ("Subscribe", "Sign in", "Search", "Share"), wide gaps between. */
function isSpacedNavigation(raw: string): boolean {
  const parts = raw.trim().toLowerCase().split(/ {2,}|\t+/);
  if (parts.length >= 2 && parts.every((p) => NAV_PHRASES.has(p.trim()) || SHARE_TARGETS.has(p.trim()))) return true;
  // A site's menu bar names its own sections among the buttons ("Home  News  Analysis  Interviews  Podcasts
  // Subscribe", "About us  Contact  Advertise  Privacy policy  Terms"): four items or more, each one to three
  // capitalised words with no mark or digit, one of them a button every site has. (A table's header row
  // names no such button; a page's two columns run together hold sentences.)
  if (parts.length < 4 || !parts.some((p) => NAV_PHRASES.has(p.trim()))) return false;
  return raw.trim().split(/ {2,}|\t+/).every((p) => MENU_ITEM().test(p.trim()));
}
/** One item of a menu bar: one to three words, the first capitalised, letters and hyphens only ("Privacy policy", "Log in"). */
const MENU_ITEM = lazy(() => /^\p{Lu}[\p{L}'’&-]*(?: [\p{L}'’&-]+){0,2}$/u);

/**
 * A magazine's running head: its name in capitals, a wide gap, the issue's month or season and year
 * ("THE LEDGER REVIEW      MARCH 2025", "HARBOUR QUARTERLY    Spring 2024 issue"). No words of the article.
 */
function isMastheadWithIssue(raw: string): boolean {
  const parts = raw.trim().split(/ {2,}|\t+/);
  if (parts.length !== 2) return false;
  const [name, issue] = [parts[0]!.trim(), parts[1]!.trim()];
  if (!/\p{Lu}/u.test(name) || /[\p{Ll}\p{N}]/u.test(name) || wordCount(name) > 6 || /[.!?:;,]$/.test(name)) return false;
  return MONTH_YEAR().test(issue) || ISSUE_LINE().test(issue) || SEASON_YEAR().test(issue);
}
/** "Spring 2024", "WINTER 2023": a quarterly's issue. */
const SEASON_YEAR = lazy(() => /^(?:spring|summer|autumn|fall|winter)\s+(?:19|20)\d{2}$/i);

/** A line of another language's page furniture (above): navigation, or null. */
function foreignFurniture(lower: string): LineKind | null {
  const bare = lower.replace(TRAILING_PUNCTUATION(), '');
  if (FOREIGN_NAV_PHRASES.has(bare) || FOREIGN_TEASER_MARKERS().test(lower)) return 'navigation';
  if ((lower.includes(':') || lower.includes('：') || lower.includes('៖') || lower.includes('՝')) && wordCount(lower) <= 20 && FOREIGN_RELATED_LINE().test(lower)) return 'navigation';
  // (the rules below want at most twelve words: the spaces are counted, not split, on a paragraph's line)
  const wordsBySpace = piecesUpTo(lower, ' ', 13);
  if (wordsBySpace >= 2 && wordsBySpace <= 10 && lower.split(' ').every((w) => SHARE_TARGETS.has(w))) return 'navigation';
  // A share bar with its label ("Del artikkelen: Facebook · X · E-post", "ያጋሩ፡ Facebook | Telegram | X",
  // "この記事をシェアする X Facebook LINE"): a few words, then two share targets or more, nothing else.
  if (isLabelledShareBar(lower)) return 'navigation';
  // "Publisert 24.11.2023 kl. 07.12", "Artikel ini disiarkan pada : Rabu, 8 Mei 2024 @ 4:15 PM": when the page went up.
  if (wordsBySpace <= 12 && PUBLISHED_AT().test(lower)) return 'metadata';
  if (wordsBySpace <= 4 && OPEN_APP().test(bare)) return 'navigation';
  if (lower.length <= 200 && /\s[|·>›»]\s/.test(lower) && isNavigationBar(lower)) return 'navigation';
  // A help page's feedback widget: "Was this page helpful?  Yes  No", "Did this answer your question? Yes | No".
  if (/^(?:was this (?:page|article|answer) (?:helpful|useful)|did this (?:page|article) help(?: you)?|did this answer your question)\?\s*(?:yes\s*[|/·]?\s*no)?$/.test(bare)) return 'navigation';
  return null;
}

/** `text.split(separator).length`, counted only up to `limit` (a longer text gives `limit`). */
export function piecesUpTo(text: string, separator: string, limit: number): number {
  let pieces = 1;
  for (let at = text.indexOf(separator); at >= 0 && pieces < limit; at = text.indexOf(separator, at + separator.length)) pieces++;
  return pieces;
}

/** A share target's name as a labelled bar writes it: the set above, LINE, and "E-post" / "E-mel". */
function isShareTargetWord(word: string): boolean {
  return SHARE_TARGETS.has(word) || word === 'line' || word === 'e-post' || word === 'e-mel';
}

/**
 * A share bar with its label ("del artikkelen: facebook · x · e-post", "ያጋሩ፡ facebook | telegram | x",
 * "この記事をシェアする x facebook line"): one to four words, a colon or none, then two to ten share
 * targets apart by spaces, bars, dots or commas, and nothing else. Read word by word from the end:
 * a regular expression for "words, then targets" backtracks exponentially on a long line that is
 * neither (measured: 9 s of a 30 kB document's 10 s).
 */
function isLabelledShareBar(lower: string): boolean {
  if (lower.length > 200) return false;
  const words = lower.split(/\s+/).filter(Boolean);
  let labelEnd = words.length;
  let targets = 0;
  for (; labelEnd > 0; labelEnd--) {
    const parts = words[labelEnd - 1]!.split(/[|·•,]+/).filter(Boolean);
    if (parts.length > 0 && !parts.every(isShareTargetWord)) break;
    targets += parts.length;
  }
  if (targets < 2 || targets > 10 || labelEnd < 1 || labelEnd > 4) return false;
  // The label's colon as each script writes it (Khmer ៖, Armenian ՝), or a dash ("မျှဝေရန် -").
  const label = words.slice(0, labelEnd).join(' ').replace(/\s*(?:[:：፡៖՝]|\s-)$/u, '');
  return label.length > 0 && !/[:：፡៖՝|·•]/u.test(label);
}

/**
 * A bar of links, by its form: a share bar ("Share | Tweet | Email", "Comparteix: Facebook · X ·
 * Correu"), every part of it a button or a share target; a page's jump links ("Skip to: Billing |
 * Installation"); a breadcrumb trail of three parts or more ("Home > Markets > Interviews"), no
 * part longer than four words and none a sentence.
 */
function isNavigationBar(lower: string): boolean {
  const colon = /^([\p{L}]+(?: [\p{L}]+)?):\s*(.+)$/u.exec(lower);
  const body = colon ? colon[2]! : lower;
  const parts = body.split(/\s+[|·]\s+/).map((p) => p.trim());
  const button = (p: string) => NAV_PHRASES.has(p) || FOREIGN_NAV_PHRASES.has(p) || SHARE_TARGETS.has(p);
  if (parts.length >= 2 && parts.every(button)) return true;
  if (colon && /^(?:skip to|jump to|go to|on this page)$/.test(colon[1]!) && parts.length >= 2 && parts.every((p) => p && wordCount(p) <= 4)) return true;
  const trail = lower.split(/\s+[>›»]\s+/).map((p) => p.trim());
  return trail.length >= 3 && trail.every((p) => p && wordCount(p) <= 4 && !/[.!?,;:]$/.test(p));
}

const MONTHS = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE_LINE = lazy(() => new RegExp(
  `^(?:(?:published|updated|posted|release date|date)\\s*:?\\s*)?(?:${MONTHS}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTHS}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})$`,
  'i',
));

/** "Updated at 21.14 BST", "Last updated 9:05am": a time alone after the word for a change. */
const UPDATED_AT = lazy(() => /^(?:last )?updated(?: at)?:? (?:[01]?\d|2[0-3])[.:][0-5]\d ?(?:[ap]\.?m\.?)?(?: [A-Z]{2,5})?$/i);
/** What each of DATE_LINE's dates has: a four-digit year or day/month. */
const DATE_DIGITS = lazy(() => /\d{4}|\d\/\d/);
/**
 * The word a magazine sets before "by" to credit the text, as it credits the pictures ("Words by …",
 * "Text by …"), or a live page or a news site its reporters ("Live reporting by Kirsty Hammond and Owen Bray").
 */
const TEXT_CREDIT_WORD = lazy(() => /^(?:Words|WORDS|Text|TEXT|Story|STORY|Reporting|REPORTING|Live\s+reporting|LIVE\s+REPORTING)\s+(?=[Bb]y\s)/);
/** How a "By NAME" line opens (the checks with \p{L} classes run only on such lines). */
const BY_OPENING = lazy(() => /^[*_]{0,2}[Bb]y\s/);

const BYLINE_VERB = lazy(() => /^(?:written|prepared|posted|published|authored|reported|reviewed|compiled|edited|transcribed|translated|interview|interviewed|interviews|conducted|produced|hosted)\s+by\s+/i);
/** "March 2024", "Sept. 2019": a byline's month and year. */
const MONTH_YEAR = lazy(() => new RegExp(`^${MONTHS}\\s+(?:19|20)\\d{2}$`, 'i'));
const BYLINE_NAME = lazy(() => /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}/u);

/**
 * "Written by Jesse Powell on January 6, 2015.", "Posted by Jane Doe",
 * "Interview by Tom Reyes, March 2024": a verb, "by", a capitalised name
 * (case-sensitive, so "written by the team" is not one) and optionally a date
 * or a month and year.
 */
function isVerbByline(line: string): boolean {
  const verb = BYLINE_VERB().exec(line);
  if (!verb) return false;
  const rest = line.slice(verb[0].length);
  const name = BYLINE_NAME().exec(rest);
  if (!name) return false;
  const tail = rest.slice(name[0].length).replace(/\.$/, '').trim();
  const date = tail.replace(/^,?\s*(?:on\s+|in\s+)?/i, '');
  return tail === '' || isDateLine(date) || MONTH_YEAR().test(date);
}

/**
 * A byline set wholly in capitals, "BY" too ("BY BRIAN KIPROTICH"): two to four words, none an article
 * or a pronoun ("BY THE NUMBERS" heads a box), a conjunction or a preposition ("BY LAND AND SEA", "BY
 * ROAD OR RAIL" head a section; two writers in capitals, "BY ANA RUIZ AND TOM HALE", are left unread).
 */
const CAPITALS_BYLINE = lazy(() => /^BY(?:\s+(?!(?:THE|A|AN|OUR|MY|YOUR|ITS|THEIR|HIS|HER|THIS|THAT|ALL|ANY|NO|ONE|AND|OR|NOR|BUT|OF|FOR|IN|ON|AT|TO|WITH|FROM|INTO|OVER|UNDER|AS)(?:\s|$))[A-Z][A-Z'’.-]+){2,4}$/);
/** The nouns of "by" phrases set as headings in capitals ("BY POPULAR DEMAND", "BY SPECIAL ARRANGEMENT", "BY INVITATION ONLY"): no name's. */
const BY_PHRASE_NOUN = lazy(() => /\s(?:DEMAND|VOTE|REQUEST|ARRANGEMENT|AGREEMENT|APPOINTMENT|INVITATION|ONLY|MEANS|NUMBERS|DESIGN|DEFAULT|CHANCE|ACCIDENT|COMPARISON|CONTRAST|NATURE|CHOICE|NIGHT|HAND)(?:\s|$)/);

/**
 * A class year after a capitalised name, at the line's end or before a comma: " ’09", " '94". The
 * name is looked for behind the year, once the year is found: a look behind opening the pattern was
 * tried at every position, each time scanning back over a run of apostrophes (40 KB of them: 13 s).
 */
export const CLASS_YEAR_AFTER_NAME = lazy(() => /(?<!\s)\s+['’]\d{2}(?=\s*(?:,|[*_]{0,2}\s*$))(?<=\p{Lu}[\p{Ll}'’-]+\s+['’]\d{2})/u);
/**
 * The name a byline line gives ("By Leah Fontaine", "Written by Jesse Powell
 * on January 6, 2015."), or null when the line is not a byline.
 */
export function bylineName(raw: string): string | null {
  // "By Oliver Trask ’09": a college magazine writes its alumni writer's class year after the name; no part of it.
  const classless = raw.includes('’') || raw.includes("'") ? raw.replace(CLASS_YEAR_AFTER_NAME(), '') : raw;
  // "Posted on 3 May 2024 by Ama Owusu · 6 min read": a blog's reading time after the credit is the page's, no part of it.
  const read = classless.includes(' read') ? classless.replace(READING_TIME_TAIL(), '') : classless;
  // "By: Jerome Aning - Reporter / @handle": a site that keys its byline with a colon; the same byline.
  const credit = read.charCodeAt(0) === 0x42 && BY_COLON().test(read) ? read.replace(BY_COLON(), 'By ') : read;
  // "By KERRY MALONE, Chief Sports Reporter": a tabloid sets the name alone in capitals, "By" and
  // the role not; the name as names are written, Kerry Malone (two words at least: "By CZ" stays).
  // "Posted by Gareth Pennington · Head of Product, Lumenfold · 3 November 2021": a blog's credit
  // with its verb reads as the same byline with "By" ("By Gareth Pennington · …") when the verb's own
  // form (the name, perhaps a date) does not.
  const verb = credit.length > 12 && !isVerbByline(credit) ? CREDIT_VERB_BEFORE_NAME().exec(credit) : null;
  const viaBy = verb ? bylineNameAsSet(`By ${credit.slice(verb[0].length)}`) : null;
  // Only a person's name so: "Posted by CryptoHarbor Team · …" is the site's own credit, no writer's.
  const name = bylineNameAsSet(credit) ?? (viaBy && isPersonCreditName(viaBy) ? viaBy : null);
  // "By JESSE BEDAYN Associated Press": the wire's byline, the name in capitals, then the outlet in
  // mixed case on the same line; the writer is the name alone.
  const outletAfter = name && name.includes(' ') ? CAPITALS_NAME_THEN_OUTLET().exec(name) : null;
  if (outletAfter) return titleCaseName(outletAfter[1]!);
  return name && CAPITALS_NAME().test(name) ? titleCaseName(name) : name;
}
/**
 * A person's name of two or three words, each capitalised once, none a collective's or a firm's
 * ("Team", "Staff", "Editors", "Group", "Ltd", "Partners"): who a credit ("Posted by …", "Prepared
 * by: …") names when it names a writer.
 */
export function isPersonCreditName(name: string): boolean {
  return PERSON_CREDIT_NAME().test(name);
}
const PERSON_CREDIT_NAME = lazy(() => /^(?!.*\b(?:Team|Staff|Editors?|Editorial|Desk|Newsroom|Admin|Crew|Community|Office|Group|Unit|Department|Division|Ltd|Limited|Inc|LLC|LLP|Plc|PLC|Partners|Associates|Consulting|Consultants|Services|Solutions|Agency|Studio|Studios|Productions?|Council|Trust|Foundation)$)\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u);
/** A credit's part after the name, each capitalised and short, no sentence: a role, an organisation, a date ("Staff Writer", "Chief Data Officer"). */
export function isShortCredit(part: string): boolean {
  return /^[\p{Lu}\d]/u.test(part) && wordCount(part) <= 6 && !endsLikeSentence(part);
}
/** A blog's credit verb opening the line, a capitalised name after "by": "Posted by ", "Written by ". */
const CREDIT_VERB_BEFORE_NAME = lazy(() => /^(?:Posted|Written|Authored)\s+by\s+(?=\p{Lu})/u);
/** A name wholly in capitals (two or three words), then an outlet's capitalised words in mixed case: "JESSE BEDAYN Associated Press". */
const CAPITALS_NAME_THEN_OUTLET = lazy(() => /^(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){1,2}) (?=\p{Lu}\p{Ll})[\p{L}&'’.-]+(?: \p{Lu}[\p{L}&'’.-]*){0,3}$/u);
/** "Published in Dawn, November 17th, 2022": the outlet (capitalised words), then a date (a day may carry its ordinal suffix). */
const PRINTED_IN = lazy(() => /^(?:[Ff]irst\s+)?[Pp]ublished\s+in\s+(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,4},?\s+(?:on\s+)?([\p{L}\d][^,;:!?]{2,24},?\s+(?:19|20)\d{2})\.?$/u);
function isPrintedIn(line: string): boolean {
  const m = PRINTED_IN().exec(line);
  return !!m && isDateLine(m[1]!.replace(/(?<=\d)(?:st|nd|rd|th)\b/, ''));
}

/**
 * A note of where the piece first appeared: "This article originally appeared on WeChat", "This
 * interview first appeared in Makers Quarterly in 2023.", "Originally published in The Hop Letter,
 * Spring 2021.", "A shorter version of this story first ran in …". The page's, no one's claim.
 */
const FIRST_APPEARED_NOTE = lazy(() => /^\s*[*_]{0,2}\s*(?:(?:this|the)\s+(?:article|post|story|piece|interview|transcript|essay|column|conversation|profile)\s+(?:was\s+|has\s+been\s+)?|an?\s+(?:\p{L}+\s+)?version\s+of\s+this\s+\p{L}+\s+(?:was\s+)?)(?:originally|first)\s+(?:appeared|published|ran|posted)\b/iu);
// Without "this …", only where an outlet's name follows ("First published in 1962, the novel sold
// poorly." is a sentence of the story). No `i` flag: under it \p{Lu} takes lowercase letters too.
const FIRST_APPEARED_IN_OUTLET = lazy(() => /^\s*[*_]{0,2}\s*(?:[Oo]riginally|[Ff]irst)\s+(?:appeared|published|ran|posted)\s+(?:in|on|by)\s+(?:the\s+)?\p{Lu}/u);
const isFirstAppearedNote = (line: string): boolean => FIRST_APPEARED_NOTE().test(line) || FIRST_APPEARED_IN_OUTLET().test(line);
/** The one year a note of where the piece first appeared gives ("… first appeared in Makers Quarterly in 2023."), else null. */
export function firstAppearedYear(line: string): number | null {
  if (line.length > 160 || !isFirstAppearedNote(line)) return null;
  const years = new Set(line.match(/(?<![\p{L}\p{N}])(?:19|20)\d{2}(?![\p{L}\p{N}])/gu) ?? []);
  return years.size === 1 ? Number([...years][0]) : null;
}
/** "By national rural reporter Tom Adeyemi": "By", perhaps an outlet, a lowercase newsroom role, then the name (1). */
const ROLE_BEFORE_NAME_BYLINE = lazy(() => /^[Bb]y\s+(?:\p{Lu}[\p{L}&'’-]*\s+){0,2}(?:\p{Ll}[\p{Ll}-]*\s+){0,3}(?:editor|writer|reporter|correspondent|columnist|contributor|journalist|critic|producer)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})$/u);
/**
 * A first-person essay's credit naming both sides: "By Mara Lindqvist, as told to Joel Asante" (the
 * "By" may be left out). The page's credit, no heading; its subject (1) is whose words the essay is
 * (prose.ts asToldTo).
 */
const AS_TOLD_TO_CREDIT = lazy(() => /^\s*[*_]{0,2}\s*(?:[Bb]y\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),?\s+[Aa]s told to\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*[*_]{0,2}\s*$/u);
/** The subject an "as told to" credit names ("By Mara Lindqvist, as told to Joel Asante" → Mara Lindqvist), else null. */
export function asToldToSubject(raw: string): string | null {
  return raw.includes(' told to ') ? (AS_TOLD_TO_CREDIT().exec(raw)?.[1] ?? null) : null;
}
export function isAsToldToCredit(raw: string): boolean {
  return asToldToSubject(raw) !== null;
}
/** "By:" or "BY:" keying a byline, a capitalised name after it. */
const BY_COLON = lazy(() => /^B[Yy]:\s+(?=\p{Lu})/u);
/** A page's reading time closing a line, after a separator: " · 6 min read", " | 8 minute read". */
const READING_TIME_TAIL = lazy(() => /\s*[|·•]\s*\d{1,3}\s*(?:min|mins|minute|minutes)\s+read\s*$/i);
/** A name wholly in capitals, two to four words: "KERRY MALONE", "MARIA O'NEILL". */
const CAPITALS_NAME = lazy(() => /^\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){1,3}$/u);
/** A capitalised run wrapped in emphasis marks after a byline's name: "*Ceramics Quarterly*", "__The Review__". */
const EMPHASIS_AFTER_CREDIT = lazy(() => /(?<=\s)(\*\*|__|\*|_)(\p{Lu}[^*_]{0,60}?)\1(?=[\s,.;|]|$)/gu);
function bylineNameAsSet(raw: string): string | null {
  // "— Compiled by Grace Liu" under a roundup: the dash sets the credit off, no part of it.
  const dashed = raw.includes('by') && /^\s*[—–]/.test(raw) ? normalizeSpace(raw).replace(/^[—–]\s*/, '') : normalizeSpace(raw);
  // "Words by Simon Ebberly · Portraits by …": a magazine credits the text as it credits the pictures; the byline is the same.
  const spaced = dashed.length > 9 && dashed.charCodeAt(0) <= 0x5a ? dashed.replace(TEXT_CREDIT_WORD(), '') : dashed;
  // "**By Jonas Feld** · 12 June 2024": emphasis around the credit alone, the date outside it.
  // "By **Tom Hale** | Metro Desk": emphasis around the name alone, as the name's link or bold.
  // "BY BRIAN KIPROTICH": Kenyan and Nigerian papers set the whole byline in capitals, "BY" too
  // (a name of two words at least, no article or pronoun in it: "BY THE NUMBERS" heads a box).
  // The name as names are written ("BY AMINA HANDLEY" is Amina Handley, "O'NEILL" O'Neill), as a label in capitals is.
  const cased = spaced.startsWith('BY ') && CAPITALS_BYLINE().test(spaced) && !BY_PHRASE_NOUN().test(spaced) ? `By ${titleCaseName(spaced.slice(3))}` : spaced;
  const unwrapped = /^[*_]/.test(cased) ? cased.replace(/^(\*\*|__|\*|_)([Bb]y\s[^*_]+?)\1(?=\s|$)/, '$2') : /^[Bb]y\s+[*_]/.test(cased) ? cased.replace(/^([Bb]y\s+)(\*\*|__|\*|_)([^*_]+?)\2(?=\s|$)/, '$1$3') : cased;
  // "**By Claire Donnelly** | *Ceramics Quarterly*, Summer 2024": the publication after the credit in
  // italics, as a magazine sets its name: the same byline without the marks.
  const line = /^[Bb]y\s/.test(unwrapped) && /[*_]/.test(unwrapped) ? unwrapped.replace(EMPHASIS_AFTER_CREDIT(), '$2') : unwrapped;
  const plain = /^[Bb]y\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})$/u.exec(line);
  if (plain) return plain[1]!.replace(/\.$/, '');
  // "By national rural reporter Tom Adeyemi", "By ABC political editor Ana Ruiz": the writer's newsroom
  // role written before the name, in lowercase words ending on a newsroom noun (an outlet's capitalised
  // name may open it), then the name, two to four capitalised words, and nothing else.
  const roleFirst = line.length <= 120 && /^[Bb]y\s+\S+\s/.test(line) ? ROLE_BEFORE_NAME_BYLINE().exec(line) : null;
  if (roleFirst) return roleFirst[1]!.replace(/\.$/, '');
  // "Par Camille Besson", "Por Lucía Ortega", "Von Anna Weber", "Door Eva Jansen", "Af Rasmus Kjær": the
  // byline in French, Spanish, German, Dutch or the Nordic languages — a whole name of two words or more after the word for "by".
  // (Malay "Oleh Nurul Aina Ramli", Russian and Ukrainian "Автор: Ирина Полякова" too.)
  // (Russian interviews credit who asked with the verb: "Беседовал Сергей Лебедев", "Записала Анна Белова".)
  if ((line.charCodeAt(0) <= 0x5a || line.startsWith('Автор') || line.startsWith('di ') || RUSSIAN_INTERVIEW_CREDIT().test(line)) && FOREIGN_BYLINE_WORD().test(line)) {
    const foreign = FOREIGN_BYLINE().exec(line) ?? placedForeignByline(line);
    if (foreign) return foreign[1]!.replace(/\.$/, '');
    // "Av Sigrid Haugen og Jonas Berg", "Par Anne Morel et Luc Girard": two writers, joined by the word for "and".
    const two = line.includes(' ') ? FOREIGN_BYLINE_TWO().exec(line) : null;
    if (two) return joinNames([two[1]!, two[2]!.replace(/\.$/, '')]);
  }
  // "By Hannah Lowe | 9 January 2025", "By Hannah Lowe — March 2024": the name, a separator, the date.
  const dated = /^[Bb]y\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*(?:[|·•—–]|\s-|,)\s*(.+)$/u.exec(line);
  // ("Tuesday, 3 December 2024 · By Anna Hale": the weekday before the date says the same day.)
  const isDate = (t: string) => {
    const d = t.replace(/\.$/, '').replace(/^\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?=\d)/, '');
    return isDateLine(d) || MONTH_YEAR().test(d.trim());
  };
  if (dated && isDate(dated[2]!)) return dated[1]!.replace(/\.$/, '');
  // "Published 2 September 2022 · By Tamsin Greaves", "March 3, 2024 | By Sam Ortiz": the date first,
  // a separator, then the credit, the name ending the line.
  const dateFirst = !dated && /\s[Bb]y\s/.test(line) ? /^([^|·•—–]{4,40}?)\s+[|·•—–]\s+[Bb]y\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})$/u.exec(line) : null;
  if (dateFirst && isDate(dateFirst[1]!)) return dateFirst[2]!.replace(/\.$/, '');
  // "By Hollis Grant, The Craft Review, October 2018": the name, the publication, then the date.
  const comma = dated ? dated[2]!.lastIndexOf(', ') : -1;
  if (dated && comma > 0) {
    const publication = dated[2]!.slice(0, comma);
    if (/^\p{Lu}/u.test(publication) && wordCount(publication) <= 6 && !/[.!?,;:]/.test(publication) && isDate(dated[2]!.slice(comma + 2))) return dated[1]!.replace(/\.$/, '');
  }
  // "By Sam Whitfield, University News | November 14, 2023": the name, the publication, a separator, the date.
  const barred = dated && dated[2]!.includes(' ') ? /^(\p{Lu}[^|·•—–]{1,60}?)\s+[|·•—–]\s+(.+)$/u.exec(dated[2]!) : null;
  if (barred && wordCount(barred[1]!) <= 6 && !/[.!?,;:]/.test(barred[1]!) && isDate(barred[2]!)) return dated![1]!.replace(/\.$/, '');
  // "By Harriet Cole, Economics Editor", "By Sam Ortiz, Staff Writer, March 3, 2024", "By Jo Lin,
  // Capitol Bureau": the name, then the writer's newsroom title or desk (it ends in a newsroom noun),
  // then perhaps the date.
  if (dated) {
    const [role, ...when] = dated[2]!.replace(/\.$/, '').split(', ');
    if (STAFF_ROLE().test(role!) && (when.length === 0 || isDate(when.join(', ')))) return dated[1]!.replace(/\.$/, '');
  }
  // "By Chinedu Okonkwo, Abuja", "By Ruth Wanjala, Nairobi": the name (two words at least), then
  // the city the writer files from, one capitalised word and nothing else (two would be a second
  // writer: "By Leila Fadel, Ryan Lucas").
  if (dated && /\s/.test(dated[1]!) && /^\p{Lu}[\p{L}'’-]+\.?$/u.test(dated[2]!) && line.includes(',')) return dated[1]!.replace(/\.$/, '');
  // "By Hannah Okoye, The Tribune": the name, then the paper it writes for, "The" and one to three capitalised words.
  if (dated && /\s/.test(dated[1]!) && /^The(?: \p{Lu}[\p{L}&'’-]*){1,3}$/u.test(dated[2]!) && line.includes(',')) return dated[1]!.replace(/\.$/, '');
  const more = moreBylineName(line);
  if (more !== undefined) return more;
  // "取材・文：中村 彩　写真：大野 俊介": who wrote it, by the field that credits the text.
  const cjk = line.charCodeAt(0) > 0x2e80 || (line.charCodeAt(4) === 0x5e74 && line.length > 12) ? cjkCreditWriter(line) : undefined;
  if (cjk) return cjk;
  // "By Kana Inagaki in Tokyo and Nikou Asgari in London": each name with the city it reports from.
  if (line.includes(' in ') && /^[Bb]y\s/.test(line)) {
    const placed = placedBylineNames(line.slice(3));
    if (placed) return joinNames(placed);
    // "By Lucas Feldmann in Vienna | 9 September 2024": the same credit, a separator, then the date.
    const barredDate = /^(.+?)\s+[|·•—–]\s+(.+)$/u.exec(line.slice(3));
    const placedDated = barredDate && isDate(barredDate[2]!) ? placedBylineNames(barredDate[1]!) : null;
    if (placedDated) return joinNames(placedDated);
  }
  // "By Liam Brereton at Kingsmead Park", "By Sam Ortiz at the Old Bailey": a sports page or a court
  // report credits its writer with the ground or the court the piece was filed from — one name, "at",
  // a capitalised place, nothing else. Only after "By" (a line "Dinner at Eight" is a heading).
  const at = line.includes(' at ') ? PLACED_AT_BYLINE().exec(line) : null;
  if (at) return at[1]!;
  if (!isVerbByline(line)) return null;
  const rest = line.slice(BYLINE_VERB().exec(line)![0].length);
  return BYLINE_NAME().exec(rest)![0].replace(/\.$/, '');
}

/** "A and B", "A, B and C": several authors as one byline gives them. */
export function joinNames(names: readonly string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The names of a byline that says where each writer reports from: "Kana Inagaki in Tokyo and
 * Nikou Asgari in London", "Marie Dubois in Paris" (the words after "By", or a line of its own
 * under the headline). Every name is two to four capitalised words, at least one has its "in
 * CITY", and nothing else is on the line. Null for any other line.
 */
export function placedBylineNames(rest: string, placeRequired = true): string[] | null {
  if (rest.length > 160 || (placeRequired && !rest.includes(' in '))) return null;
  const names: string[] = [];
  let placed = false;
  for (const part of rest.trim().replace(/\.$/, '').split(/,\s+|\s+(?:and|&)\s+/)) {
    // A live blog's "Oliver Stroud (earlier)": when the writer wrote, no part of the name.
    const m = PLACED_NAME().exec(part.includes('(') ? part.replace(/(?<!\s)\s+\(\p{Ll}+\)$/u, '') : part);
    if (!m) {
      // "in Washington, D.C.": the place's own comma.
      if (names.length && PLACE_ONLY().test(part)) continue;
      return null;
    }
    names.push(m[1]!);
    placed ||= m[2] !== undefined;
  }
  return (placed || !placeRequired) && names.length ? names : null;
}

/**
 * A wire story's closing credits, the page's and nobody's words: "Additional reporting by Philip
 * Stafford in London", "Reporting by Elizabeth Howcroft; Editing by Mark Potter" — every part a
 * credit and the names it gives.
 */
function isCreditLine(line: string): boolean {
  // set off by a dash as a sign-off is: "— Additional reporting by Karim Saab." (a hyphen and a space
  // for the dash where the page is typed plain: "- Additional reporting by Sipho Khumalo")
  if (line.startsWith('—') || line.startsWith('–') || line.startsWith('- ')) line = line.slice(1).trimStart();
  if (line.length > 240 || !CREDIT_START().test(line)) return false;
  return line
    .replace(/\.$/, '')
    .split(/\s*;\s*/)
    .every((part) => {
      const m = CREDIT_PART().exec(part);
      return !!m && placedBylineNames(m[1]!, false) !== null;
    });
}
/**
 * A feature's credits, field by field: "Text: Jordi Pujadas i Roca · Fotografia: Clara Soler",
 * "Words: Ana Ruiz | Photos: Tom Hale" — every part a credit's key and a name.
 */
function isCreditFields(line: string): boolean {
  if (line.length > 200) return false;
  return line.split(/\s+[·|•]\s+/).every((part) => {
    const colon = part.indexOf(':');
    if (colon < 0 || !CREDIT_KEYS.has(part.slice(0, colon).trim().toLowerCase())) return false;
    return CREDITED_NAME().test(part.slice(colon + 1).trim());
  });
}
/**
 * A Japanese or Chinese feature's credits, field by field: "取材・文：中村 彩　写真：大野 俊介",
 * "文／王小明 摄影／李强" — each part a credit's key (interview, text, photos, editing…), joined by
 * "・", a colon or a slash, and a name. The writer (the name the text, 文, is credited to), or null
 * where no field credits the text; undefined when the line is no such credit.
 */
export function cjkCreditWriter(raw: string): string | null | undefined {
  // The date the credit shares its line with, before or after it ("2022年5月10日　文・佐藤健",
  // "作者：刘洋　2021年9月10日"), is no part of it.
  const line = raw.includes('日') ? raw.replace(CJK_DATE_FIELD(), '') : raw;
  // A Chinese paper's reporter, the name after a space ("记者 孙浩", "本报记者　孙浩"): the writer.
  const reporter = line.includes('记者') ? CJK_REPORTER_CREDIT().exec(line) : null;
  if (reporter) return reporter[1]!;
  // A Korean paper's reporter, the name before the word for reporter ("글 김수진 기자", "김수진 기자",
  // "글·사진 김수진 기자 sujin@…"): the writer.
  const korean = line.includes('기자') ? KOREAN_REPORTER_CREDIT().exec(line) : null;
  if (korean) return korean[1]!;
  if (line.length > 120 || !CJK_CREDIT_OPEN().test(line)) return undefined;
  const keys = allMatches(CJK_CREDIT_KEY(), line);
  if (!keys.length || keys[0]!.index !== 0) return undefined;
  let writer: string | null = null;
  for (let k = 0; k < keys.length; k++) {
    const m = keys[k]!;
    const value = line.slice(m.index + m[0].length, k + 1 < keys.length ? keys[k + 1]!.index : line.length).trim();
    if (!CJK_NAME().test(value) && !CREDITED_NAME().test(value)) return undefined;
    if (writer === null && m[1]!.split(/[・／/]/).some((key) => key === '文' || key === '文字' || key === '作者')) writer = value;
  }
  return writer;
}
/** A day's date in Chinese or Japanese, a field of its own at a line's start or end. */
const CJK_DATE_FIELD = lazy(() => /^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[\s\u3000]+|[\s\u3000]+(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$/u);
const KOREAN_REPORTER_CREDIT = lazy(() => /^(?:(?:글|사진|취재|정리|글[·・/]사진|취재[·・/]글)[ \u3000]+)?(\p{sc=Hangul}{2,4})[ \u3000]+기자(?:[ \u3000]+[\w.+-]+@[\w.-]+)?$/u);
const CJK_REPORTER_CREDIT = lazy(() => /^(?:本报|本刊)?记者[ \u3000]+(\p{sc=Han}{2,4})$/u);
const CJK_CREDIT_WORDS = '作者|取材|文字|文|写真|撮影|構成|聞き手|編集|イラスト|動画|インタビュー|采访|摄影|图|编辑';
const CJK_CREDIT_OPEN = lazy(() => new RegExp(String.raw`^(?:${CJK_CREDIT_WORDS})[・／/：:]`, 'u'));
// The separator after a key is never a key's letter, so each key is read one way only.
const CJK_CREDIT_KEY = lazy(() => new RegExp(String.raw`(?:^|\s)((?:${CJK_CREDIT_WORDS})(?:[・](?:${CJK_CREDIT_WORDS})){0,3})\s*[：:／/・]\s*`, 'gu'));
/** A name in Han or kana, its family and given names spaced or not ("中村 彩", "王小明"). */
const CJK_NAME = lazy(() => /^[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}ー]{1,8}(?: [\p{sc=Han}\p{sc=Hira}\p{sc=Kana}ー]{1,8})?$/u);
const CREDIT_KEYS = new Set(['text', 'texto', 'texte', 'words', 'fotografia', 'fotografía', 'fotografie', 'foto', 'fotos', 'photo', 'photos', 'photography', 'illustration', 'illustrations', 'il·lustració', 'ilustración', 'video', 'vídeo']);
/** A name of two to six words, capitalised but for the particles between them ("Jordi Pujadas i Roca"). */
const CREDITED_NAME = lazy(() => /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|i|y|e|de|del|da|do|dos|van|von|der|la|le)){1,5}$/u);
/** A bracketed credit line: a short field (no sentence end in it), a colon, a short value. */
const BRACKETED_CREDIT = lazy(() => /^[(（][^()（）:：.!?。！？]{1,30}[:：]\s*[^()（）.!?。！？:：]{1,60}[)）]$/u);
const CREDIT_START = lazy(() => /^(?:additional|further|reporting|writing|editing|research|graphics|compiled|fact-checking|produced)\b/i);
const CREDIT_PART = lazy(() => /^(?:[Aa]dditional\s+|[Ff]urther\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Rr]esearch|[Gg]raphics|[Cc]ompiled|[Ff]act-checking|[Pp]roduced)\s+by\s+(\S.*)$/);
const PLACED_NAME = lazy(() => /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})(\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?$/u);
// (in lower case too, as many sites set the desk: "By Hannah Okoye, city hall reporter", "…, staff writer")
const STAFF_ROLE = lazy(() => /^(?:\p{Lu}[\p{L}&'’-]*\s+){0,3}(?:Editor|Writer|Reporter|Correspondent|Columnist|Contributor|Journalist|Critic|Staff|Producer|Bureau|Desk)$|^(?:\p{L}[\p{L}&'’-]*\s+){0,3}(?:editor|writer|reporter|correspondent|columnist|contributor|journalist|critic|producer)$/u);
/**
 * A byline's "name" that is a newsroom's role, no person: "By Staff Reporter", "By Our Correspondent",
 * "By Business Desk", "By Special Correspondent". The line is a byline still; it names no author.
 */
export function isNewsroomRole(name: string): boolean {
  return STAFF_ROLE().test(name) && (wordCount(name) === 1 || /^(?:Staff|Our|Special|Senior|Chief|Political|Business|Foreign|City|News|Web|Metro|Sports?|Online|Digital|Investigative|Agency|Regional|Correspondent|Bureau)\b/.test(name));
}
/** "By Liam Brereton at Kingsmead Park": a name of two to four words (1), "at", perhaps "the", a place of one to three capitalised words. */
const PLACED_AT_BYLINE = lazy(() => /^[Bb]y\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3})\s+at\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u);
const PLACE_ONLY = lazy(() => /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u);

// So is the field naming the author in Hungarian, Czech, Polish, Romanian, Swedish, Turkish, Russian…: "Szerző: Tóth Eszter", "Autor: Jan Dvořák", "Автор: Ирина Полякова"; Malay "Oleh" (by).
const FOREIGN_BYLINE = lazy(() => /^(?:Par|Por|Von|Door|Af|Av|Oleh|(?:Беседовал|Беседовала|Беседовали|Записал|Записала|Записали)(?=\s)|(?:Szerző|Autor|Autorka|Autorul|Författare|Forfatter|Yazar|Автор|Авторка|Автори)\s*:)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})$/u);
/**
 * The byline as Romance, German and Dutch papers print it, where the name has a lowercase particle or
 * the line goes on after it: "Door Pieter de Boer", "di Marco Zanon" (Italian sets the word in lower
 * case), "Von Jana Weber, 12. März 2024", "Por María López | Madrid, 3 de marzo de 2024", "Par Sophie
 * Marchal, à Hagondange (Moselle)". The name (1) is capitalised words with at most two particles
 * between them (each particle a fixed lowercase word, so nothing backtracks); after a comma, bar, dot
 * or dash the rest is where and when the writer files from: something with a year in figures (a date,
 * perhaps after a city), or a place after the word for "in" / "at" (à, en, in, em, a, aus, uit, da,
 * desde), or one capitalised word, a city (two would be a second writer, "Par Anne Morel, Luc Girard").
 */
const PLACED_FOREIGN_BYLINE = lazy(() => /^(?:Par|Por|Von|Door|di)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:de|da|do|dos|das|del|della|dalla|di|van|von|der|den|ten|ter|te|le|la|du|des)\s+){0,2}\p{Lu}[\p{L}.'’-]*){1,3})(?:\s*(?:[,|·•—–]|\s-)\s*(\S.{0,80}))?$/u);
const BYLINE_PLACE_TAIL = lazy(() => /^(?:(?:à|en|in|em|a|aus|uit|da|desde|depuis)\s+)?\p{Lu}[\p{L}'’.-]*(?:\s*\([^()]{1,40}\))?$/u);
function placedForeignByline(line: string): RegExpExecArray | null {
  const m = PLACED_FOREIGN_BYLINE().exec(line);
  if (!m) return null;
  const tail = m[2];
  if (tail === undefined) return m;
  const when = /(?:^|\D)(?:19|20)\d{2}(?!\d)/.test(tail) && wordCount(tail) <= 10 && !/[.!?;:]$/.test(tail.replace(/\d{1,2}:\d{2}$/, ''));
  return when || BYLINE_PLACE_TAIL().test(tail) ? m : null;
}
/**
 * The word either foreign byline opens on (the longer ones start with these): a line without it runs
 * neither pattern, nor compiles their `\p{…}` classes (most documents have no such line).
 */
// The short Latin words stand before a space in each pattern this gates (FOREIGN_BYLINE, FOREIGN_BYLINE_TWO,
// PLACED_FOREIGN_BYLINE: "Af Rasmus Kjær"), so a line opening on "After …", "Available …", "Portland …" is
// no candidate: those patterns (twenty \p{…} sets between them) are then never compiled for an English page.
const FOREIGN_BYLINE_WORD = lazy(() => /^(?:(?:Par|Por|Von|Door|Af|Av|Oleh)\s|Szerző|Autor|Författare|Forfatter|Yazar|Автор|Беседовал|Записал|di )/);
/** The Russian verb an interview's credit opens on ("Беседовал", "Беседовала", "Записали"): who asked, named after it. */
const RUSSIAN_INTERVIEW_CREDIT = lazy(() => /^(?:Беседовал|Записал)[аи]?\s/);
const FOREIGN_BYLINE_TWO = lazy(() => /^(?:Par|Por|Von|Door|Af|Av|Oleh)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s+(?:og|och|und|et|y|en|dan|e|i)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})$/u);
/** A name, or two joined by "and": "Jelena Marković and Ahmed Hodžić". */
const NAMES = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s+(?:and|&)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?`;
/** Titles before a speaker's name in a credit ("Delivered by Judge …", "Hon. Kalani Makoa"): not the name. */
const CREDIT_TITLE = lazy(() => /^(?:(?:Judge|Justice|Hon\.?|Honourable|Honorable|Rev\.?|Reverend|Dr\.?|Prof\.?|Professor|Mayor|Minister|Senator|Sen\.|Governor|Gov\.|Commander|Sir|Dame|Lord|Lady)\s+)+/);
// Built once: the chrome check runs these on every distinct line of a document, and a RegExp built per call is compiled per call.
const BY_NAMES = lazy(() => new RegExp(String.raw`^[Bb]y\s+(${NAMES})$`, 'u'));
const BY_NAMES_CREDITED = lazy(() => new RegExp(String.raw`^[Bb]y\s+(${NAMES})\s*(?:[|·•—–]|\s-)\s*(.+)$`, 'u'));
const NAMES_ONLY = lazy(() => new RegExp(String.raw`^${NAMES}$`, 'u'));
/** The venue and day after a speaker's name in a "Delivered by" line: ", at …", ", on …", ", in …" to the end. */
const DELIVERED_WHERE_WHEN = lazy(() => /,\s+(?:at|on|in)\s.*$/);
/** What every byline of moreBylineName() opens with (DATED_VERB_BYLINE, BY_NAMES, BY_NAMES_CREDITED, the "delivered by" pattern), in any case. */
const MORE_BYLINE_OPENING = lazy(() => /^(?:written|posted|published|by|delivered|spoken|read|presented)\s/iu);
/** A verb, a date, then who wrote it: "Posted on 9 August 2023 by Rosa Kim". */
const DATED_VERB_BYLINE = lazy(() => /^(?:[Ww]ritten|[Pp]osted|[Pp]ublished)\s+(?:on\s+|in\s+)?(.+?),?\s+by\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\.?$/u);

/**
 * The other bylines (undefined when the line is none of them, null when it
 * names no author): "By Marcus Bell | Staff Writer" and "By Jonah Feldstein ·
 * Photographs by …" (the name, a separator, a role or other credits), "By
 * Jelena Marković and Ahmed Hodžić" (two authors), "Delivered by Judge
 * Adebayo Okonjo-Hart" / "Delivered by his brother, Michael Brennan" (who
 * speaks a speech, without the title). "Transcribed by Rev.com" and
 * "Translated by …" name a service or a translator, never the author.
 */
function moreBylineName(line: string): string | null | undefined {
  if (/^(?:transcribed|transcription|translated|translation)\s+by\s/i.test(line)) return null;
  // Each byline below opens with one of these words: a line that does not never compiles their \p{L} patterns.
  if (!MORE_BYLINE_OPENING().test(line)) return undefined;
  // "Posted on 9 August 2023 by Rosa Kim", "Published March 3, 2024 by …": the date before the name.
  const datedVerb = DATED_VERB_BYLINE().exec(line);
  if (datedVerb && (isDateLine(datedVerb[1]!) || MONTH_YEAR().test(datedVerb[1]!))) return datedVerb[2]!.replace(/\.$/, '');
  // "Posted on the Letterpress Notes newsletter, 14 October 2025, by Tom Hale": where, then the date after a comma.
  const placed = datedVerb ? /^([^\d,]{3,60}),\s+([^,]+)$/.exec(datedVerb[1]!) : null;
  if (placed && (isDateLine(placed[2]!) || MONTH_YEAR().test(placed[2]!))) return datedVerb![2]!.replace(/\.$/, '');
  const two = BY_NAMES().exec(line);
  if (two) return two[1]!;
  const credited = BY_NAMES_CREDITED().exec(line);
  // What follows is a role, a credit or a date, each capitalised ("Staff Writer", "Photographs by …"), never running words.
  const credits = credited ? credited[2]!.split(/\s*[|·•—–]\s*/) : [];
  if (credited && credits.every(isShortCredit)) return credited[1]!;
  const delivered = /^(?:delivered|spoken|read|presented)\s+by\s+(?:(?:his|her|their|our|my)\s+[\p{Ll} -]{2,30},\s+)?(.+)$/iu.exec(line);
  if (delivered) {
    // "…, Claire Brennan-Moss, at St. Brigid's Church, …, on Saturday, March 9, 2024": where and
    // when it was delivered follow the name after a comma and "at", "on" or "in", no part of it.
    const who = delivered[1]!.replace(DELIVERED_WHERE_WHEN(), '').replace(/\.$/, '').replace(CREDIT_TITLE(), '');
    const name = NAMES_ONLY().exec(who);
    if (name) return name[0];
    // "Delivered by Dr. Imogen Castellano, Chief Data Officer, Western Ports Authority": the name, then
    // the speaker's role and organisation after commas, each capitalised and short, no sentence.
    const comma = who.indexOf(',');
    const roles = comma > 0 ? who.slice(comma + 1).split(',').map((r) => r.trim()) : [];
    const named = comma > 0 ? NAMES_ONLY().exec(who.slice(0, comma).trim()) : null;
    if (named && roles.length <= 3 && roles.every(isShortCredit)) return named[0];
    return undefined;
  }
  return undefined;
}

/**
 * A print interview's credit to whoever asked, in the languages a newspaper writes it: "Das Gespräch
 * führte Eva Roth.", "Interview: Eva Roth", "Propos recueillis par Anne Morel", "Entrevista de Ana
 * Ruiz", "Intervista di Luca Neri", "Interviewed by Sam Lee" (two names joined by "and" in any of
 * them). Its name after the credit; an article's stamp may follow a dash ("Propos recueillis par
 * Anne Morel — publié le 12 mars 2025"). (The kicker "INTERVIEW: Name, role" names the guest: a
 * comma after the name is no credit.)
 */
const INTERVIEWER_CREDIT = lazy(() => /^(?:(?:Das|Dieses) (?:Gespräch|Interview) führten?|Die Fragen stellten?|Interview(?:er)?\s*:|Interview(?:ed)? by|Interviews by|Propos recueillis par|Entretien réalisé par|Entrevue réalisée par|Entrevista (?:de|por|realizada por)|Entrevistad[oa] por|Intervista (?:di|a cura di)|Intervista raccolta da)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}(?:\s+(?:und|and|et|y|e|&)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})?)\.?(\s+[—–|·]\s+\S.*)?$/u);
/**
 * The interviewer an interview's credit line names (above), or null when the line is no such credit.
 * `whole` asks for the credit alone on its line, nothing after the name.
 */
export function interviewerCredit(raw: string, whole = false): string | null {
  const line = withoutEmphasisEnds(normalizeSpace(raw));
  if (line.length > 200 || !/^[DIPEi]/.test(line)) return null;
  // A research transcript's header field giving the interviewer by initials alone ("Interviewer: RK"),
  // the initials the turns or the write-up go by: who asks.
  const initials = /^Interviewer\s*:\s*(\p{Lu}{2,3})$/u.exec(line);
  if (initials) return initials[1]!;
  const m = INTERVIEWER_CREDIT().exec(line) ?? creditBeforeEditedNotice(line);
  if (!m || (whole && m[2])) return null;
  return m[1]!.replace(/\.$/, '');
}
/** "Interview by Liam Foyle. Edited for length.": the credit, then the publisher's notice on the text, both the page's. */
function creditBeforeEditedNotice(line: string): RegExpExecArray | null {
  const stop = line.indexOf('. ');
  if (stop < 0) return null;
  const notice = line.slice(stop + 2);
  return EDITED_NOTICE().test(notice) || TERSE_EDITED_NOTICE().test(notice) ? INTERVIEWER_CREDIT().exec(line.slice(0, stop + 1)) : null;
}

/** A line that begins the list of unrelated articles at the foot of a page. */
export function isTeaserMarker(line: string): boolean {
  // ("**More from Portside Features**": set in bold, the same marker)
  const bare = withoutEmphasisEnds(normalizeSpace(line));
  return TEASER_MARKERS().test(bare) || FOREIGN_TEASER_MARKERS().test(bare.toLowerCase());
}

/**
 * A marker that is an entry of the page's own contents list ("On this page" … "Further reading"):
 * the same heading stands again further down, where the list of other pages really begins.
 */
export function isContentsEntry(lines: readonly string[], i: number): boolean {
  const key = normalizeSpace(lines[i]!).toLowerCase();
  for (let k = i + 1; k < lines.length; k++) if (normalizeSpace(lines[k]!).toLowerCase() === key) return true;
  return false;
}

/**
 * A marker above all of the page's text: no paragraph of body prose (two sentences or more, or
 * one long sentence) above it, and some below. A list of other pages stands at the foot of the
 * text it follows; a marker over the page's first paragraph is a control of its own ("All
 * related" / "Sort" / "Recommended" over a Q&A site's answers), and the text below it the page's.
 */
export function proseFollows(lines: readonly string[], i: number): boolean {
  for (let k = 0; k < i; k++) if (readsAsBodyProse(lines[k]!)) return false;
  for (let k = i + 1; k < lines.length; k++) if (readsAsBodyProse(lines[k]!)) return true;
  return false;
}

/**
 * A box of links set inside the text ("Leia também:" / "Baca juga:" / "Read more:" over two
 * headlines, then the article goes on): under the marker, one to eight headlines (no sentence
 * end, sixteen words at most, no blank between them), then a blank line, and below it two
 * paragraphs of body prose or more. Returns the index after the box's last headline, or -1.
 * A list of other articles at the page's foot has no body text under it (an excerpt under a
 * headline stands in the box, which then is no box of headlines).
 */
export function inlineTeaserBox(lines: readonly string[], i: number): number {
  let k = i + 1;
  if (k < lines.length && !lines[k]!.trim()) k++;
  const first = k;
  for (; k < lines.length && lines[k]!.trim(); k++) {
    const text = normalizeSpace(lines[k]!);
    if (k - first >= 8 || wordCount(text) > 16 || endsLikeSentence(text)) return -1;
  }
  if (k === first || k >= lines.length) return -1;
  let prose = 0;
  for (let j = k; j < lines.length && prose < 2; j++) if (readsAsBodyProse(lines[j]!)) prose++;
  return prose >= 2 ? k : -1;
}

/**
 * A line of body prose: two sentences or more in fifteen words or more, or one sentence of
 * twenty-five. No headline, byline, date or link reads so (a teaser's excerpt of another
 * article may).
 */
export function readsAsBodyProse(line: string): boolean {
  if (line.length < 60 || !endsLikeSentence(line.trimEnd())) return false;
  const text = normalizeSpace(line);
  const n = wordCount(text);
  return n >= 25 || (n >= 15 && splitSentences(text).length >= 2);
}

/** A date alone on its line ("Mar 29, 2021", "2023-09-04"): page metadata, not a statement. */
export function isDateLine(line: string): boolean {
  // every date DATE_LINE reads has four digits or a d/m: a line without them never compiles it
  const text = normalizeSpace(line);
  return DATE_DIGITS().test(text) && DATE_LINE().test(text);
}

/** A Markdown image alone on its line: "![Route 9 map](/img/route9.png)", a title after the address or none. */
const MARKDOWN_IMAGE = lazy(() => /^\s{0,3}!\[[^\]]*\]\([^()\s]*(?:\s+"[^"]*")?\)\s*$/);
/** Whether the line is a Markdown image: the page's picture, set between paragraphs, no one's words. */
export function isMarkdownImage(raw: string): boolean {
  return raw.includes('![') && MARKDOWN_IMAGE().test(raw);
}
/**
 * A pull quote set off as a Markdown blockquote and signed after a dash ("> "Boring is the point." —
 * Kemi Oduya"): the speaker's words pulled out again, no heading of what follows.
 */
const SIGNED_PULL_QUOTE = lazy(() => /^\s{0,3}>\s*[*_]{0,2}[“"«][^“”"«»]+[”"»][*_]{0,2}\s*[—–―]\s*\p{Lu}[\p{L}.'’ -]{1,60}$/u);
export function isSignedPullQuote(raw: string): boolean {
  return raw.includes('>') && SIGNED_PULL_QUOTE().test(raw);
}
/** A thematic break on its own line: three or more of "-", "*" or "_" (spaced or not), or a plain text's "--". */
const THEMATIC_BREAK = lazy(() => /^\s{0,3}(?:(?:-[ \t]*){2,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/);
/** Whether the line is a thematic break ("---", "* * *", "___", "--"): the page setting off what follows. */
export function isThematicBreak(raw: string): boolean {
  return THEMATIC_BREAK().test(raw);
}

/**
 * A press release's or a wire story's end mark alone on its line: "###", "# # #", "-30-", "- 30 -",
 * "ENDS", "- ENDS -", "—END—", "(END)". The story stops there; what the page sets under it is its
 * boilerplate (who to call, where the video is), nobody's words and no more of the last turn.
 */
const STORY_END_MARK = lazy(() => /^\s{0,3}(?:#[ \t]?#[ \t]?#|[-–—][ \t]?30[ \t]?[-–—]|(?:[-–—]{1,3}[ \t]?)?END(?:S)?(?:[ \t]?[-–—]{1,3})?|[([][ \t]?END[ \t]?[)\]])\s*$/i);
export function isStoryEndMark(raw: string): boolean {
  return raw.length <= 24 && STORY_END_MARK().test(raw) && (raw.includes('#') || raw.includes('30') || raw === raw.toUpperCase() || /[-–—([]/.test(raw));
}
/** How many lines with words a page may set under its end mark: a contact, an "About" paragraph, a note or two. */
const UNDER_END_MARK = 12;
/**
 * The line of the document's end mark (isStoryEndMark) with only the page's few lines under it, or -1.
 * Read from the foot up, UNDER_END_MARK lines with words at most: an essay's "###" set between two
 * parts of the text, more of the text under it, is a divider, no end.
 */
export function storyEndLine(lines: readonly string[]): number {
  let below = 0;
  for (let k = lines.length - 1; k > 0; k--) {
    const l = lines[k]!;
    if (!l.trim()) continue;
    if (isStoryEndMark(l)) return k;
    if (++below > UNDER_END_MARK) return -1;
  }
  return -1;
}

/**
 * Classify a line that is chrome wherever it appears. Returns null for a line
 * that may be content; the shape parsers decide about those.
 */
export function classifyChrome(raw: string): LineKind | null {
  // A line is classified by the parser and again by the sentence check: the answer depends on the line alone.
  const known = chromeMemo.get(raw);
  if (known !== undefined) return known;
  if (chromeMemo.size >= CHROME_MEMO_MAX) chromeMemo.clear();
  const kind = classifyChromeOnce(raw);
  chromeMemo.set(raw, kind);
  return kind;
}

/** A time of day alone on its line, with its half of the day and zone, or after a transcript's "END": "1:47 P.M. EDT", "END 2:31 p.m.". */
// (The zone or the "END" is required: a turn hard-wrapped before its time, "We are going off the record at" /
// "11:42 a.m.", goes on in the bare time.)
// (The clock in capitals, as a briefing's stenographer sets it: a memo hard-wrapped before its time,
// "The call is moved to" / "2:30 p.m. EST" / "and will run an hour.", writes it in lower case.)
const CLOCK_LINE = lazy(() => /^(?:END\s+)?\d{1,2}[:.]\d{2}\s*[AP]\.?\s?M\.?\s+\(?[A-Z]{2,4}\)?$|^END\s+\d{1,2}[:.]\d{2}(?:\s*[AP]\.?\s?M\.?)?(?:\s+\(?[A-Z]{2,4}\)?)?$/);
/** A phrase's closing ":", "." or "!" run, matched from its first mark (a later start reaches the same end, so a run is read once). */
export const TRAILING_PUNCTUATION = lazy(() => /(?<![:.!])[:.!]+$/);

const chromeMemo = new Map<string, LineKind | null>();
/** Enough for the lines of a large document; past it the memo starts again (it never grows without bound). */
const CHROME_MEMO_MAX = 20000;

/** The letters NEWSLETTER_FOOT's lines open on (`i` without `u` folds no other character to them). */
const NEWSLETTER_START = 'yYwWgGfF';
const NEWSLETTER_FOOT = lazy(() => /^(?:(?:you(?:'|’)re|you are|you(?:'|’)ve been) (?:receiving|getting|sent) (?:this|these)\b.{0,40}\bbecause you\b|(?:was this |got this |)forwarded (?:this (?:e-?mail|newsletter|message)|to you)\b\W{0,3}.{0,20}\b(?:sign up|subscribe)\b)/i);
/** A reading time, or a stamp of when the page was published or updated, its day first. */
const READING_TIME_FIELD = lazy(() => /^\d{1,3}\s*(?:min|mins|minute|minutes)\s+read$/i);
const STAMP_FIELD = lazy(() => /^(?:(?:last\s+)?updated|published|first\s+published|posted|modified)\s*(?::|\s)\s*(?:on\s*:?\s+)?((?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[^.!?]*)$/i);
function isStampFields(line: string): boolean {
  // ("Posted Tue 18 Mar 2025 at 5:12am, updated Tue 18 Mar 2025 at 9:40am": the update after a comma too)
  const fields = line.split(/\s+[.|·•]\s+|,\s+(?=(?:last\s+)?updated\s)/i);
  // (alone, only an update's stamp: a page's "Published: …" line is read with its header's other dates)
  if (fields.length === 1 && !/^(?:last\s+)?(?:updated|modified)\b/i.test(line)) return false;
  return fields.length <= 4 && fields.some((f) => STAMP_FIELD().test(f)) && fields.every((f) => READING_TIME_FIELD().test(f) || isDateLine(f) || RELATIVE_STAMP().test(f) || (STAMP_FIELD().test(f) && /\b(?:19|20)\d{2}\b/.test(f) && wordCount(f) <= 10));
}
/**
 * An update's stamp in the page's own time, beside the date: "Updated 5 hours ago"; a post's and its
 * update's together, the units cut short as a news site's foot writes them: "Posted 8h ago, updated 6h ago".
 */
const RELATIVE_STAMP = lazy(() => /^(?:(?:last\s+)?updated|posted|published)\s+(?:about\s+)?\d{1,3}\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|[mhd](?=\s))\s+ago$/i);
/** Words a site's promotion of its news or its app is made of. */
const PROMO_WORD = lazy(() => /\b(?:app|news|updates|newsletter)\b/i);
/**
 * One sentence of such a promotion: "Catch all the … News … on Live Mint." (the outlet's name ends
 * it), "Download The Mint News App to get …" (the app's name in capitals, no comma after it).
 */
const PROMO_SENTENCE = lazy(() => /^(?:(?:[Cc]atch|[Gg]et|[Rr]ead)\s+(?:all\s+)?(?:the\s+)?(?:latest\s+)?[^.!?]{0,160}\b(?:[Nn]ews|NEWS|[Uu]pdates)\b[^.!?]{0,80}\b(?:on|at|from)\s+\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,3}|[Dd]ownload\s+(?:the\s+|our\s+)?(?:\p{Lu}[\p{L}&'’-]*\s+){1,4}(?:[Aa]pp|APP)\b[^.!?,]{0,80}|(?:[Ss]ubscribe|[Ss]ign\s+up)\s+(?:to|for)\s+(?:our|the)\s+[^.!?,]{0,60}\b[Nn]ewsletter\b[^.!?,]{0,60})[.!]?$/u);
function isPromotion(line: string): boolean {
  const sentences = line.split(/(?<=[.!])\s+(?=\p{Lu})/u);
  return sentences.length <= 4 && sentences.every((s) => PROMO_SENTENCE().test(s.trim()));
}
/**
 * A newsletter's call to subscribe or share, or its thanks for reading: "Subscribe to get the next
 * issue in your inbox.", "Subscribe for free to receive new posts and support my work.", "Thanks for
 * reading X! Subscribe for free…", "Share this post with a friend who cares about energy." The
 * thanks names the publication (a capital after "reading"): "Thanks for reading it every week." is
 * the writer's own sentence, and so is "Thanks for reading Middlemarch with me this spring." (a title, then
 * the sentence's own words: alone, the thanks is the name in title case and its stop); the calls run on with no comma, as no reported sentence does.
 */
const NEWSLETTER_CALL = lazy(() => /^(?:[Tt]hanks for reading (?:(?:the|my|our) )?\p{Lu}[^.!?]{0,60}[.!]\s*(?:[Ss]ubscribe|[Ss]hare)\b.{0,160}|[Tt]hanks for reading (?:(?:the|my|our) )?\p{Lu}[\p{L}\p{N}&'’-]*(?: (?:\p{Lu}[\p{L}\p{N}&'’-]*|of|the|and|on|in|for|a|an|at|to|&)){0,7}[.!]|[Ss]ubscribe\b[^.!?,]{0,80}\b(?:inbox|new posts|for free|newsletter|support (?:my|our) work)\b[^.!?,]{0,60}[.!]?|[Ss]hare this (?:post|article|story|issue|newsletter)\b[^.!?,]{0,80}[.!]?)$/u);
/** A post's reaction counts under it: "3 Likes · 1 Restack", "12 likes | 4 comments". */
// (Substack sets its counts apart by a bullet operator, "42 Likes∙7 Restacks".)
const REACTION_COUNTS = lazy(() => /^\d[\d,.]*k?\s+(?:likes?|reactions?|restacks?|comments?|shares?|reposts?)(?:\s*[·•|∙]\s*\d[\d,.]*k?\s+(?:likes?|reactions?|restacks?|comments?|shares?|reposts?)){0,4}$/i);
/** A line's key in Markdown emphasis, its colon inside or outside the marks: "**Related:** …", "*Read more*: …". */
const EMPHASISED_KEY = lazy(() => /^(\*\*|__|\*|_)([^*_:\n]{1,40}:?)\1(:?\s*\S.*)$/);
/** A line that is one Markdown link and nothing else, its words as group 1: "[Subscribe now](https://…)", "[Copy link](#)". */
const LINK_ONLY = lazy(() => /^\[([^\[\]]{1,60})\]\([^()\s]{0,240}\)$/);
/** A line wholly inside one pair of Markdown emphasis marks, none of them inside: "*Photo: …*", "**…**". */
const WHOLLY_EMPHASISED = lazy(() => /^(\*\*|__|\*|_)([^*_\s](?:[^*_]*[^*_\s])?)\1$/);
/** What follows a fence's colons (taken off first, by hand: a long run of them then fails in linear time). */
const PANDOC_FENCE = lazy(() => /^ ?(?:\{[^{}]*\}|[\w-]+)? ?:*$/);

/** A newsletter box's promise, field or consent (classifyChromeOnce): "Get … in your inbox …", "Enter your email [Sign up]", "Type your email…   Subscribe", "By signing up … Terms …". */
// (The promise delivers to the inbox, "in/to your inbox"; the consent addresses the reader, "you agree …":
// "Get your inbox to zero every Friday, she advises." and "By submitting its accounts late, the company
// breached the terms of its licence." are sentences.)
const SIGNUP_BOX_LINE = lazy(() => /^(?:(?:get|receive)\s[^.!?]{0,120}\b(?:in|to|into) (?:your|the) inbox\b[^.!?]{0,60}[.!]?|(?:enter|type) (?:your )?e-?mail(?: address)?(?: (?:here|below))?(?:…|\.{3})?(?:\s*\[[^\]]{1,20}\]|\s+(?:subscribe|sign up))?|by (?:signing up|subscribing|clicking|submitting|registering)\b[^.!?]{0,60}\b(?:you|I) (?:agree|accept|consent|acknowledge|confirm)\b[^.!?]{0,140}\b(?:terms|privacy)\b[^.!?]{0,80}[.!]?)$/i);
/** "… contributed", "… contributed to this report", "… contributed reporting from Lagos": a credit's closing words. */
const CONTRIBUTED_CREDIT = lazy(() => /^(.{3,120}?)\s+contributed(?:\s+(?:reporting|to\s+this\s+(?:report|story|article)|(?:reporting\s+)?from\s+\p{Lu}[\p{L}.'’ -]{1,40}))?\.?$/u);
/** The lower-case words a contributor's credit may give before the names: "Associated Press writer", "Staff writers … and …". */
const CREDIT_ROLE_WORDS = new Set(['writer', 'writers', 'reporter', 'reporters', 'correspondent', 'correspondents', 'staff', 'researcher', 'researchers', 'photographer', 'and', 'in', 'from', 'of', 'the']);
/** CREDIT_ROLE_WORDS that join the names and name no role. */
const CREDIT_LINK_WORDS = new Set(['and', 'in', 'from', 'of', 'the']);
/**
 * A story's closing credit to those who helped report it: "Associated Press writer Tomás Ferreira
 * contributed from Miami.", "Staff writers Maya Lund and Peter Oduya contributed to this report."
 * Before "contributed" only names, outlets and places (capitalised) and a role's few lower-case
 * words; "Smith contributed $5,000 to the campaign" is a sentence.
 */
function isContributorCredit(line: string): boolean {
  const m = CONTRIBUTED_CREDIT().exec(line);
  if (!m) return false;
  const words = m[1]!.split(/\s+/);
  // A bare "… contributed." credits only with a role's word ("Staff writer Ana Ruiz contributed."):
  // "Volunteers contributed.", "Parents and Teachers from Harwick contributed." are sentences.
  const namesRole = (w: string) => CREDIT_ROLE_WORDS.has(w.toLowerCase().replace(/,$/, '')) && !CREDIT_LINK_WORDS.has(w.toLowerCase());
  if (/\bcontributed\.?$/.test(line) && !words.some(namesRole)) return false;
  return words.length <= 16 && words.some((w) => /^\p{Lu}\p{Ll}/u.test(w)) && words.every((w) => /^\p{Lu}[\p{L}.'’-]*,?$/u.test(w) || CREDIT_ROLE_WORDS.has(w.toLowerCase().replace(/,$/, '')));
}

function classifyChromeOnce(raw: string): LineKind | null {
  const line = normalizeSpace(raw);
  if (!line) return null;
  // "Subscribe   Sign in   Search": a site's buttons copied as plain text, wide gaps for the bars between them.
  if (raw.length <= 160 && WIDE_GAP().test(raw) && isSpacedNavigation(raw)) return 'navigation';
  // A cookie banner copied with the page: "We use cookies to improve your experience …", "This website uses
  // cookies …", and its buttons ("Accept all   Reject non-essential   Cookie settings"). The site's, no one's words.
  if (line.length <= 600 && line.includes('cookies') && COOKIE_BANNER().test(line)) return 'navigation';
  if (raw.length <= 160 && WIDE_GAP().test(raw) && isCookieButtons(raw)) return 'navigation';
  // "THE LEDGER REVIEW                    MARCH 2025": a magazine's running head, its name set apart from the issue.
  if (raw.length <= 200 && WIDE_GAP().test(raw) && isMastheadWithIssue(raw)) return 'metadata';
  // A bilingual page's furniture gives its key in both languages, a slash between ("Por / By Ignacio
  // Ferrer", "Artículos relacionados / Related: …"): the line is what it is after the first key.
  const bilingual = line.length <= 300 ? BILINGUAL_KEY().exec(line) : null;
  if (bilingual) {
    const kind = classifyChrome(bilingual[1]!);
    if (kind) return kind;
  }
  // "**Related:** [How Vienna kept its trams](…)", "*Read more:* …": a key set in bold or italics is
  // the same key; the line is what it is with the marks taken off the key.
  const emphasised = line.length <= 400 && (line.charCodeAt(0) === 0x2a || line.charCodeAt(0) === 0x5f) ? EMPHASISED_KEY().exec(line) : null;
  if (emphasised) {
    const kind = classifyChrome(`${emphasised[2]!}${emphasised[3]!}`);
    if (kind) return kind;
  }
  // "*This article appeared in the March 2025 issue of Meridian.*", "*Photo: … (Courtesy of …)*": a
  // line set wholly in italics or bold is what the same line is without the marks.
  const wholly = line.length <= 400 && (line.charCodeAt(0) === 0x2a || line.charCodeAt(0) === 0x5f) ? WHOLLY_EMPHASISED().exec(line) : null;
  if (wholly) {
    const kind = classifyChrome(wholly[2]!);
    if (kind) return kind;
  }
  // "[Subscribe now](https://…/subscribe)", "[Leave a comment](…/comments)": a button copied as a Markdown
  // link alone on its line is what its words are (a link in a sentence, "[Read the report](…) here.", has more).
  const linkOnly = line.length <= 300 && line.charCodeAt(0) === 0x5b ? LINK_ONLY().exec(line) : null;
  if (linkOnly && classifyChrome(linkOnly[1]!) === 'navigation') return 'navigation';
  if (!/[\p{L}\p{N}]/u.test(line)) return 'markup';
  // A pandoc fenced div's fence (Markdown converted from a .docx): "::: {.callout-note}", "::: warning", ":::".
  if (line.startsWith(':::') && PANDOC_FENCE().test(line.replace(/^:+/, ''))) return 'markup';
  // "By: Jerome Aning - Reporter / @JAningINQ": a byline keyed with a colon is the byline without it.
  if (line.charCodeAt(0) === 0x42 && BY_COLON().test(line)) {
    const kind = classifyChrome(line.replace(BY_COLON(), 'By '));
    if (kind) return kind;
  }
  const lower = line.toLowerCase();
  if (NAV_PHRASES.has(lower.replace(TRAILING_PUNCTUATION(), ''))) return 'navigation';
  // "Share this article   [f] [x] [in]": a share bar whose buttons were icons, copied as their letters in brackets.
  if (line.includes('] [') && isIconShareBar(lower)) return 'navigation';
  // "👍 1.2k  💬 348  Previous: Our 2023 report | Next: Meet our Lagos team": a post's links to the posts
  // before and after it, its reaction counts before them (no words there).
  if (lower.includes('next') && PREVIOUS_NEXT().test(lower)) {
    const at = lower.search(/(?<![\p{L}])previous(?![\p{L}])/u);
    if (at >= 0 && !/\p{L}/u.test(line.slice(0, at).replace(/(?<=\d)[km](?![\p{L}])/giu, ''))) return 'navigation';
  }
  const foreign = foreignFurniture(lower);
  if (foreign) return foreign;
  if (line.length <= 120 && UNROLL_PAGE_NOTICE().test(line)) return 'navigation';
  if (line.length <= 40 && UNROLL_COUNT().test(line)) return 'metadata';
  // Links: "https://…", "Telegram:https://t.me/x", "X (Twitter): https://…"
  if (/^([^\s:]{0,20}(\s*\([^)]*\))?\s*:?\s*)?(https?:\/\/|www\.)\S+$/i.test(line)) return 'navigation';
  if (/^(join|follow|subscribe to|sign up for)\b.{0,80}\b(community|channel|newsletter|telegram|discord|twitter|updates|us)\b/i.test(line) && !endsLikeSentence(line))
    return 'navigation';
  if (/^(share on|share via|follow us on)\b/i.test(line)) return 'navigation';
  // A newsletter platform's calls under or over the post, in italics or not: "Subscribe to get the
  // next issue in your inbox.", "Thanks for reading The Grid Letter! Share this post with a friend…",
  // and its counts: "3 Likes · 1 Restack".
  if (wordCount(line) <= 30 && NEWSLETTER_CALL().test(withoutEmphasisEnds(line))) return 'navigation';
  // A news site's sign-up box set inside the story: its promise ("Get the week's biggest stories in
  // your inbox every Thursday."), its field ("Enter your email   [Sign up]"), its consent ("By signing
  // up you agree to our Terms of Use and Privacy Policy.").
  if (wordCount(line) <= 40 && SIGNUP_BOX_LINE().test(line)) return 'navigation';
  // "Associated Press writer Tomás Ferreira contributed from Miami.": the story's closing credit.
  if (line.length <= 200 && line.includes('contributed') && isContributorCredit(line)) return 'metadata';
  if (line.length <= 80 && REACTION_COUNTS().test(line)) return 'metadata';
  // A page's notice that a widget needs scripts: "Please turn on JavaScript to use this feature".
  if (lower.includes('javascript') && /^(?:please\s+)?(?:turn on|enable|activate|switch on)\s+javascript\b/.test(lower) && wordCount(line) <= 16) return 'navigation';
  // A live blog's entry stamp of its last change: "Updated at 21.14 BST", "Updated 14:05".
  if (UPDATED_AT().test(line)) return 'metadata';
  // A call to follow or subscribe, even as a full sentence: "Please follow us on Twitter for news of our next AMA."
  // The outlet may name itself, possessive: "Join ST's WhatsApp Channel and get the latest news and must-reads."
  if (
    /^(please\s+)?(follow|subscribe to|join|sign up for)\s+(us|our|\p{Lu}[\p{L}\p{N}&.-]{0,30}['’]s)(?=\s)/iu.test(line) &&
    /\b(twitter|x|telegram|discord|facebook|instagram|youtube|linkedin|whatsapp|newsletter|channel|community|social media)\b/i.test(line) &&
    wordCount(line) <= 16
  )
    return 'navigation';
  // A newsletter's foot: why the reader got it ("You're receiving this email because you subscribed to
  // …", its unsubscribe and browser links after), and a forwarded copy's call to sign up ("Forwarded
  // this email? Sign up here.", "Was this forwarded to you? Subscribe").
  // (Its every branch opens on "you", "was this", "got this" or "forwarded", in either case: the first letter
  // decides, before the long case-insensitive pattern is compiled.)
  if (line.length <= 400 && NEWSLETTER_START.includes(line.charAt(0)) && NEWSLETTER_FOOT().test(line)) return 'navigation';
  // Link text whose link the export dropped: "You can listen to a recording of the AMA in full here."
  if (/^(you can\s+|click\s+)?(listen|watch|read|view|download|find|see|check out|access)\b.{0,80}\b(here|below|at the link( below)?)\s*[.!]?$/i.test(line) && wordCount(line) <= 16)
    return 'navigation';
  // A copyright notice at the foot of a page or transcript: "Copyright © 2025 NPR. All rights reserved. Visit our website…"
  // Also behind a one-word field key, as a transcript service's foot writes it: "TRANSCRIPT: Copyright 2026 …".
  // Not a sentence that opens with the word ("Copyright law changed in 2019, so …", an answer after its
  // speaker's label): after "Copyright" only a name of capitalised words may come before the year, and
  // no lowercase word after it ("by" excepted).
  if (mayOpenCopyright(line) && COPYRIGHT_OPENING().test(line) && /\b(?:19|20)\d{2}\b/.test(line) && wordCount(line) <= 40) return 'navigation';
  // An archive's or a library's field of rights under its transcript, with no year: "Copyright: Northern War
  // Memorial Archive. Not to be reproduced without permission." The holder's name, then its terms of use.
  if (line.length <= 240 && mayOpenCopyright(line) && COPYRIGHT_FIELD().test(line)) return 'navigation';
  // A page's foot in other languages, each a notice of the site's: its rights ("© RIPRODUZIONE
  // RISERVATA", "Tous droits réservés"), its comment count ("Comentarios (23)", "Kommentare (4)"),
  // its paywall ("Cet article est réservé aux abonnés. Vous pouvez l'offrir à vos proches."), its
  // label of a standards body ("Se adhiere a los criterios de The Trust Project").
  if (line.length <= 200 && FOREIGN_PAGE_FOOT().test(withoutEmphasisEnds(line))) return 'navigation';
  // A Korean, Japanese or Chinese paper's rights notice at the foot: "<저작권자 ⓒ 한국경제신문, 무단전재 및 재배포
  // 금지>", "無断転載禁止", "版权所有，未经授权不得转载": the site's, no one's claim (nor the byline's).
  if (line.length <= 160 && CJK_RIGHTS_FOOT().test(line)) return 'navigation';
  // A cable network's foot: "CONTENT AND PROGRAMMING COPYRIGHT 2025 CABLE NEWS NETWORK, INC. ALL RIGHTS RESERVED."
  if (PROGRAMMING_COPYRIGHT().test(line) && wordCount(line) <= 40) return 'navigation';
  // A programme page's sponsor widget: "Support Provided By: Learn more".
  if (SPONSOR_WIDGET().test(line)) return 'navigation';
  // "© ۱۴۰۳ …", "© ២០២៤ …" (a year in the script's digits, or of the Solar Hijri calendar), "«Outlet» © 2024 …"
  // (the outlet's name first): the same notice.
  // (a notice's few words after the year, not a sentence that runs on: "Acme © 2024 announced record profits as …")
  if (line.length <= 200 && COPYRIGHT_YEAR().test(EASTERN_DIGIT().test(line) ? asciiDigits(line) : line) && wordCount(line) <= 40 && wordsAfterCopyrightYear(line) <= 10) return 'navigation';
  // Tag lines: "$BNB", "#BNB #Binance"
  if ((line[0] === '#' || line[0] === '$') && /^([#$][\p{L}\p{N}_]+\s*)+$/u.test(line)) return 'navigation';
  if (/^\d+\s*(min|mins|minute|minutes)\s+read$/i.test(line)) return 'metadata';
  // "3 min read . Updated: 12 Jan 2025, 09:41 PM IST", "Updated: 12 Jan 2025": a page's reading time
  // and its stamps, fields between separators, each one of those.
  if (line.length <= 160 && /\d/.test(line) && isStampFields(line)) return 'metadata';
  // "Catch all the Business News … on Live Mint. Download The Mint News App to get Daily Market
  // Updates.": a site's promotion under the article, every sentence of it a call to read or install.
  if (line.length <= 400 && PROMO_WORD().test(line) && isPromotion(line)) return 'navigation';
  if (isDateLine(line)) return 'metadata';
  // "By Dana Lee": the word "by" in either case (an /i flag would let \p{Lu} match lowercase too),
  // set in italics or bold or not ("*By Dana Lee*").
  // "By — Lorenzo Abate": a news programme's page sets a dash between the word and each name.
  if (BY_OPENING().test(line) && /^([*_]{0,2})[Bb]y\s+(?:[—–]\s+)?\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}\1$/u.test(line)) return 'metadata';
  // "Af Rasmus Kjær", "Von Anna Weber": the same byline in another language, wherever it stands.
  if ((line.charCodeAt(0) <= 0x5a || line.startsWith('di ')) && FOREIGN_BYLINE_WORD().test(line) && (FOREIGN_BYLINE().test(line) || FOREIGN_BYLINE_TWO().test(line) || placedForeignByline(line))) return 'metadata';
  // "ដោយ៖ ចាន់ សុភា", "သတင်းထောက် - နန်းဆုမွန်", "خبرنگار: …": the word for "by" or "reporter" in a caseless
  // script, its colon or a dash, and a name of a few words.
  if (SCRIPT_BYLINE().test(line)) return 'metadata';
  // A byline with a verb and a date: "Written by Jesse Powell on January 6, 2015."
  if (isVerbByline(line) || (line.charCodeAt(0) === 0x2014 && isVerbByline(line.replace(/^—\s*/, '')))) return 'metadata';
  // "By Marcus Bell | Staff Writer", "By A and B", "Delivered by Judge …"
  if (moreBylineName(line)) return 'metadata';
  // "Das Gespräch führte Eva Roth.", "Interview: Eva Roth": who asked, a credit, no claim.
  if (interviewerCredit(line, true)) return 'metadata';
  // "Words by Simon Ebberly  ·  Portraits by Kaito Nakamura": the text's credit, read as the byline it is.
  if (line.charCodeAt(0) <= 0x5a && TEXT_CREDIT_WORD().test(line) && bylineName(line)) return 'metadata';
  // A source, credit or editor's note line: "Source: company filings", "Photo: Reuters". A note
  // that is a sentence ("Note: The council later revised the estimate to $14 million.") says
  // something a reader searches for: content, not chrome.
  // A magazine's caption and picture credit keyed the same way: "Caption: NAME in her chambers, 2025.",
  // "Photograph: NAME for OUTLET".
  if (/^(source|sources|credit|credits|photo|photos|photograph|photographs|illustration|illustrations|caption|image|images|via)\s*:\s*\S/i.test(line) && wordCount(line) <= 25) return 'metadata';
  // The same in other scripts, the key set off by the script's colon or a dash ("عکس: …", "ဓာတ်ပုံ - …",
  // "រូបថត៖ …", "Լուսանկարը՝ …"), and a caption that ends on its photographer's credit ("… | عکس: NAME").
  if (wordCount(line) <= 40 && (PHOTO_KEY().test(line) || PHOTO_CREDIT_AFTER_BAR().test(line))) return 'metadata';
  const note = /^(?:note|notes|editor['’]s note)\s*:\s*(\S.*)$/i.exec(line);
  if (note && wordCount(line) <= 25 && !(endsLikeSentence(note[1]!) && wordCount(note[1]!) >= 5)) return 'metadata';
  const furniture = pageFurniture(line);
  if (furniture) return furniture;
  const bar = furnitureBar(line);
  if (bar) return bar;
  if (isBlankForm(line)) return 'markup';
  // An editor's note wholly in parentheses: "(TechFlow Note: …)"
  if (/^\(.*\)$/.test(line) && /\bnote\b/i.test(line)) return 'metadata';
  // The publisher's notice on the text itself: "This interview has been edited for length and clarity.",
  // "Esta entrevista ha sido editada por extensión y claridad.", "This transcript may contain errors.
  // Interpretation is provided for convenience; …" — no one's words, the page's.
  // A transcript's note set without article or verb, perhaps in italics: "*Transcript lightly edited for
  // readability. Applause and audience noise removed.*", "Edited for length and clarity."
  if (wordCount(line) <= 30 && (EDITED_NOTICE().test(line) || ERRORS_NOTICE().test(line) || TERSE_EDITED_NOTICE().test(line))) return 'metadata';
  // Who made the transcript, alone or before such notices: "Transcript prepared by the Show Office.
  // Lightly edited.", "Transcription provided by Rev.com. May contain errors."
  if (wordCount(line) <= 30 && isTranscriptionNote(line)) return 'metadata';
  // Provenance notes: "This article originally appeared on WeChat", "This post was first published in …"
  if (wordCount(line) <= 20 && isFirstAppearedNote(line)) return 'metadata';
  return null;
}

/**
 * A page that unrolls a thread (Thread Reader App): its prompts around the posts, the page's and
 * not the author's ("Enjoying this thread?", "Unroll another tweet", "Missing some Tweet in this
 * thread? You can try to force a refresh", "Keep Current with NAME", "Stay in touch and get notified
 * when new unrolls are available…", "This Thread may be Removed Anytime!", "Twitter may remove this
 * content at anytime! Save it as PDF…", "Try unrolling a thread yourself!").
 */
const UNROLL_PAGE_NOTICE = lazy(() => /^(?:enjoying this thread\?|unroll another (?:tweet|thread|post)|try unrolling a thread yourself!?|missing some (?:tweets?|posts?) in this thread\?.*|keep current with \S.*|stay in touch and get notified when new unrolls are available\b.*|this thread may be removed any ?time!?|(?:twitter|x) may remove this content at ?any ?time!.*)$/i);
/** The unrolled thread's size under its author: "24 tweets, 5 min read". */
const UNROLL_COUNT = lazy(() => /^\d{1,4} (?:tweets?|posts?),\s*\d{1,3} min(?:ute)?s? read$/i);

/** An issue's or an episode's number alone: "Issue #212", "No. 14", "Vol. 3". */
const ISSUE_NUMBER = lazy(() => /^(?:issue|no\.?|vol\.?|volume|episode|ep\.?)\s*#?\d{1,5}$/i);
/** A pager's link: "← Previous issue", "Next post →", "Older". */
const PAGER_LINK = lazy(() => /^(?:[←‹«<]\s*)?(?:previous|prev|next|older|newer)(?:\s+(?:issue|post|article|story|episode|page|entry|edition))?(?:\s*[→›»>])?$/i);
/** An item's Markdown link or its address in brackets, kept as the link's words: "[Share on LinkedIn](…)" → "Share on LinkedIn". */
const ITEM_LINK = lazy(() => /^\[([^\]]*)\]\([^()\s]*\)$/);
const ITEM_ADDRESS = lazy(() => /\s\((?:https?:\/\/|\/)[^()\s]*\)$/);
/**
 * A bar of the page's furniture, its items parted by "·", "|" or "•", each furniture by itself: an
 * issue's number, a reading time, a share link, a date, a pager's links ("*Issue #212 · 9 min read ·
 * [Share on LinkedIn](…)*", "[← Previous issue](…) · [Next issue →](…)"). No one's words: the page's.
 * Navigation when an item is a link to follow, else metadata; null when any item may be content.
 */
function furnitureBar(line: string): LineKind | null {
  if (line.length > 300 || !/\s[·|•]\s/.test(line)) return null;
  const bare = line.replace(/^(\*\*|__|\*|_)(.+)\1$/, '$2');
  const items = bare.split(/\s[·|•]\s/).map((x) => x.trim().replace(ITEM_LINK(), '$1').replace(ITEM_ADDRESS(), '').trim());
  if (items.length < 2) return null;
  let follow = false;
  for (const item of items) {
    if (ISSUE_NUMBER().test(item)) continue;
    if (PAGER_LINK().test(item)) follow = true;
    // "[Copy link](#) · [LinkedIn](#) · [X](#)": a share target's name, a button among buttons.
    else if (SHARE_TARGETS.has(item.toLowerCase())) follow = true;
    else {
      const kind = item && !/\s[·|•]\s/.test(item) ? classifyChrome(item) : null;
      if (kind !== 'navigation' && kind !== 'metadata') return null;
      if (kind === 'navigation') follow = true;
    }
  }
  return follow ? 'navigation' : 'metadata';
}

/** A key in one language, a slash, the rest of the line from its key in another: "Por / By …", "Artículos relacionados / Related: …". */
const BILINGUAL_KEY = lazy(() => /^\p{L}+(?: \p{L}+)? \/ (\p{Lu}\p{Ll}+\b.*)$/u);
/** A text said to have been edited, condensed or translated, in the languages a bilingual page pairs. */
const EDITED_NOTICE = lazy(() =>
  /^(?:this|the|esta|este|cette|cet|questa|questo)\s+(?:interview|transcript|conversation|article|text|exchange|entrevista|conversación|conversa|transcripción|texto|entretien|intervista)\s+(?:has been|have been|was|ha sido|fue|foi|a été|è stata|è stato)\s+(?:lightly\s+)?(?:edited|condensed|abridged|shortened|editad[ao]|condensad[ao]|abreviad[ao]|resumid[ao]|édité|éditée|condensé|condensée|modifiée|modifié|editat[ao]|condensat[ao])\b/iu);
/**
 * The same notice in a note's short form, the text's noun (or nothing) then the verb with no "has
 * been" ("Transcript lightly edited for readability.", "Interview condensed and edited.", "Edited for
 * length and clarity."), the rest of the line other such sentences ("Applause removed."). Every
 * sentence of it short: a note, no paragraph about editing.
 */
const TERSE_EDITED_NOTICE = lazy(() =>
  /^[*_(\[]{0,2}(?:(?:transcript|interview|conversation|remarks|speech|talk|text|exchange|q&a)\s+(?:(?:lightly|slightly)\s+)?(?:edited|condensed|abridged)(?:\s+and\s+(?:edited|condensed|abridged))?(?:\s+(?:lightly|slightly))?(?:\s+(?:for|by)\s[^.!?]{1,60})?|(?:(?:lightly|slightly)\s+)?(?:edited|condensed)(?:\s+and\s+(?:edited|condensed))?\s+for\s+(?:length|clarity|readability|brevity|space)[^.!?]{0,40})[.!?]?(?:\s+[^.!?]{1,60}\b(?:removed|omitted|cut|added|corrected|shortened|edited)[.!?]?)?[*_)\]]{0,2}$/iu);
/** A line opening on the transcript or its captions: "Transcript …", "*Captions …". */
const TRANSCRIPT_NOTE_OPENING = lazy(() => /^[*_(\[]{0,2}(?:this\s+|the\s+)?(?:transcript|transcription|captions?|subtitles?|captioning)\s/i);
/** A transcript note's short sentence: "Lightly edited.", "May contain errors.", "Not checked against delivery." */
const SHORT_TRANSCRIPT_NOTE = lazy(() => /^[*_(\[]{0,2}(?:(?:lightly|slightly|minimally)\s+edited|may\s+contain\s+(?:errors|inaccuracies|mistakes)|not\s+(?:checked|verified)\s+against\s+(?:the\s+)?(?:recording|audio|delivery))\.?[*_)\]]{0,2}$/i);
/**
 * A line on the transcript that is all notes: who made it, then perhaps how it was edited or that it
 * may err ("Transcript prepared by the Show Office. Lightly edited.").
 */
function isTranscriptionNote(line: string): boolean {
  if (!TRANSCRIPT_NOTE_OPENING().test(line)) return false;
  return line.split(/(?<=[.!?])\s+/).every((part) => TRANSCRIBED_BY().test(part) || TERSE_EDITED_NOTICE().test(part) || ERRORS_NOTICE().test(part) || SHORT_TRANSCRIPT_NOTE().test(part));
}
/** A note of who made a transcript or its captions: "Transcript prepared by the Show Office.", "Captions provided by Rev." */
const TRANSCRIBED_BY = lazy(() => /^[*_(\[]{0,2}(?:(?:this|the)\s+)?(?:transcript|transcription|captions?|subtitles?|captioning)\s+(?:(?:was|were|has\s+been|have\s+been)\s+)?(?:prepared|produced|provided|made|compiled|supplied|generated|created|done)\s+by\s+[^.!?]{1,60}[.!?]?[*_)\]]{0,2}$/i);
/** A transcript's or a translation's disclaimer: "This transcript may contain errors.", "Captions may contain inaccuracies." */
const ERRORS_NOTICE = lazy(() => /^(?:(?:this|the)\s+)?(?:transcript|transcription|translation|interpretation|captions?|subtitles?)\s+may\s+(?:contain|include)\s+(?:errors|inaccuracies|mistakes)\b/i);

/** The word for "by", "reporter" or "author" in Khmer, Burmese, Persian and Armenian, its colon or a dash, then one to four words. */
const SCRIPT_BYLINE = lazy(() => /^(?:ដោយ|អ្នកយកព័ត៌មាន|သတင်းထောက်|ဆောင်းပါးရှင်|ရေးသားသူ|نویسنده|خبرنگار|Հեղինակ)\s*(?:[:：៖՝]|\s-)\s*[^\s:：៖՝|]+(?:\s[^\s:：៖՝|]+){0,3}$/u);
/** How many words follow the © notice's year (its first run of four digits after ©). */
function wordsAfterCopyrightYear(line: string): number {
  const m = /©\s*\S+/u.exec(line);
  return m ? wordCount(line.slice(m.index + m[0].length).trim()) : 0;
}
/** "© 1403 …", "«Outlet» © 2024 Բոլոր …": a copyright sign and a year (Gregorian or Solar Hijri), at the start or after a short name. */
const COPYRIGHT_YEAR = lazy(() => /^(?:[^\s©]+(?:\s[^\s©]+){0,3}\s)?©\s*(?:(?:19|20)\d{2}|1[34]\d{2})(?!\d)/u);
/** Up to five short fields between bars, the last "Page N of M" (each field ends before the bar that follows it). */
const PAGE_FOOTER_FIELDS = lazy(() => /^[^|]{1,60}\s\|(?:\s[^|]{1,60}\s\|){0,4}\s[Pp]age \d{1,4} of \d{1,4}$/u);
/**
 * An e-mail's or a page's footer of the sender's postal address: the company by its legal form, a bar
 * or a dot, then the address from its building number ("Quillstone, Inc. | 500 Harrison Street, San
 * Francisco, CA 94107", "Harrow Foods Ltd · 12 Mill Lane, Leeds LS1 4AB, United Kingdom"). Who sent
 * it and from where, no claim. Groups: the address.
 */
const COMPANY_ADDRESS_FOOTER = lazy(() => /^\p{Lu}[^|·]{0,60}?,?\s(?:Inc|Ltd|LLC|LLP|plc|PLC|GmbH|AG|Corp|Co|S\.A|N\.V|SE|AS|ASA|AB|Limited|Pty Ltd)\.?\s[|·]\s(\d{1,6}[^|·]{3,100})$/u);
/**
 * A printed report's running footer: a capitalised field, one to four more between bars, and the
 * bare page number last ("Brightwell Pharmacy Group | 2024 Annual Report | 3"). No table row (it
 * opens on its bar) and no sentence (no field ends on a stop).
 */
const PAGE_FOOTER_NUMBERED = lazy(() => /^\p{Lu}[^|]{0,59}\s\|(?:\s[^|]{1,60}\s\|){1,4}\s\d{1,4}$/u);
/**
 * A caption's credit closing its line: "(Family photo)", "(Getty Images)", "(Photo: Anna Lind)", "(Photograph by …)",
 * or unbracketed after the caption's stop, a name and the outlet it worked for: "… heat pumps. Photograph: Anna Lind for Meridian".
 */
const CAPTION_CREDIT = lazy(() => /[.!?]["”’]?\s+(?:\((?:(?:\p{Lu}[\p{L}'’-]*\s){0,3}(?:[Pp]hoto|[Pp]hotograph|[Pp]icture|[Ii]mages?)|(?:Photo|Photograph|Picture|Image)s?(?::|\sby)\s[^()]{1,40})\)|(?:Photo|Photograph|Picture|Image|Illustration)s?:\s\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}(?:\sfor\s(?:the\s)?\p{Lu}[\p{L}&'’-]*(?:\s\p{Lu}[\p{L}&'’-]*){0,3})?\.?)$/u);
/** A word by which a line speaks as its writer or to its reader: a letter's, a turn's, never a caption's. */
const SPEAKS_AS_I_OR_YOU = lazy(() => /\b(?:I|I['’](?:m|ve|ll|d)|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our)\b/);
/** A line opening on a speaker's label: up to four words, then a colon ("OKAFOR:", "Dr. Ana Ruiz:"). */
const OPENS_ON_LABEL = lazy(() => /^[^\s:]+(?: [^\s:]+){0,3}:\s/);
/** A photo's key in Persian, Arabic, Burmese, Khmer and Armenian, then the key's colon or a dash, then the credit or caption. */
const PHOTO_KEY = lazy(() => /^(?:عکس|عکاس|تصویر|الصورة|ဓာတ်ပုံ|រូបថត|រូបភាព|լուսանկարը|լուսանկար)\s*(?:[:：៖՝]|\s-|-\s)\s*\S/iu);
const PHOTO_CREDIT_AFTER_BAR = lazy(() => /\s\|\s*(?:عکس|عکاس|تصویر|photo|foto|ဓာတ်ပုံ|រូបថត|լուսանկարը)\s*[:：៖՝]\s*[^|]{1,60}$/iu);

/** How an excerpt's credit opens: "from", "*from*", "Excerpt from", "Excerpted from", "Adapted from". */
export const EXCERPT_OPENING = lazy(() => /^[*_]*(?:(?:an\s+)?excerpt(?:ed)?\s+from|adapted\s+from|from)[*_]*\s/i);

/** The sentences a publisher's rights notice is made of, after an excerpt's credit. */
const RIGHTS_SENTENCE = lazy(() => /^(?:copyright\b|©|\(c\)|reprinted\b|excerpted\b|adapted\b|reproduced\b|used\s+(?:by|with)\s+permission\b|published\s+by\b|all\s+rights\s+reserved\b)/i);

/**
 * An excerpt's credit line: "from TITLE, by AUTHOR (Publisher, 2022)", "From "TITLE" by AUTHOR.
 * Copyright © 2024 by AUTHOR. Reprinted by permission of …". The work it is from, who wrote it,
 * the year the line gives; null for any other line (a sentence that opens with "From" goes on
 * with words of its own, which are no rights notice).
 */
export function excerptCredit(raw: string): { title: string; author: string; year: number | null } | null {
  if (raw.length > 400) return null;
  const line = normalizeSpace(raw.replace(/[*_]+/g, ''));
  const opening = /^(?:(?:an\s+)?excerpt(?:ed)?\s+from|adapted\s+from|from)\s/i.exec(line);
  if (!opening) return null;
  const by = line.indexOf(' by ');
  if (by < 0 || by > 160) return null;
  const title = line.slice(opening[0].length, by).trim().replace(/,$/, '').replace(/^["“'‘]|["”'’]$/g, '').trim();
  if (!/^\p{Lu}/u.test(title) || wordCount(title) > 20) return null;
  // The author: up to four capitalised words (an initial's stop within), ending at a stop, comma or bracket.
  const words = line.slice(by + 4).split(' ');
  const name: string[] = [];
  let k = 0;
  for (; k < words.length && name.length < 4; k++) {
    const w = words[k]!;
    if (!/^\p{Lu}[\p{L}'’-]*[.,]?$/u.test(w) && !/^\p{Lu}\.$/u.test(w)) break;
    name.push(w.replace(/[.,]$/, ''));
    if (/[,]$/.test(w) || (/\.$/.test(w) && !/^\p{Lu}\.$/u.test(w))) {
      k++;
      break;
    }
  }
  if (name.length < 2) return null;
  let rest = words.slice(k).join(' ').trim();
  // "(Harbor & Finch, 2022)": the publisher and the year in brackets.
  const bracket = /^\(([^()]{1,80})\)\.?\s*/.exec(rest);
  const published = bracket ? bracket[1]! : '';
  if (bracket) rest = rest.slice(bracket[0].length);
  const sentences = rest ? rest.split(/(?<=\.)\s+/) : [];
  if (!sentences.every((s) => RIGHTS_SENTENCE().test(s))) return null;
  const year = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(`${published} ${rest}`);
  return { title, author: name.join(' '), year: year ? Number(year[1]) : null };
}

/** A provenance line: "From the …" and the source's web address in brackets at its end. */
const SOURCE_PROVENANCE = lazy(() => /^From (?:the )?[^.!?[\]]{3,160}\[(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+\/?\]$/);
/**
 * "Page" (or "page") before a digit, which every running page header or footer of classifyChrome's has
 * ("THE HARBOUR LEDGER   Page 3 of 12"): the long pattern with its \p{…} sets is compiled only then,
 * not for each line that says "manage " or "image ".
 */
function pageThenDigit(line: string): boolean {
  for (let i = line.indexOf('age ', 1); i >= 0; i = line.indexOf('age ', i + 1)) {
    const before = line.charCodeAt(i - 1);
    const after = line.charCodeAt(i + 4);
    if ((before === 0x50 || before === 0x70) && after >= 0x30 && after <= 0x39) return true;
  }
  return false;
}
/** A printed page's running header or footer ("THE HARBOUR LEDGER   Page 3 of 12", "Page 2 of 4"). */
const RUNNING_PAGE_HEAD = lazy(() => /^(?:[\p{Lu}\p{N}][\p{Lu}\p{N} &'’.,:|—–-]{0,60} [Pp]age \d{1,4}(?: of \d{1,4})?|[Pp]age \d{1,4} of \d{1,4})$/u);
/** A transcript's credit: a product's capitalised name or none, "Transcript(ion) (provided) by", the service's name. */
const TRANSCRIPT_CREDIT = lazy(() => /^(?:\p{Lu}[\p{L}\p{N}'’&.-]*\s+){0,3}[Tt]ranscri(?:pts?|ption|bed)\s+(?:(?:provided|prepared|produced)\s+)?by\s+\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,4}\.?$/u);
/** A contents entry: a title of a few words, a leader of dots, the page number ("Presentation ....... 3"). */
const CONTENTS_ENTRY = lazy(() => /^[^.]{1,80}?\s\.{5,}\s*\d{1,4}$/);
/** A run of dots or underscores left to be written on ("………", "__________"). */
const FORM_BLANK = lazy(() => /(?:\.{5,}|_{5,}|…{3,})/g);
/**
 * A form's blank fields at the foot of minutes or a letter, to be signed by hand: "Signed
 * ................ (Chair)   Date ..........", "Name: ____________". It ends on a blank, and what
 * is left between the blanks is a few labels (capitalised words, a word in brackets, a colon):
 * nobody's words. A contents line ends on its page number, a sentence on its stop.
 */
function isBlankForm(line: string): boolean {
  if (line.length > 200 || !(line.endsWith('.....') || line.endsWith('_____') || line.endsWith('………'))) return false;
  const labels = line.replace(FORM_BLANK(), ' ').trim();
  const words = labels.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 8 && words.every((w) => /^\(?\p{Lu}[\p{L}'’-]*\)?:?$/u.test(w));
}

/**
 * The stamp a US court's electronic filing system prints atop every page of a filing, kept by the
 * PDF's text: "Case 2:23-cr-00179-RSL Document 23 Filed 11/21/23 Page 3 of 17", a bankruptcy
 * court's "Case 23-10063-shl Doc 12 Filed 01/20/23 Entered 01/20/23 …". Groups: the filed day's
 * month, day and year (two digits or four).
 */
export const FILING_STAMP = lazy(() => /^\s*Case\s+\S+\s+Doc(?:ument)?\s+(?:#\s*)?\d+(?:-\d+)?\s+Filed:?\s+(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?!\d)/);

/** Two to four telephone numbers alone on a line, two spaces or more apart. */
export const PHONE_NUMBERS = lazy(() => /^\+?\(?\d{1,4}\)?(?:[ .-]\d{2,4}){2,4}(?:\s{2,}\+?\(?\d{1,4}\)?(?:[ .-]\d{2,4}){2,4}){1,3}$/);
/** A translated piece's source and credit fields, by their keys (not its original title). */
export const TRANSLATION_CREDIT = lazy(() => /^(?:original (?:author|authors|link|url|source|article)|(?:compiled|translated|compiled and translated|edited and translated)\s+by)\s*[:：]\s*\S/i);
/** "This page was last edited on 2 November 2025, at 09:14 (UTC).": a page's stamp of its last change (the date: infer.ts). */
export const PAGE_EDITED = lazy(() => /^(?:this page|this article|this post|page)\s+(?:was\s+)?last\s+(?:edited|modified|updated|changed)\s+(?:on\s+)?([^,;]{6,30}?\d{4})(?:,?\s+at\s+\d{1,2}[:.]\d{2}[^.]{0,20})?\.?$/i);
/** "Text is available under the Creative Commons …", "This work is licensed under a Creative Commons … License.": the licence of a page's words. */
const TEXT_LICENCE = lazy(() => /^(?:(?:the )?(?:text|content)|this (?:work|article|page|post|transcript))\s+(?:is\s+)?(?:available|licensed|published|released)\s+under\s+(?:the\s+|a\s+)?\S.{0,120}\blicen[cs]e\b/i);
/**
 * A political advertisement's legal disclaimer, sentence by sentence: "Paid for by Vance for Iowa
 * Senate.", "Not authorized by any candidate or candidate's committee.", "Authorized by Friends of
 * Ana Ruiz." — the committee's name after "by" in capitalised words (a sentence of the text pays for
 * something named in lowercase: "Paid for by the city's taxpayers, the park opened in 1994.").
 */
const PAID_FOR_BY = lazy(() => /^paid for (?:and (?:authori[sz]ed|approved) )?by (?:the )?/i);
/** The committee's name: capitalised words, a few small words between them (case-sensitive). */
const COMMITTEE_NAME = lazy(() => /^[\p{Lu}\d][\p{L}\d'’&.,-]*(?:\s+(?:[\p{Lu}\d&][\p{L}\d'’&.,-]*|of|for|the|and|to|in))*\.?$/u);
const DISCLAIMER_MORE = lazy(() => /^(?:[Nn]ot (?:authori[sz]ed|approved) by any (?:federal |state )?candidate(?:'s|’s)?(?: or candidate(?:'s|’s)? committee| committee)?(?: other than [^.]{3,80})?|(?:Authori[sz]ed|Approved) by \p{Lu}[^.]{2,80}|Printed in[- ]house|Printed by \p{Lu}[^.]{2,80})\.?$/u);
/** Whether a line is a political advertisement's disclaimer ("Paid for by …", and the notices that go with it). */
function isPaidForDisclaimer(line: string): boolean {
  if (line.length > 300 || !/^paid for /i.test(line)) return false;
  const sentences = line.split(/(?<=\.)\s+(?=\p{Lu})/u);
  // (The case of a paid-for line in capitals, "PAID FOR BY FRIENDS OF ANA RUIZ", is matched as is.)
  const by = PAID_FOR_BY().exec(sentences[0]!);
  return !!by && COMMITTEE_NAME().test(sentences[0]!.slice(by[0].length)) && sentences.slice(1).every((x) => DISCLAIMER_MORE().test(x) || DISCLAIMER_MORE().test(x.charAt(0) + x.slice(1).toLowerCase()));
}
/**
 * The furniture of a press release or a wire story, by its form: "FOR
 * IMMEDIATE RELEASE", "ENDS", "SOURCE Verdant Grid, Inc.", "(Reporting by …;
 * Editing by …)", "Media Contact:", an e-mail address or a phone number alone
 * on its line, "[Photo: … Credit: …]", "RELATED: …" (a link to another
 * story), a part number alone ("II.").
 */
function pageFurniture(line: string): LineKind | null {
  // A printed page's running header or footer, kept by a PDF's text: "THE HARBOUR LEDGER   Page 3 of
  // 12", "Page 2 of 4"; a story's "- continued -". It heads no part of the text.
  // (A bare "Page 14" is a transcript's page header, read where it stands: labels.ts isPageHeader.)
  if (pageThenDigit(line) && RUNNING_PAGE_HEAD().test(line)) return 'metadata';
  // A court filing's stamp atop each page ("Case … Document 23 Filed 11/21/23 Page 3 of 17").
  if (line.startsWith('Case') && line.includes('Filed') && FILING_STAMP().test(line)) return 'metadata';
  // "Press Office | press@tribunal.example | Page 1 of 1": a page's footer, its fields set off by bars, the page count last.
  if (line.includes('| ') && PAGE_FOOTER_FIELDS().test(line)) return 'metadata';
  if (line.includes('| ') && PAGE_FOOTER_NUMBERED().test(line) && !/[.!?:;]\s\|/.test(line)) return 'metadata';
  // "Quillstone, Inc. | 500 Harrison Street, San Francisco, CA 94107": the sender's name and postal address, a footer.
  if ((line.includes('| ') || line.includes('· ')) && isCompanyAddressFooter(line)) return 'metadata';
  // A table of contents' entry, its dot leader running to the page number ("Question and Answer
  // ........ 5"): the document's index, no claim about anything (a sentence ends on its stop).
  if (line.includes('.....') && CONTENTS_ENTRY().test(line)) return 'navigation';
  if (/^(?:[-–—]\s*continued\s*[-–—]|\(?continued (?:on|from) page \d{1,4}\)?)$/i.test(line)) return 'metadata';
  // A wiki page's foot: its categories ("Categories: 1986 births | Living people"), when it was last
  // edited ("This page was last edited on 2 November 2025, at 09:14 (UTC)."), and the licence of its
  // text ("Text is available under the Creative Commons Attribution-ShareAlike License 4.0; …").
  if (/^(?:hidden )?categor(?:y|ies)\s*:\s*\S/i.test(line) && wordCount(line) <= 80) return 'navigation';
  if (line.includes('ast ') && PAGE_EDITED().test(line)) return 'metadata';
  if (line.includes('icen') && TEXT_LICENCE().test(line) && wordCount(line) <= 40) return 'navigation';

  if (/^(?:for immediate release|immediate release|news release|press release|media release|embargoed\b.{0,60})$/i.test(line)) return 'metadata';
  // "Paid for by Vance for Iowa Senate. Not authorized by …": the disclaimer the law puts on campaign
  // material, the committee's and nobody's words about anything.
  if ((line.startsWith('Paid') || line.startsWith('PAID')) && isPaidForDisclaimer(line)) return 'metadata';
  // A release's end mark: "ENDS", "- ENDS -"; between dashes in any case ("- ends -", "-- Ends --"), no word of a sentence.
  // A translated piece's header of where it comes from: "Original author: BlockBeats", "Original
  // link: …", "Compiled by: Odaily Planet Daily, Luffy", "Translated by: …". (Its "Original title:"
  // names the piece in its first language, people and all: a claim, to be found.)
  if (line.length <= 300 && TRANSLATION_CREDIT().test(line)) return 'metadata';
  // "—END—", "(END)", "[End]": a translated or syndicated piece's end mark, the same thing.
  if (/^(?:-\s*)?ends?(?:\s*-)?$/i.test(line) && line === line.toUpperCase()) return 'metadata';
  if (/^[-–—]{1,3} ?ends? ?[-–—]{1,3}$/i.test(line) || /^[([] ?end ?[)\]]$/i.test(line)) return 'metadata';
  // An Indian wire's sign-off under its story, the agency then its desk's initials in capitals:
  // "PTI ABC XYZ", "IANS SKP/ARJ". No one's words.
  if (line.length <= 40 && /^(?:PTI|IANS|ANI|UNI)(?:\s+[A-Z]{2,4}(?:\/[A-Z]{2,4})*){1,4}$/.test(line)) return 'metadata';
  // A transcript's end mark, alone on its line: "END OF TRANSCRIPT", "[End of recording]".
  if (line.length <= 40 && /^[-–—([*\s]*end of (?:the )?(?:transcript|recording|interview|broadcast|programme|program|show|episode|meeting|hearing|session|briefing|tape)[-–—)\]*.\s]*$/i.test(line)) return 'metadata';
  // A briefing's clock, alone on its line where it opens and closes ("1:47 P.M. EDT", "END  2:31 P.M. EDT"):
  // when the words were said, no claim.
  if (line.length <= 40 && CLOCK_LINE().test(line)) return 'metadata';
  if (/^SOURCE\s+\p{Lu}/u.test(line) && wordCount(line) <= 10 && !endsLikeSentence(line.replace(/\b(?:Inc|Ltd|Corp|Co|LLC|plc)\.$/, ''))) return 'metadata';
  if (/^\((?:additional\s+)?(?:reporting|writing|editing|compiled|graphics)\s+by\b[^()]*\)$/i.test(line)) return 'metadata';
  if (isCreditLine(line) || (line.includes(':') && isCreditFields(line))) return 'metadata';
  if (cjkCreditWriter(line) !== undefined) return 'metadata';
  // "（聞き手・構成：中村 彩）", "(Intervju og foto: Kari Lunde)": a credit in brackets, alone on its
  // line under the text: who asked, wrote, edited or photographed, a field and a name, no sentence.
  if (BRACKETED_CREDIT().test(line)) return 'metadata';
  if (/^(?:media|press|investor|news)?\s*(?:contacts?|inquiries|enquiries)\s*:?$/i.test(line) && wordCount(line) <= 3) return 'metadata';
  // "From the Congressional Record Online through the Government Publishing Office [www.gpo.gov]": where
  // the text was taken from, its source's address in brackets; no words of the text.
  if (line.startsWith('From ') && line.endsWith(']') && SOURCE_PROVENANCE().test(line)) return 'metadata';
  // "FastScripts Transcript by ASAP Sports", "Transcription provided by Rev": the service that made the
  // transcript, a footer naming no one who speaks in it.
  if (line.includes('by ') && line.includes('ranscri') && TRANSCRIPT_CREDIT().test(line)) return 'metadata';
  if (/^(?:(?:e-?mail|tel|phone|mobile|office)\s*:?\s*)?(?:[\w.+-]+@[\w-]+\.[\w.-]+|\+?[\d() .-]{7,20}\d)$/i.test(line)) return 'metadata';
  // A reporting firm's footer of its telephone numbers, set apart in columns ("800-227-8440      415-555-0190").
  if (PHONE_NUMBERS().test(line)) return 'metadata';
  if (/^\[(?:photo|image|picture|caption|pictured)\b[^\]]*\]$/i.test(line)) return 'metadata';
  // "Ruth Okonjo-Hale in her office, 1983. (Family photo)": a picture's caption, its credit in brackets at
  // its end; a short line, no paragraph of the text. A caption speaks of the picture in the third person
  // and is nobody's turn: "We met in Lisbon in 1962. (Enclosed photo)" is a letter's sentence, "OKAFOR: I
  // kept the deed. (Shows photo)" a speaker's turn with the transcriber's note.
  if ((line.endsWith(')') || line.includes(': ')) && wordCount(line) <= 30 && CAPTION_CREDIT().test(line) && !SPEAKS_AS_I_OR_YOU().test(line) && !OPENS_ON_LABEL().test(line)) return 'metadata';
  // (Not a Q&A site's comment that opens so and is signed "– NAME DATE at 9:20": a comment, its writer's.)
  // "Read more: County board to vote …", "See also: …": the same link to another story, in other words.
  // (and a blog's "Related posts: [TITLE](…) · [TITLE](…)", the kind of link named)
  if (/^(?:related(?: (?:posts|articles|stories|reading|links|coverage|content))?|read more|see also|also read|read also|more on this)\s*:\s*\S/i.test(line) && wordCount(line) <= 20 && !/\s[–—]\s[^–—]+\d$/u.test(line)) return 'navigation';
  // A credit key alone on its line, its value on the next ("Published By:" / "Ankita Sharma", "Published On:" / "Aug 14, 2023").
  if (/^(?:published|written|edited|posted|reported|compiled|updated)\s+(?:by|on)\s*:$/i.test(line)) return 'metadata';
  // "READ | Eskom to hike tariffs by 18.65% from April", "Also Read | …": the same link, its key set off by a bar.
  if (line.includes('|') && /^(?:also read|read also|read more|read|related|see also|more on this|also see)\s*\|\s*\S/i.test(line) && wordCount(line) <= 24) return 'navigation';
  // A site's disclaimer under the story, keyed so ("Disclaimer: News24 encourages freedom of speech …"):
  // the site's notice, no one's claim.
  if (/^disclaimer\s*:\s*\S/i.test(line) && wordCount(line) <= 120) return 'navigation';
  // An email's confidentiality footer ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only
  // for the named recipient … If you are not the intended recipient, please delete it."): the mail system's
  // notice, no sender's claim.
  if (line.length <= 900 && /intended|in error/i.test(line) && isMailConfidentialityNotice(line)) return 'navigation';
  // "Published in Dawn, November 17th, 2022", "First published in The Hindu on 4 March 2025.": where and
  // when the paper printed the story, under it (a name in capitals, then the date, nothing else).
  if (/^(?:first\s+)?published\s+in\s/i.test(line) && line.length <= 120 && isPrintedIn(line)) return 'metadata';
  // "With a report from Krixia Subingsubing", "With reports from Ana Cruz and Leo Santos": a Philippine
  // paper's credit to the other reporters under the story (names only, as a byline gives them).
  if (line.startsWith('With') && /^With (?:a )?reports? from\s/.test(line) && line.length <= 160 && placedBylineNames(line.replace(/^With (?:a )?reports? from\s+/, '').replace(/\.$/, ''), false) !== null) return 'metadata';
  // "(With inputs from PTI)", "(With agency inputs)": the wire's credit under an Indian story, in brackets.
  if (line.startsWith('(') && /^\((?:with\s+(?:(?:additional\s+)?inputs?\s+from|agency\s+inputs|(?:additional\s+)?reporting\s+from)|inputs\s+from)\s[^()]{1,60}\)\.?$|^\(with agency inputs\)$/i.test(line)) return 'metadata';
  // A tabloid's teaser for another story at the foot, its key in capitals: "MORE: Fenwick eyes January move".
  // (A teaser is a headline, no full stop: "MORE: The owners said they would open a second shop." is a sentence.)
  if (line.startsWith('MORE') && /^MORE\s*:\s*\S/.test(line) && wordCount(line) <= 20 && !/[.!?]["”’]?$/.test(line)) return 'navigation';
  // A story's foot that credits or reaches its writer, no words of the story: "Compiled by staff writer
  // Lucas Pereira", "Reported by Ana Ruiz"; "Contact Martin Kowalczyk at mk@paper.com or 555-0142." (an
  // address or a number in it); a wire's index terms, "Keywords: HALVORSEN FREIGHT/CEO", "Tags: …".
  if (line.includes(' by ') && FOOT_CREDIT().test(line)) return 'metadata';
  if (/^(?:Contact|Reach|E-?mail)\s/.test(line) && wordCount(line) <= 20 && FOOT_CONTACT().test(line) && /@|\d{3}[-. ]?\d{4}/.test(line)) return 'metadata';
  if (/^(?:keywords|tags|index terms)\s*:\s*\S/i.test(line) && wordCount(line) <= 30 && !/[.!?]$/.test(line)) return 'metadata';
  // "Photographs by Lena Farouk", "Illustration by Omar Dee for The Ledger": who made the pictures, under the byline.
  if (line.includes(' by ') && opensOnVisualWord(line) && VISUAL_CREDIT().test(line)) return 'metadata';
  // "September 2023 issue", "From the Spring 2024 print edition": the magazine issue the article is from.
  if (/issue|edition/i.test(line) && ISSUE_LINE().test(line)) return 'metadata';
  // "This article appears in the September 2023 print edition with the headline …", "A version of this
  // article appears in print on Nov. 7, 2023, Section B, Page 1 …": where the story also ran, no words of it.
  if (/^(?:a version of\s+)?this\s+(?:article|story)/i.test(line) && PRINT_NOTICE().test(line) && wordCount(line) <= 50) return 'metadata';
  // "(( priya.ramanathan@thomsonreuters.com; +44 20 7542 1120 ))": a wire reporter's contact under the story.
  if (line.startsWith('((') && /^\(\(\s*[\w.+-]+@[\w-]+\.[\w.-]+[^()]{0,80}\)\)$/.test(line)) return 'metadata';
  if (/^(?:[IVX]{1,5})\.$/.test(line)) return 'markup';
  // A book's page number kept by an excerpt, set between dashes ("— 118 —", "- 42 -").
  if (line.length <= 12 && /^[-–—]\s*\d{1,4}\s*[-–—]$/.test(line)) return 'metadata';
  // "from Ledger Lines: A Memoir, by Anna Kowalczyk (Harbor & Finch, 2022)": an excerpt's credit.
  if (EXCERPT_OPENING().test(line) && excerptCredit(line)) return 'metadata';
  // A magazine's masthead line over its article: "THE KESTREL REVIEW — Spring 2024 issue, pp. 38-41" (the issue and its pages).
  if (line.includes('pp') && /\bpp?\.\s*\d/.test(line) && /\b(?:issue|vol(?:ume)?\.?\s*\d|no\.\s*\d)/i.test(line) && wordCount(line) <= 14 && !/[.!?]$/.test(line)) return 'metadata';
  return null;
}

function isCompanyAddressFooter(line: string): boolean {
  const address = line.length <= 200 ? COMPANY_ADDRESS_FOOTER().exec(line)?.[1] : undefined;
  // a street, a town and a postcode or country, commas between, no sentence
  return address !== undefined && address.includes(',') && wordCount(address) <= 14 && !/[.!?;:]$/.test(address);
}

/** How VISUAL_CREDIT's words open (photographs, illustrations, portraits, artwork, graphics, video), in lower case. */
const VISUAL_WORDS = ['photo', 'illustrat', 'portrait', 'artwork', 'graphic', 'video'];
/** The line opens on one of them in any case its pattern takes: checked before that pattern (eight \p{…} sets) is compiled. */
function opensOnVisualWord(line: string): boolean {
  const head = line.slice(0, 10).toLowerCase();
  return VISUAL_WORDS.some((w) => head.startsWith(w));
}
/** A picture credit: "Photographs by NAME", "Illustration by NAME for OUTLET", no sentence. */
const VISUAL_CREDIT = lazy(() => /^(?:PHOTOGRAPHS?|PHOTOS?|[Pp]hoto(?:graph)?s?|[Pp]hotography|[Ii]llustrations?|[Ii]llustrated|[Pp]ortraits?|PORTRAITS?|[Aa]rtwork|[Gg]raphics?|[Vv]ideo)\s+(?:by|BY)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s+(?:for|of)\s+(?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,3})?$/u);
/** "Compiled by staff writer Lucas Pereira", "Reported by Ana Ruiz.": a credit of the writer alone on its line, a newsroom role perhaps before the name. */
const FOOT_CREDIT = lazy(() => /^(?:Compiled|Written|Reported|Edited|Assembled)\s+by\s+(?:(?:staff|senior|chief|contributing|freelance|our)\s+)?(?:(?:writer|reporter|correspondent|editor)s?\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\.?$/u);
/** "Contact Martin Kowalczyk at …", "Reach Ana Ruiz via …": a name, then where to reach them. */
const FOOT_CONTACT = lazy(() => /^(?:Contact|Reach|E-?mail)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+(?:at|on|via)\s+\S/u);
/** A magazine issue alone on its line: "September 2023 issue", "From the Spring 2024 print edition". */
const ISSUE_LINE = lazy(() => new RegExp(`^(?:(?:from|in)\\s+)?(?:the\\s+)?(?:${MONTHS}|spring|summer|autumn|fall|winter)\\s+(?:19|20)\\d{2}\\s+(?:print\\s+)?(?:issue|edition)\\.?$`, 'i'));
/** "… appears in print on …", "… appears in the September 2023 print edition …", "… appeared in the Spring issue". */
const PRINT_NOTICE = lazy(() => /^(?:a version of\s+)?this\s+(?:article|story)\s+(?:appears|appeared|was published)\s+in\s+(?:print\b|the\s+[^.]{0,60}?(?:print\s+)?(?:edition|issue)\b)/i);

// Chinese and Japanese pages set their fields with the full-width colon ("嘉宾：林晓雯（食物银行创始人）",
// "地点 Venue：深港创新中心"): the same field.
const KEY_BEFORE_COLON = lazy(() => /^\s*([\p{L}][\p{L}&/ '’-]{0,30}?)\s*[:：]/u);
const LINE_TERMINATOR = lazy(() => /[\n\r\u2028\u2029]/);

/**
 * What `\s*(.+?)\s*$` captures from the text after a colon, by hand: the lazy group tried
 * `\s*$` at every character and so read a long run of spaces once per space. The text between
 * the leading and trailing whitespace; when there is none, the last character that is not a line
 * terminator (the group needs one); null where the pattern fails (a line terminator inside).
 */
export function valueAfterColon(rest: string): string | null {
  const value = rest.trim();
  if (value) return LINE_TERMINATOR().test(value) ? null : value;
  for (let i = rest.length - 1; i >= 0; i--) if (!LINE_TERMINATOR().test(rest[i]!)) return rest[i]!;
  return null;
}

/**
 * `Key: Value` page metadata ("Guest: He Yi", "Release Date: December 13, 2025",
 * "Compiled & Translated: TechFlow"): a short label and a short value that is
 * not a sentence.
 */
export function isKeyValueLine(raw: string): { key: string; value: string } | null {
  const m = KEY_BEFORE_COLON().exec(raw);
  if (!m) return null;
  const key = m[1]!;
  const value = valueAfterColon(raw.slice(m[0].length));
  if (value === null) return null;
  if (wordCount(key) > 4) return null;
  if (wordCount(value) > 40) return null;
  if (endsLikeSentence(value) && !/\d{4}\.?$/.test(value)) return null;
  return { key, value };
}

/**
 * A menu by its form: two items or more, each of four words at most and none
 * a sentence, split by "|", "·", "•", "»" or "›" ("Home | News | Sport",
 * "World · Business · Climate"). Navigation is decided by such a form (or a
 * link, classifyChrome's), never because a line is short.
 */
export function isMenuLine(raw: string): boolean {
  const items = normalizeSpace(raw).split(/\s*[|·•»›]\s*/).filter((x) => x.trim());
  return items.length >= 2 && items.every((x) => lineWordCount(x) <= 4 && !/[.!?]["”’]?$/.test(x.trim()));
}

/**
 * A short line in a page header or footer that is not a sentence: a site
 * name, a section link, an author's name. Used only outside the body text.
 */
export function isShortNonSentence(raw: string): boolean {
  const line = normalizeSpace(raw);
  return hasLetters(line) && lineWordCount(line) <= 6 && !endsLikeSentence(line);
}

/**
 * A wiki's section heading as a page copied from the browser keeps it, its edit link after the title
 * ("Early life and education[edit]", "Career [edit source]"): the title, or null. The link says the
 * line heads a section, even where no blank line sets it apart (a copy runs heading and text together).
 */
export function wikiSectionTitle(raw: string): string | null {
  const title = withoutEditLink(raw);
  // A career's sections are often named by their years alone ("2014–2019[edit]", "2008[edit]"): no
  // letters, but the edit link says it is a heading as much as it does of "Early life[edit]".
  return title !== raw && title.trim() && (isHeadingLike(title) || YEARS_TITLE().test(title)) ? title.trim() : null;
}
/** A section title of a year or a span of years: "2008", "2014–2019", "1998 - 2003", "2011/12". */
const YEARS_TITLE = lazy(() => /^\s*\d{4}(?:\s?[-–—/]\s?\d{2,4})?\s*$/);

/** A heading: short, not a sentence, mostly capitalised or numbered ("2. The driving force…"). */
export function isHeadingLike(raw: string, maxWords = 14): boolean {
  const line = normalizeSpace(raw);
  if (!hasLetters(line)) return false;
  // "Learning never stops: “It would take 588 days…”" — a section label with a pull quote.
  const pull = /^([^.?!:“"]{2,60}):\s*[“"‘](.+)[”"’]\.?$/.exec(line);
  // A pull quote is words worth pulling; "Her answer was simple: “Yes.”" is a sentence.
  if (pull && wordCount(pull[1]!) <= 5 && wordCount(pull[2]!) >= 4 && !SPEECH_VERB_IN_LABEL().test(pull[1]!)) return true;
  if (wordCount(line) > maxWords) return false;
  // "Finanstilsynet: – Vi har advart lenge": the Nordic press's subheading, who speaks, a colon and
  // a few of their words after a dash, no sentence's end.
  const dashPull = line.includes(': –') ? /^(\p{Lu}[^.?!:“"]{1,40}):\s[–—]\s(\S.*)$/u.exec(line) : null;
  if (dashPull && wordCount(dashPull[1]!) <= 3 && wordCount(dashPull[2]!) >= 2 && wordCount(dashPull[2]!) <= 8 && !/[.,;:]$/.test(line)) return true;
  if (/[,;:]$/.test(line)) return false;
  const numbered = /^(\d+(\.\d+)*[.)]|[IVX]+\.|[A-Z][.)])\s+\S/.test(line);
  // A sentence's end, in Latin or in CJK punctuation ("2015年。当时只有五个人。"). A numbered line
  // that ends so is a heading only when its words are a title ("2. The Driving Force."): "1. Fuel
  // duty is frozen for another year." is a list's sentence, "E. coli infections rose 20%." a sentence.
  if (/[.!…。！]["”’」』]?$/.test(line) && (!numbered || !isTitleCase(line.replace(/^\S+\s+/, '')))) return false;
  if (/[？]$/.test(line)) return false;
  if (/[?]$/.test(line)) return isTitleCase(line) && wordCount(line) <= 8;
  return numbered || isTitleCase(line) || wordCount(line) <= 4;
}

const SPEECH_VERB_IN_LABEL =
  lazy(() => /\b(said|says|say|told|tells|asked|asks|added|explained|noted|recalled|recalls|confessed|emphasi[sz]ed|replied|replies|responded|responds|answers|answered|shared|wrote|posted|tweeted|puts it|put it|goes|called|mentioned|stated)\b/i);

/**
 * A field naming the document: "Meeting Title: Q3 Partner Review", and "TRANSCRIPT: Binance press
 * conference, Paris — …" (a kind of text as the key, a title of three words or more as its value;
 * "Transcript: Rev.com" names only a service).
 */
export const TITLE_FIELD = lazy(() => /^(?:(?:meeting |call |episode |video )?title\s*:\s+|transcript\s*:\s+(?=\S+\s+\S+\s+\S))/i);

/** A recording's file extension ending a line ("….mp3", ".m4a", ".wav"): a title from the file's name drops it. */
export const MEDIA_EXTENSION = lazy(() => /(?<=\S)\.(?:mp3|m4a|wav|mp4|mov|aac|ogg|oga|opus|flac|wma|webm|m4v|avi|mkv)$/i);

/** Normalise a title for comparison with a line that repeats it. */
export function titleKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Line `i` is a chapter's number alone ("CHAPTER 7", "Chapter Seven") over the chapter's title (the
 * next line with words, right under it or after a blank line, a heading): book furniture, the title
 * names the chapter. A chapter number with no title under it is the chapter's heading itself.
 */
export function isChapterNumberOverTitle(lines: readonly string[], i: number): boolean {
  const line = normalizeSpace(lines[i] ?? '');
  if (line.length > 24 || !CHAPTER_NUMBER().test(line)) return false;
  const k = lines.findIndex((l, j) => j > i && !!l.trim());
  if (k < 0 || k > i + 2) return false;
  const title = normalizeSpace(lines[k]!);
  return wordCount(title) <= 10 && isHeadingLike(title) && !classifyChrome(title) && !CHAPTER_NUMBER().test(title);
}

/** A chapter's number alone on its line: "CHAPTER 7", "Chapter XII", "Chapter Seven". */
const CHAPTER_NUMBER = lazy(() => /^chapter\s+(?:\d{1,3}|[ivxlc]{1,7}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty)\.?$/i);

/**
 * A rights field without a year (classifyChrome): the key "Copyright:", a holder of capitalised words, then
 * perhaps its terms ("Not to be reproduced without permission.", "All rights reserved.", "Used with permission.").
 */
const COPYRIGHT_FIELD = lazy(() => /^(?:copyright|rights|©)\s*[:：]\s*(?:©\s*)?(?:the\s+)?\p{Lu}[\p{L}&'’-]*(?:\s+(?:of\s+|and\s+|for\s+|&\s+)?\p{Lu}[\p{L}&'’.-]*){0,7}\.?(?:\s+(?:all rights reserved|(?:not to be|may not be) (?:reproduced|copied|used|republished)[^.!?]{0,80}|(?:reproduced|used) (?:with|by) (?:kind )?permission[^.!?]{0,60})\.?)*$/iu);
/** The words of a rights notice in Korean, Japanese or Chinese: unauthorised reproduction forbidden, all rights reserved. */
const CJK_RIGHTS_FOOT = lazy(() => /무단\s?전재|재배포\s?금지|저작권자\s?[ⓒ©]|無断(?:転載|複製|転用)|版[权權]所有|未[经經](?:授权|授權|许可|許可)[^。]{0,10}[转轉]载|禁止[转轉]载/u);
/** A copyright notice's opening (classifyChrome): "Copyright © 2025 NPR", "TRANSCRIPT: Copyright 2026 …", "© …", "(c) 2024 …". */
const PROGRAMMING_COPYRIGHT = lazy(() => /^content and programming copyright\s+(?:©\s*)?(?:19|20)\d{2}\b/i);
const SPONSOR_WIDGET = lazy(() => /^(?:support|funding) (?:is )?provided by\s*:?\s*(?:learn more)?$/i);
/** See FOREIGN_PAGE_FOOT's use: a notice of rights, a comment count, a paywall (one sentence after it at most), a Trust Project label. */
const FOREIGN_PAGE_FOOT = lazy(() => /^(?:(?:(?:©|\([Cc]\))\s*(?:\p{L}[\p{L}&.'’ -]{0,40}\s)?)?(?:riproduzione riservata|all rights reserved|tous droits réservés|todos los derechos reservados|alle rechte vorbehalten|todos os direitos reservados|alle rechten voorbehouden)|(?:comentarios|comments?|kommentare|commentaires|commenti|comentários|reacties|kommentarer)\s?\(\d[\d.,]*\)|(?:cet article|ce contenu) est réservé aux abonnés(?:[.!]\s+[^.!?]{1,80})?|(?:este|el) (?:artículo|contenido) es (?:exclusivo|solo) para (?:suscriptores|abonados)(?:[.!]\s+[^.!?]{1,80})?|(?:dieser artikel|dieser inhalt) ist (?:nur )?für (?:abonnenten|abonnentinnen und abonnenten)(?: verfügbar)?(?:[.!]\s+[^.!?]{1,80})?|questo articolo è riservato agli abbonati(?:[.!]\s+[^.!?]{1,80})?|this (?:article|story) is (?:only )?(?:for|available to|reserved for|exclusive to) (?:paying )?subscribers(?: only)?(?:[.!]\s+[^.!?]{1,80})?|(?:se adhiere a los criterios de|adheres to the (?:standards|criteria) of|respecte les critères du|aderisce ai criteri del) the trust project)[.!]?$/iu);
/**
 * What COPYRIGHT_OPENING needs somewhere in the line: its word ("Copyright", "COPYRIGHT"), "©" or "(c)".
 * Checked first, so that pattern (five \p{…} sets) is compiled only for a page that may have the notice.
 */
function mayOpenCopyright(line: string): boolean {
  return line.includes('opyright') || line.includes('OPYRIGHT') || line.includes('©') || line.includes('(c)') || line.includes('(C)');
}
const COPYRIGHT_OPENING = lazy(() => /^(?:\p{L}{2,20}:\s*)?(?:(?:[Cc]opyright|COPYRIGHT)\s*(?:©|\([Cc]\))?\s*(?:\p{Lu}[\p{L}&.'’-]*\s+){0,4}(?:19|20)\d{2}(?!\p{N})(?!\s*,?\s+(?!by\s)\p{Ll})|©|\([Cc]\)\s*(?:19|20)\d{2})/u);

/** Each pattern perf43 put behind a cheap test, with that test (test/parse/perf43.test.ts holds them to each other). */
export const PERF43_CHROME_PRECHECKS_FOR_TESTS = lazy((): ReadonlyArray<{ name: string; pattern: RegExp; check: (text: string) => boolean }> => [
  { name: 'foreign byline', pattern: FOREIGN_BYLINE(), check: (t) => FOREIGN_BYLINE_WORD().test(t) },
  { name: 'two foreign writers', pattern: FOREIGN_BYLINE_TWO(), check: (t) => FOREIGN_BYLINE_WORD().test(t) },
  { name: 'placed foreign byline', pattern: PLACED_FOREIGN_BYLINE(), check: (t) => FOREIGN_BYLINE_WORD().test(t) },
  { name: 'newsletter foot', pattern: NEWSLETTER_FOOT(), check: (t) => NEWSLETTER_START.includes(t.charAt(0)) },
  { name: 'copyright opening', pattern: COPYRIGHT_OPENING(), check: mayOpenCopyright },
  { name: 'running page head', pattern: RUNNING_PAGE_HEAD(), check: pageThenDigit },
  { name: 'transcript credit', pattern: TRANSCRIPT_CREDIT(), check: (t) => t.includes('ranscri') },
  { name: 'visual credit', pattern: VISUAL_CREDIT(), check: opensOnVisualWord },
]);

/** A publication's note: a correction, clarification or editor's note by its label, or an earlier version's admission. */
const CORRECTION_NOTE = lazy(() => /^\s*[*_]{0,2}(?:corrections?|clarifications?|editor['’]?s['’]?\s+note)(?:\s*,\s*[^:]{1,40}?|\s*\([^()]{1,40}\)|\s+on\s+[^:]{1,30}?)?\s*(?:[*_]{0,2}\s*:|\s[—–]\s)|^\s*[*_]{0,2}(?:an?\s+)?(?:earlier|previous)\s+version\s+of\s+this\s+(?:article|story|piece|profile|interview|report)\b/iu);
/** A translator's note: "Quotes translated from Portuguese.", "This interview has been translated …", "Translated from the Spanish by …". */
const TRANSLATION_NOTE = lazy(() => /^\s*[*_(\[]{0,2}(?:(?:the\s+|all\s+|some\s+)?(?:quotes|quotations|interviews?|answers|remarks|comments|responses)|this\s+(?:article|interview|story|piece|profile|conversation|transcript))\s+(?:(?:has|have)\s+been\s+|was\s+|were\s+|are\s+|is\s+)?(?:translated|interpreted)\b|^\s*[*_(\[]{0,2}translated\s+(?:from|by)\s/iu);

export function isPublisherNote(raw: string): boolean {
  return CORRECTION_NOTE().test(raw) || TRANSLATION_NOTE().test(raw);
}
