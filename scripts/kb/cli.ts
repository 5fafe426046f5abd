// The publisher's commands behind `npm run kb -- …` (plain `npm run kb` builds the bundled KB).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isoDate } from '../../lib/publisher/meta-values.ts';
import { buildFolder } from './build-folder.ts';
import { checkFile, checkUrl } from './check-kb-file.ts';
import { csvToKb } from './csv-to-kb.ts';
import { finish } from './output.ts';

export const USAGE = `usage:
  npm run kb                                    build the bundled KB from seeds/ (part of npm run build)
  npm run kb -- build DIR --out FILE [--strict] [--lang en|de]
        compile DIR/entities.json, DIR/glossary.csv (if there) and every article in DIR
        (.txt, .md, .html, each with <name>.json or front matter) into a KB
  npm run kb -- check FILE|URL                  validate a KB file, or one served at an https URL
  npm run kb -- csv FILE --out FILE [--lang en|de] [--title T] [--version N] [--released YYYY-MM-DD] [--strict]
        make a KB of a CSV glossary (columns: name, aliases, kind, description, URL)
  --strict: warnings fail too. --lang: the language of a description column that names none (default en).`;

class UsageError extends Error {}

function language(value: string | undefined): 'en' | 'de' {
  if (value === undefined || value === 'en' || value === 'de') return value ?? 'en';
  throw new UsageError(`--lang should be en or de, not "${value}"`);
}

function needOut(out: string | undefined): void {
  if (!out) throw new UsageError('--out FILE is missing: where should the KB be written?');
}

async function run(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      strict: { type: 'boolean', default: false },
      lang: { type: 'string' },
      title: { type: 'string' },
      version: { type: 'string' },
      released: { type: 'string' },
    },
  });
  const [command, target, ...extra] = positionals;
  if (!target || extra.length) throw new UsageError(target ? `one ${command === 'check' ? 'file or URL' : 'input'} at a time, not also "${extra[0]}"` : 'what should it read?');
  switch (command) {
    case 'build': {
      needOut(values.out);
      const built = await buildFolder(resolve(target), { lang: language(values.lang) });
      return finish(built.kb, built.problems, values.out!, values.strict);
    }
    case 'check': {
      const report = /^https?:\/\//i.test(target) ? await checkUrl(target) : checkFile(target);
      for (const line of [...report.errors, ...report.warnings]) process.stderr.write(`${line}\n`);
      process.stdout.write(`${report.summary}\n`);
      return report.ok ? 0 : 1;
    }
    case 'csv': {
      needOut(values.out);
      const version = Number(values.version ?? 1);
      if (!Number.isInteger(version) || version < 1) throw new UsageError(`--version should be a whole number from 1, not "${values.version}"`);
      const released = values.released === undefined ? new Date().toISOString().slice(0, 10) : isoDate(values.released);
      if (!released) throw new UsageError(`--released should be a date like 2026-11-28, not "${values.released}"`);
      const made = csvToKb(resolve(target), { lang: language(values.lang), version, released, title: values.title });
      return finish(made.kb, made.problems, values.out!, values.strict);
    }
    default:
      throw new UsageError(`"${command}" is not a command`);
  }
}

export async function runKbCommand(args: string[]): Promise<number> {
  try {
    return await run(args);
  } catch (error) {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!usage) throw error;
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
}
