import { Command } from 'commander';
import { registerCalcCommands } from './commands/calc.ts';
import { registerDecodeCommands } from './commands/decode.ts';
import { registerReviewCommands } from './commands/review.ts';
import { reportError } from './report-error.ts';

/**
 * The offline commands (`decode`, `calc`, `review`) need no store and no server: this entry loads only
 * the pure packages, so they start in a fraction of the time (bin/jiliang.js picks it).
 */
export const OFFLINE_COMMANDS = ['decode', 'calc', 'review'];

const program = new Command('jiliang').description('计量 Jiliang — offline calculators').showHelpAfterError();
registerDecodeCommands(program);
registerCalcCommands(program);
registerReviewCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  reportError(error);
}
