// Npuls competentiegebied coach (seed 000, tabel 4): begeleiden professionele ontwikkeling.
import type { ProfileArea } from '../../model';

export const COACH: ProfileArea = {
  id: 'coach',
  code: 'COA',
  name: 'Begeleiden professionele ontwikkeling',
  role: 'Coach',
  aliases: ['Professionele ontwikkeling begeleiden'],
  description:
    'De coach ondersteunt docenten en onderwijsteams in hun professionele groei en het versterken van hun ' +
    'onderwijspraktijk. De nadruk ligt op het stimuleren van leerprocessen, reflectie en eigenaarschap, met oog ' +
    'voor didactiek, technologie en pedagogiek. De coach begeleidt niet vanuit hiërarchie of inhoudelijke ' +
    'instructie, maar vanuit gelijkwaardigheid, procesbegeleiding en vertrouwen.\n\n' +
    'Het competentiegebied van coach is onmisbaar in een lerende onderwijsorganisatie. Docenten hebben behoefte ' +
    'aan begeleiding die aansluit bij hun ervaring, vraagstukken en context. De coach biedt die begeleiding op ' +
    'individueel, team- of organisatieniveau.',
  scope: 'network',
  items: [
    { id: 'COA-K1', type: 'K', text: 'Kennis van didactische principes en pedagogische modellen' },
    { id: 'COA-K2', type: 'K', text: 'Kennis van coachingsmethodieken en gespreksvoering' },
    { id: 'COA-K3', type: 'K', text: 'Kennis van professionele ontwikkeling en veranderprocessen' },
    { id: 'COA-K4', type: 'K', text: 'Kennis van de onderwijspraktijk binnen verschillende contexten (mbo/hbo/wo)' },
    { id: 'COA-K5', type: 'K', text: 'Basiskennis van technologische toepassingen ter ondersteuning van leren' },
    {
      id: 'COA-V1',
      type: 'V',
      text: 'Coacht docenten en overige onderwijsprofessionals in reflectie, het stellen van leerdoelen en het versterken van onderwijskundig handelen',
    },
    { id: 'COA-V2', type: 'V', text: 'Adviseert over effectieve onderwijsvormen en passende inzet van technologie.' },
    { id: 'COA-V3', type: 'V', text: 'Signaleert didactische knelpunten en denkt mee in innovatieve oplossingen' },
    {
      id: 'COA-V4',
      type: 'V',
      text: 'Begeleidt docenten en overige onderwijsprofessionals gericht op blijvende integratie van onderwijsapplicaties in hun onderwijspraktijk.',
    },
    { id: 'COA-V5', type: 'V', text: 'Begeleidt leerprocessen zonder over te nemen; werkt vanuit gelijkwaardigheid' },
    {
      id: 'COA-V6',
      type: 'V',
      text: 'Past coachende gespreksvoering effectief toe; herkent grenzen tussen coachen, adviseren en instrueren',
    },
    { id: 'COA-V7', type: 'V', text: 'Stimuleert eigenaarschap bij docenten' },
    { id: 'COA-A1', type: 'A', text: 'Is toegankelijk, motiverend en ondersteunend.' },
    {
      id: 'COA-A2',
      type: 'A',
      text: 'Stimuleert groei en ontwikkeling; is onderzoekend, reflectief en lerend, ook op eigen handelen',
    },
    { id: 'COA-A3', type: 'A', text: 'Oplossingsgericht en praktijkbewust' },
    {
      id: 'COA-A4',
      type: 'A',
      text: 'Werkt faciliterend en gelijkwaardig samen met docenten en overige onderwijsprofessionals',
    },
    { id: 'COA-A5', type: 'A', text: 'Flexibel en sensitief voor verschillen in context, ervaring en cultuur' },
  ],
};
