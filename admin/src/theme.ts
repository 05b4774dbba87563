import { defaultTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's theme with colours officials can read: every text and its background at a contrast of
 * at least 4.5:1 (WCAG AA), the app bar and links a darker blue, warnings a darker amber, and hints and
 * disabled values a grey that stays legible; state chips (info, warning) dark enough for their white words.
 * A checkbox given only an `aria-label` (react-admin's row selection, 选择此行) names its input with it: MUI
 * would put the label on the input's wrapper, where it names nothing and screen readers read an unnamed box.
 */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    primary: { main: '#1565c0' },
    secondary: { main: '#0d47a1' },
    warning: { main: '#a84f00', contrastText: '#ffffff' },
    info: { main: '#01579b', contrastText: '#ffffff' },
    text: { primary: 'rgba(0, 0, 0, 0.87)', secondary: 'rgba(0, 0, 0, 0.62)', disabled: 'rgba(0, 0, 0, 0.58)' },
  },
  components: {
    ...defaultTheme.components,
    MuiCheckbox: {
      defaultProps: {
        slotProps: {
          root: (ownerState: { 'aria-label'?: string }) => (ownerState['aria-label'] ? { 'aria-label': undefined } : {}),
          input: (ownerState: { 'aria-label'?: string }) => (ownerState['aria-label'] ? { 'aria-label': ownerState['aria-label'] } : {}),
        },
      },
    },
  },
};
