import type { SiteConfig } from '../config/site';

type Hours = NonNullable<SiteConfig['hours']>[number];

export function streetAddressLines(address: SiteConfig['address']): [string, string] {
  return [address.street, `${address.locality}, ${address.region} ${address.postalCode}`];
}

function time12h(time: string): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const suffix = h >= 12 ? 'p.m.' : 'a.m.';
  const hour = h % 12 || 12;
  return m ? `${hour}:${String(m).padStart(2, '0')} ${suffix}` : `${hour} ${suffix}`;
}

const WEEK = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function dayRange(days: Hours['days']): string {
  const short = days.map((day) => day.slice(0, 3));
  const indices = days.map((day) => WEEK.indexOf(day));
  const consecutive = indices.every((index, i) => i === 0 || index === (indices[i - 1] ?? -2) + 1);
  return consecutive && short.length > 2 ? `${short[0]}–${short.at(-1)}` : short.join(', ');
}

/** "Mon–Fri: 9 a.m.–5 p.m." lines for the footer and the consult page; none when the clinic gave no hours. */
export function openingHoursLines(hours: SiteConfig['hours']): string[] {
  return (hours ?? []).map((h) => `${dayRange(h.days)}: ${time12h(h.opens)}–${time12h(h.closes)}`);
}
