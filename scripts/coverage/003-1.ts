import type { CoverageEntries } from './types';

/** Catalog IDs of 003-1 (catalog §0.1) and how each is covered. */
export const entries: CoverageEntries = {
  '003-1-1-DAILY-1800': { title: 'During the week before a joint event: each division hands in the day\'s confirmed invitees before 18:00', state: 'undecided' },
  '003-1-1-D1-EARLIER': { title: 'Division 1 must finish its planned invitations one day earlier than Division 2', state: 'undecided' },
  '003-1-3-EVENTDAY': { title: 'Event day: confirmed-invitee files handed in by 10:00 (afternoon event) or 16:00 (evening event)', state: 'undecided' },
  '003-1-3-LATE-10': { title: 'Joint event week: late or missing daily invitee file → 10元 per instance from the division head', state: 'undecided' },
  '003-1-6-DISPUTE-100': { title: 'Two divisions\' staff argue in front of a customer, or do not settle afterwards via the heads and coordinator → 100元 each', state: 'undecided' },
  '003-1-6-GM': { title: 'Joint events: disputes settled after the event by both heads and the coordinator; if the coordinator cannot decide → general manager promptly', state: 'undecided' },
  '003-1-1-FILE-QUALITY': { title: 'Invitee files: complete, clear, tidy', state: 'undecided' },
  '003-1-1-CUTOFF-1800': { title: 'Invitations made after 18:00 count as the next day\'s invitations', state: 'undecided' },
  '003-1-2-LATE-LOSES': { title: 'A division that hands in its confirmed list late (or not at all) loses a customer who is then invited and confirmed by the other division', state: 'undecided' },
  '003-1-4-EXCLUSIVE': { title: 'A customer already confirmed by one division may not be invited by the other; customers brought by a division (speakers, crowd-warmers) likewise, provided the list was submitted in advance — otherwise void; duplicates decided by the coordinator, fairly and openly', state: 'undecided' },
  '003-1-5-CREDIT': { title: 'At the event, the customer\'s former follow-up employee may help sell, but only with the current inviter\'s consent and never pitching at the same time; any sale is credited to the current inviter', state: 'undecided' },
};
