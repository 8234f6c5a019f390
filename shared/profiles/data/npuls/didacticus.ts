// Npuls competentiegebied didacticus (seed 000, tabel 5): versterken onderwijskwaliteit met didactiek.
import type { ProfileArea } from '../../model';
import { kvaItems } from '../items';

export const DIDACTICUS: ProfileArea = {
  id: 'didacticus',
  code: 'DID',
  name: 'Versterken onderwijskwaliteit met didactiek',
  role: 'Didacticus',
  aliases: ['Versterken van onderwijskwaliteit met didactiek', 'Onderwijskwaliteit versterken met didactiek'],
  description:
    'De didacticus draagt bij aan de kwaliteit van het onderwijs door het ontwerpen, onderbouwen en verbeteren ' +
    'van leeromgevingen. De focus ligt op het verbinden van didactische inzichten met onderwijspraktijk en ' +
    'technologie, altijd in afstemming met de context en leerdoelen van een opleiding. De didacticus werkt ' +
    'samen met docenten, overige onderwijsprofessionals en teams aan leeractiviteiten, curricula en toetsing, ' +
    'waarbij de student en het leerproces centraal staan. De rol van de didacticus is fundamenteel voor het ' +
    'realiseren van inclusief, effectief en toekomstgericht onderwijs. Hij of zij helpt teams om evidence ' +
    'informed keuzes te maken: onderbouwd met kennis uit praktijk, onderzoek en beleid.',
  scope: 'network',
  items: kvaItems('DID', {
    K: [
      'Heeft actuele kennis van onderwijskundige principes, leerpsychologie en didactische methoden.',
      'Heeft kennis van blended en digitaal onderwijsontwerp.',
      'Kent methoden voor curriculumontwikkeling en afstemming op leerdoelen.',
      'Heeft begrip van het combineren van wetenschappelijke inzichten, praktijkervaring, contextkennis en publieke waarden bij het maken van didactische keuzes.',
      'Kent relevante bronnen, databronnen (zoals leerdata, evaluatie- en praktijkgegevens) en good practices voor evidence-informed onderwijsverbetering.',
      'Weet hoe contextfactoren invloed hebben op leerprocessen en didactische effectiviteit.',
    ],
    V: [
      'Ontwerpt leeractiviteiten, curricula en professionaliseringstrajecten, en evalueert deze op basis van verschillende typen kennisbronnen.',
      'Analyseert en vertaalt wetenschappelijke en praktijkinformatie naar onderbouwde didactische keuzes',
      'Adviseert over leerdoelen, toetsing en de inzet van didactische werkvormen en digitale middelen met onderbouwing uit onderzoek en praktijk.',
      'Verbindt trends in onderwijs aan concrete onderwijsvraagstukken met aandacht voor bewijs en toepasbaarheid.',
      'Ondersteunt onderwijsprofessionals bij het implementeren van evidence-informed verbeteringen.',
      'Faciliteert gezamenlijke reflectie op complexe onderwijsvraagstukken',
    ],
    A: [
      'Nieuwsgierig, kritisch en kwaliteitsgericht in het maken van didactische afwegingen',
      'Gericht op vernieuwing en blijft zich ontwikkelen binnen het vakgebied.',
      'Sensitief voor inclusiviteit en leerbehoeften van diverse studentenpopulaties.',
      'Werkt toegankelijk en samenwerkingsgericht met collega’s.',
      'Gedreven om onderwijsontwerp en uitvoering duurzaam te versterken',
    ],
  }),
};
