/**
 * Irregular English verbs: the forms a stemmer cannot join. Porter2 strips
 * suffixes, so "launched" meets "launch", but "rose" never meets "rise",
 * "became" never meets "become", "led" never meets "lead". An analyst asks in
 * the present ("how much did the price rise", "who leads marketing") and the
 * records tell in the past ("the price rose", "she led marketing").
 *
 * At query time only: a term that is one of these forms is also looked up
 * by the stems of its other forms, and a match on any of them is a whole-word
 * match (the same word, inflected), worth what its own stem is worth. The
 * index is not touched, so both stores (local, PostgreSQL) stay as they are.
 *
 * Forms that are mostly another word are left out: "found" (find) is the
 * verb "to found", "fed" (feed) is the Fed, "lay" (lie), "ring"/"rang",
 * "bore" (bear), "wound" (wind), "bit" (bite: "a bit"), "bound" (bind:
 * "bound to"), and "left" (leave: "maternity leave" is no "left").
 */
import { stem } from '../index/stem.js';

/** Each line: the forms of one verb (base, past, participle; a form given once when they agree). */
const VERBS = `
arise arose arisen
awake awoke awoken
become became
begin began begun
bend bent
blow blew blown
break broke broken
bring brought
build built
buy bought
catch caught
choose chose chosen
come came
deal dealt
dig dug
draw drew drawn
drink drank drunk
drive drove driven
eat ate eaten
fall fell fallen
feel felt
fight fought
flee fled
fly flew flown
forbid forbade forbidden
forget forgot forgotten
forgive forgave forgiven
freeze froze frozen
get got gotten
give gave given
go went gone
grow grew grown
hang hung
hear heard
hide hid hidden
hold held
keep kept
know knew known
lead led
lend lent
lose lost
make made
mean meant
meet met
overcome overcame
pay paid
ride rode ridden
rise rose risen
run ran
say said
see saw seen
seek sought
sell sold
send sent
shake shook shaken
shine shone
shoot shot
sing sang sung
sink sank sunk
sit sat
sleep slept
speak spoke spoken
spend spent
stand stood
steal stole stolen
stick stuck
strike struck
swim swam swum
take took taken
teach taught
tear tore torn
tell told
think thought
throw threw thrown
undergo underwent undergone
understand understood
undertake undertook undertaken
wake woke woken
wear wore worn
win won
withdraw withdrew withdrawn
write wrote written
`;

/**
 * Not verbs, but the same gap: the adjective or adverb of a unit of time is
 * the unit itself ("per day" is "daily"), and Porter2 keeps them apart.
 */
const DERIVED = `
day daily
week weekly
month monthly
year yearly annual annually
hour hourly
`;

/**
 * A place and its adjective: "turkish" asks about Turkey, "japanese" about
 * Japan, and no stemmer joins them. ("US" is left out: its lower case is the
 * pronoun.)
 */
const PLACES = `
america american americans
britain british
china chinese
japan japanese
korea korean
turkey turkish
france french
germany german
india indian
russia russian
canada canadian
australia australian
brazil brazilian
mexico mexican
spain spanish
italy italian
netherlands dutch
switzerland swiss
singapore singaporean
vietnam vietnamese
thailand thai
indonesia indonesian
philippines filipino
nigeria nigerian
ukraine ukrainian
argentina argentinian argentine
israel israeli
malaysia malaysian
taiwan taiwanese
europe european
africa african
asia asian
`;

/**
 * Clipped words: the short form is the word itself ("crypto" is "cryptocurrency", "exec" is
 * "executive"), and prefix matching reaches the long form only at half a word's worth, while
 * the long form never reaches the short one.
 */
const CLIPPINGS = `
crypto cryptocurrency cryptocurrencies
exec execs executive executives
info information
app apps application applications
ad ads advert adverts advertisement advertisements
stats statistics
photo photos photograph photographs
`;

/** stem of any form → the stems of all the verb's forms */
const FORMS: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const line of `${VERBS}\n${DERIVED}\n${PLACES}\n${CLIPPINGS}`.split('\n')) {
    const forms = line.trim().split(/\s+/).filter(Boolean);
    if (forms.length < 2) continue;
    const stems = [...new Set(forms.map((f) => stem(f)))];
    for (const s of stems) out.set(s, [...new Set([...(out.get(s) ?? []), ...stems])]);
  }
  return out;
})();

/** The other stems a word's stem stands for, as an irregular verb ("rise" → ["rose", "risen"]); [] for any other word. */
export function irregularStems(wordStem: string): string[] {
  return (FORMS.get(wordStem) ?? []).filter((s) => s !== wordStem);
}
