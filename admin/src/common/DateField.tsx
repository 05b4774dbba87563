import { DateField as RaDateField, useLocaleState, type DateFieldProps } from 'react-admin';

/** react-admin's DateField formats in the browser's locale; follow the console's instead. */
export const DateField = (props: DateFieldProps) => {
    const [locale] = useLocaleState();
    return <RaDateField locales={locale} {...props} />;
};
