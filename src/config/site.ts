/**
 * Every fact about the clinic lives here, once. Templates, metadata, JSON-LD and the feed read it;
 * none of them repeat a fact. The defaults are visibly fictional (example.com, a 555-01xx number):
 * replace them with the clinic's real details before going live (see README, "Configure the clinic").
 */
import { z } from 'astro/zod';

/** Languages the site has interface strings for (src/lib/i18n.ts); a Spanish edition will add 'es-US'. */
export const LANGUAGES = ['en-US'] as const;
export type Lang = (typeof LANGUAGES)[number];

const siteSchema = z.object({
  name: z.string().min(1),
  shortName: z.string().min(1).max(12),
  tagline: z.string().min(1),
  description: z.string().min(50).max(160),
  introduction: z.string().min(1),
  url: z
    .url({ error: 'url (or SITE_URL) must be a full address, like https://www.example.com' })
    .refine((url) => !URL.canParse(url) || ['', '/'].includes(new URL(url).pathname), {
      error:
        'url (or SITE_URL) must be the site root, like https://www.example.com: the site cannot live in a sub-folder',
    }),
  /** The clinic's time zone: publication dates are calendar days there. */
  timeZone: z.string().refine((zone) => {
    try {
      new Intl.DateTimeFormat(undefined, { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'timeZone must be an IANA zone such as America/New_York'),
  /** The site's language (BCP 47). Interface strings, dates and the JSON-LD follow it. */
  lang: z.enum(LANGUAGES),
  phone: z.object({
    display: z.string().min(1),
    e164: z.string().regex(/^\+1\d{10}$/, 'phone.e164 must look like +12015550123'),
  }),
  bookingUrl: z.url(),
  email: z.email(),
  address: z.object({
    street: z.string().min(1),
    locality: z.string().min(1),
    region: z.literal('NJ'),
    postalCode: z.string().regex(/^\d{5}$/),
    country: z.literal('US'),
  }),
  /** Opening hours: required before launch (LAUNCH=1); null if the clinic publishes none (by appointment). */
  hours: z
    .array(
      z.object({
        days: z.array(z.enum(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])),
        opens: z.string().regex(/^\d{2}:\d{2}$/),
        closes: z.string().regex(/^\d{2}:\d{2}$/),
      }),
    )
    .min(1)
    .nullish(),
  social: z.array(z.object({ name: z.string(), url: z.url() })),
  disclaimer: z.string().min(1),
  disclosure: z.string().min(1),
  crisisLine: z.string().min(1),
  postsPerPage: z.number().int().positive(),
  /** The highest school grade an article may read at before `npm run check:content` warns (Flesch–Kincaid). */
  readingGradeMax: z.number().min(1).max(18),
  /**
   * What the clinic says about itself and how it works: each statement is the clinic's own words and is shown
   * only when filled in (nothing is invented in its place). Left out, `npm run check:content` lists it in its
   * launch warning; null says nothing on purpose and silences the reminder. See README, "Configure the clinic".
   */
  statements: z
    .object({
      /** What the clinic offers and to whom; the home page shows it after the introduction. */
      services: z.string().min(1).nullish(),
      /** Who the clinical team is and how it writes the articles; shown on the default author's page. */
      team: z.string().min(1).nullish(),
      /** A sentence on what a consultation commits the patient to; shown in every "Consult a provider" box. */
      consultation: z.string().min(1).nullish(),
      /** Who may be a candidate for treatment at the clinic (the consult page lists them). */
      candidates: z.array(z.string().min(1)).min(1).nullish(),
      /** What a first consultation involves, step by step (the consult page lists them in order). */
      firstVisit: z.array(z.string().min(1)).min(1).nullish(),
    })
    .strict()
    .default({}),
  /** security.txt's Contact (mailto:, https: or tel:); the clinic's email when left out. */
  securityContact: z
    .string()
    .regex(/^(mailto:|https:\/\/|tel:)\S+$/, 'securityContact must start with mailto:, https:// or tel:')
    .optional(),
  // Editorial pages (content/pages/): facts only the clinic can supply. Each is optional; left out, its page
  // says nothing about it rather than guess.
  /** How the clinic reviews an article before and after publishing (who, how often): /editorial-policy/. */
  editorialReviewPolicy: z.string().trim().min(1).optional(),
  /** What the web host records of each visit (addresses, pages, times) and how long it keeps it: /privacy/. */
  hostLogs: z.string().trim().min(1).optional(),
  // Corrections and reviews: both optional, rendered only when the clinic fills them in.
  /** Where readers report an error in an article (each article's "Report an error" link); absent: no link. */
  editorialEmail: z.email().optional(),
  /** The clinic's review interval in months: a reviewed article then shows its next review date. */
  reviewIntervalMonths: z.number().int().min(1).max(60).optional(),
  security: z
    .object({
      /**
       * Ask browsers to preload HTTPS-only for the domain (HSTS `preload`). Off until the clinic opts in: once
       * listed at hstspreload.org, the domain and every subdomain (mail, booking, staff tools) must serve HTTPS,
       * and leaving the list takes months.
       */
      hstsPreload: z.boolean().default(false),
    })
    .strict()
    .default({ hstsPreload: false }),
  /**
   * The browser editor at /admin/ (README, "Browser editor (one-time setup)"): the GitHub repository it commits
   * to, the branch the host builds, and the OAuth helper that signs staff in. Unset: /admin/ says so and offers
   * only "Work with Local Repository".
   */
  editor: z
    .object({
      repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'editor.repo must be owner/name, like my-clinic/website'),
      branch: z.string().min(1).default('main'),
      authEndpointUrl: z
        .url({ error: 'editor.authEndpointUrl must be the full address of the OAuth helper' })
        .optional(),
    })
    .strict()
    .optional(),
});

export type SiteConfig = z.infer<typeof siteSchema>;

const name = 'Ketamine NJ';

export const clinicDefaults = {
  name,
  shortName: 'Ketamine NJ',
  tagline: 'Embrace Relief and Renewal',
  // Description and introduction say only what is true of the site; the clinic's own words go in `statements`.
  description: `Patient-education articles from ${name}, a New Jersey clinic that provides ketamine therapy.`,
  introduction: `${name} is a New Jersey clinic that provides ketamine therapy. Here it publishes articles for patients about ketamine and the conditions it is used for.`,
  url: 'https://www.example.com',
  timeZone: 'America/New_York',
  lang: 'en-US',
  phone: { display: '(201) 555-0123', e164: '+12015550123' },
  bookingUrl: 'https://booking.example.com/ketamine-nj',
  email: 'care@example.com',
  address: {
    street: '100 Example Avenue, Suite 200',
    locality: 'Montclair',
    region: 'NJ',
    postalCode: '07042',
    country: 'US',
  },
  // No invented hours: fill in the clinic's own, e.g. [{ days: ['Monday'], opens: '09:00', closes: '17:00' }].
  hours: undefined,
  social: [
    { name: 'Facebook', url: 'https://facebook.example.com/ketamine-nj' },
    { name: 'Instagram', url: 'https://instagram.example.com/ketamine-nj' },
  ],
  disclaimer:
    'The information on this website is general education, not medical advice. In the United States ketamine is approved as an anesthetic, and esketamine nasal spray for treatment-resistant depression and for depressive symptoms with acute suicidal ideation; other uses, including migraine and chronic pain, are off-label. Talk with a qualified healthcare provider about your own situation before starting or changing any treatment.',
  disclosure: `${name} provides ketamine therapy, the treatment discussed here. We aim to describe the evidence fairly, including its limits.`,
  crisisLine:
    'In a medical emergency, call 911. If you are thinking about suicide or are in crisis, call or text 988.',
  postsPerPage: 10,
  // Patient materials aim at a US school grade of 6 to 8 (NIH, AMA): above that, many patients stop reading.
  readingGradeMax: 8,
  // What the clinic says about itself (see the schema above): nothing until the clinic supplies its words.
  statements: {},
  securityContact: undefined,
  // Corrections and reviews. The editorial address is a visible placeholder like the others; set
  // reviewIntervalMonths only when the clinic has a review policy (e.g. 12): no policy, no next review date.
  editorialEmail: 'corrections@example.com',
  // HSTS preload binds every subdomain to HTTPS for months: only once the clinic has decided to (see schema).
  security: { hstsPreload: false },
  // The browser editor's repository: a visible placeholder like the others (README, "Browser editor (one-time
  // setup)"). Until it names the clinic's repository, signing in with GitHub fails; "Work with Local Repository"
  // works. Remove it to have /admin/ say that publishing is not set up.
  editor: { repo: 'example-clinic/website', branch: 'main' },
} satisfies SiteConfig;

/** SITE_URL (set at build time by the deploy) wins over the configured URL. */
function resolveSite(config: SiteConfig, env: Record<string, string | undefined>): SiteConfig {
  const url = (env['SITE_URL'] ?? config.url).replace(/\/+$/, '');
  return siteSchema.parse({ ...config, url });
}

export const site: SiteConfig = resolveSite(clinicDefaults, process.env);
export { resolveSite };
