// Build step: compiles seeds/ into the bundled KB and publishes the KB format as JSON Schema.
// Both land in public/, so WXT ships them as plain files: /kb.json and /kb.schema.json.
// With arguments, the publisher's commands instead (build, check, csv: scripts/kb/cli.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toJsonSchema, type JsonSchema, type OverrideActionContext } from '@valibot/to-json-schema';
import { SeedError } from '../lib/compile-kb.ts';
import { KnowledgeBaseSchema } from '../lib/kb-schema.ts';
import { runKbCommand } from './kb/cli.ts';
import { buildBundledKb } from './seeds.ts';

const PUBLIC_DIR = join(import.meta.dirname, '..', 'public');

export function kbJsonSchema(): object {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'News-context knowledge base',
    description: 'The format the extension bundles, syncs from a URL and imports. Generated from lib/kb-schema.ts.',
    ...toJsonSchema(KnowledgeBaseSchema, { errorMode: 'throw', overrideAction: oneOfRequired }),
  };
}

/** The schema's two `check`s say "at least one of these keys": en or de; description or summary. */
function oneOfRequired({ valibotAction, jsonSchema }: OverrideActionContext): JsonSchema | undefined {
  if (valibotAction.type !== 'check') return undefined;
  const keys = Object.keys(jsonSchema.properties ?? {});
  const either = keys.includes('description') ? ['description', 'summary'] : ['en', 'de'];
  return { ...jsonSchema, anyOf: either.map((key) => ({ required: [key] })) };
}

function main(): void {
  try {
    const kb = buildBundledKb();
    mkdirSync(PUBLIC_DIR, { recursive: true });
    writeFileSync(join(PUBLIC_DIR, 'kb.json'), `${JSON.stringify(kb, null, 2)}\n`);
    writeFileSync(join(PUBLIC_DIR, 'kb.schema.json'), `${JSON.stringify(kbJsonSchema(), null, 2)}\n`);
    const contexts = kb.entities.reduce((n, e) => n + e.contexts.length, 0);
    console.log(`KB version ${kb.version}: ${kb.entities.length} entities, ${contexts} contexts → public/kb.json, public/kb.schema.json`);
  } catch (error) {
    if (!(error instanceof SeedError)) throw error;
    console.error(`The seeds are broken, so the KB was not built.\n${error.message}`);
    process.exit(1);
  }
}

if (process.argv[1] === import.meta.filename) {
  const args = process.argv.slice(2);
  if (args.length) process.exitCode = await runKbCommand(args);
  else main();
}
