// The `twingraph` command line: extract reports, import them (and twin lists) into the graph, remove a report.
import { Command, CommanderError } from 'commander';
import { extractCommand } from './commands/extract.js';
import { importCommand } from './commands/import.js';
import { importTwinsCommand } from './commands/import-twins.js';
import { removeCommand } from './commands/remove.js';

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
  .action(extractCommand);

program
  .command('import')
  .description('Import reports into the graph: files, or folders searched recursively for .txt .md .docx .pdf.')
  .argument('<paths...>', 'report files and folders')
  .option('--dry-run', 'print what would change, write nothing')
  .option('--replace', 'replace an older version of a report even when the new one states under half of its facts')
  .action(importCommand);

program
  .command('remove')
  .description('Take a report, and the facts only it supported, out of the graph.')
  .argument('<report-id>', 'the report id, as `import` prints it (r-…)')
  .action(removeCommand);

program
  .command('import-twins')
  .description('Import a twin-city list: a CSV with columns city1,country1,city2,country2 and optional since,source.')
  .argument('<file>', 'the CSV file')
  .action(importTwinsCommand);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode);
  console.error(`twingraph: ${(err as Error).message}`);
  process.exit(1);
}
