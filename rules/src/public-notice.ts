import { RECORD_LABELS } from './record-labels';

/** Whom the public objects to during a 公示: the call notice's contact. */
export interface ObjectionContact {
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  contactAddress: string | null;
}

const FIELDS = ['contactName', 'contactPhone', 'contactEmail', 'contactAddress'] as const;

/**
 * The contact as one line an official or a citizen reads (联系人：…；联系电话：…), the same on the public
 * site and in the console; null when the call notice names none.
 */
export function objectionContactText(contact: Partial<ObjectionContact> | null | undefined): string | null {
  const labels = RECORD_LABELS['call-notice'].fields;
  const parts = FIELDS.filter((field) => contact?.[field]?.trim()).map((field) => `${labels[field]}：${contact![field]!.trim()}`);
  return parts.length ? parts.join('；') : null;
}
