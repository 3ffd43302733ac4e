/**
 * The CLI wiring: parse arguments with commander, call the core, write what it
 * returns. Exit codes follow grep: 0 something found or printed, 1 nothing
 * matched (or `check` found an error), 2 usage error. Commands load their
 * modules lazily so that `--help` and `--version` pay for nothing else.
 */
import { Command, CommanderError } from 'commander';
import { defaultIo, packageVersion, UsageError, type Io } from './context.js';
import { registerCheck } from './commands/check.js';
import { registerDocs } from './commands/docs.js';
import { registerList } from './commands/list.js';
import type { Run } from './shared.js';

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  // A reader that goes away (`quarry list | head -1`) is not an error.
  for (const stream of [io.stdout, io.stderr]) {
    stream.on?.('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }

  let exitCode = 0;
  const run: Run = async (body) => {
    exitCode = await body();
  };

  const program = new Command();
  program
    .name('quarry')
    .description('Query corpora of interviews, AMAs and profile articles as typed, cited records.')
    .version(packageVersion(), '-V, --version')
    .option('-c, --corpus <dir>', 'corpus folder (default: $QUARRY_CORPUS, else the shipped corpus)')
    .option('--color', 'force colour on')
    .option('--no-color', 'turn colour off (also NO_COLOR=1)')
    .option('--no-cache', 'read and parse every document, ignoring and not writing the cache ($QUARRY_CACHE_DIR, else ~/.cache/quarry)')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s.startsWith('error:') ? `quarry: ${s}` : s),
    })
    .addHelpText(
      'after',
      `
Examples:
  $ quarry check                         # does every document parse?
  $ quarry docs                          # the documents and their record counts
  $ quarry list --type quote             # every quote, in document order
  $ quarry list --format json | jq '.[0]'

Exit status: 0 found or printed, 1 nothing matched (or check found an error), 2 usage error.`,
    );

  registerCheck(program, io, run);
  registerDocs(program, io, run);
  registerList(program, io, run);

  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      // commander has already printed its one-line message.
      return 2;
    }
    if (err instanceof UsageError) {
      io.stderr.write(`quarry: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  return exitCode;
}
