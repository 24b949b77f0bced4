import { DynamicModule, Module } from '@nestjs/common';
import { EVENT_ROUTER, EventConsumer, eventsController } from '@palimpsest/kafka';
import { Closeables, EdgeSecurityModule } from '@palimpsest/platform';
import { AlertsResources } from './alerts-resources';
import { DeliveriesRepository } from './deliveries/deliveries.repository';
import { DeliveryLogController } from './deliveries/delivery-log/delivery-log.controller';
import { DeliveryLogRepository } from './deliveries/delivery-log/delivery-log.repository';
import { RedeliverController } from './deliveries/redeliver/redeliver.controller';
import { DeliveryWorker } from './deliveries/send-deliveries/delivery-worker';
import { AlertEventsRouter } from './events/alert-events.router';
import { DecideAlertsService } from './events/decide-alerts.service';
import { PendingRevisionsRepository } from './events/pending-revisions.repository';
import { ReportContextRepository } from './events/report-context.repository';
import { ReportEventsService } from './events/report-events.service';
import { RevisionAlertsService } from './events/revision-alerts.service';
import { CreateSubscriptionController } from './subscriptions/create-subscription/create-subscription.controller';
import { CreateSubscriptionService } from './subscriptions/create-subscription/create-subscription.service';
import { ManageSubscriptionController } from './subscriptions/manage-subscription/manage-subscription.controller';
import { SubscriptionsRepository } from './subscriptions/subscriptions.repository';

@Module({})
export class AlertsModule {
  static register(resources: AlertsResources, closeables: Closeables, consumer: EventConsumer): DynamicModule {
    return {
      module: AlertsModule,
      imports: [EdgeSecurityModule.register(resources.config)],
      controllers: [
        eventsController(),
        CreateSubscriptionController,
        ManageSubscriptionController,
        DeliveryLogController,
        RedeliverController,
      ],
      providers: [
        { provide: AlertsResources, useValue: resources },
        { provide: Closeables, useValue: closeables },
        { provide: EventConsumer, useValue: consumer },
        { provide: EVENT_ROUTER, useClass: AlertEventsRouter },
        SubscriptionsRepository,
        CreateSubscriptionService,
        ReportContextRepository,
        DeliveriesRepository,
        DeliveryLogRepository,
        DecideAlertsService,
        PendingRevisionsRepository,
        RevisionAlertsService,
        ReportEventsService,
        DeliveryWorker,
      ],
    };
  }
}
