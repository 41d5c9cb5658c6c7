/**
 * zod's global settings, in one place. Every entry point imports this module first (the site
 * config, each script, the form page, and vitest's setupFiles), so the settings are in force
 * before any schema is built, whatever the import order below them. tests/unit/zod-config.test.ts
 * checks that each entry point does.
 *
 * - Dutch default messages: a contributor reads them in `npm run validate` and in the form.
 * - `jitless`: zod 4 otherwise compiles object parsers with `new Function`, and merely probing
 *   for that trips the site's Content-Security-Policy (`script-src 'self'`, no 'unsafe-eval')
 *   with a reported violation. The probe runs when the first object schema is created.
 */
import * as z from 'zod';

z.config(z.locales.nl());
z.config({jitless: true});
