import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { hostOf } from '@palimpsest/platform';
import { refusalReason } from './address-policy';

/** Problems with a URL's form alone (no network). */
export function webhookUrlFormProblem(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw === '') return '"url" is required: the webhook that receives alerts';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return '"url" is not a valid URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return '"url" must be an http or https URL';
  if (url.username || url.password) return '"url" must not carry credentials; alerts are signed instead';
  return null;
}

/**
 * Refuses webhook URLs that resolve to loopback, private or link-local
 * addresses unless WEBHOOK_ALLOWLIST names the host or the address. Only DNS
 * is consulted: nothing is ever sent to the address being checked.
 */
export async function checkWebhookUrl(raw: string, allowlist: readonly string[]): Promise<string | null> {
  const formProblem = webhookUrlFormProblem(raw);
  if (formProblem) return formProblem;
  const host = hostOf(new URL(raw));
  if (isIP(host)) return refusalReason(host, [host], allowlist);
  try {
    const addresses = await lookup(host, { all: true });
    return refusalReason(
      host,
      addresses.map(({ address }) => address),
      allowlist,
    );
  } catch {
    return `webhook host ${host} does not resolve`;
  }
}
