// The CLI speaks English, in the very words the options page uses for the same problem.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogTranslator, type MessageCatalog, type Translate } from '../../lib/translate.ts';

const catalog = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'public', '_locales', 'en', 'messages.json'), 'utf8')) as MessageCatalog;

export const english: Translate = catalogTranslator(catalog);
