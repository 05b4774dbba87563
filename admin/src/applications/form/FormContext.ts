import { createContext, useContext } from 'react';

export interface ApplicationFormSettings {
  /** The call notice's year: the tables print callYear − 3 … − 1, the plan callYear … + 2. */
  callYear: number;
  /** Shown, not edited: the show page, or a section the signed-in role does not fill. */
  readOnly: boolean;
}

export const ApplicationFormContext = createContext<ApplicationFormSettings>({ callYear: new Date().getFullYear(), readOnly: false });

export const useApplicationFormSettings = () => useContext(ApplicationFormContext);
