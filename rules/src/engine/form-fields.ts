// The application form's generated field reader, bound to its descriptor.
import { formSections } from '../form/descriptor';
import { formFieldReader } from './form-reader';
import { FORM_FIELD_PATHS, readFormFields } from './generated/form-fields';

export const FORM_FIELDS = formFieldReader(formSections, { paths: FORM_FIELD_PATHS, read: readFormFields });
