import { z } from 'zod';
import type { RecordResource } from '../../records/resource';

export interface NotificationRecord {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  subjectType: string | null;
  subjectId: string | null;
  read: boolean;
  readAt: string | null;
  createdAt: string;
}

/** The console sends the whole record back (simple-rest PUT); only `read` is the caller's to change. */
const markReadSchema = z.object({ read: z.boolean() });
type MarkRead = z.infer<typeof markReadSchema>;

/** In-app notices (reminders, expiries, revocations): each user sees and marks only their own. */
export const notificationResource: RecordResource<NotificationRecord, MarkRead> = {
  resource: 'notifications',
  uid: 'api::notification.notification',
  idField: 'documentId',
  toRecord: (entity) => ({
    id: String(entity.documentId),
    kind: String(entity.kind),
    title: String(entity.title),
    body: (entity.body as string) ?? null,
    subjectType: (entity.subjectType as string) ?? null,
    subjectId: (entity.subjectId as string) ?? null,
    read: entity.readAt != null,
    readAt: entity.readAt == null ? null : new Date(entity.readAt as string).toISOString(),
    createdAt: String(entity.createdAt),
  }),
  scopePaths: { self: 'recipient.id' },
  filters: { kind: 'kind', subjectId: 'subjectId' },
  searchFields: ['title', 'body'],
  sortable: { createdAt: 'createdAt', kind: 'kind', readAt: 'readAt' },
  defaultSort: ['createdAt', 'DESC'],
  updateInput: markReadSchema,
  async toData(input, _principal, existing) {
    // Marking read twice keeps the first moment it was read.
    return { readAt: input.read ? (existing?.readAt ?? new Date().toISOString()) : null };
  },
};
