import { Stack } from '@mui/material';
import { EditButton, useRecordContext, useTranslate } from 'react-admin';
import { CITY_REPORT_EDITABLE_STATES, cityReportLifecycle, type CityReportAction, type CityReportStatus } from '@sme-cluster/rules';
import { ActionDialogButton } from '../common/ActionDialogButton';
import { canAccess } from '../permissions';
import { session } from '../session';

/** The steps the caller may take on the report now (`allowedActions`), and its editing while the city may still write it. */
export const CityReportActions = () => {
  const record = useRecordContext<{ id: string; year: number; status: CityReportStatus; prefectureCode: string; allowedActions?: CityReportAction[] }>();
  const translate = useTranslate();
  if (!record) return null;
  const editable = CITY_REPORT_EDITABLE_STATES.includes(record.status) && canAccess(session.user(), { action: 'edit', resource: 'city-reports', record });
  if (!editable && !record.allowedActions?.length) return null;
  const name = translate('resources.city-reports.title', { year: record.year });
  return (
    <Stack direction="row" gap={1} flexWrap="wrap">
      {editable && <EditButton variant="outlined" />}
      {record.allowedActions?.map((action) => {
        const label = translate(`resources.city-reports.actions.${action}`);
        return (
          <ActionDialogButton
            key={action}
            action={action}
            path={`city-reports/${record.id}/actions`}
            label={label}
            question={translate('sme.action.confirm', { action: label, name })}
            reasonRequired={Boolean(cityReportLifecycle.steps[action].reason)}
            negative={action === 'returnCityReport'}
          />
        );
      })}
    </Stack>
  );
};
