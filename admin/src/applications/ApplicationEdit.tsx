import { Edit, SaveButton, ShowButton, Toolbar, useLocaleState, useNotify, type RaRecord } from 'react-admin';
import { errorNotice } from '../common/serverMessage';
import { ApplicationFormTabs } from './form/ApplicationFormTabs';
import { session } from '../session';
import { writableSection } from './form/ApplicationFormTabs';
import { changedSections, withFormDefaults } from './form/formModel';
import type { SectionKey } from '@sme-cluster/rules';

type ApplicationRecord = RaRecord & { form?: unknown; version?: number; callYear?: number; prefectureCode?: string; countyCode?: string };

/**
 * A draft save sends only the sections that changed and that the user writes, with the version
 * read: the server writes only those and answers 409 when someone saved in between.
 */
export const toDraftSave = (data: ApplicationRecord, previous: ApplicationRecord, role = session.user()?.role) => {
  const callYear = Number(previous.callYear) || new Date().getFullYear();
  const before = withFormDefaults(previous.form, callYear, previous);
  const changed = changedSections(data.form as Record<string, unknown>, before);
  const form = Object.fromEntries(Object.entries(changed).filter(([section]) => writableSection(section as SectionKey, role)));
  return { form, version: previous.version };
};

const DraftToolbar = () => (
  <Toolbar>
    <SaveButton label="resources.applications.actions.saveDraft" alwaysEnable />
    <ShowButton sx={{ ml: 2 }} />
  </Toolbar>
);

export const ApplicationEdit = () => {
  const notify = useNotify();
  const [locale] = useLocaleState();
  return (
    <Edit<ApplicationRecord>
      mutationMode="pessimistic"
      redirect={false}
      transform={(data, options) => toDraftSave(data, (options?.previousData ?? data) as ApplicationRecord)}
      mutationOptions={{
        onSuccess: () => notify('resources.applications.notifications.draftSaved', { type: 'success' }),
        onError: (error) => {
          const status = (error as { status?: number }).status;
          if (status === 409) return notify('resources.applications.notifications.stale', { type: 'error', autoHideDuration: 10000 });
          const message = errorNotice(error, locale);
          if (message) notify(message, { type: 'error' });
        },
      }}
    >
      <ApplicationFormTabs toolbar={<DraftToolbar />} />
    </Edit>
  );
};
