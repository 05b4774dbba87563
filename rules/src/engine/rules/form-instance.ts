// The form.* checks bound to the form package's descriptor (computed once at load).
import { PLAN_MAX_CHARS } from '../../form';
import { FORM_FIELDS } from '../form-fields';
import { formChecks } from './form';

export const FORM_CHECKS = formChecks(FORM_FIELDS, 'plan.', PLAN_MAX_CHARS);
