import { readFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { reviewGb17167 } from '@jiliang/calc';
import { AppError, GB17167_EDITION_CHOICES, parseGb17167ReviewInput, type Gb17167EditionChoice } from '@jiliang/shared';

/**
 * `jiliang review gb17167 <file.json>`: the GB 17167 review core (packages/calc energy/) on a file; no store.
 * Prints the findings JSON on stdout. Exit codes: 0 the review passes, 2 the review ran and fails
 * (so scripts can tell "the enterprise fails" from "the file is wrong"), 1 invalid input — every
 * problem is printed on stderr as `<JSON path>: <rule>` (by main.ts's error handler).
 * Format: docs/formats/gb17167-review.md.
 */
const readJson = (file: string): unknown => {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('VALIDATION_FAILED', `cannot read ${file}`, [{ field: 'file', rule: reason, message: reason }]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = `not JSON: ${error instanceof Error ? error.message : String(error)}`;
    throw new AppError('VALIDATION_FAILED', `${file} is not a JSON file`, [{ field: '(root)', rule: reason, message: reason }]);
  }
};

export const registerReviewCommands = (program: Command): void => {
  const review = program.command('review').description('reviews of an enterprise from a file (no store needed)');
  review
    .command('gb17167 <file>')
    .description('GB 17167 energy-metering review (能源计量审查) of a JSON file; prints the findings. Exit 0 pass, 2 fail, 1 invalid input')
    .addOption(
      new Option('--edition <edition>', 'GB 17167 edition; auto = the edition in force on --on (default: the file’s, else auto)').choices(
        GB17167_EDITION_CHOICES,
      ),
    )
    .option('--on <date>', 'YYYY-MM-DD the edition is chosen for (default: the file’s reviewDate)')
    .action((file: string, options: { edition?: Gb17167EditionChoice; on?: string }) => {
      const input = parseGb17167ReviewInput(readJson(file));
      const result = reviewGb17167(input, { edition: options.edition, on: options.on });
      console.log(JSON.stringify(result, null, 2));
      if (result.verdict === 'fail') process.exitCode = 2;
    });
};
