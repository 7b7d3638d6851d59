import { memo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useFlow } from '../state/FlowProvider';
import { useWizardLink } from '../state/entries';
import { answerLabel } from '../i18n/textValues';
import { pathOf, titleKeyOf } from '../flow/snapshot';
import { answeredOnRoute } from '../flow/steps';
import { useT } from '../i18n/useT';

/** GOV.UK's check-answers list: every answer on the route so far, each with "Endre". */
// Memoised: it has no props, and the answers do not change while the person picks a choice.
export const AnswerSummary = memo(function AnswerSummary() {
  const { t, language } = useT('flow');
  const { answers, route } = useFlow((snapshot) => snapshot.context);
  const given = answeredOnRoute(route, answers);
  if (given.length === 0) return null;
  return (
    <section className="answers" aria-labelledby="answers-heading">
      <h2 id="answers-heading">{t('common:answers.heading')}</h2>
      <dl>
        {given.map((question) => (
          <div className="answers__row" key={question}>
            <dt>{t(`flow:${question}.summary`)}</dt>
            <dd>{answerLabel(question, answers, language, t)}</dd>
            <dd className="answers__change">
              <ChangeLink path={pathOf(question)}>
                {t('common:answers.change')}
                <span className="visually-hidden">
                  {' '}
                  {t('common:answers.changeHidden', { question: t(`flow:${titleKeyOf(question, answers)}`) })}
                </span>
              </ChangeLink>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
});

/** «Endre» opens the question as a page of its own; the machine then reviews the answers after it. */
function ChangeLink({ path, children }: { path: string; children: ReactNode }) {
  return <Link {...useWizardLink(path, true)}>{children}</Link>;
}
