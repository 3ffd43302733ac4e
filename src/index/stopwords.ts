/**
 * English stop words: the usual function words (articles, pronouns, auxiliaries,
 * prepositions, conjunctions, question words) and their contractions, with
 * apostrophes as the tokenizer normalizes them ('). Dropped at index and query
 * time alike, so "when did he yi get into bitcoin" searches for "yi", "get",
 * "bitcoin". Content words that interviews use a lot ("think", "say", "people")
 * are kept: they carry meaning in a question such as "what does CZ think".
 * So are "before" and "after", unlike in most lists: analysts ask about
 * timelines ("what did cz do before binance"), and keeping them measured
 * better on bench/relevance.json.
 *
 * "he" is a stop word although it is half of "He Yi": the other half, "yi",
 * still finds her, and phrases ("\"he yi\"") are checked against the full text.
 */
const WORDS = `
a about above again against all am an and any are aren't as at
be because been being below between both but by
can can't cannot could couldn't
did didn't do does doesn't doing don't down during
each few for from further
had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's
i i'd i'll i'm i've if in into is isn't it it's its itself
just let's me more most mustn't my myself
no nor not now of off on once only or other ought our ours ourselves out over own
same shan't she she'd she'll she's should shouldn't so some such
than that that's the their theirs them themselves then there there's these they they'd they'll they're they've this those through to too
under until up very
was wasn't we we'd we'll we're we've were weren't what what's when when's where where's which while who who's whom why why's will with won't would wouldn't
you you'd you'll you're you've your yours yourself yourselves
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

export function isStopWord(term: string): boolean {
  return STOP_WORDS.has(term);
}
