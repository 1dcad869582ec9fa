/**
 * What every subcommand of `folio` is made of, and how its arguments are read: node:util parseArgs in strict
 * mode, so an unknown option or a missing value is an error that names the option and how to get help,
 * never silently ignored.
 */
import { parseArgs, type ParseArgsOptionDescriptor } from 'node:util';

export interface OptionSpec extends ParseArgsOptionDescriptor {
  /** The value's placeholder in the usage line (`DIR`), for string options. */
  value?: string;
  description: string;
}

export interface CommandSpec {
  name: string;
  /** One line for `folio --help`. */
  summary: string;
  /** Positional arguments in order, `[dir]` style when optional. */
  positionals: readonly { name: string; optional: boolean; description: string }[];
  options: Readonly<Record<string, OptionSpec>>;
}

export type OptionValues = Record<string, string | boolean | undefined>;

export interface Command extends CommandSpec {
  /** Runs the command; resolves to its exit code. */
  run(values: OptionValues, positionals: string[]): Promise<number>;
}

/** A mistake in how the command was called: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A problem the user can fix (a missing folder, a taken file): printed as it is, exit code 1. */
export class CommandError extends Error {
  override name = 'CommandError';
}

/** The docs folder, the first argument of the commands that read one. */
export const docsPositional = { name: 'dir', optional: true, description: 'the docs folder (default: content)' };

/** `--config PATH`, for the commands that read the docs folder. */
export const configOption: OptionSpec = {
  type: 'string',
  value: 'PATH',
  description: 'config file (default: folio.config.yaml in the docs folder)',
};

/** `--port N`, for the commands that serve. */
export const portOption: OptionSpec = {
  type: 'string',
  value: 'N',
  description: 'port to serve on (default: PORT, else 4321; the next free one if taken)',
};

/** The port to serve on: --port, else PORT, else 4321. */
export function servePort(option: string | undefined, env: NodeJS.ProcessEnv): number {
  const raw = option ?? env['PORT'] ?? '4321';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(
      `${option === undefined ? 'PORT' : '--port'} must be a port number from 0 to 65535, got "${raw}"`,
    );
  return port;
}

const helpOption: OptionSpec = { type: 'boolean', short: 'h', description: 'show this help' };

export function usageLine(spec: CommandSpec): string {
  const positionals = spec.positionals.map((p) => (p.optional ? `[${p.name}]` : `<${p.name}>`));
  const options = Object.entries(spec.options).map(
    ([name, option]) => `[--${name}${option.type === 'string' ? ` ${option.value ?? 'VALUE'}` : ''}]`,
  );
  return ['folio', spec.name, ...positionals, ...options].join(' ');
}

export function helpText(spec: CommandSpec): string {
  const rows: [string, string][] = [
    ...spec.positionals.map((p): [string, string] => [p.name, p.description]),
    ...Object.entries({ ...spec.options, help: helpOption }).map(([name, option]): [string, string] => [
      `${option.short ? `-${option.short}, ` : ''}--${name}${option.type === 'string' ? ` ${option.value ?? 'VALUE'}` : ''}`,
      option.description,
    ]),
  ];
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return [
    `Usage: ${usageLine(spec)}`,
    '',
    spec.summary,
    '',
    ...rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`),
  ].join('\n');
}

/** The option or argument a parseArgs error is about, as it quotes it ('--x'). */
const quoted = (message: string) => /'([^']+)'/.exec(message)?.[1] ?? message;

/** Reads `args` for `spec`; `help: true` when -h/--help was given. Throws UsageError on anything else wrong. */
export function parseCommandArgs(
  spec: CommandSpec,
  args: readonly string[],
): { help: boolean; values: OptionValues; positionals: string[] } {
  const options = Object.fromEntries(
    Object.entries({ ...spec.options, help: helpOption }).map(([name, { type, short }]) => [
      name,
      short ? { type, short } : { type },
    ]),
  );
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${quoted(message)}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = /--[\w-]+/.exec(message)?.[0] ?? quoted(message);
      throw new UsageError(
        spec.options[option.slice(2)]?.type === 'boolean'
          ? `${option} takes no value`
          : `${option} needs a value: ${option} ${spec.options[option.slice(2)]?.value ?? 'VALUE'}`,
      );
    }
    throw new UsageError(message);
  }
  const { help, ...values } = parsed.values;
  if (help) return { help: true, values, positionals: parsed.positionals };
  const most = spec.positionals.length;
  if (parsed.positionals.length > most) {
    const extra = parsed.positionals.slice(most).map((p) => `"${p}"`);
    throw new UsageError(
      most === 0
        ? `takes no arguments, got ${extra.join(' ')}`
        : `takes at most ${most} argument${most === 1 ? '' : 's'} (${spec.positionals.map((p) => p.name).join(', ')}), got also ${extra.join(' ')}${spec.name === 'new' ? ': put the title in quotes' : ''}`,
    );
  }
  const missing = spec.positionals.slice(parsed.positionals.length).find((p) => !p.optional);
  if (missing) throw new UsageError(`needs the ${missing.name} argument`);
  return { help: false, values, positionals: parsed.positionals };
}
