/**
 * The `folio` command (bin/folio.mjs starts it): reads the subcommand and hands the rest of the arguments to
 * it. Mistakes in the call exit 2 with a pointer to --help; problems the user can fix exit 1 with what to do.
 */
import { build } from './build.ts';
import { check } from './check.ts';
import { CommandError, helpText, parseCommandArgs, UsageError, usageLine, type Command } from './command.ts';
import { dev } from './dev.ts';
import { impact } from './impact.ts';
import { newPage } from './new.ts';
import { preview } from './preview.ts';
import { reviews } from './reviews.ts';
import { translations } from './translations.ts';

export const commands: readonly Command[] = [build, check, impact, reviews, translations, dev, preview, newPage];

export function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    'Usage: folio <command> [arguments] [options]',
    '',
    'Builds a folder of Markdown into a documentation site.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Run `folio <command> --help` for its arguments and options.',
  ].join('\n');
}

/** Runs `folio <args>`; resolves to the exit code. */
export async function runCommand(args: readonly string[]): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const command = commands.find((c) => c.name === rest[0]);
    // Without a command, the overview is the answer to a mistake: on stderr, exit 2.
    if (name === undefined) console.error(overview());
    else console.log(command ? helpText(command) : overview());
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const what = name.startsWith('-') ? `unknown option ${name}` : `unknown command "${name}"`;
    console.error(`folio: ${what}. The commands are ${commands.map((c) => c.name).join(', ')}; see \`folio --help\`.`);
    return 2;
  }
  try {
    const { help, values, positionals } = parseCommandArgs(command, rest);
    if (help) {
      console.log(helpText(command));
      return 0;
    }
    return await command.run(values, positionals);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(
        `folio ${command.name}: ${error.message}.\nUsage: ${usageLine(command)}  (more: folio ${command.name} --help)`,
      );
      return 2;
    }
    if (error instanceof CommandError) {
      console.error(`folio ${command.name}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

/** The process around runCommand: a failure exits at once, even with a worker or a server still holding it open. */
export async function main(args: readonly string[]): Promise<void> {
  const code = await runCommand(args);
  if (code !== 0) process.exit(code);
}

// Run as the entry point (bin/launch.mjs starts this file directly when the package is installed).
if (import.meta.main) await main(process.argv.slice(2));
