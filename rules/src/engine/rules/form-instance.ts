// The form.* checks bound to the form package's descriptor (computed once at load).
import { formSections, PLAN_MAX_CHARS } from '../../form';
import { formChecks } from './form';

export const FORM_CHECKS = formChecks(formSections, 'plan.', PLAN_MAX_CHARS);
