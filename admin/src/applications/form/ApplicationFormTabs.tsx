import type { SectionKey } from '@sme-cluster/rules';
import { useCallback, useMemo, type ReactElement } from 'react';
import { TabbedForm, Toolbar, useLocaleState, useRecordContext } from 'react-admin';
import { session } from '../../session';
import { ApplicationFormContext, useApplicationFormSettings } from './FormContext';
import { formTabs, validateApplicationForm, withFormDefaults } from './formModel';
import { SectionInputs } from './SectionInputs';
import { CountedTabs, FocusFromLocation } from './OpenItems';

/**
 * Who writes which part (mirrors the server's rule in cms/src/api/application/form.ts): the
 * county everything but the city's opinion, the city reviewer only its opinion (九).
 */
export function writableSection(section: SectionKey, role: string | undefined): boolean {
  return section === 'recommendation' ? role === 'city_reviewer' : role === 'county_declarant';
}

/**
 * The whole form in section tabs, with live validation; `readOnly` shows it without inputs to change.
 * Inside an Edit it saves through the Edit; elsewhere (the re-review data) `onSubmit` saves it.
 */
export const ApplicationFormTabs = ({
  readOnly = false,
  toolbar,
  onSubmit,
}: {
  readOnly?: boolean;
  toolbar?: ReactElement | false;
  onSubmit?: (values: { form?: unknown }) => void;
}) => {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const callYear = Number(record?.callYear) || new Date().getFullYear();
  const formRecord = useMemo(
    () => record && { ...record, form: withFormDefaults(record.form, callYear, record as { prefectureCode?: string; countyCode?: string }) },
    [record, callYear],
  );
  const validate = useCallback((values: { form?: unknown }) => validateApplicationForm(values, locale), [locale]);
  const settings = useMemo(() => ({ callYear, readOnly }), [callYear, readOnly]);
  if (!formRecord) return null;
  return (
    <ApplicationFormContext.Provider value={settings}>
      <TabbedForm
        record={formRecord}
        onSubmit={onSubmit}
        validate={readOnly ? undefined : validate}
        mode="onChange"
        reValidateMode="onChange"
        // Editing, the open tab is in the URL, so a list of open items can link to a field's tab.
        toolbar={readOnly ? false : <FormToolbar toolbar={toolbar} />}
        syncWithLocation={!readOnly}
        tabs={readOnly ? undefined : <CountedTabs />}
        warnWhenUnsavedChanges={!readOnly}
      >
        {formTabs.map((tab) => (
          <TabbedForm.Tab key={tab.key} label={`resources.applications.tabs.${tab.key}`}>
            {tab.sections.map((section) => (
              <Section key={section} section={section} />
            ))}
          </TabbedForm.Tab>
        ))}
      </TabbedForm>
    </ApplicationFormContext.Provider>
  );
};

/** The page's own toolbar, and the focus on the field a list of open items linked to. */
const FormToolbar = ({ toolbar }: { toolbar?: ReactElement | false }) => (
  <>
    <FocusFromLocation />
    {toolbar === undefined ? <Toolbar /> : toolbar}
  </>
);

const Section = ({ section }: { section: SectionKey }) => {
  const settings = useApplicationFormSettings();
  const readOnly = settings.readOnly || !writableSection(section, session.user()?.role);
  const value = useMemo(() => ({ ...settings, readOnly }), [settings, readOnly]);
  return (
    <ApplicationFormContext.Provider value={value}>
      <SectionInputs section={section} />
    </ApplicationFormContext.Provider>
  );
};
