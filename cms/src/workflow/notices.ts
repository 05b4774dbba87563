import type { Filters } from '../records/resource';

const NOTIFICATION = 'api::notification.notification';
const USER = 'plugin::users-permissions.user';

export interface Notice {
  kind: string;
  title: string;
  body: string;
  subjectType: string;
  subjectId: string;
  /** With the recipient, makes a notice that must reach each person once (see sentNoticeKeys in the jobs). */
  dedupeKey?: string;
}

/** The staff users of a cluster's county and prefecture (the people a decision on it concerns). */
export async function regionStaff(regionCodes: Array<string | null>): Promise<number[]> {
  const codes = regionCodes.filter((code): code is string => Boolean(code));
  if (!codes.length) return [];
  const where: Filters = { region: { code: { $in: codes } }, blocked: false };
  const users = (await strapi.db.query(USER).findMany({ where, select: ['id'] })) as Array<{ id: number }>;
  return users.map((user) => user.id);
}

/** Sends a notice to each recipient, in the caller's transaction (a decision and its notices go together). */
export async function notify(recipients: number[], notice: Notice): Promise<void> {
  for (const recipient of recipients) {
    await strapi.documents(NOTIFICATION).create({ data: { ...notice, recipient } as never });
  }
}
