import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtProfileFiles } from '../../scripts/gen-profiles';
import { kindOf } from '../kinds';
import { contactCriteriaSchema, DEFAULT_CONTACT } from '../profile/definitions';
import { isLoaded } from '../profile/loaded';
import { parseProfile } from '../profile/load';
import { getProfile, PROFILE_IDS } from '.';
import { PROFILE_SOURCES } from './sources';

const src = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

describe('built-in profiles are checked at build time', () => {
  it('every generated file is what `pnpm gen:profiles` writes now (run it after editing a profile)', async () => {
    for (const [path, text] of await builtProfileFiles()) expect(readFileSync(src(path), 'utf8'), path).toBe(text);
  });

  it.each(PROFILE_IDS)('%s: the loaded data equals parseProfile of its source, each rule with its kind', (id) => {
    const built = getProfile(id);
    expect(isLoaded(built)).toBe(true);
    expect(JSON.parse(JSON.stringify(built))).toEqual(JSON.parse(JSON.stringify(parseProfile(structuredClone(PROFILE_SOURCES[id])))));
    for (const rule of built.rules) expect(kindOf(rule).id).toBe(rule.kind);
  });

  it('the engine\'s default contact criteria are the schema\'s defaults', () => {
    expect(DEFAULT_CONTACT).toEqual(contactCriteriaSchema.parse({}));
  });
});
