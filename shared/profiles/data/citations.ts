// The built-in profiles' citations and licences, apart from their data: only reports, the panel, the Profiel sheet and the CLI show them (docs/design.md#10-performance-targets).
import type { ProfileAttribution } from '../model';

/** By built-in profile id; each as its licence asks it to be cited. */
export const BUILTIN_CITATIONS: Readonly<Record<string, ProfileAttribution>> = {
  npuls: {
    source:
      'Vogel, D.Y.S., Timmer-Hekhuizen, M.J.D., Papavoine, F., Stumpel, N.J.C., van As, M. (2025) ' +
      'Competentieprofiel voor netwerk docentondersteuning in het vervolgonderwijs. Utrecht: Npuls.',
    licence: 'CC BY-SA 4.0',
  },
  han: {
    source:
      'Uerz, D., van Zanten, M., van Rooij, P., Kral, M. (2025) Competentieprofiel ict-onderwijsondersteuners. ' +
      'HAN University of Applied Sciences, in samenwerking met de Gelderse ProfessionaliseringsAgenda.',
    licence: 'CC BY-NC 4.0',
  },
  versnellingsplan: {
    source:
      'Versnellingsplan Onderwijsinnovatie met ICT (2021) Verkenning onderwijskundig ICT-professional. ' +
      'Zone Docentprofessionalisering.',
    licence: 'niet vermeld',
  },
  kennisnet: {
    source:
      'Kennisnet (2017) Handreiking ict-bekwaamheid van de leraar: hoe pakt u dat aan? ' +
      '(https://www.kennisnet.nl/publicaties/handreiking-ict-bekwaamheid-van-de-leraar-hoe-pakt-u-dat-aan/), ' +
      'zoals samengevat in: KplusV en PTvT in opdracht van saMBO-ICT (2021), onderzoek naar het ' +
      'professionaliseringsaanbod digitalisering voor mbo-docenten (programma Doorpakken op digitalisering), ' +
      'voetnoten 12–15.',
    licence: 'niet vermeld',
  },
};
