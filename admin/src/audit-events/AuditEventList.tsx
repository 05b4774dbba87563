import { DataTable, FunctionField, List, SelectInput, TextInput } from 'react-admin';
import { DateField } from '../common/DateField';
import { csvExporter } from '../common/exportCsv';
import { ROLES } from '@sme-cluster/rules';
import { choicesOf } from '../domain';
import { PrefectureInput } from '../regions/RegionInputs';
import { useAuditWords, type AuditEvent } from './AuditTimeline';

const subjectTypes = [
  'application',
  'cluster',
  'call-notice',
  'expert-review',
  'annual-report',
  'change-filing',
  'pool-candidate',
  'revocation-ground',
  'recognized-list',
  'city-report',
  'user',
  'settings',
];

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

/** One column of an event, in words (a function of the event and the console's vocabulary). */
const Words = ({ of }: { of: (words: ReturnType<typeof useAuditWords>, event: AuditEvent) => string | null }) => {
  const words = useAuditWords();
  return <FunctionField<AuditEvent> render={(event) => of(words, event)} />;
};

/** Append-only: nothing here can be changed, only read and exported. */
export const AuditEventList = () => (
  <List filters={auditFilters} sort={{ field: 'at', order: 'DESC' }} exporter={exporter}>
    <DataTable rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="at" field={(props) => <DateField {...props} showTime />} />
      <DataTable.Col source="actorName">
        <Words of={(words, event) => words.actor(event)} />
      </DataTable.Col>
      <DataTable.Col source="actorRole">
        <Words of={(words, event) => words.actor({ actorName: null, actorRole: event.actorRole })} />
      </DataTable.Col>
      <DataTable.Col source="action">
        <Words of={(words, event) => words.action(event)} />
      </DataTable.Col>
      <DataTable.Col source="subjectType">
        <Words of={(words, event) => words.subject(event.subjectType)} />
      </DataTable.Col>
      <DataTable.Col source="fromState">
        <Words of={(words, event) => (event.fromState ? words.state(event.fromState) : null)} />
      </DataTable.Col>
      <DataTable.Col source="toState">
        <Words of={(words, event) => (event.toState ? words.state(event.toState) : null)} />
      </DataTable.Col>
      <DataTable.Col source="comment" />
    </DataTable>
  </List>
);
