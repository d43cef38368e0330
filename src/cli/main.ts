import { Command, InvalidArgumentError } from 'commander'

import { runDetect } from './detect-command.js'
import { runExactDataBuild, type ExactDataBuildOptions } from './exact-data-command.js'
import { runScan } from './scan-command.js'

function parseScore(value: string): number {
  const score = Number(value)
  if (!(score >= 0 && score <= 1)) throw new InvalidArgumentError('expected a number from 0 to 1')

  return score
}

const program = new Command()
program
  .name('phiguard')
  .description('Find protected health information (PHI) and keep it from leaking.')
  .showHelpAfterError()
  .exitOverride((error) => {
    process.exit(error.exitCode === 0 ? 0 : 2)
  })

program
  .command('scan')
  .description('Scan files, folders or standard input for PHI and PII.')
  .argument('[paths...]', 'files or folders to scan; "-" or nothing reads standard input')
  .option('--format <format>', 'table, json, jsonl or sarif', 'table')
  .option('--min-score <score>', 'report findings scoring at least this (0 to 1)', parseScore)
  .option('--config <file>', 'phiguard YAML configuration (custom patterns, allow lists, ...)')
  .addHelpText(
    'after',
    '\nExit codes: 0 nothing found, 1 PHI or PII found, 2 error (including a file not read).',
  )
  .action(
    async (paths: string[], options: { format: string; minScore?: number; config?: string }) => {
      process.exitCode = await runScan(paths, options, process.stdout, process.stderr)
    },
  )

program
  .command('detect')
  .description('Read {"id","text"} lines on standard input; write findings per line.')
  .requiredOption('--jsonl', 'JSON lines in and out (the only format)')
  .option('--min-score <score>', 'report findings scoring at least this (0 to 1)', parseScore)
  .option('--all', 'include health information (codes, diagnoses, drugs) as well')
  .option('--config <file>', 'phiguard YAML configuration (custom patterns, allow lists, ...)')
  .action(async (options: { minScore?: number; all?: boolean; config?: string }) => {
    process.exitCode = await runDetect(process.stdin, process.stdout, options)
  })

program
  .command('exact-data')
  .description("Exact data match: the organisation's own identifiers, as salted hashes.")
  .command('build')
  .description('Build a hash index from a CSV of patients (columns mrn, ssn, name, dob).')
  .argument('<csv>', 'the patient list; it is read, never copied or printed')
  .requiredOption('--out <file>', 'where to write the index (JSON, hashes only)')
  .option('--salt-env <name>', 'environment variable holding the salt', 'PHIGUARD_EDM_SALT')
  .option('--salt-file <file>', 'file holding the salt, instead of the environment')
  .option('--date-order <order>', 'mdy or dmy, for all-numeric dates of birth', 'mdy')
  .action(async (csv: string, options: ExactDataBuildOptions) => {
    process.exitCode = await runExactDataBuild(csv, options, process.stdout, process.stderr)
  })

await program.parseAsync(process.argv)
