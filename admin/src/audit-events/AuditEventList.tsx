import { DataTable, FunctionField, List, SelectInput, TextInput, useTranslate } from 'react-admin';
import { DateField } from '../common/DateField';
import { csvExporter } from '../common/exportCsv';
import { ROLES } from '@sme-cluster/rules';
import { choicesOf } from '../domain';
import { PrefectureInput } from '../regions/RegionInputs';
import type { AuditEvent } from './AuditTimeline';

const subjectTypes = ['application', 'cluster', 'call-notice', 'expert-review', 'change-filing', 'recognized-list', 'city-report'];

const auditFilters = [
  <SelectInput key="subjectType" source="subjectType" choices={choicesOf('subjectType', subjectTypes)} alwaysOn />,
  <TextInput key="subjectId" source="subjectId" alwaysOn />,
  <SelectInput key="actorRole" source="actorRole" choices={choicesOf('role', ROLES)} alwaysOn />,
  <PrefectureInput key="prefectureCode" source="prefectureCode" />,
];

const exporter = csvExporter('audit-events', [
  { source: 'at' },
  { source: 'actorName' },
  { source: 'actorRole' },
  { source: 'action' },
  { source: 'subjectType' },
  { source: 'subjectId' },
  { source: 'fromState' },
  { source: 'toState' },
  { source: 'comment' },
]);

const Action = () => {
  const translate = useTranslate();
  return <FunctionField<AuditEvent> render={(event) => translate(`sme.auditAction.${event.action}`, { _: event.action })} />;
};

/** Append-only: nothing here can be changed, only read and exported. */
export const AuditEventList = () => (
  <List filters={auditFilters} sort={{ field: 'at', order: 'DESC' }} exporter={exporter}>
    <DataTable rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="at" field={(props) => <DateField {...props} showTime />} />
      <DataTable.Col source="actorName" />
      <DataTable.Col source="actorRole">
        <FunctionField<AuditEvent> render={(event) => <RoleLabel role={event.actorRole} />} />
      </DataTable.Col>
      <DataTable.Col source="action">
        <Action />
      </DataTable.Col>
      <DataTable.Col source="subjectType" />
      <DataTable.Col source="fromState" />
      <DataTable.Col source="toState" />
      <DataTable.Col source="comment" />
    </DataTable>
  </List>
);

const RoleLabel = ({ role }: { role: string }) => {
  const translate = useTranslate();
  return <>{translate(`sme.role.${role}`, { _: role })}</>;
};
