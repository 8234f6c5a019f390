// Npuls competentiegebied didacticus (seed 000, tabel 5): versterken onderwijskwaliteit met didactiek.
import type { ProfileArea } from '../../model';

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
  items: [
    {
      id: 'DID-K1',
      type: 'K',
      text: 'Heeft actuele kennis van onderwijskundige principes, leerpsychologie en didactische methoden.',
    },
    { id: 'DID-K2', type: 'K', text: 'Heeft kennis van blended en digitaal onderwijsontwerp.' },
    { id: 'DID-K3', type: 'K', text: 'Kent methoden voor curriculumontwikkeling en afstemming op leerdoelen.' },
    {
      id: 'DID-K4',
      type: 'K',
      text: 'Heeft begrip van het combineren van wetenschappelijke inzichten, praktijkervaring, contextkennis en publieke waarden bij het maken van didactische keuzes.',
    },
    {
      id: 'DID-K5',
      type: 'K',
      text: 'Kent relevante bronnen, databronnen (zoals leerdata, evaluatie- en praktijkgegevens) en good practices voor evidence-informed onderwijsverbetering.',
    },
    {
      id: 'DID-K6',
      type: 'K',
      text: 'Weet hoe contextfactoren invloed hebben op leerprocessen en didactische effectiviteit.',
    },
    {
      id: 'DID-V1',
      type: 'V',
      text: 'Ontwerpt leeractiviteiten, curricula en professionaliseringstrajecten, en evalueert deze op basis van verschillende typen kennisbronnen.',
    },
    {
      id: 'DID-V2',
      type: 'V',
      text: 'Analyseert en vertaalt wetenschappelijke en praktijkinformatie naar onderbouwde didactische keuzes',
    },
    {
      id: 'DID-V3',
      type: 'V',
      text: 'Adviseert over leerdoelen, toetsing en de inzet van didactische werkvormen en digitale middelen met onderbouwing uit onderzoek en praktijk.',
    },
    {
      id: 'DID-V4',
      type: 'V',
      text: 'Verbindt trends in onderwijs aan concrete onderwijsvraagstukken met aandacht voor bewijs en toepasbaarheid.',
    },
    {
      id: 'DID-V5',
      type: 'V',
      text: 'Ondersteunt onderwijsprofessionals bij het implementeren van evidence-informed verbeteringen.',
    },
    { id: 'DID-V6', type: 'V', text: 'Faciliteert gezamenlijke reflectie op complexe onderwijsvraagstukken' },
    {
      id: 'DID-A1',
      type: 'A',
      text: 'Nieuwsgierig, kritisch en kwaliteitsgericht in het maken van didactische afwegingen',
    },
    { id: 'DID-A2', type: 'A', text: 'Gericht op vernieuwing en blijft zich ontwikkelen binnen het vakgebied.' },
    { id: 'DID-A3', type: 'A', text: 'Sensitief voor inclusiviteit en leerbehoeften van diverse studentenpopulaties.' },
    { id: 'DID-A4', type: 'A', text: 'Werkt toegankelijk en samenwerkingsgericht met collega’s.' },
    { id: 'DID-A5', type: 'A', text: 'Gedreven om onderwijsontwerp en uitvoering duurzaam te versterken' },
  ],
};
