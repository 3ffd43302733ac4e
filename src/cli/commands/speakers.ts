import type { Command } from 'commander';
import { renderEnv, type GlobalOptions, type Io } from '../context.js';
import { writeOutput } from '../shared.js';
import { hasFilters, selectRecords, type FilterOptionValues } from './filtering.js';

interface SpeakersOptions extends FilterOptionValues {
  format: string;
}

/** `quarry speakers`, run: the action registered in ../registry.ts. */
export async function action(io: Io, opts: SpeakersOptions, command: Command): Promise<number> {
  const g = command.optsWithGlobals<GlobalOptions>();
  const { dir, corpus, filters, records } = await selectRecords(opts, command, io);
  const { summarizeSpeakers } = await import('../../query/stats.js');
  // the registry, plus the people the documents' front matter names as speakers, hosts and interviewers
  const registry = corpus.registry.clone();
  for (const d of corpus.documents) for (const n of [...d.meta.speakers, d.meta.host, d.meta.interviewer]) if (n) registry.add(n);
  const speakers = summarizeSpeakers(records, registry, {
    includeSilent: !hasFilters(filters),
    docOrder: corpus.documents.map((d) => d.id),
  });
  const data = await import('../../render/speakers-data.js');
  return writeOutput(io, opts.format, {
    count: speakers.length,
    none: 'no speakers in the selected records',
    values: () => speakers.map(data.speakerJson),
    csv: () => ({ header: data.speakerCsvHeader, rows: speakers.map(data.speakerCsvRow) }),
    table: async () => (await import('../../render/speakers.js')).renderSpeakersTable(speakers, await renderEnv(g, io, dir)),
  });
}
