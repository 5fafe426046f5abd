// Answers about the names the reader adds: what a new name must not duplicate, add one (checked
// here again, whatever the form said), list, remove and put back (Undo). Every change re-marks
// every open tab at once.
import * as v from 'valibot';
import type { BackgroundRequests } from '../../lib/messages.ts';
import { pathOf } from '../../lib/kb-validate.ts';
import type { Handlers } from '../../lib/messaging.ts';
import { checkName, newNameId, type KnownName } from '../../lib/reading/name-input.ts';
import { ReaderNameSchema, type ReaderName } from '../../lib/reading/records.ts';
import { getNames, markOpened, putName, removeName } from '../../lib/store/reader-knowledge.ts';
import { storeChanged } from './store-changes.ts';
import { database } from './database.ts';
import { forgetReaderNames, knowledgeWithNames } from './reader-knowledge.ts';

async function knownNames(): Promise<KnownName[]> {
  const { kb } = await knowledgeWithNames();
  return kb.entities.map((e) => ({ id: e.id, name: e.name, aliases: e.aliases.map((a) => a.text) }));
}

async function changed<T>(result: T): Promise<T> {
  forgetReaderNames();
  storeChanged({ kind: 'reader' });
  return result;
}

export const nameRequests: Handlers<BackgroundRequests> = {
  'name:known': () => knownNames(),
  'name:list': async () => getNames(await database()),
  'name:add': async (input) => {
    const known = await knownNames();
    const check = checkName(input, known);
    if (!check.ok) return check;
    const { name, kind, aliases, description, relation, from } = check.input;
    const record: ReaderName = { id: newNameId(name, new Set(known.map((k) => k.id))), name, kind, aliases, from, added: new Date().toISOString() };
    if (description) record.description = description;
    if (relation) record.relation = relation;
    const valid = v.safeParse(ReaderNameSchema, record);
    if (!valid.success) return { ok: false, problems: valid.issues.map((i) => ({ field: 'name' as const, kind: 'invalid' as const, detail: `${pathOf(i)} ${i.message}` })) };
    await putName(await database(), valid.output);
    return changed({ ok: true, name: valid.output });
  },
  'name:remove': async ({ id }) => changed((await removeName(await database(), id)) ?? null),
  'name:restore': async ({ name }) => {
    const checked = v.safeParse(ReaderNameSchema, name);
    if (!checked.success) return false;
    await putName(await database(), checked.output);
    return changed(true);
  },
  'entity:opened': async ({ id }) => {
    if (typeof id === 'string' && id.length <= 80) await markOpened(await database(), id);
  },
};
