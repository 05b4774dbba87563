import { DataTable, List, SelectField, SelectInput, useListContext } from 'react-admin';
import { REVOCATION_GROUND_SOURCES, REVOCATION_GROUNDS, REVOCATION_PROPOSAL_STATUSES } from '@sme-cluster/rules';
import { DateField } from '../common/DateField';
import { StatusField } from '../common/StatusField';
import { choicesOf } from '../domain';
import { canAccess } from '../permissions';
import { RegionField } from '../regions/RegionField';
import { CountyInput, PrefectureInput } from '../regions/RegionInputs';
import { session } from '../session';
import { DecideButton } from './DecideButton';

export const groundChoices = choicesOf('revocationGround', REVOCATION_GROUNDS);
export const sourceChoices = choicesOf('groundSource', REVOCATION_GROUND_SOURCES);

const filters = [
  <SelectInput key="status" source="status" choices={choicesOf('status', REVOCATION_PROPOSAL_STATUSES)} alwaysOn />,
  <PrefectureInput key="prefectureCode" source="prefectureCode" alwaysOn />,
  <CountyInput key="countyCode" source="countyCode" alwaysOn />,
  <SelectInput key="ground" source="ground" choices={groundChoices} alwaysOn />,
];

/** The province decides the selected proposals together; each is decided on its own on the server. */
const BulkDecisions = () => {
  const { selectedIds } = useListContext();
  const ids = selectedIds.map(String);
  return (
    <>
      <DecideButton decision="confirm" ids={ids} />
      <DecideButton decision="dismiss" ids={ids} />
    </>
  );
};

/** Revocation proposals (Art. 20): open ones first; only the province may decide them. */
export const RevocationGroundList = () => {
  const decides = canAccess(session.user(), { action: 'transition', resource: 'revocation-grounds' });
  return (
    <List filters={filters} filterDefaultValues={{ status: 'proposed' }} sort={{ field: 'recordedAt', order: 'DESC' }}>
      <DataTable rowClick="show" bulkActionButtons={decides ? <BulkDecisions /> : false}>
        <DataTable.Col source="clusterName" />
        <DataTable.Col source="countyCode">
          <RegionField source="countyCode" />
        </DataTable.Col>
        <DataTable.Col source="ground">
          <SelectField source="ground" choices={groundChoices} />
        </DataTable.Col>
        <DataTable.Col source="source">
          <SelectField source="source" choices={sourceChoices} />
        </DataTable.Col>
        <DataTable.Col source="note" />
        <DataTable.Col source="recordedAt" field={(props) => <DateField {...props} showTime />} />
        <DataTable.Col source="status">
          <StatusField source="status" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
