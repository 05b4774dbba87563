import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Labeled, RecordContextProvider, useRecordContext, useTranslate } from 'react-admin';
import { CITY_REPORT_FIGURE_COLUMNS, type CityReportClusterFigures } from '@sme-cluster/rules';
import { RegionField } from '../regions/RegionField';

/** The recognized clusters' figures of the year: read from their annual reports while a draft, as submitted afterwards. */
export const CityReportFigures = () => {
  const record = useRecordContext<{ figures: CityReportClusterFigures[]; status: string }>();
  const translate = useTranslate();
  if (!record) return null;
  const label = translate('resources.city-reports.fields.figures');
  return (
    <Labeled label={label} fullWidth>
      <div>
        {record.figures.length ? (
          <Table size="small" aria-label={label}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.city-reports.figures.cluster')}</TableCell>
                <TableCell>{translate('resources.city-reports.figures.county')}</TableCell>
                <TableCell>{translate('resources.city-reports.figures.annualReport')}</TableCell>
                {CITY_REPORT_FIGURE_COLUMNS.map((column) => (
                  <TableCell key={column.key} align="right">
                    {translate(`resources.city-reports.figures.${column.key}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {record.figures.map((cluster) => (
                <TableRow key={cluster.clusterId}>
                  <TableCell>{cluster.clusterName}</TableCell>
                  <TableCell>
                    <RecordContextProvider value={{ ...cluster, id: cluster.clusterId }}>
                      <RegionField source="countyCode" />
                    </RecordContextProvider>
                  </TableCell>
                  <TableCell>
                    {translate(cluster.annualReportSubmitted ? 'resources.city-reports.figures.submitted' : 'resources.city-reports.figures.missing')}
                  </TableCell>
                  {CITY_REPORT_FIGURE_COLUMNS.map((column) => (
                    <TableCell key={column.key} align="right">
                      {cluster[column.key] ?? '—'}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Typography color="text.secondary">{translate('resources.city-reports.figures.none')}</Typography>
        )}
        <Typography variant="body2" color="text.secondary">
          {translate(record.status === 'draft' ? 'resources.city-reports.figures.draftHint' : 'resources.city-reports.figures.submittedHint')}
        </Typography>
      </div>
    </Labeled>
  );
};
