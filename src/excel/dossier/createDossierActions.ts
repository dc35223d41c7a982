import type { Lang } from '../../core/model.js';
import type { DossierActions } from '../actions.js';
import type { AdapterOptions, ExcelHost } from '../_lib/host.js';
import { addBallotSheet } from './addBallotSheet.js';
import { dossierDocx } from './dossierDocx.js';
import { readDossier } from './readDossier.js';

/** The Hồ sơ tab's actions over `host` (`said` remembers the clerk's language for the session). */
export function createDossierActions(
  host: ExcelHost,
  options: AdapterOptions,
  said: (lang: Lang) => Lang = (l) => l,
): DossierActions {
  return {
    read: (o) => readDossier(host, options, said(o.lang)),
    addBallotSheet: (o) => addBallotSheet(host, options, said(o.lang)),
    documentDocx: (o) => dossierDocx(host, options, { fileName: o.fileName }, said(o.lang)),
  };
}
