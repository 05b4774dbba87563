import { isDeepStrictEqual } from 'util';
import { editableSections, formToStrapi, validateForm, withDerivedYears, type ApplicationForm, type FieldError, type Role } from '@sme-cluster/rules';
import { conflict, invalid } from '../../lib/errors';
import { assertFilesExist } from '../../records/files';

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

/** The list columns, always derived from the form so the two never disagree. */
export function summaryFromForm(form: ApplicationForm): Record<string, string | null> {
  const summary: Record<string, string | null> = {};
  const basic = form.basic;
  if (basic) {
    summary.clusterName = text(basic.clusterName);
    summary.declarantName = text(basic.declarant?.name);
    summary.operatorName = text(basic.operator?.name);
    summary.contactName = text(basic.declarant?.contactName);
    summary.contactPhone = text(basic.declarant?.contactPhone);
  }
  return summary;
}

function prefixed(errors: FieldError[]): FieldError[] {
  return errors.map((error) => ({ ...error, path: `form.${error.path}` }));
}

/** Validates a (partial) form from a request body; 400 with every field error, nothing written. */
export function parseFormBody(input: unknown): ApplicationForm {
  const result = validateForm(input ?? {});
  if (!result.success) invalid(prefixed(result.errors));
  return result.data;
}

/** What a save finds stored: the form already saved (a save without the cover keeps it; an unchanged section is not written again). */
export type StoredForm = ApplicationForm;

/**
 * The cover's region is the application's own county: the server knows it, so it sets it on create
 * and on every save (the console shows it, nobody types it). A save without the cover rewrites the
 * stored cover only when its region is not yet the county's own.
 */
function withOwnRegion(form: ApplicationForm, place: { prefectureCode: string; countyCode: string }, stored?: StoredForm): ApplicationForm {
  const region = { city: place.prefectureCode, county: place.countyCode };
  if (form.cover) return { ...form, cover: { ...form.cover, region } };
  const storedRegion = stored?.cover?.region;
  if (stored && storedRegion?.city === region.city && storedRegion?.county === region.county) return form;
  return { ...form, cover: { ...stored?.cover, region } };
}

/**
 * The document data for saving a form: only the sections present are written (and the cover's
 * region, see withOwnRegion), the list columns follow the form, and the
 * years come from the call notice (the user never types them). Against a stored form, a section
 * whose data equals the stored one's is left out: the console saves the whole form, and rewriting
 * every section's components costs about a thousand statements where one changed section costs a few dozen.
 */
export async function formData(
  input: ApplicationForm,
  callYear: number,
  place: { prefectureCode: string; countyCode: string },
  stored?: StoredForm,
): Promise<Record<string, unknown>> {
  const form = withOwnRegion(input, place, stored);
  await assertFilesExist(form);
  const sections = formToStrapi(withDerivedYears(form, callYear));
  if (stored) {
    const before = formToStrapi(stored);
    for (const section of Object.keys(sections)) if (isDeepStrictEqual(sections[section], before[section])) delete sections[section];
  }
  // The city's recommendation is not what the rules read, so it leaves the rule report current.
  const declarantEdit = Object.keys(stored ? sections : input).some((key) => key !== 'recommendation');
  return {
    ...sections,
    ...summaryFromForm(form),
    ...(declarantEdit ? { formUpdatedAt: new Date().toISOString() } : {}),
  };
}

/**
 * Who writes which part of the form when (the application lifecycle's form rights): a record outside
 * the caller's writable states is a 409, a section the caller does not write a 400 on that section.
 */
export function assertSectionsWritable(role: Role, status: unknown, form: ApplicationForm): void {
  const writable: readonly string[] = editableSections(role, String(status));
  if (!writable.length) {
    conflict(
      role === 'city_reviewer'
        ? '只有市级初审中的申报可以填写推荐意见 / The recommendation is written during city review'
        : '只有草稿或退回状态的申报表可以修改 / Only draft or returned applications can be edited',
    );
  }
  const others = Object.keys(form).filter((key) => !writable.includes(key));
  if (others.length) {
    invalid(
      others.map((key) => ({
        path: `form.${key}`,
        message:
          key === 'recommendation'
            ? { zh: '推荐意见由市（州）工信部门填写', en: 'The recommendation is written by the city' }
            : { zh: '市（州）只能填写推荐意见', en: 'The city writes only the recommendation' },
      })),
    );
  }
}
