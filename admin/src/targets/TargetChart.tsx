import { useTheme } from '@mui/material/styles';
import type { TargetTrack } from '@sme-cluster/rules';

const WIDTH = 200;
const HEIGHT = 56;
const PAD = 6;

/**
 * One indicator at a glance, in plain SVG: the plan's path from the baseline to the target (dashed) and
 * the reported actuals (solid), a year behind marked in the error colour. The numbers are in the table beside it.
 */
export const TargetChart = ({ track, label }: { track: TargetTrack; label: string }) => {
  const theme = useTheme();
  if (track.baseline === null || track.target === null) return null;
  const baseline = track.baseline;
  const years = [{ expected: baseline, actual: baseline, status: 'on_track' as const }, ...track.years];
  const values = years.flatMap((entry) => [entry.expected, entry.actual]).filter((value): value is number => value !== null);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const x = (index: number) => PAD + (index * (WIDTH - 2 * PAD)) / (years.length - 1);
  const y = (value: number) => (high === low ? HEIGHT / 2 : HEIGHT - PAD - ((value - low) * (HEIGHT - 2 * PAD)) / (high - low));
  const path = years.map((entry, index) => `${x(index)},${y(entry.expected ?? baseline)}`).join(' ');
  const reported = years.map((entry, index) => ({ ...entry, index })).filter((entry) => entry.actual !== null);
  const actual = reported.map((entry) => `${x(entry.index)},${y(entry.actual!)}`).join(' ');
  return (
    <svg width={WIDTH} height={HEIGHT} role="img" aria-label={label} data-testid={`chart-${track.indicator}`}>
      <polyline points={path} fill="none" stroke={theme.palette.text.secondary} strokeWidth={1.5} strokeDasharray="4 3" />
      <polyline points={actual} fill="none" stroke={theme.palette.primary.main} strokeWidth={2} />
      {reported.slice(1).map((entry) => (
        <circle
          key={entry.index}
          cx={x(entry.index)}
          cy={y(entry.actual!)}
          r={3.5}
          fill={entry.status === 'behind' ? theme.palette.error.main : theme.palette.primary.main}
        />
      ))}
    </svg>
  );
};
