import type { ReceivedHook } from '../../test/support/webhook-receiver';
import { WebhookReceiver } from '../../test/support/webhook-receiver';

/** The part of an alert's webhook body (apps/alerts alert-body.ts) that says which revision it is about. */
interface AlertBodyKey {
  report?: { id?: string };
  revision?: number;
}

/**
 * The bench's subscriber: notes when the first alert about each (report, revision) arrived, keyed
 * "reportId#revision" like the captures sent, on the tests' webhook receiver (which keeps no bodies here).
 */
export class AlertReceiver {
  readonly seenAt = new Map<string, number>();
  deliveries = 0;
  private readonly receiver = new WebhookReceiver((hook) => this.note(hook), false);

  /** Starts listening; the URL to subscribe. */
  async listen(): Promise<string> {
    await this.receiver.listen();
    return this.receiver.url();
  }

  close(): Promise<void> {
    return this.receiver.close();
  }

  private note({ body, receivedAt }: ReceivedHook): number {
    let key: AlertBodyKey;
    try {
      key = JSON.parse(body) as AlertBodyKey;
    } catch {
      return 400;
    }
    this.deliveries++;
    const id = `${key.report?.id}#${key.revision}`;
    if (!this.seenAt.has(id)) this.seenAt.set(id, receivedAt);
    return 200;
  }
}
