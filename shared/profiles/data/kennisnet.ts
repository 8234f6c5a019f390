// The Kennisnet ict-bekwaamheid model (4 factors, 13 characteristics) as summarised in seed 004, footnotes 12–15.
import type { Profile, ProfileArea } from '../model';
import { numberedItems } from './items';

const DIGITALE_GELETTERDHEID: ProfileArea = {
  id: 'digitale-geletterdheid',
  code: 'DGL',
  name: 'Digitale geletterdheid',
  role: 'Digitale geletterdheid',
  aliases: [],
  description:
    'De vier kenmerken voor digitale geletterdheid zijn: basisvaardigheden ict, informatie-vaardigheden, ' +
    'mediawijsheid, computational thinking',
  scope: 'everyone',
  items: numberedItems('DGL', [
    'basisvaardigheden ict',
    'informatie-vaardigheden',
    'mediawijsheid',
    'computational thinking',
  ]),
};

const LEERSITUATIE: ProfileArea = {
  id: 'leersituatie',
  code: 'LRS',
  name: 'Leersituatie',
  role: 'Leersituatie',
  aliases: [],
  description: 'De drie kenmerken voor leersituatie zijn: didactisch redeneren, weten wat werkt en variëren',
  scope: 'everyone',
  items: numberedItems('LRS', ['didactisch redeneren', 'weten wat werkt', 'variëren']),
};

const ORGANISATIE: ProfileArea = {
  id: 'organisatie',
  code: 'ORG',
  name: 'Organisatie',
  role: 'Organisatie',
  aliases: [],
  description: 'De drie kenmerken voor organisatie zijn: registreren, volgen en verantwoorden en communiceren',
  scope: 'everyone',
  items: numberedItems('ORG', ['registreren', 'volgen en verantwoorden', 'communiceren']),
};

const PROFESSIONALISERING: ProfileArea = {
  id: 'professionalisering',
  code: 'PRF',
  name: 'Professionalisering',
  role: 'Professionalisering',
  aliases: ['professionaliseren'],
  description: 'De drie kenmerken voor professionaliseren zijn: samen redeneren, feedback geven en netwerken',
  scope: 'everyone',
  items: numberedItems('PRF', ['samen redeneren', 'feedback geven', 'netwerken']),
};

export const KENNISNET: Profile = {
  id: 'kennisnet',
  title: 'Ict-bekwaamheidsmodel van Kennisnet',
  year: 2017,
  areas: [DIGITALE_GELETTERDHEID, LEERSITUATIE, ORGANISATIE, PROFESSIONALISERING],
};
