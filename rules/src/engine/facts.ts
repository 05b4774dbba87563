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
import { roundComputed } from './numbers';
import { answer, num, planRow, Y3, yearEntry } from './read';

/** y1, y2, y3 by position (FORM.md §0); undefined = blank, "无" or malformed. */
export type ByYear = readonly [number | undefined, number | undefined, number | undefined];

export interface PlanCells {
  baseline: number | undefined;
  target: number | undefined;
}

/** The numeric rows of the plan's target table that rules check. */
export type PlanRowId =
  | 'outputGrowth'
  | 'qualitySmes'
  | 'rdInvestment'
  | 'inventionPatents'
  | 'iipPenetration'
  | 'co2Emissions'
  | 'energyIntensity';

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
  /** FORM.md §11, as form/derived computes it. */
  qualitySmeTotal: number | undefined;
  rdGrowth: ByYear;
  patentGrowthAvg: number | undefined;
  patentsPer10k: number | undefined;
  smePatentCount: number | undefined;
  smeEmployees: number | undefined;
  /** FORM.md §11, rounded like every computed value (see numbers.ts). */
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

/** The row of a `years[]` array, as an object to read from (undefined when absent or not an object). */
function yearRow(years: unknown, index: number): Row {
  return section(yearEntry(years as readonly unknown[] | undefined, index));
}

function planCells(targets: unknown, id: PlanRowId): PlanCells {
  const row = planRow(targets, id);
  return { baseline: num(row?.baseline), target: num(row?.target) };
}

export function readFacts(form: ApplicationForm, callYear: number): Facts {
  const basic = section(form.basic);
  const leading = section(form.leadingIndustry);
  const innovation = section(form.innovation);
  // Named, not keyed by a variable: each read then has its own inline cache.
  const [l1, l2, l3] = [yearRow(leading?.years, 0), yearRow(leading?.years, 1), yearRow(leading?.years, 2)];
  const [i1, i2, i3] = [yearRow(innovation?.years, 0), yearRow(innovation?.years, 1), yearRow(innovation?.years, 2)];
  // qualitySmeTotal reads any truthy y3 entry as form/derived does, also one that is not an object.
  const y3Entry = yearEntry(form.leadingIndustry?.years, Y3);
  const computedPer10k = patentsPer10kComputed(form);
  const targets = section(form.plan)?.targets;
  return {
    years: formYears(callYear),
    totalOutput: [num(l1?.totalOutput), num(l2?.totalOutput), num(l3?.totalOutput)],
    smeOutputShare: [num(l1?.smeOutputShare), num(l2?.smeOutputShare), num(l3?.smeOutputShare)],
    leadingIndustryShare: [num(l1?.leadingIndustryShare), num(l2?.leadingIndustryShare), num(l3?.leadingIndustryShare)],
    leadingIndustryGrowth: [
      num(l1?.leadingIndustryGrowth),
      num(l2?.leadingIndustryGrowth),
      num(l3?.leadingIndustryGrowth),
    ],
    leadingGrowthAvg3y: num(leading?.leadingGrowthAvg3y),
    qualitySmeCounts: [
      num(l3?.specializedSmeCount),
      num(l3?.littleGiantCount),
      num(l3?.singleChampionCount),
      num(l3?.highTechInnovativeCount),
    ],
    qualitySmeTotal: y3Entry ? qualitySmeTotal(y3Entry) : undefined,
    rdGrowth: [num(i1?.rdGrowth), num(i2?.rdGrowth), num(i3?.rdGrowth)],
    patentGrowthAvg: num(innovation?.patentGrowthAvg),
    patentsPer10k: num(innovation?.patentsPer10k),
    smePatentCount: num(innovation?.smePatentCount),
    smeEmployees: num(innovation?.smeEmployees),
    patentsPer10kComputed: computedPer10k === undefined ? undefined : roundComputed(computedPer10k),
    iipPenetration: num(section(form.digital)?.iipPenetration),
    areaKm2: num(basic?.areaKm2),
    co2IntensityY3: num(yearRow(section(form.green)?.years, Y3)?.co2Intensity),
    energyEfficiency: answer(basic?.energyEfficiency),
    waterEfficiency: answer(basic?.waterEfficiency),
    notProhibitedIndustry: answer(basic?.notProhibitedIndustry),
    noMajorIncidents: answer(basic?.noMajorIncidents),
    noMisconduct: answer(basic?.noMisconduct),
    plan: {
      outputGrowth: planCells(targets, 'outputGrowth'),
      qualitySmes: planCells(targets, 'qualitySmes'),
      rdInvestment: planCells(targets, 'rdInvestment'),
      inventionPatents: planCells(targets, 'inventionPatents'),
      iipPenetration: planCells(targets, 'iipPenetration'),
      co2Emissions: planCells(targets, 'co2Emissions'),
      energyIntensity: planCells(targets, 'energyIntensity'),
    },
  };
}
