/**
 * Every address the wizard ever links to. Nothing from an address bar, storage or a message
 * becomes a link: strings name a link by its id, and only ids listed here render as links.
 */
export const LINK_IDS = [
  'subscriptions',
  'payments',
  'investigate',
  'terms',
  'quotas',
  'prorated',
  'contact',
  'googlePlay',
  'googlePlayCancel',
  'apple',
] as const;

export type LinkId = (typeof LINK_IDS)[number];

/**
 * Microsoft's sites take the language in the path (they have no nynorsk, so bokmål serves it);
 * account.microsoft.com follows the account. Google's help takes `hl`, with its old code for Hebrew.
 */
const MICROSOFT_LOCALE: Record<string, string> = {
  nb: 'nb-no',
  nn: 'nb-no',
  en: 'en-us',
  sv: 'sv-se',
  da: 'da-dk',
  fi: 'fi-fi',
  de: 'de-de',
  he: 'he-il',
};
const GOOGLE_LANGUAGE: Record<string, string> = { nb: 'no', nn: 'no', en: 'en', sv: 'sv', da: 'da', fi: 'fi', de: 'de', he: 'iw' };

export function linksFor(language: string): Record<LinkId, string> {
  const ms = MICROSOFT_LOCALE[language] ?? 'en-us';
  const hl = GOOGLE_LANGUAGE[language] ?? 'en';
  return {
    subscriptions: 'https://account.microsoft.com/services',
    payments: 'https://account.microsoft.com/billing/payments',
    investigate: `https://support.microsoft.com/${ms}/account-billing/398c5328-364c-d5e4-ea8f-f5ad60562a93`,
    terms: `https://www.microsoft.com/${ms}/storedocs/terms-of-sale`,
    quotas: `https://support.microsoft.com/${ms}/office/2a261b34-421c-4a47-9901-74ef5bd0c426`,
    prorated: `https://support.microsoft.com/${ms}/account-billing/38c81df4-10c1-f3eb-8d2f-b04f980c435f`,
    contact: `https://support.microsoft.com/${ms}/contactus`,
    googlePlay: `https://support.google.com/googleplay/answer/2479637?hl=${hl}`,
    googlePlayCancel: `https://support.google.com/googleplay/answer/7018481?hl=${hl}`,
    apple: 'https://reportaproblem.apple.com',
  };
}
