/** Plain share links: no script, no tracker, nothing loaded from the networks until the reader clicks. */
export interface ShareLink {
  /** `email`, or the network's own name, which is not translated. */
  network: 'email' | 'X' | 'Facebook' | 'LinkedIn';
  href: string;
}

export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { network: 'email', href: `mailto:?subject=${t}&body=${t}%0A%0A${u}` },
    { network: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { network: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
  ];
}
