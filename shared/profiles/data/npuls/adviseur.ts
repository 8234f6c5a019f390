// Npuls competentiegebied adviseur (seed 000, tabel 3): strategisch en praktisch (onderbouwd) adviseren.
import type { ProfileArea } from '../../model';
import { kvaItems } from '../items';

export const ADVISEUR: ProfileArea = {
  id: 'adviseur',
  code: 'ADV',
  name: 'Strategisch en praktisch (onderbouwd) adviseren',
  role: 'Adviseur',
  aliases: ['Strategisch en praktisch onderbouwd adviseren', 'Strategisch en praktisch adviseren'],
  description:
    'De adviseur brengt expertise in op het snijvlak van onderwijsbeleid, innovatie en praktijk. Dit ' +
    'competentiegebied richt zich op het analyseren van ontwikkelingen, het afwegen van belangen en het ' +
    'formuleren van haalbare, evidence informed adviezen die bijdragen aan toekomstgericht onderwijs. De ' +
    'adviseur beweegt zich moeiteloos tussen strategisch, tactisch en operationeel niveau en weet inhoudelijke, ' +
    'procesmatige en relationele aspecten te verbinden. De adviseur is essentieel voor het vertalen van ' +
    'abstracte visies en beleidsdoelen naar concrete keuzes, scenario’s en implementatiestrategieën. Deze rol ' +
    'vraagt om scherpe analyse, zorgvuldige communicatie en het vermogen om te schakelen tussen perspectieven.',
  scope: 'network',
  items: kvaItems('ADV', {
    K: [
      'Kennis van onderwijsinnovatie, inclusief relevante ICT-toepassingen en digitale trends',
      'Kennis van verandermodellen, implementatiestrategieën en veranderprocessen',
      'Kennis van actoren, belangen en posities in organisaties.',
      'Kennis van relevante methoden voor behoefteanalyse en belangenafweging.',
      'Herkent ontwikkelingen binnen het vervolgonderwijs.',
      'Kent methoden voor procesanalyse en continue verbetering.',
    ],
    V: [
      'Onderwijsinnovatie adviseren en begeleiden, waarbij technologie als versterkend middel wordt ingezet.',
      'Trends en ontwikkelingen in onderwijs en ICT signaleren en daarop anticiperen.',
      'Stakeholders, hun belangen en dynamiek analyseren; conflicten en krachtenvelden herkennen.',
      'Behoefteanalyses uitvoeren en vraagstukken helder formuleren.',
      'Adviezen onderbouwen met praktijkkennis en evidence-informed (onderwijs)onderzoek.',
      'Bijdragen aan de analyse van veranderprocessen en het inschatten van impact',
      'Toepassen van passende verandermethodes met oog voor weerstand en succesfactoren.',
      'Procesverbeteringen signaleren en implementaties ondersteunen',
      'Informatie helder en begrijpelijk overbrengen, zowel mondeling als schriftelijk.',
      'Scenario’s en toekomstverkenningen opstellen op basis van beleidstrends',
    ],
    A: [
      'Proactieve, oplossingsgerichte en resultaatgerichte houding.',
      'Reflectief, open voor feedback en lerend ingesteld',
      'Analytisch en kritisch, met oog voor nuance.',
      'Staat open voor verschillende adviesstijlen en past deze aan op de situatie.',
      'Zorgvuldig in analyse, afweging en rapportage',
      'Mensgericht en verbindend in samenwerking met stakeholders',
      'Communicatief sterk, gericht op vertrouwen en transparantie',
    ],
  }),
};
