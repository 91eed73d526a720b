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
  hours: z
    .array(
      z.object({
        days: z.array(z.enum(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])),
        opens: z.string().regex(/^\d{2}:\d{2}$/),
        closes: z.string().regex(/^\d{2}:\d{2}$/),
      }),
    )
    .min(1),
  social: z.array(z.object({ name: z.string(), url: z.url() })),
  disclaimer: z.string().min(1),
  disclosure: z.string().min(1),
  crisisLine: z.string().min(1),
  postsPerPage: z.number().int().positive(),
  /** The highest school grade an article may read at before `npm run check:content` warns (Flesch–Kincaid). */
  readingGradeMax: z.number().min(1).max(18),
  // Corrections and reviews: both optional, rendered only when the clinic fills them in.
  /** Where readers report an error in an article (each article's "Report an error" link); absent: no link. */
  editorialEmail: z.email().optional(),
  /** The clinic's review interval in months: a reviewed article then shows its next review date. */
  reviewIntervalMonths: z.number().int().min(1).max(60).optional(),
});

export type SiteConfig = z.infer<typeof siteSchema>;

const name = 'Ketamine NJ';

export const clinicDefaults = {
  name,
  shortName: 'Ketamine NJ',
  tagline: 'Embrace Relief and Renewal',
  description:
    'Patient education from a New Jersey ketamine clinic: plain-language articles on migraine, depression and chronic pain, with the evidence.',
  introduction:
    'We offer supervised ketamine therapy for adults whose migraine, depression or chronic pain has not responded to other treatments. Our articles explain what ketamine can and cannot do, in plain language, with the research behind it.',
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
  hours: [
    { days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], opens: '09:00', closes: '17:00' },
    { days: ['Saturday'], opens: '09:00', closes: '13:00' },
  ],
  social: [
    { name: 'Facebook', url: 'https://facebook.example.com/ketamine-nj' },
    { name: 'Instagram', url: 'https://instagram.example.com/ketamine-nj' },
  ],
  disclaimer:
    'The information on this website is general education, not medical advice. In the United States ketamine is approved as an anaesthetic and esketamine nasal spray for treatment-resistant depression; other uses, including migraine and chronic pain, are off-label. Talk with a qualified healthcare provider about your own situation before starting or changing any treatment.',
  disclosure: `${name} provides ketamine therapy, the treatment discussed here. We aim to describe the evidence fairly, including its limits.`,
  crisisLine:
    'In a medical emergency, call 911. If you are thinking about suicide or are in crisis, call or text 988.',
  postsPerPage: 10,
  // Patient materials aim at a US school grade of 6 to 8 (NIH, AMA): above that, many patients stop reading.
  readingGradeMax: 8,
  // Corrections and reviews. The editorial address is a visible placeholder like the others; set
  // reviewIntervalMonths only when the clinic has a review policy (e.g. 12): no policy, no next review date.
  editorialEmail: 'corrections@example.com',
} satisfies SiteConfig;

/** SITE_URL (set at build time by the deploy) wins over the configured URL. */
function resolveSite(config: SiteConfig, env: Record<string, string | undefined>): SiteConfig {
  const url = (env['SITE_URL'] ?? config.url).replace(/\/+$/, '');
  return siteSchema.parse({ ...config, url });
}

export const site: SiteConfig = resolveSite(clinicDefaults, process.env);
export { resolveSite };
