/**
 * Linked citations over the built sites, read with a real HTML parser: every superscript links to its entry in
 * the Sources list and each entry back to every place that cites it; DOIs come only from the references
 * collection; the JSON-LD cites the same works as the list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REVIEWED } from '../support/fixture-facts';
import { builtPages, fixtureSite, liveSite, text, type BuiltPage } from '../support/dist';

const REFERENCES_DIR = new URL('../fixtures/site/references/', import.meta.url);
/** The fixture site's references collection: DOI by id. */
const DOI_BY_ID = new Map(
  readdirSync(REFERENCES_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => {
      const data = parse(readFileSync(new URL(name, REFERENCES_DIR), 'utf8')) as { doi: string };
      return [name.replace(/\.yaml$/, ''), String(data.doi)] as const;
    }),
);

function citationsOf(page: BuiltPage) {
  const { $ } = page;
  const cites = $('article .prose sup.cite > a')
    .toArray()
    .map((el) => ({
      href: $(el).attr('href') ?? '',
      id: $(el).attr('id') ?? '',
      label: $(el).attr('aria-label') ?? '',
      shown: text($(el).text()),
    }));
  const entries = $('section[aria-labelledby="sources"] ol > li')
    .toArray()
    .map((el) => ({
      id: $(el).attr('id') ?? '',
      dois: $(el)
        .find('a[href^="https://doi.org/"]')
        .toArray()
        .map((a) => $(a).attr('href')),
      back: $(el)
        .find('a[href^="#cite-"]')
        .toArray()
        .map((a) => ({ href: $(a).attr('href') ?? '', label: $(a).attr('aria-label') ?? '' })),
    }));
  return { cites, entries };
}

function jsonLdCitationDois(page: BuiltPage): string[] {
  const graph = JSON.parse(page.$('script[type="application/ld+json"]').text())['@graph'] as Record<
    string,
    any
  >[];
  const posting = graph.find((node) => node['@type'] === 'BlogPosting');
  return (posting?.['citation'] ?? []).map((work: Record<string, any>) => {
    expect(work['@type']).toBe('ScholarlyArticle');
    const doi = work['identifier'].find((id: Record<string, string>) => id['propertyID'] === 'DOI').value;
    expect(work['sameAs']).toContain(`https://doi.org/${doi}`);
    return doi;
  });
}

describe('citations in the fixture article', () => {
  const page = fixtureSite.page(REVIEWED.path);
  const { cites, entries } = citationsOf(page);

  it('links every superscript to an existing Sources entry, announced as "source N" with N its place in the list', () => {
    expect(cites).toHaveLength(REVIEWED.sources.reduce((sum, source) => sum + source.citedTimes, 0));
    for (const cite of cites) {
      const index = entries.findIndex((entry) => `#${entry.id}` === cite.href);
      expect(index, `${cite.href} leads to no Sources entry`).toBeGreaterThanOrEqual(0);
      expect(cite.shown).toBe(String(index + 1));
      expect(cite.label).toBe(`source ${index + 1}`);
    }
  });

  it('gives every place cited its own id, and links each entry back to every one of them', () => {
    const ids = cites.map((cite) => cite.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of entries) {
      const citing = cites.filter((cite) => cite.href === `#${entry.id}`).map((cite) => `#${cite.id}`);
      expect(entry.back.map((link) => link.href).sort()).toEqual(citing.sort());
      for (const link of entry.back) expect(link.label).toMatch(/^Back to .*source \d+$/);
    }
  });

  it('lists the sources in order of first use, each cited as often as the text cites it', () => {
    expect(entries.map((entry) => entry.id)).toEqual(REVIEWED.sources.map((source) => `source-${source.id}`));
    expect(entries.map((entry) => entry.back.length)).toEqual(
      REVIEWED.sources.map((source) => source.citedTimes),
    );
  });

  it("links each entry to its reference's DOI", () => {
    for (const entry of entries) {
      const doi = DOI_BY_ID.get(entry.id.replace(/^source-/, ''));
      expect(doi, entry.id).toBeDefined();
      expect(entry.dois).toEqual([`https://doi.org/${doi}`]);
    }
  });

  it('cites the same works in its JSON-LD as in its Sources list, in the same order', () => {
    expect(jsonLdCitationDois(page).map((doi) => `https://doi.org/${doi}`)).toEqual(
      entries.flatMap((entry) => entry.dois),
    );
  });
});

describe('DOIs across the fixture site', () => {
  const known = new Set(DOI_BY_ID.values());
  it.each(builtPages().map((p) => [p.path, p] as const))(
    '%s shows only DOIs of the references collection',
    (_, p) => {
      const shown = [...p.html.matchAll(/(?:doi\.org\/|doi:\s*)(10\.\d{4,9}\/[^\s"'<>]+)/gi)].map(
        (match) => match[1],
      );
      for (const doi of shown) expect(known, `${p.path} shows doi ${doi}`).toContain(doi);
    },
  );
});

describe('citations in the live migraine article', () => {
  const page = liveSite.page('/blog/ketamine-migraine-treatment/');
  const { cites, entries } = citationsOf(page);

  it('cites at least five sources in its text, and lists exactly the sources it cites', () => {
    const cited = new Set(cites.map((cite) => cite.href));
    expect(cited.size).toBeGreaterThanOrEqual(5);
    expect(entries.map((entry) => `#${entry.id}`).sort()).toEqual([...cited].sort());
    expect(jsonLdCitationDois(page)).toHaveLength(entries.length);
  });
});
