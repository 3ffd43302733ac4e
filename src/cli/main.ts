/**
 * The CLI wiring: parse arguments with commander, call the core, write what it
 * returns. Exit codes follow grep: 0 something found or printed, 1 nothing
 * matched (or `check` found an error), 2 usage error. The commands are
 * registered from ./registry.ts, which holds no command code: a command's
 * module (./commands/<name>.ts) is imported only when it runs, so that
 * `--help`, `--version` and usage errors load commander and nothing else.
 */
import { Command, CommanderError } from 'commander';
import { defaultIo, packageVersion, UsageError, type Io } from './context.js';
import { registerCommands, rewriteSearchArgv } from './registry.js';
import { oneLine, type Run } from './shared.js';
import { escapeControls } from '../render/safe.js';

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  // A reader that goes away (`quarry list | head -1`) is not an error: later
  // writes are dropped and the run ends with 0, as it would had the reader
  // read everything. main never exits the process itself, so it can run
  // in-process (tests, the API) as well as from bin/quarry.js.
  let readerGone = false;
  for (const stream of [io.stdout, io.stderr]) {
    stream.on?.('error', (err: NodeJS.ErrnoException) => {
      // after EPIPE the stream is destroyed, and a write still under way reports that too
      if (err.code !== 'EPIPE' && !readerGone) throw err;
      readerGone = true;
    });
  }

  let exitCode = 0;
  const run: Run = async (body) => {
    try {
      exitCode = await body();
    } finally {
      // a database connection would keep the process alive
      await (await import('./shared.js')).closeStores();
    }
  };

  const program = new Command();
  program
    .name('quarry')
    .description('Query corpora of interviews, AMAs and profile articles as typed, cited records.')
    .version(packageVersion(), '-V, --version')
    .option('-c, --corpus <dir>', 'corpus folder (default: $QUARRY_CORPUS, else the shipped corpus)')
    .option('--color', 'force colour on')
    .option('--no-color', 'turn colour off (also NO_COLOR=1)')
    .option('--no-ignore', 'read every document, whatever .quarryignore and .gitignore exclude')
    .option('--db <url>', 'read the records from PostgreSQL, filled by quarry sync (default: $QUARRY_DB)')
    .option('--no-cache', 'read and parse every document, ignoring and not writing the cache ($QUARRY_CACHE_DIR, else $XDG_CACHE_HOME/quarry, else ~/.cache/quarry)')
    .option('-q, --quiet', 'no progress line while a long build parses the corpus (shown only on a terminal, never with CI=true)')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(oneLineError(s)),
    })
    .addHelpText(
      'after',
      `
Examples:
  $ quarry search maternity leave                   # ranked records, best first
  $ quarry search listing --speaker "yi he" --year 2024 --limit 3
  $ quarry show techflow-he-yi-2025/q-d7725310      # one record, cited, with its source lines
  $ quarry list --type quote --doc life-at-binance  # every quote of a document, in order
  $ quarry stats --by speaker,type                  # who said what, counted
  $ quarry speakers                                 # speakers, aliases, counts
  $ quarry docs                                     # the documents and their record counts
  $ quarry check                                    # does every document parse?
  $ quarry search bitcoin --format json | jq -r '.[].id'
  $ source <(quarry completion bash)

Formats: --format table (default; colour only on a terminal), json, ndjson, csv;
check takes table, json and github (annotations for GitHub Actions).

Exit status: 0 found or printed, 1 nothing matched (or check found an error), 2 usage error.`,
    );

  registerCommands(program, io, run, argv);

  try {
    // `quarry help nosuch`: commander would print the whole help and exit 2 without saying why
    const asked = argv[2] === 'help' ? argv[3] : undefined;
    if (asked !== undefined && !asked.startsWith('-') && !program.commands.some((c) => c.name() === asked || c.aliases().includes(asked))) {
      throw new UsageError(`help: unknown command '${escapeControls(asked)}' (quarry help lists the commands)`);
    }
    await program.parseAsync(rewriteSearchArgv(program, argv));
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
      // `quarry help` exits 0; `quarry` alone prints the help on stderr: a usage error.
      if (err.code === 'commander.help') return err.exitCode === 0 ? 0 : 2;
      // commander has already printed its one-line message.
      return 2;
    }
    if (err instanceof UsageError) {
      io.stderr.write(`quarry: ${oneLine(err.message)}\n`);
      return 2;
    }
    throw err;
  }
  return readerGone ? 0 : exitCode;
}

/**
 * commander's usage errors as one line: "quarry: unknown option '--limt' (did
 * you mean --limit?)" rather than "error: …" and a suggestion on a line of its own.
 */
export function oneLineError(s: string): string {
  const text = s
    .replace(/^error:\s*/, '')
    .replace(/\s*\n\s*\(Did you mean/g, ' (did you mean')
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    // option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are table, json.
    .replace(/^option '(?:-[^,' ]+, )?(--[^ ']+)[^']*' argument '(.*)' is invalid\. Allowed choices are (.*?)\.?$/, "$1: '$2' is not accepted (accepts $3)")
    // option '-t, --type <types>' argument missing
    .replace(/^option '(?:-[^,' ]+, )?(--[^ ']+)[^']*' argument missing$/, '$1: needs a value');
  return `quarry: ${text}\n`;
}
