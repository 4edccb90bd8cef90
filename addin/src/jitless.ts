/**
 * Imported first by the task pane: zod compiles fast paths with `new Function` unless told not
 * to, and the page's Content-Security-Policy forbids that (no 'unsafe-eval').
 */
import { z } from 'zod';

z.config({ jitless: true });
