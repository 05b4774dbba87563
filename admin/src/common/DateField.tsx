import { DateField as RaDateField, useLocaleState, type DateFieldProps } from 'react-admin';

// "2024年1月15日" in Chinese (the convention of official documents), "January 15, 2024" in English.
const dateOptions: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
const dateTimeOptions: Intl.DateTimeFormatOptions = { ...dateOptions, hour: '2-digit', minute: '2-digit', hour12: false };

/** A date (or date-time) in the console's locale; date-only values are calendar days, not instants. */
export function formatDate(value: string | Date | null | undefined, locale: string, withTime = false): string {
  if (!value) return '';
  const dateOnly = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  // A calendar day must not shift with the browser's time zone.
  const date = dateOnly ? new Date(`${value}T00:00:00`) : new Date(value);
  return date.toLocaleString(locale, withTime && !dateOnly ? dateTimeOptions : dateOptions);
}

/** react-admin's DateField formats in the browser's locale; follow the console's instead. */
export const DateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <RaDateField locales={locale} options={props.showTime ? dateTimeOptions : dateOptions} {...props} />;
};

/** A date-time outside a record, e.g. in a report or a timeline. */
export const DateTimeText = ({ value }: { value: string | null | undefined }) => {
  const [locale] = useLocaleState();
  return <time dateTime={value ?? undefined}>{formatDate(value, locale, true)}</time>;
};
