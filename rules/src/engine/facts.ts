// The form values the rules (other than form.*, which scan every field) read,
// read and normalised once per evaluation into one flat record.
//
// Why: several rules read the same fields (the leading-industry years feed seven
// rules, the plan table eight), and on many distinct forms each lookup in a
// cache-cold form costs more than the rule's arithmetic. Like the readers in
// read.ts this never throws: anything malformed reads as blank.
// Hot-path functions come from their own modules, not the '../form' barrel: tsc
// compiles `export *` into getters, and each call through one showed up in the profile.
import type { ApplicationForm } from '../form';
import { formYears, patentsPer10kComputed, qualitySmeTotal } from '../form/derived';
import { FORM_FIELDS } from './form-fields';
import { answer, num, Y3, yearEntry } from './read';

/** y1, y2, y3 by position (docs/form.md §0); undefined = blank, "无" or malformed. */
export type ByYear = readonly [number | undefined, number | undefined, number | undefined];

export interface PlanCells {
  baseline: number | undefined;
  target: number | undefined;
}

/** The numeric rows of the plan's target table that rules check. */
export type PlanRowId = 'outputGrowth' | 'qualitySmes' | 'rdInvestment' | 'inventionPatents' | 'iipPenetration' | 'co2Emissions' | 'energyIntensity';

export interface Facts {
  /** Calendar years of y1..y3, one array shared by every rule's `values`. */
  years: readonly [number, number, number];
  totalOutput: ByYear;
  smeOutputShare: ByYear;
  leadingIndustryShare: ByYear;
  leadingIndustryGrowth: ByYear;
  leadingGrowthAvg3y: number | undefined;
  /** y3's specialised, little-giant, single-champion and high-tech counts, in that order. */
  qualitySmeCounts: readonly (number | undefined)[];
  /** docs/form.md §11, as form/derived computes it. */
  qualitySmeTotal: number | undefined;
  rdGrowth: ByYear;
  patentGrowthAvg: number | undefined;
  patentsPer10k: number | undefined;
  smePatentCount: number | undefined;
  smeEmployees: number | undefined;
  /** docs/form.md §11, not rounded: the rules compare it exactly and round it for display (see numbers.ts). */
  patentsPer10kComputed: number | undefined;
  iipPenetration: number | undefined;
  areaKm2: number | undefined;
  co2IntensityY3: number | undefined;
  energyEfficiency: string | undefined;
  waterEfficiency: string | undefined;
  notProhibitedIndustry: string | undefined;
  noMajorIncidents: string | undefined;
  noMisconduct: string | undefined;
  plan: Readonly<Record<PlanRowId, PlanCells>>;
}

type Row = Record<string, unknown> | undefined;

function section(value: unknown): Row {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

const at = FORM_FIELDS.indexOf;
/** Where y1, y2, y3 of one column of a `years[]` table are in the read values. */
const byYear = (table: string, field: string) => [0, 1, 2].map((year) => at(`${table}.${year}.${field}`));
const leading = (field: string) => byYear('leadingIndustry.years', field);
/** Where a target row's two cells are in the read values. */
interface PlanCellPositions {
  baseline: number;
  target: number;
}
const plan = (id: PlanRowId): PlanCellPositions => ({
  baseline: at(`plan.targets[${id}].baseline`),
  target: at(`plan.targets[${id}].target`),
});

// Positions in FORM_FIELDS' values, looked up once at load.
const TOTAL_OUTPUT = leading('totalOutput');
const SME_OUTPUT_SHARE = leading('smeOutputShare');
const LEADING_SHARE = leading('leadingIndustryShare');
const LEADING_GROWTH = leading('leadingIndustryGrowth');
const QUALITY_SME_COUNTS = ['specializedSmeCount', 'littleGiantCount', 'singleChampionCount', 'highTechInnovativeCount'].map((field) =>
  at(`leadingIndustry.years.${Y3}.${field}`),
);
const RD_GROWTH = byYear('innovation.years', 'rdGrowth');
const FIELD = {
  leadingGrowthAvg3y: at('leadingIndustry.leadingGrowthAvg3y'),
  patentGrowthAvg: at('innovation.patentGrowthAvg'),
  patentsPer10k: at('innovation.patentsPer10k'),
  smePatentCount: at('innovation.smePatentCount'),
  smeEmployees: at('innovation.smeEmployees'),
  iipPenetration: at('digital.iipPenetration'),
  areaKm2: at('basic.areaKm2'),
  co2IntensityY3: at(`green.years.${Y3}.co2Intensity`),
  energyEfficiency: at('basic.energyEfficiency'),
  waterEfficiency: at('basic.waterEfficiency'),
  notProhibitedIndustry: at('basic.notProhibitedIndustry'),
  noMajorIncidents: at('basic.noMajorIncidents'),
  noMisconduct: at('basic.noMisconduct'),
};
const PLAN: Readonly<Record<PlanRowId, PlanCellPositions>> = {
  outputGrowth: plan('outputGrowth'),
  qualitySmes: plan('qualitySmes'),
  rdInvestment: plan('rdInvestment'),
  inventionPatents: plan('inventionPatents'),
  iipPenetration: plan('iipPenetration'),
  co2Emissions: plan('co2Emissions'),
  energyIntensity: plan('energyIntensity'),
};

/** `values` is FORM_FIELDS.read(form), which the form.* scan reads too. */
export function readFacts(form: ApplicationForm, callYear: number, values: readonly unknown[]): Facts {
  const year = (at: readonly number[]): ByYear => [num(values[at[0]]), num(values[at[1]]), num(values[at[2]])];
  const cells = ({ baseline, target }: PlanCellPositions): PlanCells => ({
    baseline: num(values[baseline]),
    target: num(values[target]),
  });
  // qualitySmeTotal reads any truthy y3 entry as form/derived does, also one that is not an object.
  const y3Entry = yearEntry(section(form.leadingIndustry)?.years as readonly unknown[] | undefined, Y3);
  return {
    years: formYears(callYear),
    totalOutput: year(TOTAL_OUTPUT),
    smeOutputShare: year(SME_OUTPUT_SHARE),
    leadingIndustryShare: year(LEADING_SHARE),
    leadingIndustryGrowth: year(LEADING_GROWTH),
    leadingGrowthAvg3y: num(values[FIELD.leadingGrowthAvg3y]),
    qualitySmeCounts: [
      num(values[QUALITY_SME_COUNTS[0]]),
      num(values[QUALITY_SME_COUNTS[1]]),
      num(values[QUALITY_SME_COUNTS[2]]),
      num(values[QUALITY_SME_COUNTS[3]]),
    ],
    qualitySmeTotal: y3Entry ? qualitySmeTotal(y3Entry as Parameters<typeof qualitySmeTotal>[0]) : undefined,
    rdGrowth: year(RD_GROWTH),
    patentGrowthAvg: num(values[FIELD.patentGrowthAvg]),
    patentsPer10k: num(values[FIELD.patentsPer10k]),
    smePatentCount: num(values[FIELD.smePatentCount]),
    smeEmployees: num(values[FIELD.smeEmployees]),
    patentsPer10kComputed: patentsPer10kComputed(form),
    iipPenetration: num(values[FIELD.iipPenetration]),
    areaKm2: num(values[FIELD.areaKm2]),
    co2IntensityY3: num(values[FIELD.co2IntensityY3]),
    energyEfficiency: answer(values[FIELD.energyEfficiency]),
    waterEfficiency: answer(values[FIELD.waterEfficiency]),
    notProhibitedIndustry: answer(values[FIELD.notProhibitedIndustry]),
    noMajorIncidents: answer(values[FIELD.noMajorIncidents]),
    noMisconduct: answer(values[FIELD.noMisconduct]),
    plan: {
      outputGrowth: cells(PLAN.outputGrowth),
      qualitySmes: cells(PLAN.qualitySmes),
      rdInvestment: cells(PLAN.rdInvestment),
      inventionPatents: cells(PLAN.inventionPatents),
      iipPenetration: cells(PLAN.iipPenetration),
      co2Emissions: cells(PLAN.co2Emissions),
      energyIntensity: cells(PLAN.energyIntensity),
    },
  };
}
