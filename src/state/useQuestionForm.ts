import { type FormEvent, useState } from 'react';
import { previousStepOf } from '../flow/snapshot';
import type { AnswerOf, QuestionId } from '../flow/steps';
import { useFlow, useFlowActor } from './FlowProvider';

/**
 * A question's form, for the customer's page and agent mode alike: the choice starts as the answer
 * given (or `suggested`), choosing clears the error, and submitting with nothing chosen shows it
 * instead of answering. The machine checks the answer again: it only records one the question offers.
 */
export function useQuestionForm<Q extends QuestionId>(question: Q, suggested = '') {
  const actor = useFlowActor();
  const given = useFlow((snapshot) => snapshot.context.answers[question] as AnswerOf<Q> | undefined);
  const [value, setValue] = useState<string>(() => given ?? suggested);
  const [error, setError] = useState(false);
  return {
    value,
    error,
    choose(next: string) {
      setValue(next);
      if (next !== '') setError(false);
    },
    submit(event?: FormEvent) {
      event?.preventDefault();
      if (value === '') setError(true);
      else actor.send({ type: 'ANSWER', value });
    },
  };
}

/** The step before this one on the route, if any. */
export function usePreviousStep() {
  return useFlow(previousStepOf);
}
