import type { Command } from 'commander';
import { renderEnv, type GlobalOptions, type Io } from '../context.js';
import { formatOption, openCorpus, warnLoadErrors, type Run } from '../shared.js';
import { addFilterOptions, hasFilters, parseStaticFilters, resolveCorpusFilters, type FilterOptionValues } from './filtering.js';

interface SpeakersOptions extends FilterOptionValues {
  format: string;
}

export function registerSpeakers(program: Command, io: Io, run: Run): void {
  const cmd = program
    .command('speakers')
    .description('list the speakers with their aliases and how many records each said, by type');
  addFilterOptions(cmd, ['type', 'year', 'mentions', 'doc', 'topic']);
  cmd
    .addOption(formatOption(['table', 'json', 'ndjson', 'csv']))
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
    .action(async (opts: SpeakersOptions, command: Command) =>
      run(async () => {
        const g = command.optsWithGlobals<GlobalOptions>();
        const base = await parseStaticFilters(opts);
        const { dir, corpus } = await openCorpus(g, io);
        warnLoadErrors(corpus, io);
        const filters = await resolveCorpusFilters(opts, base.filters, corpus);
        const { matchesFilters } = await import('../../query/filters.js');
        const { summarizeSpeakers } = await import('../../query/stats.js');
        // the registry, plus the people the documents' front matter names as speakers, hosts and interviewers
        const registry = corpus.registry.clone();
        for (const d of corpus.documents) for (const n of [...d.meta.speakers, d.meta.host, d.meta.interviewer]) if (n) registry.add(n);
        const records = corpus.records.filter((r) => matchesFilters(r, filters));
        const speakers = summarizeSpeakers(records, registry, {
          includeSilent: !hasFilters(filters),
          docOrder: corpus.documents.map((d) => d.id),
        });
        if (opts.format === 'json' || opts.format === 'ndjson') {
          const { speakerJson } = await import('../../render/speakers-data.js');
          const j = await import('../../render/json.js');
          const values = speakers.map(speakerJson);
          io.stdout.write(opts.format === 'json' ? j.toJson(values) : j.toNdjson(values));
        } else if (opts.format === 'csv') {
          const { speakerCsvHeader, speakerCsvRow } = await import('../../render/speakers-data.js');
          const { toCsv } = await import('../../render/csv.js');
          io.stdout.write(toCsv(speakerCsvHeader, speakers.map(speakerCsvRow)));
        } else if (speakers.length) {
          const { renderSpeakersTable } = await import('../../render/speakers.js');
          io.stdout.write(renderSpeakersTable(speakers, await renderEnv(g, io, dir)));
        } else {
          io.stderr.write('quarry: no speakers in the selected records\n');
        }
        return speakers.length ? 0 : 1;
      }),
    );
}
