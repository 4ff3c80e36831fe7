/**
 * "Report a mistake on this page" (issue 16): a link that opens the reader's own mail app, or a
 * form the deployer runs, with the page's address and version filled in. Set at build time with
 * FEEDBACK_EMAIL or FEEDBACK_URL; with neither, there is no link. The site sends nothing itself.
 */
import { fill } from '../../site/fill';

export interface FeedbackPage {
  title: string;
  url: string;
  version: string;
}

/**
 * The link's address, or undefined when the deployer set nothing (or something unusable).
 *
 * @example feedbackHref({ email: 'a@b.org' }, page, strings) // 'mailto:a@b.org?subject=…&body=…'
 */
export function feedbackHref(
  target: { email?: string | undefined; url?: string | undefined },
  page: FeedbackPage,
  strings: { subject: string; body: string },
): string | undefined {
  const values: Record<string, string> = { ...page };
  if (target.email && /^[^\s@?&#]+@[^\s@?&#]+$/.test(target.email)) {
    const query = `subject=${encodeURIComponent(fill(strings.subject, values))}&body=${encodeURIComponent(fill(strings.body, values))}`;
    return `mailto:${target.email}?${query}`;
  }
  if (target.url) {
    let form: URL;
    try {
      form = new URL(target.url);
    } catch {
      return undefined;
    }
    if (form.protocol !== 'https:' && form.protocol !== 'http:') return undefined;
    form.searchParams.set('page', page.url);
    form.searchParams.set('version', page.version);
    return form.href;
  }
  return undefined;
}
