// The Npuls network profile for teacher support (seed 000, tables 1–6): basiscompetenties plus five areas.
import type { Profile } from '../../model';
import { ADVISEUR } from './adviseur';
import { BASIS } from './basis';
import { BRUGGENBOUWER } from './bruggenbouwer';
import { COACH } from './coach';
import { DIDACTICUS } from './didacticus';
import { INNOVATOR } from './innovator';

export const NPULS: Profile = {
  id: 'npuls',
  title: 'Competentieprofiel voor netwerk docentondersteuning in het vervolgonderwijs',
  year: 2025,
  areas: [BASIS, BRUGGENBOUWER, ADVISEUR, COACH, DIDACTICUS, INNOVATOR],
};
