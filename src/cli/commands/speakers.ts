import type { Command } from 'commander';
import { renderEnv, type GlobalOptions, type Io } from '../context.js';
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
}
