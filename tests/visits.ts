// The first loads people make, each as a tab opens it: the filmstrip test (tests/e2e/first-paint)
// checks every one, and the bench measures them under Lighthouse beside a static page of each.
import { refundMachine } from '../src/flow/machine';
import { STORAGE_KEY, toEnvelope } from '../src/flow/persist';
import type { StepId } from '../src/flow/steps';
import { CHOICE_KEY } from '../src/i18n/pick';
import { walkTo } from './paths';

const prorated = walkTo('prorated');
const answersUpTo = (step: StepId) => {
  const at = prorated.answers.findIndex((answer) => answer.question === step);
  return Object.fromEntries(prorated.answers.slice(0, at < 0 ? undefined : at).map(({ question, value }) => [question, value]));
};
const stored = (step: StepId): [string, string] => [STORAGE_KEY, toEnvelope(refundMachine.id, { step, answers: answersUpTo(step), review: false })];

export interface Visit {
  /** A short name for the bench's table. */
  id: string;
  name: string;
  path: string;
  /** What the tab holds before the address opens (scripts/bench/filmstrip.js, seedStorage). */
  stored?: { session?: [string, string]; local?: [string, string] };
  /** The language the page settles in, where the address or storage names it. */
  settlesIn?: string;
  /** Measured by the bench too. */
  bench?: boolean;
}

export const VISITS: Visit[] = [
  { id: '/', name: 'the start', path: '/', bench: true },
  { id: '/arsak', name: 'the first question', path: '/arsak' },
  { id: '/land', name: 'a deep link to a question, no answers', path: '/land', bench: true },
  { id: '/land (stored)', name: 'a deep link to a question, answers stored', path: '/land', stored: { session: stored('country') }, bench: true },
  { id: 'outcome reload', name: 'a reload on an outcome', path: '/fordelt-refusjon', stored: { session: stored('prorated') }, bench: true },
  { id: '/agent', name: 'agent mode', path: '/agent', bench: true },
  { id: '/?lng=en', name: 'a link in English', path: '/?lng=en', settlesIn: 'en', bench: true },
  { id: '/?lng=he', name: 'a link in Hebrew', path: '/?lng=he', settlesIn: 'he', bench: true },
  { id: 'preset', name: 'a preset link', path: '/?arsak=avslutte&plan=familie' },
  { id: 'embed', name: 'the embedded start', path: '/?embed=1' },
  { id: 'statement', name: 'the accessibility statement', path: '/tilgjengelighet' },
  { id: 'not found', name: 'an address of no page', path: '/finnes-ikke' },
  { id: 'kept choice', name: 'a choice kept from another visit', path: '/', stored: { local: [CHOICE_KEY, 'de'] }, settlesIn: 'de' },
];
