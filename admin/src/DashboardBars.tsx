import { Box } from '@mui/material';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** A small bar chart of counts, one bar per label. */
const DashboardBars = ({ data, label }: { data: { name: string; count: number }[]; label: string }) => (
  <Box sx={{ height: 260 }} role="img" aria-label={label}>
    <ResponsiveContainer>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 48, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" interval={0} angle={-30} textAnchor="end" fontSize={12} />
        <YAxis allowDecimals={false} fontSize={12} />
        <Tooltip />
        <Bar dataKey="count" name={label} fill="#1976d2" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  </Box>
);

export default DashboardBars;
