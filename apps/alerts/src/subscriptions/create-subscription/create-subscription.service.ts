import { BadRequestException, Injectable, Logger } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { AlertsResources } from '../../alerts-resources';
import { checkWebhookUrl } from '../../webhook-target/check-webhook-url';
import { publicView, Subscription } from '../subscription';
import { SubscriptionsRepository } from '../subscriptions.repository';
import { logEndOffsets } from './log-end-offsets';
import { SubscriptionRequest } from './subscription-request';

/** Validates a subscription, refuses private webhook targets, and stores it starting at the log's current end. */
@Injectable()
export class CreateSubscriptionService {
  private readonly logger = new Logger(CreateSubscriptionService.name);

  constructor(
    private readonly resources: AlertsResources,
    private readonly subscriptions: SubscriptionsRepository,
  ) {}

  async create({
    url,
    filter,
    rule,
    from,
  }: SubscriptionRequest): Promise<ReturnType<typeof publicView> & { secret: string }> {
    const refusal = await checkWebhookUrl(url, this.resources.config.webhook.allowlist);
    if (refusal) throw new BadRequestException(refusal);
    const { topics, kafka } = this.resources;
    const startOffsets = from === 'beginning' ? {} : await logEndOffsets(kafka, [topics.revisions, topics.analyses]);
    const now = new Date().toISOString();
    const subscription: Subscription = {
      id: randomUUID(),
      url,
      filter,
      rule,
      status: 'active',
      startOffsets,
      createdAt: now,
      updatedAt: now,
    };
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    await this.subscriptions.insert(subscription, secret);
    this.logger.log({ msg: 'subscription created', id: subscription.id, rule: rule.kind, from });
    return { ...publicView(subscription), secret };
  }
}
