/** Errors and their messages: the bottom of the policy library, imported by every folder above. */
export * from './message';
export * from './error';
export * from './usage';
