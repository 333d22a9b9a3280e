/**
 * The `eclaireur` command line: parses the arguments (commander), runs the command, and turns
 * failures into exit codes — 0 ok, 1 failure, 2 bad usage or invalid input.
 */
import { Command, CommanderError, Option } from 'commander';
import { registerAudience } from './commands/audience.js';
import { registerCompare } from './commands/compare.js';
import { registerDemo } from './commands/demo.js';
import { registerGraph } from './commands/graph.js';
import { registerDiscover } from './commands/field-graph.js';
import { registerRankings } from './commands/rankings.js';
import { registerMatch } from './commands/match.js';
import { registerMaturity } from './commands/maturity.js';
import { registerImport } from './commands/import.js';
import { registerInit } from './commands/init.js';
import { registerRank } from './commands/rank.js';
import { registerRuns } from './commands/runs.js';
import { registerStrategy } from './commands/strategy.js';
import { registerStrategyReport } from './commands/strategy-report.js';
import { registerServe } from './commands/serve.js';
import { registerTemplate } from './commands/template.js';
import { EXIT, type Io, UsageError, io } from './errors.js';

export function buildProgram(): Command {
  const program = new Command('eclaireur')
    .description('Éclaireur — transparent, reproducible influencer ranking for thought leadership (fr/en)')
    .version('0.1.0')
    .addOption(new Option('--db <path>', 'SQLite database file (default ./eclaireur.db; PostgreSQL when DATABASE_URL is set)'))
    .addOption(new Option('--lang <lang>', 'language of messages and reports').choices(['fr', 'en']))
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  registerInit(program);
  registerTemplate(program);
  registerImport(program);
  registerRank(program);
  registerCompare(program);
  registerRuns(program);
  registerDemo(program);
  registerGraph(program);
  registerDiscover(program);
  registerRankings(program);
  registerMatch(program);
  registerServe(program);
  registerAudience(program);
  registerMaturity(program);
  registerStrategyReport(registerStrategy(program));
  for (const c of program.commands) c.exitOverride().showHelpAfterError().configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  return program;
}

/** Runs the CLI on `argv`; `streams` replaces stdout and stderr (tests). */
export async function main(argv: string[], streams?: Io): Promise<number> {
  const saved = { ...io };
  if (streams) Object.assign(io, streams);
  try {
    return await run(argv);
  } finally {
    Object.assign(io, saved);
  }
}

async function run(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version end with exit code 0; anything else commander rejects is bad usage.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof UsageError) {
      io.err(`eclaireur: ${e.message}\n`);
      return EXIT.usage;
    }
    io.err(`eclaireur: ${(e as Error).message ?? String(e)}\n`);
    if (process.env.ECLAIREUR_DEBUG) io.err(`${(e as Error).stack}\n`);
    return EXIT.failure;
  }
}
