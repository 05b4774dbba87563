import { Box, FormHelperText, Stack, Typography } from '@mui/material';
import { countChars, formSections, PLAN_MAX_CHARS, stagedGoalLabel, type FormNode, type GroupNode, type SectionKey } from '@sme-cluster/rules';
import { useWatch } from 'react-hook-form';
import { useTranslate } from 'react-admin';
import { FieldInput } from './FieldInput';
import { useApplicationFormSettings } from './FormContext';
import { TargetTable } from './TargetTable';
import { YearTable } from './YearTable';

/** One section of the form (一 … 九), generated from the shared descriptor. */
export const SectionInputs = ({ section }: { section: SectionKey }) => {
  const node = formSections[section] as GroupNode;
  return (
    <Box component="section" aria-label={node.label} sx={{ width: '100%', mb: 3 }}>
      <Typography variant="h6" gutterBottom>
        {node.label}
      </Typography>
      <GroupInputs node={node} path={`form.${section}`} />
      {section === 'plan' && <PlanCounter />}
    </Box>
  );
};

const GroupInputs = ({ node, path }: { node: GroupNode; path: string }) => (
  <Stack gap={1} sx={{ width: '100%' }}>
    {Object.entries(node.children).map(([key, child]) => (
      <NodeInputs key={key} node={child} path={`${path}.${key}`} />
    ))}
  </Stack>
);

const NodeInputs = ({ node, path }: { node: FormNode; path: string }) => {
  const { callYear } = useApplicationFormSettings();
  switch (node.node) {
    case 'field':
      return <FieldInput field={node} source={path} label={stagedGoalLabelAt(path, callYear) ?? node.label} />;
    case 'rows':
      return <YearTable node={node} source={path} />;
    case 'targets':
      return <TargetTable node={node} source={path} />;
    case 'group':
      return node.checkboxGroup ? <CheckboxGroup node={node} path={path} /> : <SubGroup node={node} path={path} />;
  }
};

/** The staged goals are printed for the plan years (call year … + 2), not the sample's 2023–2025. */
function stagedGoalLabelAt(path: string, callYear: number): string | undefined {
  const match = /^form\.plan\.stagedGoals\.p([123])$/.exec(path);
  return match ? stagedGoalLabel(Number(match[1]), callYear) : undefined;
}

/** A nested group (the cover's region, an organisation and its contact, the platforms): its fields, indented under a heading. */
const SubGroup = ({ node, path }: { node: GroupNode; path: string }) => (
  <Box sx={{ pl: 1, borderLeft: 2, borderColor: 'divider', my: 1 }}>
    <Typography variant="subtitle2" color="text.secondary" gutterBottom>
      {node.label}
    </Typography>
    <GroupInputs node={node} path={path} />
  </Box>
);

const CheckboxGroup = ({ node, path }: { node: GroupNode; path: string }) => {
  const translate = useTranslate();
  return (
    <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, px: 2, py: 1, my: 1 }}>
      <Typography component="legend" variant="subtitle2" sx={{ px: 0.5 }}>
        {node.label}
        <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
          {translate('resources.applications.form.tickNeedsEvidence')}
        </Typography>
      </Typography>
      {Object.entries(node.children).map(([key, child]) => (
        <NodeInputs key={key} node={child} path={`${path}.${key}`} />
      ))}
    </Box>
  );
};

/** 八's printed "3000字以内" covers the plan text and the three staged goals together. */
const PlanCounter = () => {
  const translate = useTranslate();
  const texts = useWatch({ name: ['form.plan.narrative', 'form.plan.stagedGoals.p1', 'form.plan.stagedGoals.p2', 'form.plan.stagedGoals.p3'] });
  const total = texts.reduce((sum: number, text: unknown) => sum + (typeof text === 'string' ? countChars(text) : 0), 0);
  return (
    <FormHelperText error={total > PLAN_MAX_CHARS} data-testid="counter-plan-total">
      {translate('resources.applications.form.planTotal', { count: total, max: PLAN_MAX_CHARS })}
    </FormHelperText>
  );
};
