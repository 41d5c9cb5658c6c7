/**
 * Imported first by the page, before any zod schema is built. zod 4 compiles object parsers
 * with `new Function` unless `jitless` is set, and merely probing for that trips the site's
 * Content-Security-Policy (`script-src 'self'`, no 'unsafe-eval') with a reported violation.
 * The probe runs when the first object schema is created, so this must come before
 * `src/content/schemas/*` is evaluated.
 */
import * as z from 'zod';

z.config({jitless: true});
