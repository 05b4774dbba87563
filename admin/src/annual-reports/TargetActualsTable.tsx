import { TARGET_INDICATOR_INFO, TARGET_INDICATORS, type TargetIndicator } from '@sme-cluster/rules';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { IndicatorRow, YearTable } from './YearTable';

/**
 * The year's actual values of the plan's seven target indicators (Art. 5 跟踪监测), named and
 * measured as the form's target table names them; the show page passes the stored value as the
 * cell, the edit page an input.
 */
export const TargetActualsTable = ({ year, cell }: { year: number | null | undefined; cell: (indicator: TargetIndicator) => ReactNode }) => {
  const translate = useTranslate();
  return (
    <YearTable label={translate('resources.annual-reports.targetActuals')} year={year}>
      {TARGET_INDICATORS.map((indicator) => (
        <IndicatorRow
          key={indicator}
          testId={`actual-${indicator}`}
          label={TARGET_INDICATOR_INFO[indicator].actualName}
          unit={TARGET_INDICATOR_INFO[indicator].unit}
        >
          {cell(indicator)}
        </IndicatorRow>
      ))}
    </YearTable>
  );
};
