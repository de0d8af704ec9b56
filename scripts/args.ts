// The scripts' command lines, read with Node's util.parseArgs: options declared, an unknown one
// refused by its name, and the usage printed on a mistake.
import { type ParseArgsConfig, parseArgs } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * @param name the script, as messages name it
 * @param usage the line printed when the command line is wrong
 * @param positionals how many bare arguments are allowed: [at least, at most]
 */
export function commandLine<T extends Options>(name: string, usage: string, options: T, { positionals: [least, most] = [0, 0] }: { positionals?: [number, number] } = {}) {
  try {
    const parsed = parseArgs({ args: process.argv.slice(2), options, allowPositionals: most > 0, strict: true });
    if (parsed.positionals.length < least || parsed.positionals.length > most) throw new TypeError(`expected ${least === most ? least : `${least} to ${most}`} argument${most === 1 ? '' : 's'}, found ${parsed.positionals.length}`);
    return parsed;
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    console.error(`${name}: ${error.message}\n${usage}`);
    process.exit(1);
  }
}
