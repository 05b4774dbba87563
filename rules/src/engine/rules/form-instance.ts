// The form.* checks bound to the form package's descriptor (computed once at load).
import { PLAN_MAX_CHARS } from '../../form';
import { FORM_FIELDS } from '../form-fields';
import { SCANNED, scanFormFields } from '../generated/form-scan';
import { formChecks } from './form';

export const FORM_CHECKS = formChecks(FORM_FIELDS, PLAN_MAX_CHARS, { checks: SCANNED, scan: scanFormFields });
