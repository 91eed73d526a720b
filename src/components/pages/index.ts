/**
 * The components an editorial page (content/pages/) may use without importing them: each renders facts from
 * src/config/site.ts or the code, so no page repeats them. Articles cannot use these (src/components/mdx.ts).
 */
import BookingLink from './BookingLink.astro';
import ClinicDetails from './ClinicDetails.astro';
import ClinicEmail from './ClinicEmail.astro';
import ClinicIntroduction from './ClinicIntroduction.astro';
import FullDisclaimer from './FullDisclaimer.astro';
import HostLogs from './HostLogs.astro';
import ReviewPolicy from './ReviewPolicy.astro';
import StorageKeys from './StorageKeys.astro';

export const pageComponents = {
  BookingLink,
  ClinicDetails,
  ClinicEmail,
  ClinicIntroduction,
  FullDisclaimer,
  HostLogs,
  ReviewPolicy,
  StorageKeys,
};
