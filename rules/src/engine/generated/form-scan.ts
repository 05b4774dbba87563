// Generated from the form descriptor by rules/src/engine/generate-reader.ts (npm run generate:form); do not edit.
// Why it is generated: see ../form-scan.ts.
import type { ApplicationForm } from '../../form';
import { filledCountNames, filledFiles, isVisibleText, noteLongText, type Condition, type FormScan } from '../form-scan';
import { hasAtMostDecimals } from '../numbers';
import { FORM_FIELD_PATHS as P } from './form-fields';

/** The checks this scan makes (see scanSignature). */
export const SCANNED: readonly string[] = [
  "0 value yes - -",
  "1 value yes - -",
  "2 files yes - -",
  "3 value yes - -",
  "4 value yes - -",
  "5 value yes - -",
  "6 value yes - -",
  "7 value yes - -",
  "8 value yes - -",
  "9 value yes - -",
  "10 value yes - -",
  "11 value yes - -",
  "12 value yes decimal -",
  "13 value yes - -",
  "14 value yes - -",
  "15 value yes - -",
  "16 value yes - -",
  "17 value yes - -",
  "18 value yes - -",
  "19 value yes - -",
  "21 value yes decimal -",
  "22 value yes decimal -",
  "23 value yes decimal -",
  "24 value yes decimal -",
  "25 value yes - -",
  "26 value yes - -",
  "27 value yes - -",
  "28 value yes - -",
  "29 value yes - -",
  "30 value yes - -",
  "32 value yes decimal -",
  "33 value yes decimal -",
  "34 value yes decimal -",
  "35 value yes decimal -",
  "36 value yes - -",
  "37 value yes - -",
  "38 value yes - -",
  "39 value yes - -",
  "40 value yes - -",
  "41 value yes - -",
  "43 value yes decimal -",
  "44 value yes decimal -",
  "45 value yes decimal -",
  "46 value yes decimal -",
  "47 value yes - -",
  "48 value yes - -",
  "49 value yes - -",
  "50 value yes - -",
  "51 value yes - -",
  "52 value yes - -",
  "53 value yes decimal -",
  "54 value yes - -",
  "55 files when - -",
  "56 value yes - 200",
  "57 value yes - 200",
  "58 value yes - 200",
  "63 value yes - 200",
  "64 value yes - 200",
  "70 value yes decimal -",
  "71 value yes decimal -",
  "73 value yes - -",
  "74 value yes - -",
  "76 value yes - -",
  "77 value yes - -",
  "79 value yes - -",
  "80 value yes - -",
  "82 value yes - -",
  "83 value yes - -",
  "85 value yes decimal -",
  "86 value yes decimal -",
  "88 value yes - -",
  "89 value yes - -",
  "91 value yes - -",
  "92 value yes - -",
  "94 value yes - -",
  "95 value yes - -",
  "97 value yes - -",
  "98 value yes - -",
  "100 value yes decimal -",
  "101 value yes decimal -",
  "103 value yes - -",
  "104 value yes - -",
  "106 value yes - -",
  "107 value yes - -",
  "109 value yes - -",
  "110 value yes - -",
  "112 value yes - -",
  "113 value yes - -",
  "114 files when - -",
  "115 countNames yes - -",
  "116 countNames yes - -",
  "117 countNames yes - -",
  "118 value yes - -",
  "119 value yes decimal -",
  "120 value yes decimal -",
  "121 value yes decimal -",
  "122 value yes - -",
  "123 files when - -",
  "124 value yes - 200",
  "130 value yes decimal -",
  "131 value yes decimal -",
  "132 value yes - -",
  "134 value yes decimal -",
  "136 value yes decimal -",
  "138 value yes decimal -",
  "139 value yes - 200",
  "144 value yes - 200",
  "148 value yes - -",
  "149 files when - -",
  "151 value yes decimal -",
  "153 value yes decimal -",
  "155 value yes decimal -",
  "156 value yes - -",
  "157 value yes - 200",
  "158 files yes - -",
  "159 value yes decimal -",
  "160 value yes decimal -",
  "161 value yes - -",
  "162 value yes decimal -",
  "163 value yes - -",
  "164 value yes - 200",
  "168 value yes - 200",
  "174 value yes - 200",
  "180 value yes - -",
  "181 files when - -",
  "183 value yes decimal -",
  "184 value yes decimal -",
  "186 value yes decimal -",
  "187 value yes decimal -",
  "189 value yes decimal -",
  "190 value yes decimal -",
  "191 value yes - 200",
  "205 value yes - - plan",
  "206 value yes decimal -",
  "207 value yes decimal -",
  "208 value yes - -",
  "209 value yes - -",
  "210 value yes decimal -",
  "211 value yes decimal -",
  "212 value yes - -",
  "213 value yes - -",
  "214 value yes decimal -",
  "215 value yes decimal -",
  "216 value yes decimal -",
  "217 value yes decimal -",
  "218 value yes decimal -",
  "219 value yes decimal -",
  "220 value yes - 200",
  "221 value yes - 200",
  "222 value yes - 200",
  "223 value yes - 200",
  "224 value yes - - plan",
  "225 value yes - - plan",
  "226 value yes - - plan",
  "228 value yes - -",
  "229 files yes - -",
  "230 value yes - -",
  "231 value - - 3000",
];

/** Adds to `s` what the values read from `form` show; `when[i]` is field i's compiled requirement condition. */
export function scanFormFields(
  v: readonly unknown[],
  form: ApplicationForm,
  when: readonly Condition[],
  s: FormScan,
): void {
  let x: unknown;
  x = v[0];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[0]);
  x = v[1];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[1]);
  x = v[2];
  if (!filledFiles(x)) s.blank.push(P[2]);
  x = v[3];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[3]);
  x = v[4];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[4]);
  x = v[5];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[5]);
  x = v[6];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[6]);
  x = v[7];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[7]);
  x = v[8];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[8]);
  x = v[9];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[9]);
  x = v[10];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[10]);
  x = v[11];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[11]);
  x = v[12];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[12]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[12]);
  x = v[13];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[13]);
  x = v[14];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[14]);
  x = v[15];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[15]);
  x = v[16];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[16]);
  x = v[17];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[17]);
  x = v[18];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[18]);
  x = v[19];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[19]);
  x = v[21];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[21]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[21]);
  x = v[22];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[22]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[22]);
  x = v[23];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[23]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[23]);
  x = v[24];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[24]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[24]);
  x = v[25];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[25]);
  x = v[26];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[26]);
  x = v[27];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[27]);
  x = v[28];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[28]);
  x = v[29];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[29]);
  x = v[30];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[30]);
  x = v[32];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[32]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[32]);
  x = v[33];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[33]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[33]);
  x = v[34];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[34]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[34]);
  x = v[35];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[35]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[35]);
  x = v[36];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[36]);
  x = v[37];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[37]);
  x = v[38];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[38]);
  x = v[39];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[39]);
  x = v[40];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[40]);
  x = v[41];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[41]);
  x = v[43];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[43]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[43]);
  x = v[44];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[44]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[44]);
  x = v[45];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[45]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[45]);
  x = v[46];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[46]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[46]);
  x = v[47];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[47]);
  x = v[48];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[48]);
  x = v[49];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[49]);
  x = v[50];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[50]);
  x = v[51];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[51]);
  x = v[52];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[52]);
  x = v[53];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[53]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[53]);
  x = v[54];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[54]);
  x = v[55];
  if ((!filledFiles(x)) && when[55](form)) s.blank.push(P[55]);
  x = v[56];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[56]);
  if (typeof x === 'string' && x.length > 200) noteLongText(s, P[56], x, 200);
  x = v[57];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[57]);
  if (typeof x === 'string' && x.length > 200) noteLongText(s, P[57], x, 200);
  x = v[58];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[58]);
  if (typeof x === 'string' && x.length > 200) noteLongText(s, P[58], x, 200);
  x = v[63];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[63]);
  if (typeof x === 'string' && x.length > 200) noteLongText(s, P[63], x, 200);
  x = v[64];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[64]);
  if (typeof x === 'string' && x.length > 200) noteLongText(s, P[64], x, 200);
  x = v[70];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[70]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[70]);
  x = v[71];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[71]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[71]);
  x = v[73];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[73]);
  x = v[74];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[74]);
  x = v[76];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[76]);
  x = v[77];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[77]);
  x = v[79];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[79]);
  x = v[80];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[80]);
  x = v[82];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[82]);
  x = v[83];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[83]);
  x = v[85];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[85]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[85]);
  x = v[86];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[86]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[86]);
  x = v[88];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[88]);
  x = v[89];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[89]);
  x = v[91];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[91]);
  x = v[92];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[92]);
  x = v[94];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[94]);
  x = v[95];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[95]);
  x = v[97];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[97]);
  x = v[98];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[98]);
  x = v[100];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[100]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[100]);
  x = v[101];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[101]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[101]);
  x = v[103];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[103]);
  x = v[104];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[104]);
  x = v[106];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[106]);
  x = v[107];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[107]);
  x = v[109];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[109]);
  x = v[110];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[110]);
  x = v[112];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[112]);
  x = v[113];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[113]);
  x = v[114];
  if ((!filledFiles(x)) && when[114](form)) s.blank.push(P[114]);
  x = v[115];
  if (!filledCountNames(x)) s.blank.push(P[115]);
  x = v[116];
  if (!filledCountNames(x)) s.blank.push(P[116]);
  x = v[117];
  if (!filledCountNames(x)) s.blank.push(P[117]);
  x = v[118];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[118]);
  x = v[119];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[119]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[119]);
  x = v[120];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[120]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[120]);
  x = v[121];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[121]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[121]);
  x = v[122];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[122]);
  x = v[123];
  if ((!filledFiles(x)) && when[123](form)) s.blank.push(P[123]);
  x = v[124];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[124]);
  if (typeof x === 'string' && x.length > 200) noteLongText(s, P[124], x, 200);
  x = v[130];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[130]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[130]);
  x = v[131];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[131]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[131]);
  x = v[132];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[132]);
  x = v[134];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[134]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[134]);
  x = v[136];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[136]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[136]);
  x = v[138];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[138]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[138]);
  x = v[139];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[139]);
  if (typeof x === 'string' && x.length > 200) noteLongText(s, P[139], x, 200);
  x = v[144];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[144]);
  if (typeof x === 'string' && x.length > 200) noteLongText(s, P[144], x, 200);
  x = v[148];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[148]);
  x = v[149];
  if ((!filledFiles(x)) && when[149](form)) s.blank.push(P[149]);
  x = v[151];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[151]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[151]);
  x = v[153];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[153]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[153]);
  x = v[155];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[155]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[155]);
  x = v[156];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[156]);
  x = v[157];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[157]);
  if (typeof x === 'string' && x.length > 200) noteLongText(s, P[157], x, 200);
  x = v[158];
  if (!filledFiles(x)) s.blank.push(P[158]);
  x = v[159];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[159]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[159]);
  x = v[160];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[160]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[160]);
  x = v[161];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[161]);
  x = v[162];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[162]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[162]);
  x = v[163];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[163]);
  x = v[164];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[164]);
  if (typeof x === 'string' && x.length > 200) noteLongText(s, P[164], x, 200);
  x = v[168];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[168]);
  if (typeof x === 'string' && x.length > 200) noteLongText(s, P[168], x, 200);
  x = v[174];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[174]);
  if (typeof x === 'string' && x.length > 200) noteLongText(s, P[174], x, 200);
  x = v[180];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[180]);
  x = v[181];
  if ((!filledFiles(x)) && when[181](form)) s.blank.push(P[181]);
  x = v[183];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[183]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[183]);
  x = v[184];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[184]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[184]);
  x = v[186];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[186]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[186]);
  x = v[187];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[187]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[187]);
  x = v[189];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[189]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[189]);
  x = v[190];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[190]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[190]);
  x = v[191];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[191]);
  if (typeof x === 'string' && x.length > 200) noteLongText(s, P[191], x, 200);
  x = v[205];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[205]);
  if (typeof x === 'string') s.planTexts.push(x);
  x = v[206];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[206]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[206]);
  x = v[207];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[207]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[207]);
  x = v[208];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[208]);
  x = v[209];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[209]);
  x = v[210];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[210]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[210]);
  x = v[211];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[211]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[211]);
  x = v[212];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[212]);
  x = v[213];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[213]);
  x = v[214];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[214]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[214]);
  x = v[215];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[215]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[215]);
  x = v[216];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[216]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[216]);
  x = v[217];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[217]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[217]);
  x = v[218];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[218]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[218]);
  x = v[219];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[219]);
  if (typeof x === 'number' && !hasAtMostDecimals(x, 2)) s.badDecimals.push(P[219]);
  x = v[220];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[220]);
  if (typeof x === 'string' && x.length > 200) noteLongText(s, P[220], x, 200);
  x = v[221];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[221]);
  if (typeof x === 'string' && x.length > 200) noteLongText(s, P[221], x, 200);
  x = v[222];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[222]);
  if (typeof x === 'string' && x.length > 200) noteLongText(s, P[222], x, 200);
  x = v[223];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[223]);
  if (typeof x === 'string' && x.length > 200) noteLongText(s, P[223], x, 200);
  x = v[224];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[224]);
  if (typeof x === 'string') s.planTexts.push(x);
  x = v[225];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[225]);
  if (typeof x === 'string') s.planTexts.push(x);
  x = v[226];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[226]);
  if (typeof x === 'string') s.planTexts.push(x);
  x = v[228];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[228]);
  x = v[229];
  if (!filledFiles(x)) s.blank.push(P[229]);
  x = v[230];
  if (x === undefined || x === null || (typeof x === 'string' && !isVisibleText(x))) s.blank.push(P[230]);
  x = v[231];
  if (typeof x === 'string' && x.length > 3000) noteLongText(s, P[231], x, 3000);
}
