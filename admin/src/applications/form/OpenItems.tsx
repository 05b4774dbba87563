import { Alert, AlertTitle, Box, Link as MuiLink } from '@mui/material';
import { openItems, validateForm, type ApplicationForm, type Bilingual } from '@sme-cluster/rules';
import { Children, cloneElement, isValidElement, useEffect, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { LinkBase, TabbedFormTabs, useCreatePath, useLocaleState, useTranslate, type TabbedFormTabsProps } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { useApplicationFormSettings } from './FormContext';
import { formTabs } from './formModel';

/** A field the server or the live check names: its path under `form.` and what is wrong with it. */
export interface OpenField {
  path: string;
  message: Bilingual;
}

/** The index of the tab that shows a field (`form.<section>.…`), as the edit page's tab path. */
export function tabPathOf(path: string): string {
  const section = path.replace(/^form\./, '').split('.')[0];
  const index = formTabs.findIndex((tab) => tab.sections.includes(section as never));
  return index > 0 ? String(index) : '';
}

/** Every open item of the draft as typed: blank required fields and refused values, once per field. */
export function openFieldPaths(form: unknown, callYear: number): string[] {
  const paths = new Set<string>();
  const checked = validateForm(form ?? {});
  if (checked.success) {
    for (const item of openItems(checked.data as ApplicationForm, callYear)) paths.add(`form.${item.source}`);
  } else {
    for (const error of checked.errors) paths.add(`form.${error.path}`);
  }
  return [...paths];
}

/**
 * The form's tab headers with the number of open items in each: blank required fields and invalid
 * values of the draft as it stands (the same checks the server runs on submission).
 */
export const CountedTabs = ({ children, ...props }: TabbedFormTabsProps) => {
  const { callYear } = useApplicationFormSettings();
  const form = useWatch({ name: 'form' });
  const counts = useMemo(() => {
    const byTab = new Map<string, number>();
    for (const path of openFieldPaths(form, callYear)) byTab.set(tabPathOf(path), (byTab.get(tabPathOf(path)) ?? 0) + 1);
    return byTab;
  }, [form, callYear]);
  return (
    <TabbedFormTabs variant="scrollable" scrollButtons="auto" {...props}>
      {Children.map(children, (tab, index) => {
        if (!isValidElement(tab)) return tab;
        const count = counts.get(index > 0 ? String(index) : '');
        return cloneElement(tab as React.ReactElement<{ count?: number }>, { count: count || undefined });
      })}
    </TabbedFormTabs>
  );
};

/** The input of a field, wherever its value lives: the text box, the first radio, the upload button. */
const FOCUSABLE = 'input:not([type=hidden]):not([type=file]):not([disabled]), textarea, [role=combobox], [role=button], button';

/**
 * Arriving from a list of open items (`?focus=form.<path>`), the field's tab is open (its path is
 * in the URL): scrolls to the field and puts the cursor in it.
 */
export const FocusFromLocation = () => {
  const [params] = useSearchParams();
  const path = params.get('focus');
  useEffect(() => {
    if (!path) return;
    let frame = 0;
    let tries = 0;
    const attempt = () => {
      const target = document.querySelector(`[data-field="${CSS.escape(path)}"]`)?.querySelector<HTMLElement>(FOCUSABLE);
      // The tab's panel is shown a render after the URL changes.
      if (target && target.offsetParent !== null) {
        target.scrollIntoView({ block: 'center' });
        target.focus();
      } else if (tries++ < 120) frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [path]);
  return null;
};

/** A refused submission's list: each field by section and label, a link that opens its tab and focuses it. */
export const OpenFieldLinks = ({ applicationId, fields }: { applicationId: string; fields: OpenField[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const editPath = createPath({ resource: 'applications', id: applicationId, type: 'edit' });
  return (
    <Alert severity="error" sx={{ mt: 2 }} data-testid="open-fields">
      <AlertTitle>{translate('resources.applications.openItems.title', { count: fields.length })}</AlertTitle>
      <Box component="ol" sx={{ m: 0, pl: 3, maxHeight: 320, overflowY: 'auto' }}>
        {fields.map((field) => {
          const tab = tabPathOf(field.path);
          return (
            <li key={field.path}>
              <MuiLink component={LinkBase} to={`${editPath}${tab ? `/${tab}` : ''}?focus=${encodeURIComponent(field.path)}`}>
                {locale.startsWith('zh') ? field.message.zh : field.message.en}
              </MuiLink>
            </li>
          );
        })}
      </Box>
    </Alert>
  );
};
