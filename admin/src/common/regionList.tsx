import { DataTable } from 'react-admin';
import { RegionField } from '../regions/RegionField';
import { CountyInput, PrefectureInput } from '../regions/RegionInputs';
import { StatusField } from './StatusField';

/** The 市（州） and 县（市、区） filters of a region-scoped list (the county choices follow the chosen prefecture). */
export const regionFilters = [
  <PrefectureInput key="prefectureCode" source="prefectureCode" alwaysOn />,
  <CountyInput key="countyCode" source="countyCode" alwaysOn />,
];

/**
 * The region and status columns of applications, clusters and annual reports. Elements in an array,
 * not a wrapping component: DataTable counts its children (loading rows, column selector).
 */
export const regionStatusColumns = [
  <DataTable.Col key="prefectureCode" source="prefectureCode">
    <RegionField source="prefectureCode" />
  </DataTable.Col>,
  <DataTable.Col key="countyCode" source="countyCode">
    <RegionField source="countyCode" />
  </DataTable.Col>,
  <DataTable.Col key="status" source="status">
    <StatusField source="status" />
  </DataTable.Col>,
];
