/**
 * Nothing the clinic didn't say: with the shipped configuration (no statements, no hours), no page of either
 * build states a fact or policy of the clinic that nobody supplied. These are the sentences the site used to
 * invent; tests/build/launch.test.ts shows the clinic's own words appear once it writes them.
 */
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { everyPage, text } from '../support/dist';

const INVENTED = [
  'physicians, nurses and staff', // the team bio
  'write these articles together',
  'someone to take you home', // the consult page's rules
  'you are an adult',
  'share it with your own doctor',
  'does not commit you to treatment',
  'carries no obligation',
  'We offer supervised ketamine therapy', // the introduction
  'migraine, depression and chronic pain', // articles that do not exist
  'migraine, depression or chronic pain',
  'Our clinical team will listen',
  'by phone or in person',
];

describe('with no statements configured', () => {
  const unset = Object.values(site.statements).every((value) => value == null) && site.hours == null;

  it.runIf(unset).each(everyPage())('%s: states nothing the clinic did not supply', (_, page) => {
    const words = text(page.$('body').text());
    for (const sentence of INVENTED) expect(words, sentence).not.toContain(sentence);
    expect(page.html).not.toContain('OpeningHoursSpecification');
    expect(page.$('#footer-hours')).toHaveLength(0);
  });
});
