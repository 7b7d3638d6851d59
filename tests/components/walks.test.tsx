import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { linksFor } from '../../src/config/links';
import { countryName } from '../../src/i18n/format';
import type { Language } from '../../src/i18n/languages';
import { titleKeyOf } from '../../src/flow/snapshot';
import type { Answers } from '../../src/flow/steps';
import { answerLabel, textValues } from '../../src/i18n/textValues';
import { type Walk, shortestWalkToEachOutcome } from '../paths';

const answersOf = (walk: Walk): Answers => Object.fromEntries(walk.answers.map((a) => [a.question, a.value])) as Answers;
import { renderWizard } from './render';

const walks = [...shortestWalkToEachOutcome()];

beforeEach(() => sessionStorage.clear());

describe.each<Language>(['nb', 'en'])('every shortest walk to an outcome, clicked through in %s', (language) => {
  it.each(walks)('%s', async (outcome, walk) => {
    const user = userEvent.setup();
    const { t } = await renderWizard({ language });
    await user.click(screen.getByRole('link', { name: t('flow:start.button') }));

    const given: Answers = {};
    for (const { question, value } of walk.answers) {
      const heading = screen.getByRole('heading', { level: 1 });
      expect(heading).toHaveTextContent(t(`flow:${titleKeyOf(question, given)}`, textValues(given, language, t)));
      const group = within(screen.getByRole('main')).getByRole('group');
      expect(group.querySelector('legend h1')).toBe(heading);
      if (question === 'country') {
        await chooseCountry(user, value, language);
      } else {
        await user.click(within(group).getByRole('radio', { name: answerLabel(question, { ...given, [question]: value }, language, t) }));
      }
      await user.click(screen.getByRole('button', { name: t('common:continue') }));
      Object.assign(given, { [question]: value });
    }

    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveFocus();
    expect(heading).toHaveTextContent(t(`flow:${titleKeyOf(outcome, given)}`, textValues(given, language, t)));

    const answers = screen.getByRole('region', { name: t('common:answers.heading') });
    for (const { question } of walk.answers) {
      expect(within(answers).getByText(answerLabel(question, given, language, t))).toBeInTheDocument();
    }
    expect(within(answers).getAllByRole('link', { name: new RegExp(t('common:answers.change')) })).toHaveLength(
      walk.answers.length,
    );

    const help = screen.getByRole('complementary', { name: t('common:moreHelp.heading') });
    expect(within(help).getByRole('link')).toHaveAttribute('href', linksFor(language).contact);
  });
});

/** The full list of countries comes a frame after the page (CountrySelect). */
async function chooseCountry(user: ReturnType<typeof userEvent.setup>, code: string, language: Language) {
  await screen.findByRole('option', { name: countryName(code, language) });
  await user.selectOptions(screen.getByRole('combobox'), code);
}

describe('the facts each outcome must show', () => {
  const textAfter = async (outcome: string, language: Language = 'nb') => {
    const walk = shortestWalkToEachOutcome().get(outcome as never)!;
    const user = userEvent.setup();
    const { t } = await renderWizard({ language });
    await user.click(screen.getByRole('link', { name: t('flow:start.button') }));
    for (const { question, value } of walk.answers) {
      if (question === 'country') await chooseCountry(user, value, language);
      else await user.click(screen.getByRole('radio', { name: answerLabel(question, { ...answersOf(walk), [question]: value }, language, t) }));
      await user.click(screen.getByRole('button', { name: t('common:continue') }));
    }
    return screen.getByRole('main');
  };

  it('prorated: names the country the person cancels in and the ten countries (F6)', async () => {
    const main = await textAfter('prorated');
    expect(main).toHaveTextContent('fordi du avslutter i Danmark');
    for (const name of ['Canada', 'Finland', 'Tyskland', 'Israel', 'Sør-Korea', 'Nederland', 'Polen', 'Portugal', 'Tyrkia']) {
      expect(main).toHaveTextContent(name);
    }
    expect(within(main).getByRole('link', { name: /Microsofts artikkel om fordelt refusjon/ })).toHaveAttribute(
      'href',
      linksFor('nb').prorated,
    );
  });

  it('not guaranteed: says Norway is not among them, and links the Terms of Sale (F2, F6, F11)', async () => {
    const main = await textAfter('notGuaranteed');
    expect(main).toHaveTextContent('fordi landet du avslutter i (Norge), ikke er på listen');
    expect(main).not.toHaveTextContent(/bare i/);
    expect(main).toHaveTextContent('Ikke alle som avslutter, får refusjon');
    expect(within(main).getByRole('link', { name: /salgsvilkårene/ })).toHaveAttribute('href', linksFor('nb').terms);
  });

  it('app store: names the store and links its refund page (F5)', async () => {
    const main = await textAfter('appStore');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Google Play');
    expect(within(main).getByRole('link', { name: /Google Plays side om refusjon/ })).toHaveAttribute(
      'href',
      linksFor('nb').googlePlay,
    );
    expect(within(main).queryByRole('link', { name: /Apples side/ })).toBeNull();
  });

  it('check the charge: links Manage payments and the how-to (F3)', async () => {
    const main = await textAfter('checkCharge', 'en');
    expect(within(main).getByRole('link', { name: /Manage payments/ })).toHaveAttribute('href', linksFor('en').payments);
    expect(within(main).getByRole('link', { name: /look into a charge/ })).toHaveAttribute('href', linksFor('en').investigate);
  });

  it('already set to expire: nothing more to do, no further charge (F9)', async () => {
    const main = await textAfter('alreadyExpiring');
    expect(main).toHaveTextContent('Du trenger ikke gjøre noe mer');
    expect(main).toHaveTextContent('ikke belastet etter den datoen');
    expect(main).toHaveTextContent('fram til abonnementet utløper');
  });
});
