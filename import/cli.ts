// The `twingraph` command line: extract reports, import them (and twin lists) into the graph, remove a report.
// Each command's module is loaded only when that command runs: `extract` needs neither the database driver nor
// the graph writers, and loading them would double its cold start.
import { Command, CommanderError } from 'commander';

const program = new Command()
  .name('twingraph')
  .description('Reads municipal reports on inter-city relations and builds the twingraph knowledge graph.')
  .showHelpAfterError()
  .exitOverride();

program
  .command('extract')
  .description('Extract cities, institutions, events and their relations from one report (.txt, .md, .docx, .pdf).')
  .argument('<file>', 'the report')
  .option('--json', 'print the extraction contract JSON instead of a summary')
  .action(async (file: string, opts: { json?: boolean }) => (await import('./commands/extract.js')).extractCommand(file, opts));

program
  .command('import')
  .description('Import reports into the graph: files, or folders searched recursively for .txt .md .docx .pdf.')
  .argument('<paths...>', 'report files and folders')
  .option('--dry-run', 'print what would change, write nothing')
  .option('--replace', 'replace an older version of a report even when the new one states under half of its facts')
  .action(async (paths: string[], opts: { dryRun?: boolean; replace?: boolean }) =>
    (await import('./commands/import.js')).importCommand(paths, opts));

program
  .command('remove')
  .description('Take a report, and the facts only it supported, out of the graph.')
  .argument('<report-id>', 'the report id, as `import` prints it (r-…)')
  .action(async (id: string) => (await import('./commands/remove.js')).removeCommand(id));

program
  .command('import-twins')
  .description('Import a twin-city list: a CSV with columns city1,country1,city2,country2 and optional since,source.')
  .argument('<file>', 'the CSV file')
  .action(async (file: string) => (await import('./commands/import-twins.js')).importTwinsCommand(file));

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode);
  console.error(`twingraph: ${(err as Error).message}`);
  process.exit(1);
}
