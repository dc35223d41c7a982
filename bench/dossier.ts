/**
 * `npm run bench -- dossier`: the whole year-end dossier of a 15-unit bloc (minutes, submission with its
 * annex, one achievement report per proposed unit, each packed as .docx) against the pledge alone (built
 * and packed), measured alternately in the same run. Budget: under 10× the pledge.
 */
import { applyBallot } from '../src/core/applyBallot.js';
import { buildPledge } from '../src/core/pledge/buildPledge.js';
import { rankBloc } from '../src/core/rankBloc.js';
import { rotateLeaders } from '../src/core/rotateLeaders.js';
import { dossierDocuments, packDossierDocument } from '../src/docx/dossier/packDossier.js';
import type { DossierFacts } from '../src/docx/dossier/dossierFacts.js';
import { packPledgeDocx } from '../src/docx/packPledgeDocx.js';
import { pointsOf } from '../tests/fixtures/dossierBooks.js';
import { PLEDGE_BLOCS } from '../tests/fixtures/pledgeBlocs.js';
import type { Row } from './harness.js';

export async function benchDossier(): Promise<Row[]> {
  const bloc = PLEDGE_BLOCS.find((b) => b.input.units.length === 15)!.input;
  const input = { ...bloc, units: bloc.units.map((u, i) => ({ ...u, points: pointsOf(i) })) };
  const result = rankBloc(input).value!;
  const ballot = applyBallot(result, { ballot: null, voters: 15, thresholdPercent: 80 }).value;
  const next = rotateLeaders(input, result).value;
  const facts: DossierFacts = {
    input,
    result,
    ballot,
    next,
    meeting: { voters: 15, votersGiven: true, thresholdPercent: 80, absent: [14], meetingTime: null, meetingPlace: null, chair: null, secretary: null },
  };
  const year = input.settings.year;
  const dossier = async () => {
    const docs = dossierDocuments(facts);
    for (const doc of docs) await packDossierDocument(doc, year);
    return docs.length;
  };
  const pledge = async () => packPledgeDocx(buildPledge(input, result).value!);

  let count = 0;
  for (let i = 0; i < 3; i++) {
    count = await dossier();
    await pledge();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < 9; i++) {
    let t0 = performance.now();
    await pledge();
    b.push(performance.now() - t0);
    t0 = performance.now();
    await dossier();
    a.push(performance.now() - t0);
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  return [
    {
      section: 'dossier',
      case: `15 units: ${count} documents (.docx), baseline the pledge`,
      ms: median(a),
      baselineMs: median(b),
      budget: '< 10×',
    },
  ];
}
