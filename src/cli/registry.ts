/**
 * Every command as commander sees it: name, description, arguments, options
 * and help text, with no code of its own. The action is in
 * ./commands/<name>.ts and is imported only when that command runs, so that
 * parsing the arguments, `--help`, `--version`, usage errors ("did you
 * mean …") and `completion` (generated from these registrations) load
 * commander and this module only.
 */
import { Option, type Command } from 'commander';
import type { Io } from './context.js';
import type { Run } from './shared.js';

import { formatNames, type OutputKind } from '../render/formats/index.js';
import { DEFAULT_CONFLICTS_LIMIT, DEFAULT_CONTEXT, DEFAULT_KWIC_WIDTH, DEFAULT_RELATED_LIMIT, DEFAULT_SEARCH_LIMIT, SHELLS } from './defaults.js';

/** A command module: its action, given the io and what commander passes to an action. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ActionModule = { action: (io: Io, ...args: any[]) => Promise<number> };

/** The action of a command, its module imported when the command runs. */
function lazy(io: Io, run: Run, load: () => Promise<ActionModule>) {
  return (...args: unknown[]) => run(async () => (await load()).action(io, ...args));
}

const REGISTER: Record<string, (program: Command, io: Io, run: Run) => void> = {
  check: registerCheck,
  docs: registerDocs,
  list: registerList,
  search: registerSearch,
  show: registerShow,
  speakers: registerSpeakers,
  stats: registerStats,
  sync: registerSync,
  kwic: registerKwic,
  timeline: registerTimeline,
  related: registerRelated,
  compare: registerCompare,
  conflicts: registerConflicts,
  completion: registerCompletion,
};

/**
 * Register the commands with commander: all of them, or, when `argv` runs a
 * command by its exact name and asks for no help, that command alone.
 * commander then parses exactly as it would with all of them (a command's
 * options, arguments and errors are its own), and a warm `search` does not
 * build thirteen other commands' options (~15 M instructions). Help, an
 * unknown command ("did you mean"), `completion` and anything the scan below
 * does not understand get every command.
 */
export function registerCommands(program: Command, io: Io, run: Run, argv?: readonly string[]): void {
  const name = argv ? commandWord(program, argv) : undefined;
  if (name !== undefined && name !== 'completion' && Object.prototype.hasOwnProperty.call(REGISTER, name) && !argv!.some((a) => a === '-h' || a === '--help')) {
    REGISTER[name]!(program, io, run);
    return;
  }
  for (const register of Object.values(REGISTER)) register(program, io, run);
}

/** The command word of argv: the first argument after the program's own options (undefined: none, or an option it does not know). */
function commandWord(program: Command, argv: readonly string[]): string | undefined {
  let i = 2;
  while (i < argv.length) {
    const a = argv[i]!;
    if (!a.startsWith('-') || a === '-') return a;
    const opt = findOption(program, a.split('=')[0]!);
    if (!opt) return undefined;
    i += takesValue(opt) && !a.includes('=') ? 2 : 1;
  }
  return undefined;
}

// ---------------------------------------------------------------- shared options

/** --format, its choices those of the format table (render/formats) for this kind of output. */
export function formatOption(kind: OutputKind = 'results'): Option {
  const formats = formatNames(kind);
  return new Option('-f, --format <format>', `output format: ${formats.join(', ')}`).choices(formats).default(formats[0]);
}

/** Comma lists and repeated flags alike: --type qa,quote --type claim. */
export function collect(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  ];
}

/** A speaker name may hold a comma ("Zhao, Changpeng"), so --speaker only repeats. */
function repeat(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export type FilterName = 'type' | 'speaker' | 'year' | 'mentions' | 'doc' | 'topic';
export const ALL_FILTERS: readonly FilterName[] = ['type', 'speaker', 'year', 'mentions', 'doc', 'topic'];

export function addFilterOptions(cmd: Command, which: readonly FilterName[] = ALL_FILTERS): Command {
  if (which.includes('type')) cmd.option('-t, --type <types>', 'record types: qa, quote, claim (comma list or repeated)', collect);
  if (which.includes('speaker')) cmd.option('-s, --speaker <name>', 'said by this speaker: any alias, any case, or a first name or surname only one person has (repeat for several)', repeat);
  if (which.includes('year')) cmd.option('-y, --year <years>', 'said or published in: 2021, 2017..2019, 2020.., ..2019 (comma list or repeated)', collect);
  if (which.includes('mentions')) cmd.option('-m, --mentions <years>', 'the text mentions a year in: same forms as --year', collect);
  if (which.includes('doc')) cmd.option('-d, --doc <id>', 'from these documents (comma list or repeated; see quarry docs)', collect);
  if (which.includes('topic')) cmd.option('--topic <topic>', 'tagged with this topic, any case (repeat for several)', repeat);
  return cmd;
}

export function addLimitOption(cmd: Command, fallback?: number): Command {
  return cmd.option('-n, --limit <n>', `print at most N results${fallback ? ` (default: ${fallback})` : ' (default: all)'}`);
}

/** The record filters, --limit and --format, as `search` and `list` have them (the analysis commands). */
export function addAnalysisOptions(cmd: Command, limitFallback?: number): Command {
  addFilterOptions(cmd);
  addLimitOption(cmd, limitFallback);
  return cmd.addOption(formatOption());
}

// ---------------------------------------------------------------- commands

function registerCheck(program: Command, io: Io, run: Run): void {
  program
    .command('check')
    .description('check that every corpus document (or the named ones) parses; exit 1 if one does not')
    .argument('[files...]', 'check only these documents, against the corpus they belong to (- reads one from stdin)')
    .addOption(formatOption('check'))
    .option('--unparsed', 'list the body lines no rule accounted for, as FILE:LINE: text')
    .option('--strict', 'treat warnings as errors')
    .addHelpText(
      'after',
      `
Examples:
  $ quarry check                      # the shipped corpus
  $ quarry check --corpus ./my-corpus --strict
  $ quarry check --unparsed           # what is left for a corpus maintainer
  $ quarry check --format json | jq '.documents[] | {id, coverage}'
  $ quarry check corpus/2024/new.txt  # one document, against corpus/speakers.yml
  $ pbpaste | quarry check -          # a document from stdin

Exit status: 0 every document parses (warnings allowed), 1 an error was found, 2 usage error or unreadable folder.`,
    )
    .action(lazy(io, run, () => import('./commands/check.js')));
}

function registerDocs(program: Command, io: Io, run: Run): void {
  const cmd = program.command('docs').description('list the corpus documents with their metadata and record counts');
  addFilterOptions(cmd);
  cmd
    .addOption(formatOption())
    .addHelpText(
      'after',
      `
With filters, only the documents that have a record the filters select are
listed, and their counts are of those records.

Examples:
  $ quarry docs
  $ quarry docs --speaker CZ --type quote      # where CZ is quoted, and how often
  $ quarry docs --year 2020..
  $ quarry docs --format csv > docs.csv
  $ quarry docs --format json | jq -r '.[] | "\\(.id)\\t\\(.date // .year)"'

Exit status: 0 documents printed, 1 none matched, 2 usage error.`,
    )
    .action(lazy(io, run, () => import('./commands/docs.js')));
}

function registerList(program: Command, io: Io, run: Run): void {
  const cmd = program.command('list').description('print the records the filters select, in document order');
  addFilterOptions(cmd);
  addLimitOption(cmd);
  cmd
    .addOption(formatOption())
    .addHelpText(
      'after',
      `
Examples:
  $ quarry list --type quote
  $ quarry list --doc btcpeers-he-yi-2021 --type qa
  $ quarry list --speaker "yi he" --year 2021 --limit 5
  $ quarry list --mentions 2017..2019 --type claim
  $ quarry list --topic airdrops --format csv > airdrops.csv
  $ quarry list --format ndjson | jq -r 'select(.figures | length > 0) | .id'
  $ quarry list --format json | jq '[.[] | select(.years | index(2017))] | length'

Exit status: 0 records printed, 1 none matched (still valid output: [] for json, a header for csv), 2 usage error.`,
    )
    .action(lazy(io, run, () => import('./commands/list.js')));
}

function registerSync(program: Command, io: Io, run: Run): void {
  program
    .command('sync')
    .description('load the corpus into PostgreSQL (--db URL or $QUARRY_DB), changed documents only')
    .addHelpText(
      'after',
      `
The database gets a schema "quarry" (created, or migrated, when needed). A
document whose file is unchanged is not touched; a changed one is replaced and
a removed one deleted, all in one transaction: a sync that fails or is killed
leaves the previous state whole, and two syncs at once run one after the other.
Then every record command reads from it with --db URL (or QUARRY_DB).

Examples:
  $ quarry sync --db postgres://quarry@db.internal/corpus --corpus ./interviews
  $ QUARRY_DB=postgres://quarry@db.internal/corpus quarry search listing

Exit status: 0 synced, 2 usage error (bad URL, unreachable server, refused login, schema of a newer quarry).`,
    )
    .action(lazy(io, run, () => import('./commands/sync.js')));
}

function registerSearch(program: Command, io: Io, run: Run): void {
  const cmd = program
    .command('search')
    .description('rank records by how well they match a query, best first')
    .argument('[query...]', 'words to find: "an exact phrase", -word to exclude, a OR b');
  addFilterOptions(cmd);
  addLimitOption(cmd, DEFAULT_SEARCH_LIMIT);
  cmd
    .addOption(formatOption())
    .option('--explain', 'show why each hit ranked where it did: terms matched and how, fields, proximity, figure bonus')
    .addHelpText(
      'after',
      `
Query syntax:
  plain words       ranked: records matching more of them first; typos, prefixes
                    and other forms of a word are found ("securty", "decentral", "delisted")
  "exact phrase"    the words adjacent and in order (quote it for the shell: '"maternity leave"')
  -word             leave out records containing the word (type it as is: quarry search bitcoin -binance)
  a OR b            at least one of them (OR in capitals)
  Queries are words, not regular expressions.
  A question ("when did …", "how many …", "how much …", "how long …", "what share …", "who …")
  ranks first the records holding a figure of the asked kind near its other words,
  and shows that figure (the "answer" field in JSON).

Examples:
  $ quarry search when did he yi get into bitcoin
  $ quarry search how many employees does binance have --limit 3 --explain
  $ quarry search '"maternity leave"'
  $ quarry search Binanse securty                      # typos are forgiven
  $ quarry search listing --speaker "yi he" --year 2024
  $ quarry search meerkat OR meercat --type quote,claim
  $ quarry search bnb -airdrop --limit 3
  $ quarry search delisting --format json | jq -r '.[] | "\\(.score)\\t\\(.id)"'
  $ quarry search hiring --format csv > hiring.csv

Exit status: 0 something matched, 1 nothing matched (still valid output: [] for json, a header for csv), 2 usage error.`,
    )
    .action(lazy(io, run, () => import('./commands/search.js')));
}

function registerShow(program: Command, io: Io, run: Run): void {
  program
    .command('show')
    .description('print one record in full, with its citation and the source lines around it')
    .argument('<id>', 'record id, as list and search print it (the part after "/" is enough when it is unique)')
    .option('-C, --context <n>', `source lines to show before and after the record (default: ${DEFAULT_CONTEXT})`)
    .addOption(formatOption())
    .addHelpText(
      'after',
      `
Examples:
  $ quarry search maternity leave --limit 1       # find an id
  $ quarry show techflow-he-yi-2025/q-d7725310
  $ quarry show q-d7725310 --context 5             # unique without the document part
  $ quarry show techflow-he-yi-2025/q-d7725310 --format json | jq -r .citation.text

Exit status: 0 printed, 2 unknown id or usage error.`,
    )
    .action(lazy(io, run, () => import('./commands/show.js')));
}

function registerSpeakers(program: Command, io: Io, run: Run): void {
  const cmd = program
    .command('speakers')
    .description('list the speakers with their aliases and how many records each said, by type');
  addFilterOptions(cmd, ['type', 'year', 'mentions', 'doc', 'topic']);
  cmd
    .addOption(formatOption())
    .addHelpText(
      'after',
      `
Registered speakers (speakers.yml and the documents' front matter) come first,
with their aliases; then the other speakers records name: descriptions such as
"a product manager", and names only the text gives. With filters, only the
speakers of the selected records are listed, with counts of those records.

Examples:
  $ quarry speakers
  $ quarry speakers --doc life-at-binance --type quote
  $ quarry speakers --format json | jq -r '.[] | select(.registered) | .name'

Exit status: 0 printed, 1 no speaker in the selection, 2 usage error.`,
    )
    .action(lazy(io, run, () => import('./commands/speakers.js')));
}

function registerStats(program: Command, io: Io, run: Run): void {
  const cmd = program
    .command('stats')
    .description('count the records the filters select, by type, speaker, year, document, topic or mentioned year');
  cmd.option('-b, --by <facets>', 'type, speaker, year, doc, topic, mentions; a comma list crosses them (default: type)', collect);
  addFilterOptions(cmd);
  cmd
    .addOption(formatOption())
    .addHelpText(
      'after',
      `
Two facets give a cross table (the first down, the second across); three or
more give nested counts. A record with several topics or mentioned years is
counted under each.

Examples:
  $ quarry stats                                  # records by type
  $ quarry stats --by speaker --type quote
  $ quarry stats --by type,year
  $ quarry stats --by doc,type --speaker "He Yi"
  $ quarry stats --by topic --format csv > topics.csv
  $ quarry stats --by year --format json | jq '.counts[] | select(.year != null)'

Exit status: 0 printed, 1 the filters selected no record (still valid output), 2 usage error.`,
    )
    .action(lazy(io, run, () => import('./commands/stats.js')));
}

function registerKwic(program: Command, io: Io, run: Run): void {
  const cmd = program
    .command('kwic')
    .description('keyword in context: every occurrence of a word or phrase, aligned on the match')
    .argument('<term...>', 'a word, or several words as one phrase (quotes optional)')
    .option('-w, --width <n>', `characters of context on each side (default: ${DEFAULT_KWIC_WIDTH})`)
    .addOption(new Option('--sort <key>', 'doc: document order; left/right: by the words before/after the match').choices(['doc', 'left', 'right']).default('doc'))
    .option('--exact', 'the word only, not its -s/-es/-ed/-ing forms');
  addAnalysisOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Matching is whole words, any case; the last word also matches its -s, -es,
-ed, -ing and 's forms ("launch" finds "launched") unless --exact is given.
A phrase's words may be split across lines. Only a record's text is searched,
not a qa record's question. The table shrinks the context to fit the
terminal (COLUMNS); json, ndjson and csv always carry --width characters.

Examples:
  $ quarry kwic launched
  $ quarry kwic "trading volume" --sort right
  $ quarry kwic BNB --speaker "He Yi" --width 30
  $ quarry kwic launch --exact --doc binance-rise-cz-he-yi
  $ quarry kwic users --year 2021 --limit 5
  $ quarry kwic exchange --format json | jq -r '.[] | "\\(.left)[\\(.match)]\\(.right)"'

JSON: one object per occurrence: { id, doc, speaker, year, line, left, match,
right, start, end } (line: the record's first line; start/end: the match's
offsets in the record's text).

Exit status: 0 occurrences printed, 1 none found, 2 usage error.`,
  );
  cmd.action(lazy(io, run, () => import('./commands/kwic.js')));
}

function registerTimeline(program: Command, io: Io, run: Run): void {
  const cmd = program
    .command('timeline')
    .description('dated events in date order: what happened, who says so, which sources agree or disagree')
    .option('--from <year>', 'first year of events to show')
    .option('--to <year>', 'last year of events to show');
  addAnalysisOptions(cmd);
  cmd.addHelpText(
    'after',
    `
An event is a sentence, a table row or a clause that dates what it states:
"Launched in July 2017, Binance …", "September 1, 2017 — Binance Exchange
officially launched", "In 2013, Bitcoin broke $1,000". The date is shown at
the precision the text gives (2017, 2017-07, 2017-07-14). "agrees" lists the
other documents that date the same event compatibly; "≠" marks an event
another document dates differently, with that document's dates. Dates with
no year ("on July 14") cannot be placed in time and are left out.

--from/--to select events by their date; --year selects by when the record
was said or published. Agreement and conflicts are always judged against the
whole corpus: the filters choose which events are shown.

Examples:
  $ quarry timeline --from 2017 --to 2018
  $ quarry timeline --doc binance-rise-cz-he-yi
  $ quarry timeline --speaker "He Yi" --format csv > he-yi-timeline.csv
  $ quarry timeline --format json | jq -r '.[] | select(.conflict) | "\\(.date)\\t\\(.conflictWith | join(","))\\t\\(.what)"'

JSON: one object per event: { date, precision, what, id, doc, speaker, year,
line, sources, conflict, conflictWith } (sources: documents that agree, this
event's own first; conflictWith: the dates other documents give, ascending).

Exit status: 0 events printed, 1 none in range, 2 usage error.`,
  );
  cmd.action(lazy(io, run, () => import('./commands/timeline.js')));
}

function registerRelated(program: Command, io: Io, run: Run): void {
  const cmd = program
    .command('related')
    .description('the records of other documents most like one record, with what they share')
    .argument('<id>', 'record id, as list and search print it (the part after "/" is enough when it is unique)');
  addAnalysisOptions(cmd, DEFAULT_RELATED_LIMIT);
  cmd.addHelpText(
    'after',
    `
Similarity is TF-IDF over the records' words, names and years (cosine, 0 to
1): words that are everywhere in the corpus ("Binance", "crypto") count for
little, so two records are related by what is particular to them. "shared"
lists the terms that contribute most. Only records of other documents are
listed: the point is what the other sources say.

Examples:
  $ quarry search launched july 2017 --limit 1        # find an id
  $ quarry related btcpeers-he-yi-2021/c-343b80d2
  $ quarry related c-343b80d2 --limit 3
  $ quarry related btcpeers-he-yi-2021/c-343b80d2 --type claim --doc life-at-binance
  $ quarry related c-343b80d2 --format json | jq -r '.[] | "\\(.score)\\t\\(.id)\\t\\(.shared | join(", "))"'

JSON: the record's documented fields, then score and shared (strongest first).

Exit status: 0 related records printed, 1 none, 2 unknown id or usage error.`,
  );
  cmd.action(lazy(io, run, () => import('./commands/related.js')));
}

function registerCompare(program: Command, io: Io, run: Run): void {
  const cmd = program
    .command('compare')
    .description('what each source says about a subject: matching records grouped by document, their figures side by side')
    .argument('<query...>', 'words naming the subject: every one must occur (in any form)');
  addAnalysisOptions(cmd);
  cmd.addHelpText(
    'after',
    `
A record matches when it has every content word of the query (any form:
"launch" finds "launched"; stop words ignored; numbers count) in its text or,
for a qa record, its question. A word naming a rank also matches the same
rank in other words: "largest" matches "#1" and "the number one spot". This
is not the search syntax: no OR, no -exclusions.

The first table puts the sources side by side, one row per document and one
column per kind of figure they give (dates, durations, amounts, counts,
percents, ranks; "Q:" marks a figure from an interviewer's question); the
second lists the matching records with their figures marked. --limit caps
the records shown per source, so every source stays in view.

Examples:
  $ quarry compare largest exchange
  $ quarry compare binance launched
  $ quarry compare BNB launch --type claim,qa
  $ quarry compare employees --format csv > employees.csv
  $ quarry compare largest exchange --format json | jq '.[] | {doc, durations: [.records[].figures[] | select(.kind=="duration") | .text]}'

JSON: one object per source: { doc, records: [{ id, type, speaker, year, line,
text, question, figures, questionFigures }] } (figures as in docs/records.md;
questionFigures' offsets are into the question).

Exit status: 0 records printed, 1 no record matches, 2 usage error.`,
  );
  cmd.action(lazy(io, run, () => import('./commands/compare.js')));
}

function registerConflicts(program: Command, io: Io, run: Run): void {
  const cmd = program
    .command('conflicts')
    .description('candidate contradictions: records of different sources whose figures about one subject disagree');
  addAnalysisOptions(cmd, DEFAULT_CONFLICTS_LIMIT);
  cmd.addHelpText(
    'after',
    `
A conflict is two records of DIFFERENT documents, each with a figure of the
same kind (a date, duration, amount, count, percent or rank), where the
figures cannot both be true ("2017" never contradicts "July 2017"; "within
180 days" never contradicts "3 months") and the words around them say they
are about the same thing. Confidence (0 to 1) is how alike the two subjects
are times how clearly the values differ; below 0.10 nothing is listed, so
the top of the list can be trusted more than its length. "why" names the
values and the shared words. Counts, amounts, percents and ranks change over
time, so they are compared only when both records speak of the same year.

The filters keep conflicts with at least one side selected: --doc X lists
what other sources contradict in X.

Examples:
  $ quarry conflicts
  $ quarry conflicts --limit 3
  $ quarry conflicts --doc life-at-binance
  $ quarry conflicts --format json | jq -r '.[] | "\\(.confidence)\\t\\(.kind)\\t\\(.values | join(" vs "))"'

JSON: one object per conflict: { rank, confidence, kind, subject, values, why,
a, b }, where a and b are { id, doc, speaker, year, line, field, sentence,
figure } (field: "text" or "question", where the figure's offsets point).

Exit status: 0 conflicts printed, 1 none found, 2 usage error.`,
  );
  cmd.action(lazy(io, run, () => import('./commands/conflicts.js')));
}

function registerCompletion(program: Command, io: Io, run: Run): void {
  program
    .command('completion')
    .description('print a shell completion script (bash, zsh or fish)')
    .argument('[shell]', `the shell: ${SHELLS.join(', ')}`)
    .addOption(new Option('--values <kind>', 'print the corpus values a flag takes, one a line: doc, speaker, topic').hideHelp())
    .addHelpText(
      'after',
      `
Examples:
  $ quarry completion bash > ~/.local/share/bash-completion/completions/quarry
  $ source <(quarry completion bash)                                   # bash, this session only
  $ quarry completion zsh > "\${fpath[1]}/_quarry"                      # zsh
  $ quarry completion fish > ~/.config/fish/completions/quarry.fish     # fish

Completes commands, options, --format/--type/--by values, folders for --corpus,
and document ids, speakers and topics from the corpus.`,
    )
    .action(lazy(io, run, () => import('./commands/completion.js')));
}

// ---------------------------------------------------------------- argv

type OptionLike = Pick<Option, 'short' | 'long' | 'required' | 'optional'>;

function findOption(cmd: Command, flag: string): OptionLike | undefined {
  return (cmd.options as readonly OptionLike[]).find((o) => o.short === flag || o.long === flag);
}

const takesValue = (o: OptionLike | undefined) => !!o && (o.required || o.optional);

/**
 * `quarry search bitcoin -binance`: "-binance" is an exclusion, not an
 * option. Before commander sees the arguments of `search`, every one that is
 * not one of its options (or their values) is moved after `--`, in order, so
 * commander takes it as a query word: options parse as usual, and words that
 * start with a dash reach the query. Only a known option's exact spelling is
 * an option ("-n 5", "--limit=5"); "-nft" is a word. An unknown `--long`
 * option stays an option, so commander reports it with a suggestion.
 */
export function rewriteSearchArgv(program: Command, argv: readonly string[]): string[] {
  const search = program.commands.find((c) => c.name() === 'search');
  if (!search) return [...argv];
  let i = 2;
  // the program's own options before the command name
  while (i < argv.length) {
    const a = argv[i]!;
    if (!a.startsWith('-') || a === '-') break;
    const opt = findOption(program, a.split('=')[0]!);
    if (!opt) return [...argv];
    i += takesValue(opt) && !a.includes('=') ? 2 : 1;
  }
  if (argv[i] !== 'search') return [...argv];
  const options: string[] = [];
  const words: string[] = [];
  for (let k = i + 1; k < argv.length; k++) {
    const a = argv[k]!;
    if (a === '--') {
      words.push(...argv.slice(k + 1));
      break;
    }
    const isLong = a.startsWith('--');
    const flag = isLong ? a.split('=')[0]! : a;
    const opt = findOption(search, flag) ?? findOption(program, flag);
    if (isLong || a === '-h' || (opt && /^-[^-]$/.test(a))) {
      options.push(a);
      if (takesValue(opt) && !a.includes('=')) {
        // A value flag at the very end has no value: leave argv alone so commander
        // says "--speaker: needs a value" instead of taking the inserted "--" as one.
        if (k + 1 >= argv.length) return [...argv];
        options.push(argv[++k]!);
      }
      continue;
    }
    words.push(a);
  }
  return [...argv.slice(0, i + 1), ...options, '--', ...words];
}
