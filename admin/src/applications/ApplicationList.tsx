import {
  CreateButton,
  DataTable,
  FilterButton,
  List,
  NullableBooleanInput,
  NumberInput,
  SearchInput,
  SelectInput,
  TopToolbar,
  useListContext,
  useTranslate,
} from 'react-admin';
import DownloadIcon from '@mui/icons-material/Download';
import { BatchRunDialog } from '../common/BatchRunDialog';
import { DateField } from '../common/DateField';
import { DownloadButton } from '../common/DownloadButton';
import { regionFilters, regionStatusColumns } from '../common/regionList';
import { StatusField } from '../common/StatusField';
import { AssignAllButton } from '../expert-reviews/AssignAllButton';
import { apiUrl } from '../httpClient';
import { canAccess } from '../permissions';
import { session } from '../session';
import { applicationStatusChoices, verdictChoices } from './applicationChoices';
import { EvaluateAllButton } from './EvaluateAllButton';
import { NationalMarkButton } from './NationalMarkButton';

const applicationFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <NumberInput key="callYear" source="callYear" alwaysOn />,
  <SelectInput key="status" source="status" choices={applicationStatusChoices} alwaysOn />,
  <SelectInput key="verdict" source="verdict" choices={verdictChoices} alwaysOn />,
  <NullableBooleanInput key="nationalRecommended" source="nationalRecommended" />,
  ...regionFilters,
];

/** The server writes the .xlsx of exactly what the filter shows (same filter and sort as the list), every page, with its progress. */
const ExportXlsxButton = () => {
  const translate = useTranslate();
  const { filterValues, sort, total } = useListContext();
  const query = () => new URLSearchParams({ filter: JSON.stringify(filterValues), sort: JSON.stringify([sort.field, sort.order]) }).toString();
  return (
    <BatchRunDialog
      label="ra.action.export"
      icon={<DownloadIcon />}
      hint={translate('resources.applications.exportAll.hint', { count: total ?? 0 })}
      request={() => ({ url: `${apiUrl}/applications/export.xlsx?${query()}`, method: 'GET' })}
      countLabel={() => translate('resources.applications.exportAll.done')}
    />
  );
};

/** The province's package to the national level: the applications of a call it marked 拟推荐国家级, their forms and the 推荐汇总表, as one archive. */
const RecommendationPackageButton = () => {
  const { filterValues } = useListContext();
  const callYear = Number(filterValues.callYear) || new Date().getFullYear();
  return (
    <DownloadButton
      label="resources.applications.actions.recommendationPackage"
      fileName={`recommendation-package-${callYear}.zip`}
      url={() => `${apiUrl}/applications/recommendation-package.zip?callYear=${callYear}`}
    />
  );
};

const isProvince = () => session.user()?.role === 'province_admin';

/** The province marks, or withdraws, the ticked rows at once. */
const NationalBulkActions = () => (
  <>
    <NationalMarkButton action="markNational" selection />
    <NationalMarkButton action="unmarkNational" selection />
  </>
);

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    {canAccess(session.user(), { action: 'create', resource: 'applications' }) && <CreateButton />}
    <ExportXlsxButton />
    <EvaluateAllButton />
    {isProvince() && <NationalMarkButton action="markNational" />}
    {isProvince() && <RecommendationPackageButton />}
    <AssignAllButton />
  </TopToolbar>
);

/** 拟推荐国家级 where the province marked it, blank elsewhere: the column reads as the list of the package. */
const NationalMark = ({ record }: { record: { nationalRecommended?: boolean } }) => {
  const translate = useTranslate();
  return record.nationalRecommended ? <span data-testid="national-mark">{translate('resources.applications.fields.nationalRecommendedYes')}</span> : null;
};

export const ApplicationList = () => (
  <List filters={applicationFilters} sort={{ field: 'updatedAt', order: 'DESC' }} actions={<ListActions />}>
    <DataTable rowClick="show" bulkActionButtons={isProvince() ? <NationalBulkActions /> : false}>
      <DataTable.Col source="clusterName" />
      <DataTable.NumberCol source="callYear" options={{ useGrouping: false }} />
      {regionStatusColumns}
      <DataTable.Col source="verdict">
        <StatusField source="verdict" />
      </DataTable.Col>
      <DataTable.Col source="nationalRecommended" render={(record: { nationalRecommended?: boolean }) => <NationalMark record={record} />} />
      <DataTable.Col source="submittedAt" field={DateField} />
    </DataTable>
  </List>
);
