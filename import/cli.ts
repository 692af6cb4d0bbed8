// The `twingraph` command line: extract (and, later, import) reports.
import { Command, CommanderError } from 'commander';
import { extractCommand } from './commands/extract.js';

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

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode);
  console.error(`twingraph: ${(err as Error).message}`);
  process.exit(1);
}
